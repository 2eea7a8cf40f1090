import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { swapDataPlugin } from './synthetic-plugin';

const named = (name: string): Plugin => ({ name });

describe('swapDataPlugin', () => {
  it('replaces the data plugin in place, in nested plugin arrays too', () => {
    const out = swapDataPlugin(
      [named('csp'), [named('svelte:a'), [named('atlas-data')]], null],
      named('atlas-data-synthetic'),
    );
    expect(out.map((p) => (p && 'name' in p ? p.name : p))).toEqual([
      'csp',
      'svelte:a',
      'atlas-data-synthetic',
      null,
    ]);
  });
  it('throws when the app config has no data plugin', () => {
    expect(() => swapDataPlugin([named('csp')], named('x'))).toThrow(/no "atlas-data" plugin/);
  });
});
