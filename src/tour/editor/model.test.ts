import { describe, expect, it } from 'vitest';
import {
  addFromView,
  cameraBounds,
  duplicate,
  filled,
  freshStepId,
  fromTourSteps,
  moveDown,
  moveTo,
  moveUp,
  newTour,
  problems,
  remove,
  setQuote,
  setText,
  stepFromView,
  textIn,
  toTourSteps,
  tourIdFrom,
  type CurrentView,
  type Known,
  type TeacherTour,
} from './model';

const known: Known = {
  countries: new Set(['KAZ', 'KOR', 'RUS']),
  links: new Set(['KAZ-KOR', 'KAZ-RUS']),
  quotes: new Set(['kaz-kor-trade-2020']),
  regions: new Set(['all', 'central-asia']),
};

const view = (over: Partial<CurrentView> = {}): CurrentView => ({
  bounds: [44.123, 30.001, 134.5, 57.2],
  country: null,
  link: null,
  date: null,
  quote: null,
  ...over,
});

/** A tour of `n` steps whose captions say their original position. */
function tourOf(n: number): TeacherTour {
  let t = newTour('lesson', { ja: '授業', en: 'Lesson' });
  for (let i = 0; i < n; i++) {
    t = addFromView(t, view({ link: 'KAZ-KOR' }), 'all');
    t = setText(t, i, 'caption', 'en', `s${i + 1}`);
  }
  return t;
}
const order = (t: TeacherTour) => t.steps.map((s) => s.caption.en);

describe('textIn: language fallback', () => {
  const cases = [
    { text: { ja: '日本', en: 'Japan' }, lang: 'ja', expected: { text: '日本', from: null } },
    { text: { ja: '', en: 'Japan' }, lang: 'ja', expected: { text: 'Japan', from: 'en' } },
    { text: { ja: '日本', en: '  ' }, lang: 'en', expected: { text: '日本', from: 'ja' } },
    { text: { ja: '', en: '' }, lang: 'en', expected: { text: '', from: null } },
  ] as const;
  it.each(cases)('$text.ja|$text.en in $lang', ({ text, lang, expected }) => {
    expect(textIn(text, lang)).toEqual(expected);
  });
  it('filled() fills each empty language from the other', () => {
    expect(filled({ ja: '', en: 'A' })).toEqual({ ja: 'A', en: 'A' });
    expect(filled({ ja: 'あ', en: 'A' })).toEqual({ ja: 'あ', en: 'A' });
  });
});

describe('cameraBounds', () => {
  const cases = [
    {
      name: 'rounds outward',
      input: [44.123, 30.001, 134.501, 57.2],
      expected: [44.12, 30, 134.51, 57.2],
    },
    { name: 'cuts world copies', input: [-250, -80, 250, 80], expected: [-180, -80, 180, 80] },
    // A wide screen zoomed out, centred on Asia (80°E): one world around Asia, cut at the date
    // line on its larger side, not the Atlantic-centred −180…180.
    {
      name: 'world view centred on Asia',
      input: [-120, -70, 280, 80],
      expected: [-100, -70, 180, 80],
    },
    // The same view as MapLibre gives it after panning east across the date line (centre 440°).
    {
      name: 'centre in the next world copy',
      input: [240, -70, 640, 80],
      expected: [-100, -70, 180, 80],
    },
    // Over the date line, mostly east of it (Alaska and Chukotka): the eastern side.
    {
      name: 'over the date line, larger side east',
      input: [170, 50, 230, 70],
      expected: [-180, 50, -130, 70],
    },
    {
      name: 'over the date line, larger side west',
      input: [140, 30, 190, 60],
      expected: [140, 30, 180, 60],
    },
    { name: 'clamps the poles', input: [0, -89, 10, 89], expected: [0, -85, 10, 85] },
    { name: 'null', input: null, expected: null },
    { name: 'not finite', input: [0, 0, Infinity, 10], expected: null },
    { name: 'inverted', input: [10, 0, 0, 10], expected: null },
    // East of the date line in an unwrapped view: the same place in −180…180.
    { name: 'all east of the date line', input: [190, 0, 200, 10], expected: [-170, 0, -160, 10] },
  ] as const;
  it.each(cases)('$name', ({ input, expected }) => {
    expect(cameraBounds(input as never)).toEqual(expected);
  });
});

