/**
 * `data/` (as text) → `AtlasData`, with every problem collected. Pure: no disk, no clock, so it
 * runs in the browser as well as in Node.
 *
 * Files read (see data/README.md for the format):
 *   documents/<id>.txt + documents/<id>.yaml   verbatim text + metadata, one pair per document
 *   relations.yaml (+ relations-*.yaml)          quotes, countries, links, figures, events
 *   regions.yaml                                 camera presets and the initial one
 *   tour.yaml                                    the guided tour
 * plus the geometry's country list (`geo/out/countries-meta.json`) for names and label points.
 */
import type { AtlasData } from '../../src/data/types.ts';
import {
  checkCountries,
  checkEvents,
  checkFigures,
  checkLinks,
  checkQuotes,
  checkRegionsAndTour,
  warnUnused,
} from './checks.ts';
import {
  type CompileInput,
  type CompileOptions,
  type ComputedValue,
  createContext,
  type Ctx,
  fileError,
  fileLabel,
  reader,
} from './context.ts';
import { type AtlasIssue, sortIssues } from './issues.ts';
import { output } from './output.ts';
import { readDocuments } from './read-documents.ts';
import { readMeta } from './read-meta.ts';
import { readRegions } from './read-regions.ts';
import { readRelations } from './read-relations.ts';
import { readTour } from './read-tour.ts';
import {
  controlProblem,
  emptyProblem,
  MAX_DOCUMENT_BYTES,
  sizeProblem,
  type TextProblem,
} from './text-checks.ts';

export type { CompileInput, CompileOptions };

export interface CompileResult {
  /** Present only when there are no errors. */
  data?: AtlasData;
  errors: AtlasIssue[];
  warnings: AtlasIssue[];
  /** Figure values computed from `stated` (when `value` was left out). */
  computed?: ComputedValue[];
}

/** Checks every file's text and parses every YAML file; false when any cannot be read. */
function intake(ctx: Ctx): boolean {
  const { files } = ctx.input;
  const max = ctx.input.maxDocumentBytes ?? MAX_DOCUMENT_BYTES;
  const problem = (rel: string, p: TextProblem): void => {
    const issue: AtlasIssue = {
      file: fileLabel(ctx, rel),
      path: '',
      message: p.message,
      fix: p.fix,
    };
    if (p.line !== undefined) issue.line = p.line;
    ctx.errors.push(issue);
  };
  for (const rel of [...files.keys()].sort()) {
    const text = files.get(rel) ?? '';
    if (/\.txt$/.test(rel)) {
      const p = sizeProblem(text, max) ?? controlProblem(text);
      if (p) problem(rel, p);
    } else if (/\.ya?ml$/.test(rel)) {
      const p = emptyProblem(text, true);
      if (p) problem(rel, p);
      else reader(ctx, rel);
    }
  }
  for (const [name, what] of [
    ['relations', 'quotes, countries, links, figures and events'],
    ['regions', '`initialRegion:` and `regions:`'],
  ] as const) {
    if (!files.has(`${name}.yaml`) && !files.has(`${name}.yml`)) {
      fileError(
        ctx,
        `${name}.yaml`,
        'not found',
        `create ${name}.yaml with ${what} (see data/README.md)`,
      );
    }
  }
  return ctx.errors.length === 0;
}

function run(input: CompileInput): CompileResult {
  const ctx = createContext(input);
  // Files that cannot be read (too large, control characters, empty, bad YAML) are reported
  // alone: whatever the rest would say about them is an echo of the same problem.
  if (!intake(ctx)) return { errors: sortIssues(ctx.errors), warnings: ctx.warnings };
  readMeta(ctx);
  readDocuments(ctx);
  readRelations(ctx);
  readRegions(ctx);
  readTour(ctx);
  checkQuotes(ctx);
  checkCountries(ctx);
  checkLinks(ctx);
  checkFigures(ctx);
  checkEvents(ctx);
  checkRegionsAndTour(ctx);
  warnUnused(ctx);
  if (ctx.errors.length > 0) return { errors: sortIssues(ctx.errors), warnings: ctx.warnings };
  return { data: output(ctx), errors: [], warnings: ctx.warnings, computed: ctx.computed };
}

/** Compile the data folder. Never throws: an unexpected failure becomes an `internal` issue. */
export function compileInput(input: CompileInput): CompileResult {
  try {
    return run(input);
  } catch (e) {
    return {
      errors: [
        {
          file: input.dirLabel,
          path: '',
          message: `internal error in the atlas compiler: ${e instanceof Error ? e.message : String(e)}`,
          fix: 'this is a bug in compiler/, not in the data: report it with the data that caused it',
          internal: true,
        },
      ],
      warnings: [],
    };
  }
}
