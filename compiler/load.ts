/**
 * Reading the data folder from disk (Node only). The compiler's core never touches the disk: it
 * is given the texts this module reads.
 */
import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { AtlasIssue } from './core/issues.ts';
import { isDataFile, type DataFiles } from './core/files.ts';
import { decodeUtf8 } from './core/text-checks.ts';

export interface ReadProblem {
  error: string;
  fix: string;
  line?: number;
}

/** Why a file could not be read, in words, from its error code. */
function readError(code: string | undefined, e: unknown): ReadProblem {
  switch (code) {
    case 'ELOOP':
      return {
        error: 'a symbolic link loop: the link points (through other links) back to itself',
        fix: 'replace the link with the file itself, or point it at a real file',
      };
    case 'EISDIR':
      return {
        error: 'a folder, not a file',
        fix: 'remove the folder or rename it (data files end in .yaml or .txt)',
      };
    case 'EACCES':
    case 'EPERM':
      return {
        error: 'not allowed to read the file',
        fix: 'give your user read permission on it (chmod a+r)',
      };
    default:
      return {
        error: `cannot read the file (${code ?? String(e)})`,
        fix: 'check that the file exists and can be opened in an editor',
      };
  }
}

/** Read a text file as strict UTF-8. `{}` when it does not exist. */
export function readTextFile(path: string): { text?: string } & Partial<ReadProblem> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      // A dangling symbolic link is "not found" too, but worth naming.
      try {
        if (lstatSync(path).isSymbolicLink()) {
          return {
            error: 'a symbolic link to a file that does not exist',
            fix: 'point the link at an existing file, or put the file itself here',
          };
        }
      } catch {
        // really absent
      }
      return {};
    }
    return readError(code, e);
  }
  const decoded = decodeUtf8(bytes);
  if ('problem' in decoded) {
    const { message, fix, line } = decoded.problem;
    return line === undefined ? { error: message, fix } : { error: message, fix, line };
  }
  return { text: decoded.text };
}

/** All data files of `dir` (top-level YAML, `documents/*.txt|yaml`). */
export function readDataDir(
  dir: string,
  label: string,
): { files: DataFiles; issues: AtlasIssue[] } {
  const files: DataFiles = new Map();
  const issues: AtlasIssue[] = [];
  let top: string[];
  try {
    top = readdirSync(dir);
  } catch {
    issues.push({
      file: label,
      path: '',
      message: `the data folder does not exist (${dir})`,
      fix: 'create it, or point ATLAS_DATA_DIR / the `dir` option at the folder that holds relations.yaml',
    });
    return { files, issues };
  }
  const rels: string[] = [];
  for (const name of top.sort()) {
    if (name === 'documents') {
      let inner: string[] = [];
      try {
        if (statSync(join(dir, name)).isDirectory()) inner = readdirSync(join(dir, name)).sort();
      } catch {
        inner = [];
      }
      for (const f of inner) rels.push(`documents/${f}`);
    } else {
      rels.push(name);
    }
  }
  for (const rel of rels) {
    if (!isDataFile(rel)) continue;
    const { text, error, fix, line } = readTextFile(join(dir, rel));
    if (error) {
      const issue: AtlasIssue = { file: `${label}/${rel}`, path: '', message: error };
      if (fix) issue.fix = fix;
      if (line !== undefined) issue.line = line;
      issues.push(issue);
    } else if (text !== undefined) files.set(rel, text);
  }
  return { files, issues };
}