describe('ids', () => {
  it.each([
    { title: 'My Lesson: Korea!', taken: [], expected: 'my-lesson-korea' },
    { title: 'My lesson', taken: ['my-lesson'], expected: 'my-lesson-2' },
    { title: '朝鮮半島', taken: [], expected: 'tour-1' },
    { title: '', taken: ['tour-1'], expected: 'tour-2' },
    { title: 'Café', taken: [], expected: 'cafe' },
  ])('tourIdFrom($title)', ({ title, taken, expected }) => {
    expect(tourIdFrom(title, taken)).toBe(expected);
  });
  it('freshStepId skips used ids', () => {
    const t = tourOf(2);
    expect(freshStepId(t.steps)).toBe('step-3');
    const gap = remove(t, 0); // step-2 left
    expect(freshStepId(gap.steps)).toBe('step-3');
  });
  it.each(['', 'Has Caps', 'a b', '-x', 'x-'])('newTour refuses id %j', (id) => {
    expect(() => newTour(id, { ja: '', en: '' })).toThrow();
  });
});

describe('stepFromView', () => {
  it('takes camera, selection, date and quote', () => {
    const s = stepFromView(
      view({ link: 'KAZ-KOR', date: '2020-12-31', quote: 'kaz-kor-trade-2020' }),
      [],
      'all',
    );
    expect(s).toEqual({
      id: 'step-1',
      camera: { bounds: [44.12, 30, 134.5, 57.2] },
      select: { link: 'KAZ-KOR' },
      date: '2020-12-31',
      quote: 'kaz-kor-trade-2020',
      caption: { ja: '', en: '' },
      notes: { ja: '', en: '' },
    });
  });
  it('a country wins over a link; a bad date is left out; no bounds → the fallback region', () => {
    const s = stepFromView(
      view({ bounds: null, country: 'KAZ', link: 'KAZ-KOR', date: '2023-02-30' }),
      [],
      'all',
    );
    expect(s.select).toEqual({ country: 'KAZ' });
    expect(s.date).toBeUndefined();
    expect(s.camera).toEqual({ region: 'all' });
  });
});

describe('reordering', () => {
  const cases = [
    { name: 'up', op: (t: TeacherTour) => moveUp(t, 1), expected: ['s2', 's1', 's3'] },
    {
      name: 'up at the top stays',
      op: (t: TeacherTour) => moveUp(t, 0),
      expected: ['s1', 's2', 's3'],
    },
    { name: 'down', op: (t: TeacherTour) => moveDown(t, 0), expected: ['s2', 's1', 's3'] },
    {
      name: 'down at the end stays',
      op: (t: TeacherTour) => moveDown(t, 2),
      expected: ['s1', 's2', 's3'],
    },
    { name: 'to index', op: (t: TeacherTour) => moveTo(t, 0, 2), expected: ['s2', 's3', 's1'] },
    {
      name: 'to far index clamps',
      op: (t: TeacherTour) => moveTo(t, 2, -5),
      expected: ['s3', 's1', 's2'],
    },
    {
      name: 'NaN target stays',
      op: (t: TeacherTour) => moveTo(t, 1, NaN),
      expected: ['s1', 's2', 's3'],
    },
    {
      name: 'duplicate',
      op: (t: TeacherTour) => duplicate(t, 1),
      expected: ['s1', 's2', 's2', 's3'],
    },
    { name: 'delete', op: (t: TeacherTour) => remove(t, 1), expected: ['s1', 's3'] },
    {
      name: 'add after index',
      op: (t: TeacherTour) => addFromView(t, view(), 'all', 0),
      expected: ['s1', '', 's2', 's3'],
    },
  ];
  it.each(cases)('$name', ({ op, expected }) => {
    const t = tourOf(3);
    const before = structuredClone(t);
    expect(order(op(t))).toEqual(expected);
    expect(t, 'the original is untouched').toEqual(before);
  });
  it('a duplicate is a deep copy with its own id', () => {
    const t = duplicate(tourOf(1), 0);
    expect(t.steps[1]!.id).not.toBe(t.steps[0]!.id);
    expect(t.steps[1]!.camera).not.toBe(t.steps[0]!.camera);
  });
  it.each([
    { name: 'move', op: (t: TeacherTour) => moveTo(t, 3, 0) },
    { name: 'duplicate', op: (t: TeacherTour) => duplicate(t, -1) },
    { name: 'delete', op: (t: TeacherTour) => remove(t, 1.5) },
    { name: 'text', op: (t: TeacherTour) => setText(t, 9, 'caption', 'ja', 'x') },
  ])('$name refuses a step that is not there', ({ op }) => {
    expect(() => op(tourOf(3))).toThrow(RangeError);
  });
});

