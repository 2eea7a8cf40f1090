import { describe, expect, it } from 'vitest';
import { mergeAtlas } from './merge';
import type { AtlasData, Country, Figure, Link } from './types';

const lt = (s: string) => ({ ja: s, en: s });
const country = (iso3: string, mentions: string[], role: Country['role'] = 'party'): Country => ({
  iso3,
  name: lt(iso3),
  label: [0, 0],
  role,
  mentions,
});
const link = (a: string, b: string, over: Partial<Link> = {}): Link => ({
  id: `${a}-${b}`,
  a,
  b,
  kinds: ['trade'],
  statuses: [],
  quotes: [],
  ...over,
});
const figure = (id: string, l: string): Figure => ({
  id,
  link: l,
  value: 1e9,
  stated: '10億ドル',
  measure: 'total-trade',
  qualifier: 'exact',
  period: { start: '2020-01-01', end: '2020-12-31', fullYear: true, label: lt('2020') },
  quote: `${id}-q`,
});
const empty: AtlasData = {
  documents: [],
  quotes: [],
  countries: [],
  links: [],
  figures: [],
  events: [],
  regions: [{ id: 'r', name: lt('R'), bounds: [0, 0, 1, 1] }],
  initialRegion: 'r',
  tour: [],
};
const doc = (id: string) => ({
  id,
  file: `documents/${id}.txt`,
  title: lt(id),
  lang: 'ja',
  source: { credit: lt('c') },
  summary: lt('s'),
  text: 'text',
});

const base: AtlasData = {
  ...empty,
  documents: [doc('d1')],
  quotes: [{ id: 'q1', doc: 'd1', text: 't', start: 0, end: 1 }],
  countries: [country('CHN', ['q1']), country('KAZ', ['q1']), country('RUS', ['q1'], 'mentioned')],
  links: [
    link('CHN', 'KAZ', {
      quotes: ['q1'],
      statuses: [
        { status: 'established', date: { iso: '1992', precision: 'year' }, quotes: ['q1'] },
      ],
    }),
  ],
  figures: [figure('f1', 'CHN-KAZ')],
  events: [
    {
      id: 'e1',
      date: { iso: '2000', precision: 'year' },
      countries: ['CHN', 'KAZ'],
      kind: 'visit',
      title: lt('v'),
      quotes: ['q1'],
    },
  ],
};

const extra: AtlasData = {
  ...empty,
  regions: [],
  initialRegion: '',
  documents: [doc('t1'), doc('d1')],
  quotes: [
    { id: 't1-q1', doc: 't1', text: 'u', start: 0, end: 1 },
    { id: 'q1', doc: 'd1', text: 'other', start: 0, end: 1 },
  ],
  countries: [country('KAZ', ['t1-q1']), country('RUS', ['t1-q1']), country('MNG', ['t1-q1'])],
  links: [
    link('CHN', 'KAZ', {
      kinds: ['trade', 'investment'],
      quotes: ['t1-q1', 'q1'],
      statuses: [
        { status: 'established', date: { iso: '1992', precision: 'year' }, quotes: ['t1-q1'] },
        { status: 'active', date: { iso: '2031', precision: 'year' }, quotes: ['t1-q1'] },
      ],
    }),
    link('KAZ', 'RUS', { quotes: ['t1-q1'] }),
  ],
  figures: [figure('t1-f1', 'CHN-KAZ'), figure('t1-f2', 'KAZ-RUS'), figure('f1', 'KAZ-RUS')],
  events: [
    {
      id: 't1-e1',
      date: { iso: '1990', precision: 'year' },
      countries: ['KAZ', 'RUS'],
      kind: 'visit',
      title: lt('w'),
      quotes: ['t1-q1'],
    },
  ],
};

describe('mergeAtlas', () => {
  const m = mergeAtlas(base, extra);

  it('adds new documents, quotes, figures and events, marked as the teacher’s; the base’s ids win', () => {
    expect(m.documents.map((d) => [d.id, d.origin])).toEqual([
      ['d1', undefined],
      ['t1', 'teacher'],
    ]);
    expect(m.quotes.map((q) => [q.id, q.text])).toEqual([
      ['q1', 't'],
      ['t1-q1', 'u'],
    ]);
    expect(m.figures.map((f) => [f.id, f.link, f.origin])).toEqual([
      ['f1', 'CHN-KAZ', undefined],
      ['t1-f1', 'CHN-KAZ', 'teacher'],
      ['t1-f2', 'KAZ-RUS', 'teacher'],
    ]);
    expect(m.events.map((e) => [e.id, e.origin])).toEqual([
      ['t1-e1', 'teacher'],
      ['e1', undefined],
    ]);
  });

  it('joins a pair that exists: kinds, quotes and statuses, nothing repeated', () => {
    const l = m.links.find((x) => x.id === 'CHN-KAZ');
    expect(m.links.filter((x) => x.id === 'CHN-KAZ')).toHaveLength(1);
    expect(l?.kinds).toEqual(['trade', 'investment']);
    // The kind data/ did not have is marked as the teacher's.
    expect(l?.teacherKinds).toEqual(['investment']);
    expect(m.links.find((x) => x.id === 'KAZ-RUS')?.teacherKinds).toBeUndefined();
    expect(l?.quotes).toEqual(['q1', 't1-q1']);
    expect(l?.statuses.map((s) => [s.status, s.date.iso, s.quotes])).toEqual([
      ['established', '1992', ['q1', 't1-q1']],
      ['active', '2031', ['t1-q1']],
    ]);
    expect(l?.origin).toBe('teacher-joined');
    expect(m.links.find((x) => x.id === 'KAZ-RUS')?.origin).toBe('teacher');
  });

  it('joins countries: mentions added, a new end becomes a party, a new country is the teacher’s', () => {
    expect(m.countries.map((c) => [c.iso3, c.role, c.mentions, c.origin])).toEqual([
      ['CHN', 'party', ['q1'], undefined],
      ['KAZ', 'party', ['q1', 't1-q1'], undefined],
      ['MNG', 'party', ['t1-q1'], 'teacher'],
      ['RUS', 'party', ['q1', 't1-q1'], undefined],
    ]);
  });

  it('keeps the base’s regions, tour and initial region', () => {
    expect(m.regions).toBe(base.regions);
    expect(m.initialRegion).toBe('r');
  });

  it('is idempotent: merging the same extra twice changes nothing', () => {
    expect(mergeAtlas(m, extra)).toEqual(m);
  });

  it('leaves the base unchanged, and an empty extra gives the base back', () => {
    const before = JSON.stringify(base);
    mergeAtlas(base, extra);
    expect(JSON.stringify(base)).toBe(before);
    expect(mergeAtlas(base, empty)).toEqual(base);
    expect(mergeAtlas(empty, empty)).toEqual(empty);
  });
});
