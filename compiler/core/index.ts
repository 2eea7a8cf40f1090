/**
 * The compiler's core, safe for the browser: it takes file contents (strings keyed by their path
 * relative to the data folder), never paths, and imports nothing from Node. `npm run data`, the
 * Vite plugin and a page that checks a teacher's article all run these same rules.
 */
import { compileInput, type CompileOptions, type CompileResult } from './compile.ts';

export type { AtlasIssue, FieldPath } from './issues.ts';
export { formatIssue, formatIssues } from './issues.ts';
export type { CompileOptions, CompileResult } from './compile.ts';
export { locateQuote, type QuoteLocation } from './quotes.ts';
export {
  checkFigureQuote,
  checkMoney,
  type FigureQuoteProblem,
  type MoneyProblem,
} from './money-check.ts';
export { findMoney, parseMoney, formatUsd } from './money.ts';

export interface AtlasCompileOptions extends CompileOptions {
  /** How the data folder is named in messages (default `data`). */
  dirLabel?: string;
  /** The geometry's country list: its name in messages and its text (`undefined`: missing). */
  meta: { file?: string; text?: string; error?: string };
}

/** Compile a data folder given as texts. Never throws. */
export function compileAtlas(
  files: ReadonlyMap<string, string> | Readonly<Record<string, string>>,
  options: AtlasCompileOptions,
): CompileResult {
  const map =
    files instanceof Map ? (files as ReadonlyMap<string, string>) : new Map(Object.entries(files));
  const { dirLabel = 'data', meta, ...rest } = options;
  return compileInput({
    ...rest,
    files: map,
    dirLabel,
    meta: { ...meta, file: meta.file ?? 'geo/out/countries-meta.json' },
  });
}
