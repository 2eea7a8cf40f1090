/**
 * A draft `relations-<id>.yaml` and `documents/<id>.yaml` in the data/ format (data/README.md)
 * from the proposals: every proposal is an entry to keep, correct or delete. Strings are written
 * as JSON strings, which YAML reads as double-quoted scalars (safe for any character).
 */
import { findCountries } from './gazetteer.ts';
import type { Lexicon } from './lexicon.ts';
import { parseMoney } from './money.ts';
import type { Period, Proposals } from './propose.ts';

const s = (x: string) => JSON.stringify(x);

function period(p: Period): string {
  if (typeof p === 'number') return String(p);
  if ('year' in p) return `{ year: ${p.year}, inferred: ${s(p.inferred)} }`;
  return `{ start: ${p.start}, end: ${p.end} }`;
}

/** A document id from a file name: lowercase letters, digits and dashes. */
export function documentId(name: string): string {
  const base = name.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const id = base
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id || 'article';
}

export function draftRelations(id: string, p: Proposals, lex: Lexicon, text: string): string {
  const q = (t: string) => `{ doc: ${id}, text: ${s(t)} }`;
  const out: string[] = [
    `# DRAFT made by \`npm run extract\` from documents/${id}.txt. Nothing here is checked by a person yet:`,
    '# every entry is a proposal to KEEP, CORRECT or DELETE. Then run `npm run data`.',
    '',
    'countries:',
  ];
  for (const c of p.countries) {
    const forms = [
      ...new Set(
        findCountries(text, lex)
          .filter((m) => m.iso3 === c.iso3)
          .map((m) => m.text),
      ),
    ];
    out.push(`  - iso3: ${c.iso3} # keep or delete`);
    out.push(`    aliases: [${forms.map(s).join(', ')}]`);
    out.push('    mentions:');
    for (const m of c.mentions) out.push(`      - ${q(m)}`);
  }
  const kinds = (k: string[]) => k.filter((x) => x !== 'severed');
  out.push('', 'links:');
  for (const l of p.links) {
    out.push(`  - a: ${l.a} # keep or delete`);
    out.push(`    b: ${l.b}`);
    out.push(
      kinds(l.kinds).length > 0
        ? `    kinds: [${kinds(l.kinds).join(', ')}] # proposed from the words of the quotes: check`
        : '    kinds: [] # no kind word found: choose (trade, investment, diplomatic, …) or delete the link',
    );
    if (l.kinds.includes('severed')) {
      out.push(
        '    # The text speaks of a rupture (断絶/停止/severed): add `statuses:` with its date if so.',
      );
    }
    out.push('    quotes:');
    for (const t of l.quotes) out.push(`      - ${q(t)}`);
  }
  out.push('', 'figures:');
  let n = 0;
  for (const l of p.links) {
    for (const f of l.figures) {
      n++;
      const lines = [
        `- id: ${id}-${l.a.toLowerCase()}-${l.b.toLowerCase()}-${n} # keep or delete`,
        `  link: ${l.a}-${l.b}`,
        `  value: ${f.value}`,
        `  stated: ${s(f.stated)}`,
        `  measure: ${f.measure}`,
        ...(f.from && f.to ? [`  from: ${f.from}`, `  to: ${f.to}`] : []),
        `  qualifier: ${f.qualifier}`,
        f.period !== undefined
          ? `  period: ${period(f.period)}`
          : '  # period: the text gives no year here: add one, with `inferred:` and the reason',
        `  quote: ${q(f.quote)}`,
      ];
      const checkable = f.currency === 'USD' && parseMoney(f.stated).ok;
      if (checkable) {
        if (
          ['exports', 'imports', 'investment', 'acquisition'].includes(f.measure) &&
          !(f.from && f.to)
        ) {
          out.push('  # Direction not found: add from: and to:.');
        }
        out.push(...lines.map((x) => `  ${x}`));
      } else if (f.currency === 'USD') {
        out.push(
          `  # 「${f.stated}」 is US dollars, but \`npm run data\` does not read this form yet: write it as the checker does (e.g. 59億ドル) or keep it a comment.`,
        );
        out.push(...lines.map((x) => `  # ${x}`));
      } else {
        out.push(
          `  # In ${f.currency}: figures are US dollars only (an arc's width), so this one stays a comment.`,
        );
        out.push(...lines.map((x) => `  # ${x}`));
      }
    }
  }
  out.push('', 'events:');
  n = 0;
  for (const l of p.links) {
    for (const e of l.events) {
      n++;
      const date =
        typeof e.date === 'string'
          ? e.date
          : `{ iso: ${e.date.iso}${e.date.end ? `, end: ${e.date.end}` : ''}${e.date.inferred ? `, inferred: ${s(e.date.inferred)}` : ''} }`;
      out.push(`  - id: ${id}-${e.kind}-${n} # keep or delete`);
      out.push(`    date: ${date}`);
      out.push(`    countries: [${l.a}, ${l.b}]`);
      out.push(`    link: ${l.a}-${l.b}`);
      out.push(`    kind: ${e.kind}`);
      out.push(
        `    title: { ja: ${s(`${e.kind}: ${l.a}–${l.b}（書き直す）`)}, en: ${s(`${e.kind}: ${l.a}–${l.b} (rewrite)`)} }`,
      );
      out.push(`    quotes: [${q(e.quote)}]`);
    }
  }
  return `${out.join('\n')}\n`.replace(
    /^(countries|links|figures|events):\n(?=\n|$)/gm,
    '$1: []\n',
  );
}

export function draftDocument(p: Proposals, text: string, title?: string): string {
  const first =
    text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l !== '') ?? '';
  const t = title ?? (first.length <= 80 ? first : '');
  const url = /https?:\/\/[^\s"'<>）)]+/u.exec(text)?.[0];
  const other = p.lang === 'ja' ? 'en' : 'ja';
  return [
    '# DRAFT made by `npm run extract`: check every field (data/README.md, "Documents").',
    'title:',
    `  ${p.lang}: ${s(t || 'TODO')}`,
    `  ${other}: "TODO"`,
    `lang: ${p.lang}`,
    'source:',
    ...(url ? [`  url: ${s(url)}`] : ['  # url: only when the text names its address']),
    '  credit: { ja: "TODO", en: "TODO" }',
    ...(p.published
      ? [
          p.lang === 'ja'
            ? `date: ${p.published} # from the text's header line`
            : `date: { iso: ${p.published}, inferred: ${s(`The header line of the text gives ${p.publishedText ?? p.published}.`)} }`,
        ]
      : ['# date: optional']),
    'summary:',
    '  ja: "TODO"',
    '  en: "TODO"',
    '',
  ].join('\n');
}
