/**
 * Parity: the MapLibre expressions (`style.ts`), evaluated by MapLibre's own expression engine,
 * and the SVG map's paint (`svg/paint.ts`) give the same colours and sizes for the same country,
 * zoom, theme and highlight, because both read `COUNTRY_LOOK`.
 */
import {
  Color,
  createExpression,
  latest,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import {
  atZoom,
  COUNTRY_LOOK,
  labelStops,
  needsDetailedGeometry,
  ROLES,
  type Role,
} from './country-look';
import {
  anchorPaint,
  borderColor,
  borderWidth,
  countryFill,
  labelLayout,
  labelPaint,
} from './style';
import { anchorRadius, borderOf, fillOf, labelColor, labelSize, rolesOf } from './svg/paint';
import { THEMES, type MapTheme } from './theme';

const ISO3: Record<Role, string> = { party: 'KAZ', mentioned: 'CHN', other: 'MNG' };
const EMPHASIS = { parties: ['KAZ', 'KOR'], mentioned: ['CHN'] };
const ZOOMS = [0, 1, 2, 3, 4.5, 6, 7, 9];
const HIGHLIGHTS = [
  { name: 'plain', selected: false, hover: false },
  { name: 'hovered', selected: false, hover: true },
  { name: 'selected', selected: true, hover: false },
  { name: 'selected and hovered', selected: true, hover: true },
];
const themes = Object.entries(THEMES) as [string, MapTheme][];

/** Evaluates a MapLibre expression as MapLibre would for one feature. */
function evaluate(
  expr: unknown,
  spec: unknown,
  zoom: number,
  iso3: string,
  state: Record<string, boolean> = {},
): unknown {
  const compiled = createExpression(expr, 'parity', spec as StylePropertySpecification);
  if (compiled.result !== 'success') {
    throw new Error(compiled.value.map((e) => e.message).join('; '));
  }
  return compiled.value.evaluate({ zoom }, { type: 3, properties: { iso3 } } as never, state);
}

const rgba = (css: string) => Color.parse(css)!.toString();
/** MapLibre hands back a `Color` or, for a literal branch, the string as written. */
const colour = (value: unknown) =>
  typeof value === 'string' ? rgba(value) : (value as Color).toString();

describe('country look: MapLibre expressions and SVG paint agree', () => {
  const roleOf = rolesOf(EMPHASIS);
  for (const [themeName, theme] of themes) {
    describe(themeName, () => {
      it.each(ROLES.flatMap((role) => HIGHLIGHTS.map((h) => ({ role, ...h }))))(
        'fill of a $role country, $name',
        ({ role, selected, hover }) => {
          const iso3 = ISO3[role];
          expect(roleOf(iso3)).toBe(role);
          const gl = evaluate(
            countryFill(EMPHASIS, theme),
            latest.paint_fill['fill-color'],
            4,
            iso3,
            {
              selected,
              hover,
            },
          );
          const svg = fillOf(iso3, role, theme, {
            selected: selected ? iso3 : 'XXX',
            hovered: hover ? iso3 : null,
          });
          expect(colour(gl)).toBe(rgba(svg));
        },
      );

      it.each(ROLES.flatMap((role) => ZOOMS.map((zoom) => ({ role, zoom }))))(
        '$role country at zoom $zoom: border, label size and colour',
        ({ role, zoom }) => {
          const iso3 = ISO3[role];
          const border = borderOf(role, theme);
          expect(
            colour(
              evaluate(borderColor(EMPHASIS, theme), latest.paint_line['line-color'], zoom, iso3),
            ),
          ).toBe(rgba(border.color));
          expect(evaluate(borderWidth(EMPHASIS), latest.paint_line['line-width'], zoom, iso3)).toBe(
            border.width,
          );
          const layout = labelLayout('en', EMPHASIS, theme.labelScale);
          const size = evaluate(layout['text-size'], latest.layout_symbol['text-size'], zoom, iso3);
          expect(size).toBeCloseTo(labelSize(role, zoom, theme.labelScale), 9);
          const text = evaluate(
            labelPaint(EMPHASIS, theme)['text-color'],
            latest.paint_symbol['text-color'],
            zoom,
            iso3,
          );
          expect(colour(text)).toBe(rgba(labelColor(role, theme)));
        },
      );
    });
  }

  it.each(ZOOMS)('anchor radius at zoom %d', (zoom) => {
    const radius = anchorPaint(THEMES.default)['circle-radius'];
    expect(evaluate(radius, latest.paint_circle['circle-radius'], zoom, 'KAZ')).toBeCloseTo(
      anchorRadius(zoom),
      9,
    );
  });

  it('with no country emphasised, every country looks like the others', () => {
    const none = { parties: [], mentioned: [] };
    const t = THEMES.default;
    expect(colour(evaluate(countryFill(none, t), latest.paint_fill['fill-color'], 3, 'KAZ'))).toBe(
      rgba(fillOf('KAZ', 'other', t, { selected: null, hovered: null })),
    );
    expect(borderWidth(none)).toBe(COUNTRY_LOOK.border.other.width);
  });
});

describe('atZoom / labelStops', () => {
  it.each([
    { stops: [10, 20] as const, zoom: -5, expected: 10 },
    { stops: [10, 20] as const, zoom: 2, expected: 10 },
    { stops: [10, 20] as const, zoom: 4, expected: 15 },
    { stops: [10, 20] as const, zoom: 6, expected: 20 },
    { stops: [10, 20] as const, zoom: 30, expected: 20 },
    { stops: [10, 20] as const, zoom: NaN, expected: NaN },
  ])('$stops at zoom $zoom is $expected', ({ stops, zoom, expected }) => {
    expect(atZoom(stops, zoom)).toBe(expected);
  });

  it.each([
    ['party', 1, [15, 22]],
    ['party', 1.6, [24, 35]],
    ['other', 1.6, [16, 22]],
  ] as const)('%s label stops at scale %d', (role, scale, expected) => {
    expect(labelStops(role, scale)).toEqual(expected);
  });
});

describe('needsDetailedGeometry', () => {
  const from = COUNTRY_LOOK.detailedFromZoom;
  it.each([
    ['the start view, below the threshold', from - 0.5, false],
    ['zoom 0 (a phone fitting "All")', 0, false],
    ['exactly the threshold', from, true],
    ["a region's zoom", from + 2, true],
    ['the deepest zoom', COUNTRY_LOOK.zoomRange[1], true],
    ['no camera yet', null, false],
    ['undefined', undefined, false],
    ['NaN (a broken camera)', Number.NaN, false],
    ['-Infinity', Number.NEGATIVE_INFINITY, false],
  ])('%s → %s', (_, zoom, want) => {
    expect(needsDetailedGeometry(zoom)).toBe(want);
  });
  it('switches inside the zoom range', () => {
    expect(from).toBeGreaterThan(COUNTRY_LOOK.zoomRange[0]);
    expect(from).toBeLessThan(COUNTRY_LOOK.zoomRange[1]);
  });
});
