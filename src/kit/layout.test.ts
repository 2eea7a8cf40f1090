import { describe, expect, it } from 'vitest';
import {
  creditsBand,
  fileName,
  fitClear,
  fitOutput,
  legendLayout,
  outputSize,
  SLIDE,
  titleBlock,
  wrapText,
} from './layout';
import { textWidth } from '../map/svg/labels';

describe('outputSize', () => {
  const tests = [
    { kind: 'slide' as const, screen: { width: 800, height: 600 }, expected: SLIDE },
    { kind: 'svg' as const, screen: { width: 800, height: 600 }, expected: SLIDE },
    {
      kind: 'screen' as const,
      screen: { width: 832.4, height: 579.6 },
      expected: { width: 1665, height: 1159 },
    },
    {
      kind: 'screen' as const,
      screen: { width: 5000, height: 300 },
      expected: { width: 8192, height: 600 },
    },
  ];
  it.each(tests)('$kind at $screen.width×$screen.height', ({ kind, screen, expected }) => {
    expect(outputSize(kind, screen)).toEqual(expected);
  });
  it.each([
    { width: 0, height: 10 },
    { width: 10, height: -1 },
    { width: Number.NaN, height: 1 },
  ])('refuses a map of no size: %o', (screen) =>
    expect(() => outputSize('screen', screen)).toThrow(/no size/),
  );
});

describe('fitOutput', () => {
  const view = { k: 4, tx: -100, ty: -50 };
  const tests = [
    { screen: { width: 960, height: 540 }, out: SLIDE, f: 2 },
    { screen: { width: 800, height: 800 }, out: SLIDE, f: 1.35 },
    { screen: { width: 1000, height: 500 }, out: { width: 2000, height: 1000 }, f: 2 },
  ];
  it.each(tests)('keeps the centre and scales by $f', ({ screen, out, f }) => {
    const r = fitOutput(view, screen, out);
    expect(r.f).toBeCloseTo(f);
    expect(r.view.k).toBeCloseTo(view.k * f);
    // The world point in the middle of the screen is in the middle of the output.
    const wx = (screen.width / 2 - view.tx) / view.k;
    const wy = (screen.height / 2 - view.ty) / view.k;
    expect(wx * r.view.k + r.view.tx).toBeCloseTo(out.width / 2);
    expect(wy * r.view.k + r.view.ty).toBeCloseTo(out.height / 2);
  });
  it('refuses a map of no size', () => {
    expect(() => fitOutput(view, { width: 0, height: 0 }, SLIDE)).toThrow(/no size/);
  });
});

describe('wrapText', () => {
  const tests = [
    { text: 'short', max: 1000, expected: ['short'] },
    {
      text: 'one two six ten',
      max: textWidth('one two', 10) + 1,
      expected: ['one two', 'six ten'],
    },
    { text: '日本語の長い文', max: 30, expected: ['日本語', 'の長い', '文'] },
    { text: 'a\nb', max: 1000, expected: ['a', 'b'] },
    { text: '', max: 10, expected: [''] },
    { text: 'unbreakablelongword', max: 5, expected: ['unbreakablelongword'] },
  ];
  it.each(tests)('$text in $max px', ({ text, max, expected }) => {
    expect(wrapText(text, 10, max)).toEqual(expected);
  });
});

describe('title, credits and legend', () => {
  it('puts the title above the date in the top-left corner, growing with f', () => {
    const one = titleBlock('Japan', 'As of 1 May 2024', SLIDE, 1);
    const two = titleBlock('Japan', 'As of 1 May 2024', SLIDE, 2);
    expect(one.lines.map((l) => l.text)).toEqual(['Japan', 'As of 1 May 2024']);
    expect(one.lines[0]!.y).toBeLessThan(one.lines[1]!.y);
    expect(one.lines[1]!.y).toBeLessThan(one.box.y + one.box.height);
    expect(two.box.height).toBeCloseTo(2 * one.box.height);
  });
  it('sets the credits band along the bottom edge, every line inside it', () => {
    const band = creditsBand(['Sources: a; b', 'Map: c'], SLIDE, 1);
    expect(band.box.y + band.box.height).toBe(SLIDE.height);
    for (const l of band.lines) {
      expect(l.y).toBeGreaterThan(band.box.y);
      expect(l.y).toBeLessThanOrEqual(SLIDE.height);
    }
  });
  const legend = {
    title: 'Legend',
    note: 'Width: the latest full-year trade total of each pair',
    widths: [
      { width: 2, label: '$1M' },
      { width: 6, label: '$100M' },
      { width: 12, label: '$10B' },
    ],
    styles: [{ color: '#009E73', label: 'Diplomatic' }],
    severed: 'Dashed: relations severed or suspended',
    directed: 'Arrow: direction of exports',
  };
  it('keeps the legend above the credits, with every sample and line inside its box', () => {
    const l = legendLayout(legend, 1000, 1.5, '#0072B2', '#111');
    expect(l.box.y + l.box.height).toBeLessThan(1000);
    const inside = (x: number, y: number) =>
      x >= l.box.x && x <= l.box.x + l.box.width && y >= l.box.y && y <= l.box.y + l.box.height;
    for (const s of l.samples) {
      if (s.kind === 'line') expect(inside(s.x1, s.y) && inside(s.x2, s.y)).toBe(true);
      else expect(inside(s.x, s.y)).toBe(true);
    }
    for (const t of l.lines) {
      expect(inside(t.x, t.y)).toBe(true);
      expect(t.x + textWidth(t.text, t.size)).toBeLessThanOrEqual(l.box.x + l.box.width);
    }
    // Three widths, one style, severed, directed.
    expect(l.samples).toHaveLength(6);
    expect(l.samples.filter((s) => s.kind === 'line' && s.dashed)).toHaveLength(1);
  });
});

