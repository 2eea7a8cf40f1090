/**
 * Problems found in `data/`, and how they are printed. Every problem names the file, the line,
 * the field, what is wrong and how to fix it:
 *
 *   data/relations.yaml:42 figures[3].value: 590000000 does not match 「59億ドル」 in quote …
 *     Fix: set value to 5900000000, or correct `stated`.
 */

/** A path into a YAML value: keys and list indices. */
export type FieldPath = (string | number)[];

export interface AtlasIssue {
  /** File as shown to the user, e.g. `data/relations.yaml`. */
  file: string;
  /** 1-based line, when known. */
  line?: number;
  /** Field path as text, e.g. `figures[3].value`; empty for the whole file. */
  path: string;
  message: string;
  /** Extra lines shown under the message (the closest passage, the other definition, …). */
  detail?: string[];
  fix?: string;
  /** True for problems the compiler did not anticipate (a bug, not a data error). */
  internal?: boolean;
}

/** `['figures', 3, 'value']` → `figures[3].value`. */
export function displayPath(path: FieldPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

export function formatIssue(issue: AtlasIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  const head = issue.path
    ? `${where} ${issue.path}: ${issue.message}`
    : `${where}: ${issue.message}`;
  const lines = [head];
  for (const d of issue.detail ?? []) lines.push(`    ${d}`);
  if (issue.fix) lines.push(`    Fix: ${issue.fix}`);
  return lines.join('\n');
}

export function formatIssues(issues: AtlasIssue[], what = 'error'): string {
  if (issues.length === 0) return '';
  const title = `${issues.length} ${what}${issues.length === 1 ? '' : 's'} in the atlas data:`;
  return [title, ...issues.map(formatIssue)].join('\n\n');
}

/** Thrown by callers that need an exception (e.g. `vite build`); carries every issue. */
export class AtlasDataError extends Error {
  readonly issues: AtlasIssue[];
  constructor(issues: AtlasIssue[]) {
    super(formatIssues(issues));
    this.name = 'AtlasDataError';
    this.issues = issues;
  }
}

/** Levenshtein distance, for "did you mean …?" hints on short words. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const sub = (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      cur.push(Math.min(sub, (prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/** The closest candidate to `word`, when it is close enough to be a likely typo. */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  const w = word.toLowerCase();
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  if (best === undefined) return undefined;
  return bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/** `did you mean 'x'?` or empty. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const s = suggest(word, candidates);
  return s ? ` (did you mean '${s}'?)` : '';
}

/** By file, then line (stable: problems on one line keep the order they were found in). */
export function sortIssues(issues: AtlasIssue[]): AtlasIssue[] {
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort((x, y) =>
      x.issue.file !== y.issue.file
        ? x.issue.file < y.issue.file
          ? -1
          : 1
        : (x.issue.line ?? 0) - (y.issue.line ?? 0) || x.i - y.i,
    )
    .map((x) => x.issue);
}
