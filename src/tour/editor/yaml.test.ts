import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compile, formatted, realFiles } from '../../../compiler/testing';
import type { AtlasData, TourStep } from '../../data/types';
import { addFromView, newTour, setText, toTourSteps, type Known, type TeacherTour } from './model';
import { exportTour, fileNameOf, idFromFileName, importTour, MAX_FILE_BYTES, scalar } from './yaml';

const files = realFiles();
const compiled = compile(files);
const atlas = compiled.data as AtlasData;
const known: Known = {
  countries: new Set(atlas.countries.map((c) => c.iso3)),
  links: new Set(atlas.links.map((l) => l.id)),
  quotes: new Set(atlas.quotes.map((q) => q.id)),
  regions: new Set(atlas.regions.map((r) => r.id)),
};
const quotes = new Map(atlas.quotes.map((q) => [q.id, q]));
const quoteOf = (id: string) => quotes.get(id);

/** The built-in step that quotes inline (its quote has a compiler-made id). */
const inlineStep = atlas.tour.find((s) => s.quote && /\.\d+$/.test(s.quote));

function lesson(): TeacherTour {
  const link = atlas.links[0]!;
  const linkQuote = link.quotes[0]!;
  let t = newTour('lesson-1', { ja: '授業1', en: '' });
  t = addFromView(
    t,
    {
      bounds: [44.5, 30, 134, 57],
      country: null,
      link: link.id,
      date: '2020-12-31',
      quote: linkQuote,
    },
    'all',
  );
  t = setText(t, 0, 'caption', 'ja', '「引用」: コロン # と記号 — 日本語だけ');
  t = setText(t, 0, 'notes', 'en', 'Notes only in English: yes');
  t = addFromView(
    t,
    {
      bounds: null,
      country: atlas.countries[0]!.iso3,
      link: null,
      date: null,
      quote: inlineStep?.quote ?? null,
    },
    atlas.regions[0]!.id,
  );
  t = setText(t, 1, 'caption', 'en', "Second step's caption, in English only");
  t = setText(t, 1, 'caption', 'ja', '');
  return t;
}

it('the real tour has a step with an inline quote (the export writes it inline)', () => {
  expect(inlineStep).toBeDefined();
});

describe('scalar', () => {
  it.each([
    'plain text',
    '日本語、そして「かぎ括弧」',
    'a: b',
    'ends with colon:',
    '# not a comment',
    'x #y',
    '- dash',
    '[bracket',
    '{brace',
    "'quote",
    '"double',
    'true',
    'No',
    'null',
    '~',
    '2020-12-31',
    '12',
    '1e3',
    '.5',
    ' leading',
    'trailing ',
    'line\nbreak',
    'tab\there',
    '@at',
    '%pc',
    '* star',
    '',
    '\u2028',
  ])('%j reads back as the same text', (text) => {
    expect(parse(`k: ${scalar(text)}`)).toEqual({ k: text });
  });
  it('writes ordinary text plain', () => {
    expect(scalar('Four documents describe how countries are tied.')).toBe(
      'Four documents describe how countries are tied.',
    );
  });
});

describe('file names', () => {
  it.each([
    ['tour-lesson-1.yaml', 'lesson-1'],
    ['C:\\Users\\me\\tour-a.yml', 'a'],
    ['tour-Bad.yaml', undefined],
    ['lesson.yaml', undefined],
    ['tour-.yaml', undefined],
  ])('%s → %s', (name, id) => expect(idFromFileName(name)).toBe(id));
  it('names the file after the tour', () =>
    expect(fileNameOf({ id: 'x-1' })).toBe('tour-x-1.yaml'));
});

