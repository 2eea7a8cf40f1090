// Builds the data folder the "fixture" browser tests run on: the real data, plus the invented
// fifth document (a new pair of countries, hostile text) from compiler/fixtures, plus a sixth
// invented document that is one 100 KB paragraph with markup in it. Data files only: the same
// app code must pick all of it up.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';

const out = process.argv[2] ?? 'test-results/fixture-data';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync('data', out, { recursive: true });
cpSync('compiler/fixtures/fifth-document', out, { recursive: true });
rmSync(`${out}/README.md`, { force: true });

const chunk = 'とても長い段落。<b>太字ではない</b> &amp; "引用" \u202Eevil\u202C 😀 ';
let paragraph = '';
while (paragraph.length < 100_000) paragraph += chunk;
const quote = '長い段落の終わりに、モンゴルで架空の協定が結ばれた。';
writeFileSync(`${out}/documents/fixture-long.txt`, `${paragraph}${quote}\n`);
writeFileSync(
  `${out}/documents/fixture-long.yaml`,
  [
    '# TEST FIXTURE — an invented document: one 100 KB paragraph.',
    'title:',
    '  ja: 長い段落(架空)',
    "  en: 'A very long paragraph (fictional test fixture) <script>alert(1)</script>'",
    'lang: ja',
    'source:',
    '  credit:',
    '    ja: テスト用に作成した架空の文書',
    '    en: Invented test fixture',
    'summary:',
    '  ja: テスト用の架空の文書。',
    '  en: An invented document for tests.',
    '',
  ].join('\n'),
);
writeFileSync(
  `${out}/relations-fixture-long.yaml`,
  [
    'quotes:',
    '  - id: fixture-long-end',
    '    doc: fixture-long',
    `    text: ${quote}`,
    'countries:',
    '  - iso3: MNG',
    '    mentions: [fixture-long-end]',
    '',
  ].join('\n'),
);
console.log(`fixture data written to ${out}`);
