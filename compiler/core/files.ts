/**
 * The files of a data folder the compiler reads, by their path relative to the folder.
 */

/** The data folder as text: path relative to the folder (`documents/x.txt`) → content. */
export type DataFiles = Map<string, string>;

/** Which files of the folder are read. Everything else (README.md, …) is left alone. */
export function isDataFile(rel: string): boolean {
  const parts = rel.split('/');
  if (parts.length === 1) return /\.ya?ml$/.test(rel);
  if (parts.length === 2 && parts[0] === 'documents') return /\.(txt|ya?ml)$/.test(parts[1] ?? '');
  return false;
}
