/**
 * A teacher's own tour, as the editor holds it: pure data and pure operations (each returns a new
 * tour, so the editor can keep the previous one and the store writes whole records). The tour is
 * the same story as `data/tour.yaml` tells — camera, selection, date, quote, caption, notes — with
 * one difference: a caption or a note may be written in one language only. The other language
 * then shows it, marked as such (`textIn`), and an exported file carries it in both
 * (`tour.yaml` needs both).
 */
import type { LangText, TourStep } from '../../data/types';
import type { Lang } from '../../i18n/messages';
import { isIsoDay } from '../../lib/url-state';
import { validBounds, type Bounds } from '../step-effects';

export interface EditorStep {
  /** Unique within its tour; the step's `id` in an exported file. */
  id: string;
  camera: { region?: string; bounds?: Bounds };
  select?: { country?: string; link?: string };
  /** The timeline's "as of" day, `YYYY-MM-DD`. */
  date?: string;
  /** A quote id of the atlas. */
  quote?: string;
  /** Either language may be empty (not both, for a step to be presented). */
  caption: LangText;
  notes: LangText;
}

export interface TeacherTour {
  /** Lowercase letters, digits and dashes: the file is `tour-<id>.yaml`. */
  id: string;
  title: LangText;
  steps: EditorStep[];
}

/** What "Add this view as a step" takes from the screen. */
export interface CurrentView {
  bounds: Bounds | null;
  country: string | null;
  link: string | null;
  date: string | null;
  quote: string | null;
}

/** The same rule the data compiler applies to ids (`compiler/core/rules.ts`). */
export const TOUR_ID_RE = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;
/** Enough for a lesson; an imported file with more is refused (a runaway file, not a tour). */
export const MAX_STEPS = 200;
/** Longest caption or note, in characters. */
export const MAX_TEXT = 2000;

const EMPTY: LangText = { ja: '', en: '' };
const other = (lang: Lang): Lang => (lang === 'ja' ? 'en' : 'ja');

/** A text in `lang`, or the other language's when `lang`'s is empty (`from` says which). */
export function textIn(text: LangText, lang: Lang): { text: string; from: Lang | null } {
  if (text[lang].trim() !== '') return { text: text[lang], from: null };
  const o = other(lang);
  if (text[o].trim() !== '') return { text: text[o], from: o };
  return { text: '', from: null };
}

/** Both languages filled, each empty one from the other (what `tour.yaml` requires). */
export function filled(text: LangText): LangText {
  return { ja: textIn(text, 'ja').text, en: textIn(text, 'en').text };
}

const isEmpty = (text: LangText) => text.ja.trim() === '' && text.en.trim() === '';

/** Degrees rounded to 2 decimals, outward for the box to keep what was seen. */
const down = (v: number) => Math.floor(v * 100) / 100;
const up = (v: number) => Math.ceil(v * 100) / 100;
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/**
 * The map's bounds as a tour camera: inside −180…180 / −85…85, rounded outward to 0.01°. A view
 * that shows the world more than once (zoomed out on a wide screen) keeps one world around its
 * centre; a view over the date line (or a centre east of it, as MapLibre's unwrapped bounds give)
 * keeps the larger of its two sides, so that presenting the step shows what the teacher was
 * looking at (Asia for a view centred on Asia), not the world centred on the Atlantic. Null when
 * nothing is left.
 */
export function cameraBounds(bounds: Bounds | null): Bounds | null {
  if (!bounds || !bounds.every((v) => Number.isFinite(v))) return null;
  const [, s, , n] = bounds;
  let [w, , e] = bounds;
  if (!(w < e)) return null;
  // One world around the centre.
  const c = (w + e) / 2;
  w = Math.max(w, c - 180);
  e = Math.min(e, c + 180);
  // The copy of the world the centre is on: −180…180.
  const shift = 360 * Math.floor((c + 180) / 360);
  w -= shift;
  e -= shift;
  // Over the date line: the larger side.
  if (w < -180) [w, e] = e + 180 >= -180 - w ? [-180, e] : [w + 360, 180];
  else if (e > 180) [w, e] = 180 - w >= e - 180 ? [w, 180] : [-180, e - 360];
  const box: Bounds = [
    clamp(down(w), -180, 180),
    clamp(down(s), -85, 85),
    clamp(up(e), -180, 180),
    clamp(up(n), -85, 85),
  ];
  return validBounds(box) ? box : null;
}

