import { describe, expect, it } from 'vitest';
import { THEMES } from '../theme';
import { anchorRadius, borderOf, fillOf, labelColor, labelSize, rolesOf, type Role } from './paint';

const t = THEMES.default;
const p = THEMES.projector;

describe('rolesOf', () => {
  const roleOf = rolesOf({ parties: ['KAZ', 'KOR'], mentioned: ['CHN'] });
  it.each([
    ['KAZ', 'party'],
    ['CHN', 'mentioned'],
    ['MNG', 'other'],
    ['', 'other'],
  ])('%s is %s', (iso3, role) => {
    expect(roleOf(iso3)).toBe(role);
  });
});

describe('fillOf', () => {
  const none = { selected: null, hovered: null };
  const cases: {
    name: string;
    role: Role;
    theme: typeof t;
    highlight: { selected: string | null; hovered: string | null };
    expected: string;
  }[] = [
    { name: 'party', role: 'party', theme: t, highlight: none, expected: t.party },
    { name: 'mentioned', role: 'mentioned', theme: t, highlight: none, expected: t.mentioned },
    { name: 'other', role: 'other', theme: t, highlight: none, expected: t.land },
    { name: 'projector theme', role: 'party', theme: p, highlight: none, expected: p.party },
    {
      name: 'hovered',
      role: 'other',
      theme: t,
      highlight: { selected: null, hovered: 'AAA' },
      expected: t.hover,
    },
    {
      name: 'selected beats hovered',
      role: 'party',
      theme: t,
      highlight: { selected: 'AAA', hovered: 'AAA' },
      expected: t.selected,
    },
    {
      name: 'another country selected',
      role: 'party',
      theme: t,
      highlight: { selected: 'BBB', hovered: 'CCC' },
      expected: t.party,
    },
  ];
  it.each(cases)('$name', ({ role, theme, highlight, expected }) => {
    expect(fillOf('AAA', role, theme, highlight)).toBe(expected);
  });
});

describe('borders and labels follow the MapLibre style', () => {
  it.each([
    ['party', t.borderParty, 1.4, t.label],
    ['mentioned', t.border, 0.8, t.label],
    ['other', t.border, 0.6, t.labelMuted],
  ] as const)('%s', (role, color, width, label) => {
    expect(borderOf(role, t)).toEqual({ color, width });
    expect(labelColor(role, t)).toBe(label);
  });

  it.each([
    ['party', 0, 15],
    ['party', 2, 15],
    ['party', 4, 18.5],
    ['party', 6, 22],
    ['party', 9, 22],
    ['mentioned', 4, 14.5],
    ['other', 6, 14],
  ] as const)('%s label at zoom %d is %d px', (role, zoom, size) => {
    expect(labelSize(role, zoom)).toBeCloseTo(size);
  });

  it.each([
    [1, 3.5],
    [4, 4.75],
    [8, 6],
  ])('anchor at zoom %d has radius %d', (zoom, r) => {
    expect(anchorRadius(zoom)).toBeCloseTo(r);
  });
});
