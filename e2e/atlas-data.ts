/**
 * The atlas as the app is built from it, read at test collection time, so the tests that cover
 * every arc, every region or every tour step can be one test per item (a failure names its item,
 * and each gets its own timeout). The same compiler as `npm run data` and the same `arcsAt` as the
 * map, so the list cannot drift from what is drawn.
 */
import { buildAtlas } from '../compiler/index';
import { arcHistory, arcsAt } from '../src/lib/links';

function atlas() {
  const built = buildAtlas();
  if (!built.data) throw new Error(`the data does not compile: ${built.errors.length} errors`);
  return built.data;
}

export const ATLAS = atlas();

/** The ids of the arcs the map draws with no date chosen (the whole record). */
export const ARC_IDS: readonly string[] = arcsAt(arcHistory(ATLAS), null).map((a) => a.id);
