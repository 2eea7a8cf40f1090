/**
 * `tour.yaml`: the guided tour; `tour-<id>.yaml`: more tours in the same format (a teacher's,
 * exported from the app's tour editor), each with an optional `title: { ja, en }`. Step ids are
 * unique within their file.
 */
import type { TourStep } from '../../src/data/types.ts';
import { claim, type Ctx, fileError, fileLabel, reader } from './context.ts';
import { parseIso } from './dates.ts';
import { readQuoteRef } from './read-quotes.ts';
import { readBounds } from './read-regions.ts';
import { linkRef, readIso3 } from './read-relations.ts';
import { describe } from './reader.ts';
import { ID_HELP, ID_RE } from './rules.ts';

/** The extra tour files of the folder: `tour-<anything>.yaml` (the name is checked when read). */
export const EXTRA_TOUR_FILE = /^tour-[^/]*\.ya?ml$/;

export function readTour(ctx: Ctx): void {
  const rel = ctx.input.files.has('tour.yaml')
    ? 'tour.yaml'
    : ctx.input.files.has('tour.yml')
      ? 'tour.yml'
      : undefined;
  if (!rel) {
    ctx.warnings.push({
      file: fileLabel(ctx, 'tour.yaml'),
      path: '',
      message: 'not found: the atlas will have no guided tour',
    });
  } else readTourFile(ctx, rel, undefined);
  for (const f of [...ctx.input.files.keys()].filter((f) => EXTRA_TOUR_FILE.test(f)).sort()) {
    const id = /^tour-(.*)\.ya?ml$/.exec(f)?.[1] ?? '';
    if (!ID_RE.test(id)) {
      fileError(
        ctx,
        f,
        `「${id}」 is not a valid tour id (${ID_HELP})`,
        'rename the file tour-<id>.yaml, e.g. tour-my-lesson.yaml',
      );
    } else if (ctx.tours.some((t) => t.id === id)) {
      fileError(
        ctx,
        f,
        `a second file for tour \`${id}\``,
        'keep one of tour-<id>.yaml and tour-<id>.yml',
      );
    } else readTourFile(ctx, f, id);
  }
}

function readTourFile(ctx: Ctx, rel: string, tourId: string | undefined): void {
  const r = reader(ctx, rel);
  if (!r) return;
  const obj = r.object(r.src.value, [], 'the tour');
  if (!obj) return;
  r.keys(obj, [], ['title', 'steps']);
  const title = r.langText(obj, 'title', []);
  if (tourId !== undefined) ctx.tours.push(title ? { id: tourId, title } : { id: tourId });
  const stepKind = tourId === undefined ? 'tour step' : `step of tour ${tourId}`;
  r.list(obj, 'steps', [], {
    required: true,
    nonEmpty: true,
    help: 'add `steps:` with the steps of the tour',
  })?.forEach((v, i) => {
    const p = ['steps', i];
    const o = r.object(v, p, 'a tour step');
    if (!o) return;
    r.keys(o, p, ['id', 'camera', 'select', 'caption', 'quote', 'date', 'notes']);
    const id = r.string(o, 'id', p, {
      required: true,
      pattern: ID_RE,
      patternHelp: `is not a valid id (${ID_HELP})`,
      help: `add \`id: …\` (${ID_HELP})`,
    });
    const camera: TourStep['camera'] = {};
    let cameraOk = false;
    if (o.camera === undefined || o.camera === null) {
      r.missing(
        o,
        'camera',
        p,
        'add `camera: { region: <region id> }` or `camera: { bounds: [w, s, e, n] }`',
      );
    } else {
      const c = r.object(
        o.camera,
        [...p, 'camera'],
        'the camera',
        'write `camera: { region: all }` or `camera: { bounds: [w, s, e, n] }`',
      );
      if (c) {
        r.keys(c, [...p, 'camera'], ['region', 'bounds']);
        const region = r.string(c, 'region', [...p, 'camera']);
        const bounds =
          c.bounds !== undefined
            ? readBounds(ctx, r, c.bounds, [...p, 'camera', 'bounds'])
            : undefined;
        if (region) camera.region = region;
        if (bounds) camera.bounds = bounds;
        if ((c.region === undefined) === (c.bounds === undefined)) {
          r.error(
            [...p, 'camera'],
            'give exactly one of `region` or `bounds`',
            'write `camera: { region: all }` or `camera: { bounds: [w, s, e, n] }`',
          );
        } else cameraOk = region !== undefined || bounds !== undefined;
        if (region) ctx.regionRefs.push({ id: region, r, path: [...p, 'camera', 'region'] });
      }
    }
    let select: TourStep['select'];
    if (o.select !== undefined && o.select !== null) {
      const s = r.object(
        o.select,
        [...p, 'select'],
        'the selection',
        'write `select: { country: KAZ }` or `select: { link: KAZ-KOR }`',
      );
      if (s) {
        r.keys(s, [...p, 'select'], ['country', 'link']);
        select = {};
        const country = readIso3(ctx, r, s, 'country', [...p, 'select'], 'tour selection', false);
        const link = linkRef(ctx, r, s, 'link', [...p, 'select'], false);
        if (country) select.country = country;
        if (link) select.link = link;
      }
    }
    const caption = r.langText(o, 'caption', p, { required: true });
    const notes = r.langText(o, 'notes', p);
    let quote: string | undefined;
    if (o.quote !== undefined && o.quote !== null)
      quote = readQuoteRef(
        ctx,
        r,
        o.quote,
        [...p, 'quote'],
        tourId === undefined ? `tour-${id ?? i}` : `tour-${tourId}-${id ?? i}`,
      );
    let date: string | undefined;
    if (o.date !== undefined && o.date !== null) {
      const help = 'write the "as of" date as YYYY-MM-DD, e.g. 2020-12-31';
      if (typeof o.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(o.date)) {
        r.error([...p, 'date'], `expected a day (YYYY-MM-DD), found ${describe(o.date)}`, help);
      } else {
        const parsed = parseIso(o.date);
        if ('error' in parsed) r.error([...p, 'date'], parsed.error, help);
        else date = o.date;
      }
    }
    if (!id || !caption || !cameraOk || !claim(ctx, stepKind, id, { r, path: [...p, 'id'] }))
      return;
    const step: TourStep = { id, camera, caption };
    if (select && (select.country || select.link)) step.select = select;
    if (quote) step.quote = quote;
    if (date) step.date = date;
    if (notes) step.notes = notes;
    ctx.steps.push(
      tourId === undefined ? { step, r, path: p } : { step, r, path: p, tour: tourId },
    );
  });
}