describe('export', () => {
  it('is in the format of data/tour.yaml', () => {
    const text = exportTour(lesson(), quoteOf);
    expect(text).toContain('steps:\n  - id: step-1\n    camera: { bounds: [44.5, 30, 134, 57] }\n');
    expect(text).toMatch(/\n {4}select: \{ link: [A-Z]{3}-[A-Z]{3} \}\n {4}date: 2020-12-31\n/);
    expect(text).toContain('    caption:\n      ja: ');
  });

  it('placed in a copy of data/, compiles with 0 problems into one more tour', () => {
    const tour = lesson();
    const text = exportTour(tour, quoteOf);
    const result = compile(new Map(files).set(fileNameOf(tour), text));
    expect(formatted(result.errors)).toEqual([]);
    expect(formatted(result.warnings)).toEqual([]);
    expect(result.data?.tour).toEqual(atlas.tour);
    const extra = result.data?.tours?.find((t) => t.id === 'lesson-1');
    expect(extra?.title).toEqual({ ja: '授業1', en: '授業1' });
    const expected = toTourSteps(tour);
    const noQuote = (s: TourStep) => ({ ...s, quote: undefined });
    expect(extra?.steps.map(noQuote)).toEqual(expected.map(noQuote));
    // An inline quote gets its own id in the compiled tour, for the same words.
    extra?.steps.forEach((s, i) => {
      const q = result.data?.quotes.find((x) => x.id === s.quote);
      expect(q?.text).toBe(quotes.get(expected[i]!.quote ?? '')?.text);
    });
  });

  it('reads back as the same tour, the fallback languages empty again', () => {
    const tour = lesson();
    const back = importTour(exportTour(tour, quoteOf), 'tour-lesson-1.yaml', known, quotes);
    expect(back).toEqual({ ok: true, tour });
  });
});

describe('import of bad files', () => {
  const good = exportTour(lesson(), quoteOf);
  const cases = [
    { name: 'broken YAML', text: 'steps:\n  - id: a\n   camera: [', code: 'syntax' },
    { name: 'not a tour', text: 'hello: world\n', code: 'notTour' },
    { name: 'a list', text: '- 1\n- 2\n', code: 'notTour' },
    { name: 'too large', text: `# ${'x'.repeat(MAX_FILE_BYTES)}\n${good}`, code: 'tooLarge' },
    { name: 'a step that is text', text: 'steps:\n  - hello\n', code: 'badStep' },
    {
      name: 'no camera',
      text: 'steps:\n  - id: a\n    caption: { ja: あ, en: a }\n',
      code: 'badStep',
    },
    {
      name: 'bounds not numbers',
      text: 'steps:\n  - id: a\n    camera: { bounds: [a, b, c, d] }\n    caption: { ja: あ, en: a }\n',
      code: 'badStep',
    },
    {
      name: 'an unknown link',
      text: good.replace(/link: [A-Z]{3}-[A-Z]{3}/, 'link: AAA-ZZZ'),
      code: 'problem',
      problem: 'unknownLink',
    },
    {
      name: 'an unknown quote id',
      text: good.replace(/quote: [^\n]+/, 'quote: no-such-quote'),
      code: 'problem',
      problem: 'unknownQuote',
    },
    {
      name: 'an inline quote not in the atlas',
      text: 'steps:\n  - id: a\n    camera: { region: all }\n    quote: { doc: x, text: y }\n    caption: { ja: あ, en: a }\n',
      code: 'unknownInlineQuote',
    },
    {
      name: 'an empty caption',
      text: 'steps:\n  - id: a\n    camera: { region: all }\n    caption: { ja: "", en: "" }\n',
      code: 'problem',
      problem: 'emptyCaption',
    },
    {
      name: 'too many steps',
      text: `steps:\n${'  - { id: a, camera: { region: all }, caption: { ja: あ, en: a } }\n'.repeat(201)}`,
      code: 'problem',
      problem: 'tooManySteps',
    },
    {
      name: 'an alias bomb',
      text: `a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\nsteps: [*c]\n`,
      code: 'badStep',
    },
  ];
  it.each(cases)('$name', ({ text, code, problem }) => {
    const result = importTour(text, 'tour-x.yaml', known, quotes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const first = result.errors[0]!;
    expect(first.code).toBe(code);
    if (problem) expect(first.code === 'problem' && first.problem.code).toBe(problem);
  });

  it('an id already taken gets a new one, never overwrites', () => {
    const result = importTour(good, 'tour-lesson-1.yaml', known, quotes, ['lesson-1']);
    expect(result.ok && result.tour.id).toBe('lesson-1-2');
  });

  it('a syntax error names its line', () => {
    const result = importTour(
      'steps:\n  - id: a\n    caption: "open\n',
      'tour-x.yaml',
      known,
      quotes,
    );
    expect(!result.ok && result.errors[0]).toMatchObject({
      code: 'syntax',
      line: expect.any(Number),
    });
  });
});