/** A step id not yet used in `steps`: `step-1`, `step-2`, … */
export function freshStepId(steps: readonly EditorStep[]): string {
  const used = new Set(steps.map((s) => s.id));
  for (let n = steps.length + 1; ; n++) if (!used.has(`step-${n}`)) return `step-${n}`;
}

/** A tour id from a title, not in `taken`: `my-lesson`, `my-lesson-2`, or `tour-1` for 日本語 only. */
export function tourIdFrom(title: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const slug =
    title
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'tour';
  if (!used.has(slug) && slug !== 'tour') return slug;
  for (let n = slug === 'tour' ? 1 : 2; ; n++) if (!used.has(`${slug}-${n}`)) return `${slug}-${n}`;
}

export function newTour(id: string, title: LangText): TeacherTour {
  if (!TOUR_ID_RE.test(id)) throw new Error(`not a tour id: ${JSON.stringify(id)}`);
  return { id, title: { ...title }, steps: [] };
}

/** A step for the view on screen; a view with no camera the map can show starts from `fallbackRegion`. */
export function stepFromView(
  view: CurrentView,
  steps: readonly EditorStep[],
  fallbackRegion: string,
): EditorStep {
  const bounds = cameraBounds(view.bounds);
  const step: EditorStep = {
    id: freshStepId(steps),
    camera: bounds ? { bounds } : { region: fallbackRegion },
    caption: { ...EMPTY },
    notes: { ...EMPTY },
  };
  // One thing is selected at a time, as in the app; a country wins, as in the URL.
  if (view.country) step.select = { country: view.country };
  else if (view.link) step.select = { link: view.link };
  if (view.date && isIsoDay(view.date)) step.date = view.date;
  if (view.quote) step.quote = view.quote;
  return step;
}

/** Adds a step for the current view after `after` (default: at the end). */
export function addFromView(
  tour: TeacherTour,
  view: CurrentView,
  fallbackRegion: string,
  after: number = tour.steps.length - 1,
): TeacherTour {
  const step = stepFromView(view, tour.steps, fallbackRegion);
  const at = clamp(Math.trunc(after) + 1, 0, tour.steps.length);
  return { ...tour, steps: [...tour.steps.slice(0, at), step, ...tour.steps.slice(at)] };
}

function checkIndex(tour: TeacherTour, i: number): void {
  if (!Number.isInteger(i) || i < 0 || i >= tour.steps.length) {
    throw new RangeError(`no step ${i} in a tour of ${tour.steps.length}`);
  }
}

/** Moves the step at `from` to index `to` (clamped to the list). */
export function moveTo(tour: TeacherTour, from: number, to: number): TeacherTour {
  checkIndex(tour, from);
  const target = clamp(Math.trunc(Number.isFinite(to) ? to : from), 0, tour.steps.length - 1);
  if (target === from) return tour;
  const steps = [...tour.steps];
  const [step] = steps.splice(from, 1);
  steps.splice(target, 0, step!);
  return { ...tour, steps };
}

export const moveUp = (tour: TeacherTour, i: number): TeacherTour => moveTo(tour, i, i - 1);
export const moveDown = (tour: TeacherTour, i: number): TeacherTour => moveTo(tour, i, i + 1);

/** A copy of the step at `i`, right after it, with its own id. */
export function duplicate(tour: TeacherTour, i: number): TeacherTour {
  checkIndex(tour, i);
  const source = tour.steps[i]!;
  const copy: EditorStep = structuredClone({ ...source, id: freshStepId(tour.steps) });
  return { ...tour, steps: [...tour.steps.slice(0, i + 1), copy, ...tour.steps.slice(i + 1)] };
}

export function remove(tour: TeacherTour, i: number): TeacherTour {
  checkIndex(tour, i);
  return { ...tour, steps: tour.steps.filter((_, k) => k !== i) };
}

/** Sets one language of a step's caption or notes. */
export function setText(
  tour: TeacherTour,
  i: number,
  field: 'caption' | 'notes',
  lang: Lang,
  text: string,
): TeacherTour {
  checkIndex(tour, i);
  const steps = tour.steps.map((s, k) =>
    k === i ? { ...s, [field]: { ...s[field], [lang]: text.slice(0, MAX_TEXT) } } : s,
  );
  return { ...tour, steps };
}