describe('fileName', () => {
  const tests = [
    {
      parts: { selection: 'JPN', date: '2024-05-01', size: SLIDE, ext: 'png' as const },
      expected: 'bilateral-atlas_JPN_2024-05-01_1920x1080.png',
    },
    {
      parts: { selection: null, date: '2022-06-30', size: null, ext: 'svg' as const },
      expected: 'bilateral-atlas_overview_2022-06-30.svg',
    },
    {
      parts: {
        selection: 'RUS/PRK link',
        date: '',
        size: { width: 1664.4, height: 1159.6 },
        ext: 'png' as const,
      },
      expected: 'bilateral-atlas_RUS-PRK-link_latest_1664x1160.png',
    },
    {
      parts: { selection: '日本', date: '2024', size: null, ext: 'svg' as const },
      expected: 'bilateral-atlas_overview_2024.svg',
    },
  ];
  it.each(tests)('$expected', ({ parts, expected }) => expect(fileName(parts)).toBe(expected));
});

describe('fitClear', () => {
  const view = { k: 2 ** 1.2, tx: 0, ty: 0 };
  const screen = { width: 957, height: 630 };
  // What the screen shows, in world pixels.
  const rect = (v: typeof view) => ({
    x0: -v.tx / v.k,
    y0: -v.ty / v.k,
    x1: (screen.width - v.tx) / v.k,
    y1: (screen.height - v.ty) / v.k,
  });
  const title = { x: 24, y: 24, width: 790, height: 120 };
  const legend = { x: 24, y: 540, width: 660, height: 435 };
  const credits = { x: 0, y: 1000, width: 1920, height: 80 };
  const tests = [
    { name: 'no panels: the whole slide, centred', covers: [], clear: [] },
    {
      name: 'title, legend and credits',
      covers: [title, legend, credits],
      clear: [title, legend, credits],
    },
    { name: 'a legend alone', covers: [legend], clear: [legend] },
  ];
  it.each(tests)('$name: the screen fits whole, off every panel', ({ covers, clear }) => {
    const out = SLIDE;
    const v = fitClear(view, screen, out, covers, 12);
    const r = rect(view);
    const [x0, y0, x1, y1] = [
      r.x0 * v.k + v.tx,
      r.y0 * v.k + v.ty,
      r.x1 * v.k + v.tx,
      r.y1 * v.k + v.ty,
    ];
    expect(x0).toBeGreaterThanOrEqual(-1e-6);
    expect(y0).toBeGreaterThanOrEqual(-1e-6);
    expect(x1).toBeLessThanOrEqual(out.width + 1e-6);
    expect(y1).toBeLessThanOrEqual(out.height + 1e-6);
    for (const b of clear) {
      const overlaps = x0 < b.x + b.width && x1 > b.x && y0 < b.y + b.height && y1 > b.y;
      expect(overlaps).toBe(false);
    }
    // As large as fits: one side of the screen's rectangle touches the room's edge.
    const fills = Math.max((x1 - x0) / out.width, (y1 - y0) / out.height);
    expect(fills).toBeGreaterThan(covers.length ? 0.5 : 0.95);
  });
  it('keeps the aspect of the screen', () => {
    const v = fitClear(view, screen, SLIDE, [legend], 12);
    expect((screen.width * v.k) / view.k / ((screen.height * v.k) / view.k)).toBeCloseTo(
      screen.width / screen.height,
    );
  });
  it('refuses a screen with no size', () =>
    expect(() => fitClear(view, { width: 0, height: 600 }, SLIDE, [], 12)).toThrow(/no size/));
});
