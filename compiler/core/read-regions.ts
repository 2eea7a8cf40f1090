/**
 * `regions.yaml`: camera presets and the one shown first.
 */
import { claim, type Ctx, fileError, reader } from './context.ts';
import type { FieldPath } from './issues.ts';
import { describe, type FileReader } from './reader.ts';
import { ID_HELP, ID_RE } from './rules.ts';

export function readBounds(
  ctx: Ctx,
  r: FileReader,
  v: unknown,
  path: FieldPath,
): [number, number, number, number] | undefined {
  const help = 'write [west, south, east, north] in degrees, e.g. [20, 30, 135, 60]';
  if (
    !Array.isArray(v) ||
    v.length !== 4 ||
    !v.every((x) => typeof x === 'number' && Number.isFinite(x))
  ) {
    r.error(path, `expected four numbers [west, south, east, north], found ${describe(v)}`, help);
    return undefined;
  }
  const [w, s, e, n] = v as [number, number, number, number];
  if (w < -180 || e > 180 || s < -90 || n > 90 || w >= e || s >= n) {
    r.error(
      path,
      `[${v.join(', ')}] is not a box: need −180 ≤ west < east ≤ 180 and −90 ≤ south < north ≤ 90`,
      help,
    );
    return undefined;
  }
  return [w, s, e, n];
}

export function readRegions(ctx: Ctx): void {
  const rel = ctx.input.files.has('regions.yaml')
    ? 'regions.yaml'
    : ctx.input.files.has('regions.yml')
      ? 'regions.yml'
      : undefined;
  if (!rel) {
    fileError(
      ctx,
      'regions.yaml',
      'not found',
      'create regions.yaml with `initialRegion:` and `regions:` (see data/README.md)',
    );
    return;
  }
  const r = reader(ctx, rel);
  if (!r) return;
  const obj = r.object(r.src.value, [], 'the regions');
  if (!obj) return;
  r.keys(obj, [], ['initialRegion', 'regions']);
  const initial = r.string(obj, 'initialRegion', [], {
    required: true,
    help: 'add `initialRegion: all` (the id of the region shown first)',
  });
  if (initial) ctx.initialRegion = { id: initial, r, path: ['initialRegion'] };
  r.list(obj, 'regions', [], {
    required: true,
    nonEmpty: true,
    help: 'add `regions:` with at least one region',
  })?.forEach((v, i) => {
    const p = ['regions', i];
    const o = r.object(v, p, 'a region');
    if (!o) return;
    r.keys(o, p, ['id', 'name', 'bounds']);
    const id = r.string(o, 'id', p, {
      required: true,
      pattern: ID_RE,
      patternHelp: `is not a valid id (${ID_HELP})`,
      help: `add \`id: …\` (${ID_HELP})`,
    });
    const name = r.langText(o, 'name', p, { required: true });
    let bounds: [number, number, number, number] | undefined;
    if (o.bounds === undefined || o.bounds === null)
      r.missing(o, 'bounds', p, 'add `bounds: [west, south, east, north]`');
    else bounds = readBounds(ctx, r, o.bounds, [...p, 'bounds']);
    if (!id || !name || !bounds || !claim(ctx, 'region', id, { r, path: [...p, 'id'] })) return;
    ctx.regions.push({ region: { id, name, bounds }, r, path: p });
  });
}