/** Sets (or, with null, removes) a step's quote. */
export function setQuote(tour: TeacherTour, i: number, quote: string | null): TeacherTour {
  checkIndex(tour, i);
  const steps = tour.steps.map((s, k) => {
    if (k !== i) return s;
    const next: EditorStep = { ...s };
    if (quote) next.quote = quote;
    else delete next.quote;
    return next;
  });
  return { ...tour, steps };
}

/** What the atlas knows: references outside these are refused. */
export interface Known {
  countries: ReadonlySet<string>;
  links: ReadonlySet<string>;
  quotes: ReadonlySet<string>;
  regions: ReadonlySet<string>;
}

export type ProblemCode =
  | 'badId'
  | 'duplicateId'
  | 'noSteps'
  | 'tooManySteps'
  | 'camera'
  | 'unknownRegion'
  | 'unknownCountry'
  | 'unknownLink'
  | 'bothSelected'
  | 'badDate'
  | 'unknownQuote'
  | 'emptyCaption';

export interface StepProblem {
  /** 1-based step, or 0 for the tour itself. */
  step: number;
  code: ProblemCode;
  /** The value at fault, when there is one (an id, a date). */
  value?: string;
}

/** Everything that would stop the tour from being presented or compiled; empty when fine. */
export function problems(tour: TeacherTour, known: Known): StepProblem[] {
  const out: StepProblem[] = [];
  const add = (step: number, code: ProblemCode, value?: string) =>
    out.push(value === undefined ? { step, code } : { step, code, value });
  if (!TOUR_ID_RE.test(tour.id)) add(0, 'badId', tour.id);
  if (tour.steps.length === 0) add(0, 'noSteps');
  if (tour.steps.length > MAX_STEPS) add(0, 'tooManySteps', String(MAX_STEPS));
  const ids = new Set<string>();
  tour.steps.forEach((s, k) => {
    const i = k + 1;
    if (!TOUR_ID_RE.test(s.id)) add(i, 'badId', s.id);
    else if (ids.has(s.id)) add(i, 'duplicateId', s.id);
    ids.add(s.id);
    const { region, bounds } = s.camera;
    if ((region === undefined) === (bounds === undefined)) add(i, 'camera');
    else if (region !== undefined && !known.regions.has(region)) add(i, 'unknownRegion', region);
    else if (bounds !== undefined && (!validBounds(bounds) || bounds[0] < -180 || bounds[2] > 180))
      add(i, 'camera');
    const c = s.select?.country;
    const l = s.select?.link;
    if (c && !known.countries.has(c)) add(i, 'unknownCountry', c);
    if (l && !known.links.has(l)) add(i, 'unknownLink', l);
    if (c && l) add(i, 'bothSelected');
    if (s.date !== undefined && !isIsoDay(s.date)) add(i, 'badDate', s.date);
    if (s.quote !== undefined && !known.quotes.has(s.quote)) add(i, 'unknownQuote', s.quote);
    if (isEmpty(s.caption)) add(i, 'emptyCaption');
  });
  return out;
}

/** The steps the presentation plays: each language filled from the other where empty. */
export function toTourSteps(tour: TeacherTour): TourStep[] {
  return tour.steps.map((s) => {
    const step: TourStep = {
      id: s.id,
      camera: s.camera.bounds ? { bounds: [...s.camera.bounds] } : { region: s.camera.region! },
      caption: filled(s.caption),
    };
    if (s.select?.country) step.select = { country: s.select.country };
    else if (s.select?.link) step.select = { link: s.select.link };
    if (s.date) step.date = s.date;
    if (s.quote) step.quote = s.quote;
    if (!isEmpty(s.notes)) step.notes = filled(s.notes);
    return step;
  });
}

/** A built-in tour's steps as an editable tour (to start a teacher's own from it). */
export function fromTourSteps(
  id: string,
  title: LangText,
  steps: readonly TourStep[],
): TeacherTour {
  return {
    id,
    title: { ...title },
    steps: steps.map((s) => {
      const step: EditorStep = {
        id: s.id,
        camera: s.camera.bounds ? { bounds: [...s.camera.bounds] } : { region: s.camera.region },
        caption: { ...s.caption },
        notes: s.notes ? { ...s.notes } : { ...EMPTY },
      };
      if (s.select?.country) step.select = { country: s.select.country };
      else if (s.select?.link) step.select = { link: s.select.link };
      if (s.date) step.date = s.date;
      if (s.quote) step.quote = s.quote;
      return step;
    }),
  };
}