describe('setQuote', () => {
  it('sets and removes', () => {
    const t = setQuote(tourOf(2), 1, 'kaz-kor-trade-2020');
    expect(t.steps[1]!.quote).toBe('kaz-kor-trade-2020');
    expect('quote' in setQuote(t, 1, null).steps[1]!).toBe(false);
    expect(() => setQuote(t, 2, null)).toThrow(RangeError);
  });
});

describe('problems', () => {
  const good = tourOf(2);
  const withStep = (patch: object): TeacherTour => ({
    ...good,
    steps: [{ ...good.steps[0]!, ...patch }, good.steps[1]!],
  });
  it('none for a good tour', () => expect(problems(good, known)).toEqual([]));
  const cases = [
    { name: 'no steps', tour: { ...good, steps: [] }, code: 'noSteps', step: 0 },
    { name: 'bad tour id', tour: { ...good, id: 'Bad Id' }, code: 'badId', step: 0 },
    { name: 'duplicate step id', tour: withStep({ id: 'step-2' }), code: 'duplicateId', step: 2 },
    { name: 'bad step id', tour: withStep({ id: 'A B' }), code: 'badId', step: 1 },
    { name: 'no camera', tour: withStep({ camera: {} }), code: 'camera', step: 1 },
    {
      name: 'two cameras',
      tour: withStep({ camera: { region: 'all', bounds: [0, 0, 1, 1] } }),
      code: 'camera',
      step: 1,
    },
    {
      name: 'unknown region',
      tour: withStep({ camera: { region: 'mars' } }),
      code: 'unknownRegion',
      step: 1,
    },
    {
      name: 'bad bounds',
      tour: withStep({ camera: { bounds: [0, 0, 500, 1] } }),
      code: 'camera',
      step: 1,
    },
    {
      name: 'unknown country',
      tour: withStep({ select: { country: 'XXX' } }),
      code: 'unknownCountry',
      step: 1,
    },
    {
      name: 'unknown link',
      tour: withStep({ select: { link: 'AAA-BBB' } }),
      code: 'unknownLink',
      step: 1,
    },
    {
      name: 'both selected',
      tour: withStep({ select: { country: 'KAZ', link: 'KAZ-KOR' } }),
      code: 'bothSelected',
      step: 1,
    },
    { name: 'bad date', tour: withStep({ date: '2023-02-30' }), code: 'badDate', step: 1 },
    { name: 'unknown quote', tour: withStep({ quote: 'nope' }), code: 'unknownQuote', step: 1 },
    {
      name: 'empty caption',
      tour: withStep({ caption: { ja: ' ', en: '' } }),
      code: 'emptyCaption',
      step: 1,
    },
  ] as const;
  it.each(cases)('$name', ({ tour, code, step }) => {
    expect(problems(tour as TeacherTour, known)).toContainEqual(
      expect.objectContaining({ code, step }),
    );
  });
});

describe('to and from the presentation steps', () => {
  it('fills the captions, leaves out empty notes', () => {
    const t = setText(tourOf(1), 0, 'notes', 'ja', 'メモ');
    const [step] = toTourSteps(t);
    expect(step).toEqual({
      id: 'step-1',
      camera: { bounds: [44.12, 30, 134.5, 57.2] },
      select: { link: 'KAZ-KOR' },
      caption: { ja: 's1', en: 's1' },
      notes: { ja: 'メモ', en: 'メモ' },
    });
    expect(toTourSteps(tourOf(1))[0]!.notes).toBeUndefined();
  });
  it('a built-in tour becomes editable and back', () => {
    const steps = toTourSteps(tourOf(2));
    expect(toTourSteps(fromTourSteps('copy', { ja: '', en: 'Copy' }, steps))).toEqual(steps);
  });
});
