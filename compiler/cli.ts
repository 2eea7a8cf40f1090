/**
 * Validate the atlas data and print what it holds, or every problem (exit code 1).
 *
 *   tsx compiler/cli.ts [dir] [--meta path/to/countries-meta.json]
 *
 * `dir` defaults to $ATLAS_DATA_DIR or `data`; the meta file to $ATLAS_GEO_META or
 * `geo/out/countries-meta.json` (written by `npm run geo`).
 */
import { formatIssue, formatIssues } from './core/issues.ts';
import { buildAtlas, shownPath, type AtlasBuildOptions } from './index.ts';

function parseArgs(argv: string[]): AtlasBuildOptions | string {
  const options: AtlasBuildOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--meta') {
      const v = argv[++i];
      if (!v) return '--meta needs a path';
      options.meta = v;
    } else if (arg.startsWith('--meta=')) {
      options.meta = arg.slice('--meta='.length);
    } else if (arg === '-h' || arg === '--help') {
      return 'usage: tsx compiler/cli.ts [dir] [--meta countries-meta.json]';
    } else if (arg.startsWith('-')) {
      return `unknown option ${arg}\nusage: tsx compiler/cli.ts [dir] [--meta countries-meta.json]`;
    } else if (options.dir === undefined) {
      options.dir = arg;
    } else {
      return `unexpected argument ${arg}\nusage: tsx compiler/cli.ts [dir] [--meta countries-meta.json]`;
    }
  }
  return options;
}

function main(): number {
  const options = parseArgs(process.argv.slice(2));
  if (typeof options === 'string') {
    console.error(options);
    return 2;
  }
  const result = buildAtlas(options);
  for (const w of result.warnings) console.warn(`warning: ${formatIssue(w)}`);
  if (!result.data) {
    console.error(formatIssues(result.errors));
    return 1;
  }
  const d = result.data;
  const rows: [string, number][] = [
    ['documents', d.documents.length],
    ['countries', d.countries.length],
    ['  parties', d.countries.filter((c) => c.role === 'party').length],
    ['  mentioned only', d.countries.filter((c) => c.role === 'mentioned').length],
    ['links', d.links.length],
    ['figures', d.figures.length],
    ['events', d.events.length],
    ['quotes', d.quotes.length],
    ['regions', d.regions.length],
    ['tour steps', d.tour.length],
  ];
  console.log(`atlas data OK (${shownPath(process.cwd(), result.dir)})`);
  for (const [k, v] of rows) console.log(`  ${k.padEnd(18)} ${v}`);
  const computed = result.computed ?? [];
  if (computed.length > 0) {
    console.log(`values computed from \`stated\` (${computed.length}):`);
    for (const c of computed) {
      const where = c.line === undefined ? c.file : `${c.file}:${c.line}`;
      console.log(`  ${where} ${c.id}: ${c.stated} = ${c.value} (US dollars)`);
    }
  }
  return 0;
}

process.exitCode = main();
