// npm run extract -- <file.txt|.md|.html> [--json] [--id <id>] [--title <title>] [--lang ja|en]
// npm run extract -- --accuracy   (the fixture articles of src/article/fixtures: the table)
// npm run extract -- --overlap    (data/documents/*.txt against the hand-made relations)
// npm run extract -- --bench      (time to extract a 5,000-character article, ja and en)
//
// Prints a draft relations-<id>.yaml and documents/<id>.yaml in the data/ format (every entry a
// proposal to keep or delete), or the proposals as JSON. Reads UTF-8 and Shift_JIS; HTML is
// reduced to its text and never run.
import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'yaml';
import { score, scoreTable, totals } from '../src/article/accuracy.ts';
import { documentId, draftDocument, draftRelations } from '../src/article/draft.ts';
import { extractArticle, extractSync, loadChrono, toJson } from '../src/article/extract.ts';
import { buildLexicon, type Lexicon } from '../src/article/lexicon.ts';
import { checkProposals, propose } from '../src/article/propose.ts';
import type { Lang } from '../src/article/sentences.ts';

const root = new URL('../', import.meta.url);
const read = (p: string) => readFileSync(new URL(p, root), 'utf8');

function lexicon(): Lexicon {
  const r = buildLexicon(parse(read('data/gazetteer.yaml')), parse(read('data/keywords.yaml')));
  if (!r.ok) {
    console.error(`data/ word lists: ${r.error}`);
    process.exit(1);
  }
  return r.lexicon;
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function accuracy(lex: Lexicon): Promise<void> {
  const chrono = await loadChrono();
  const dir = 'src/article/fixtures/';
  const doc = parse(read(`${dir}articles.yaml`)) as {
    articles: {
      id: string;
      lang: Lang;
      title: string;
      pairs: string[];
      figures: { pair: string; value: number; currency: string }[];
    }[];
  };
  const scores = doc.articles.map((a) => {
    const text = read(`${dir}${a.id}.txt`);
    return score(a, propose(text, lex, { lang: a.lang, title: a.title, chrono }));
  });
  console.log(scoreTable(scores));
  const t = totals(scores);
  console.log(
    `\nrecall ${t.recall.toFixed(3)}, precision ${t.precision.toFixed(3)}, figures exact ${t.figureRecall.toFixed(3)}, value ≠ quote ${t.wrongQuoteFigures}`,
  );
}

async function overlap(lex: Lexicon): Promise<void> {
  const chrono = await loadChrono();
  const rel = parse(read('data/relations.yaml')) as { links: { a: string; b: string }[] };
  const handMade = new Set(rel.links.map((l) => [l.a, l.b].sort().join('-')));
  const found = new Set<string>();
  const docs = readdirSync(new URL('data/documents/', root)).filter((f) => f.endsWith('.txt'));
  for (const f of docs) {
    const text = read(`data/documents/${f}`);
    const meta = parse(read(`data/documents/${f.replace(/\.txt$/, '.yaml')}`)) as {
      title?: { ja?: string };
    };
    const started = performance.now();
    const p = propose(text, lex, { lang: 'ja', title: meta.title?.ja, chrono });
    const ms = performance.now() - started;
    const problems = checkProposals(text, p);
    const pairs = p.links.map((l) => `${l.a}-${l.b}`);
    pairs.forEach((x) => found.add(x));
    const figures = p.links.reduce((n, l) => n + l.figures.length, 0);
    console.log(
      `${f}: ${text.length} chars, ${ms.toFixed(0)} ms, ${pairs.length} pairs, ${figures} figures, ${problems.length} problems`,
    );
  }
  const both = [...handMade].filter((x) => found.has(x));
  console.log(`\nhand-made links found by the drafts: ${both.length}/${handMade.size}`);
  console.log(`missed: ${[...handMade].filter((x) => !found.has(x)).join(', ') || 'none'}`);
  console.log(
    `proposed but not in relations.yaml: ${[...found].filter((x) => !handMade.has(x)).join(', ') || 'none'}`,
  );
}

async function bench(lex: Lexicon): Promise<void> {
  const chrono = await loadChrono();
  const docs = readdirSync(new URL('data/documents/', root)).filter((f) => f.endsWith('.txt'));
  const ja = docs.map((f) => read(`data/documents/${f}`)).join('\n');
  const fx = 'src/article/fixtures/';
  const en = [
    'auswaertiges-deu-pol-2021',
    'top10etnews-ind-rus',
    'thequint-ind-rus',
    'mofa-jpn-mng',
  ]
    .map((id) => read(`${fx}${id}.txt`))
    .join('\n');
  for (const [lang, all] of [
    ['ja', ja],
    ['en', en],
  ] as const) {
    const text = all.slice(0, 5000);
    const times: number[] = [];
    for (let i = 0; i < 21; i++) {
      const t0 = performance.now();
      const r = extractSync(text, lex, { lang, chrono });
      times.push(performance.now() - t0);
      if (!r.ok) throw new Error(r.error);
    }
    times.sort((a, b) => a - b);
    const first = times.at(-1) ?? 0;
    console.log(
      `${lang}: 5,000 characters in ${(times[10] ?? 0).toFixed(1)} ms (median of 21; slowest ${first.toFixed(1)} ms)`,
    );
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const lex = lexicon();
  if (args.includes('--accuracy')) return accuracy(lex);
  if (args.includes('--overlap')) return overlap(lex);
  if (args.includes('--bench')) return bench(lex);
  const file = args.find(
    (a, i) => !a.startsWith('--') && !['--id', '--title', '--lang'].includes(args[i - 1] ?? ''),
  );
  if (!file) {
    console.error(
      'usage: npm run extract -- <file.txt|.md|.html> [--json] [--id <id>] [--title <title>] [--lang ja|en]',
    );
    process.exit(2);
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (e) {
    console.error(`${file}: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
  const lang = option(args, '--lang');
  const r = await extractArticle(bytes, lex, {
    lang: lang === 'ja' || lang === 'en' ? lang : undefined,
    title: option(args, '--title'),
    html: /\.html?$/i.test(file) ? true : undefined,
  });
  if (!r.ok) {
    console.error(`${file}: ${r.error}`);
    process.exit(1);
  }
  if (args.includes('--json')) {
    console.log(JSON.stringify(toJson(r.proposals), null, 2));
    return;
  }
  const id = option(args, '--id') ?? documentId(basename(file));
  if (r.html || r.text !== new TextDecoder().decode(bytes)) {
    // The quotes are in the text read from the file, not in its bytes: that text is the document.
    console.log(
      `# ===== data/documents/${id}.txt (the text read from ${basename(file)}: save it as this file, UTF-8) =====`,
    );
    console.log(r.text);
  }
  console.log(`# ===== data/documents/${id}.yaml =====`);
  console.log(draftDocument(r.proposals, r.text, option(args, '--title')));
  console.log(`# ===== data/relations-${id}.yaml =====`);
  console.log(draftRelations(id, r.proposals, lex, r.text));
}

// `npm run extract -- file | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

await main();
