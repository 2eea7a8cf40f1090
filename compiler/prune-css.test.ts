import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pruneRules } from './prune-css';

const ICON = 'url("data:image/svg+xml;charset=utf-8,%3Csvg%3E")';

describe('pruneRules', () => {
  it.each([
    ['keeps rules without a match', 'a{color:red}b{margin:0}', 'a{color:red}b{margin:0}'],
    ['drops a matching rule', `a{color:red}.i{background:${ICON}}`, 'a{color:red}'],
    [
      'drops inside @media, and an @media left empty',
      `@media(x){.i{background:${ICON}}}@media(y){.i{background:${ICON}}a{b:c}}`,
      '@media(y){a{b:c}}',
    ],
    [
      'keeps @keyframes whole',
      '@keyframes k{0%{opacity:0}to{opacity:1}}',
      '@keyframes k{0%{opacity:0}to{opacity:1}}',
    ],
    ['keeps a brace inside a string', 'a:after{content:"}"}', 'a:after{content:"}"}'],
    ['keeps statements', '@charset "utf-8";a{b:c}', '@charset "utf-8";a{b:c}'],
    ['an empty sheet', '', ''],
  ])('%s', (_name, css, expected) => {
    expect(pruneRules(css, /data:image/)).toBe(expected);
  });

  it.each([['a{b:c'], ['a{b:c}}'], ['a{content:"}']])('throws on a broken sheet: %s', (css) => {
    expect(() => pruneRules(css, /data:image/)).toThrow(/unbalanced/);
  });

  it("leaves MapLibre's sheet balanced, with its canvas and attribution and no icon", () => {
    const css = readFileSync('node_modules/maplibre-gl/dist/maplibre-gl.css', 'utf8');
    const pruned = pruneRules(css, /data:image/);
    expect(pruned).not.toMatch(/data:image/);
    for (const selector of [
      '.maplibregl-canvas{',
      '.maplibregl-ctrl-attrib a{',
      '.maplibregl-map{',
    ]) {
      expect(pruned).toContain(selector);
    }
    expect(pruned.length).toBeLessThan(css.length / 4);
  });
});
