/**
 * Scores proposals against the pairs and figures a person expected (fixtures/articles.yaml):
 * country-pair recall and precision, money figures found with the exact value, and figures whose
 * value differs from their quote's amount (must be 0).
 */
import { quoteStates } from './amounts.ts';
import type { Proposals } from './propose.ts';

export interface ExpectedArticle {
  id: string;
  pairs: string[];
  figures: { pair: string; value: number; currency: string }[];
}

export interface Score {
  id: string;
  expectedPairs: number;
  proposedPairs: number;
  correctPairs: number;
  missedPairs: string[];
  extraPairs: string[];
  expectedFigures: number;
  exactFigures: number;
  missedFigures: string[];
  wrongQuoteFigures: number;
}

const norm = (pair: string) => pair.split('-').sort().join('-');

export function score(expected: ExpectedArticle, p: Proposals): Score {
  const want = new Set(expected.pairs.map(norm));
  const got = new Set(p.links.map((l) => `${l.a}-${l.b}`));
  const correct = [...got].filter((x) => want.has(x));
  const missedFigures: string[] = [];
  let exact = 0;
  // Each proposed figure can match one expected figure.
  const pool = p.links.flatMap((l) =>
    l.figures.map((f) => ({ pair: `${l.a}-${l.b}`, f, used: false })),
  );
  for (const e of expected.figures) {
    const hit = pool.find(
      (x) =>
        !x.used && x.pair === norm(e.pair) && x.f.value === e.value && x.f.currency === e.currency,
    );
    if (hit) {
      hit.used = true;
      exact++;
    } else missedFigures.push(`${e.pair} ${e.value} ${e.currency}`);
  }
  const wrongQuote = pool.filter(
    (x) => !quoteStates(x.f.quote, x.f.stated, x.f.value, x.f.currency),
  ).length;
  return {
    id: expected.id,
    expectedPairs: want.size,
    proposedPairs: got.size,
    correctPairs: correct.length,
    missedPairs: [...want].filter((x) => !got.has(x)),
    extraPairs: [...got].filter((x) => !want.has(x)),
    expectedFigures: expected.figures.length,
    exactFigures: exact,
    missedFigures,
    wrongQuoteFigures: wrongQuote,
  };
}

export interface Totals {
  recall: number;
  precision: number;
  figureRecall: number;
  wrongQuoteFigures: number;
}

export function totals(scores: Score[]): Totals {
  const sum = (f: (s: Score) => number) => scores.reduce((n, s) => n + f(s), 0);
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    recall: ratio(
      sum((s) => s.correctPairs),
      sum((s) => s.expectedPairs),
    ),
    precision: ratio(
      sum((s) => s.correctPairs),
      sum((s) => s.proposedPairs),
    ),
    figureRecall: ratio(
      sum((s) => s.exactFigures),
      sum((s) => s.expectedFigures),
    ),
    wrongQuoteFigures: sum((s) => s.wrongQuoteFigures),
  };
}

/** The table for the report (Markdown). */
export function scoreTable(scores: Score[]): string {
  const t = totals(scores);
  const rows = scores.map(
    (s) =>
      `| ${s.id} | ${s.correctPairs}/${s.expectedPairs} | ${s.correctPairs}/${s.proposedPairs} | ${s.exactFigures}/${s.expectedFigures} | ${s.wrongQuoteFigures} | ${[...s.missedPairs.map((x) => `missed ${x}`), ...s.extraPairs.map((x) => `extra ${x}`), ...s.missedFigures.map((x) => `missed ${x}`)].join('; ')} |`,
  );
  const f = (x: number) => x.toFixed(3);
  return [
    '| article | pairs found | pairs right | figures exact | value ≠ quote | notes |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    `| **all** | recall ${f(t.recall)} | precision ${f(t.precision)} | ${f(t.figureRecall)} | ${t.wrongQuoteFigures} | |`,
  ].join('\n');
}
