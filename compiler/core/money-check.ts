/**
 * A figure against its quote: the stated amount is in the quote and parses to the value.
 */
import { findMoney, formatUsd, parseMoney } from './money.ts';
import { locateQuote } from './quotes.ts';
import { clip } from './reader.ts';

export interface MoneyProblem {
  field: 'value' | 'stated' | 'qualifier';
  message: string;
  fix: string;
}

/**
 * A figure's `value`, `stated` and `qualifier` must agree with the money expression its quote
 * contains: `stated` occurs in the quote, parses on its own to `value`, and the expression around
 * it in the quote carries the same qualifier (約 → about, 以上 → at-least, 超 → more-than).
 */
export function checkMoney(
  quoteId: string,
  quoteText: string,
  stated: string,
  value: number | undefined,
  qualifier: string | undefined,
): MoneyProblem[] {
  const problems: MoneyProblem[] = [];
  const at = quoteText.indexOf(stated);
  const found = findMoney(quoteText);
  if (at === -1) {
    const list = found.map((m) => `「${m.text}」`).join(', ');
    problems.push({
      field: 'stated',
      message: `「${stated}」 does not occur in quote ${quoteId} 「${clip(quoteText, 80)}」`,
      fix: list
        ? `copy the amount exactly as the quote writes it: ${list}`
        : 'the quote contains no money expression: quote the sentence that states the amount',
    });
    return problems;
  }
  const own = parseMoney(stated);
  if (!own.ok) {
    problems.push({
      field: 'stated',
      message: `「${stated}」 is not a money expression the parser accepts: ${own.error}`,
      fix: 'write the amount with its unit and currency as the quote does, e.g. 59億ドル, 6億3,400万ドル, $5.9 billion',
    });
    return problems;
  }
  const match = found.find((m) => m.start < at + stated.length && at < m.end);
  if (value !== undefined && own.value !== value) {
    problems.push({
      field: 'value',
      message: `${value} does not match 「${stated}」 in quote ${quoteId} (= ${formatUsd(own.value)})`,
      fix: `set value to ${own.value}, or correct \`stated\` to the amount the quote gives`,
    });
  }
  if (match && match.value !== own.value) {
    problems.push({
      field: 'stated',
      message: `「${stated}」 is only part of the amount 「${match.text}」 in quote ${quoteId} (= ${formatUsd(match.value)})`,
      fix: `copy the whole amount: stated: ${match.text}`,
    });
  }
  const q = match ? match.qualifier : own.qualifier;
  if (qualifier !== undefined && q !== qualifier) {
    const shown = match ? match.text : stated;
    problems.push({
      field: 'qualifier',
      message: `${qualifier} does not match 「${shown}」 in quote ${quoteId}, which reads as ${q}`,
      fix: `set qualifier: ${q} (約 → about, 以上 → at-least, 超/を超える → more-than, otherwise exact)`,
    });
  }
  return problems;
}

export interface FigureQuoteProblem {
  message: string;
  fix: string;
}

/**
 * The check a figure typed in a form must pass (e.g. a teacher's article in the browser), with
 * the same rules as `npm run data`: the quote occurs in the document, and it states an amount
 * equal to `value`. Only US dollars are checked (the money parser reads dollars only).
 * `null` when the figure may be saved.
 */
export function checkFigureQuote(
  docText: string,
  quote: string,
  value: number,
  currency = 'USD',
): FigureQuoteProblem | null {
  const at = locateQuote('the document', 'the document', docText, quote, undefined, [], false);
  if (!at.ok) return { message: at.message, fix: at.fix };
  if (currency !== 'USD') {
    return {
      message: `amounts in ${currency} cannot be checked: only US dollars set an arc's width`,
      fix: 'keep the amount in its own currency as a note, or quote a sentence that gives it in dollars',
    };
  }
  const found = findMoney(quote);
  if (found.length === 0) {
    return {
      message: `the quote 「${clip(quote, 80)}」 states no amount in dollars`,
      fix: 'quote the sentence that states the amount',
    };
  }
  if (found.some((m) => m.value === value)) return null;
  return {
    message: `${formatUsd(value)} is not the amount the quote states (${found.map((m) => `「${m.text}」 = ${formatUsd(m.value)}`).join(', ')})`,
    fix: `use the amount as the quote gives it: ${found[0]?.value ?? ''}`,
  };
}
