import { describe, expect, it } from 'vitest';
import { supportsWebGL, type CanvasMaker } from './webgl';

/** A fake document whose canvases answer `getContext` from `contexts` (or throw). */
function fakeDocument(contexts: Record<string, unknown>): CanvasMaker {
  return {
    createElement: () => ({
      getContext(id: string) {
        const ctx = contexts[id];
        if (ctx instanceof Error) throw ctx;
        return ctx ?? null;
      },
    }),
  };
}

const releasable = (log: string[]) => ({
  getExtension: (name: string) =>
    name === 'WEBGL_lose_context' ? { loseContext: () => log.push('released') } : null,
});

describe('supportsWebGL', () => {
  const cases: { name: string; contexts: Record<string, unknown>; expected: boolean }[] = [
    { name: 'WebGL 2 available', contexts: { webgl2: {} }, expected: true },
    { name: 'no context at all', contexts: {}, expected: false },
    // MapLibre GL 6 cannot run on WebGL 1 alone.
    { name: 'WebGL 1 only', contexts: { webgl: {} }, expected: false },
    { name: 'getContext throws', contexts: { webgl2: new Error('blocked') }, expected: false },
  ];
  it.each(cases)('$name → $expected', ({ contexts, expected }) => {
    expect(supportsWebGL(fakeDocument(contexts))).toBe(expected);
  });

  it('is false when even creating a canvas throws', () => {
    const doc: CanvasMaker = {
      createElement: () => {
        throw new Error('no canvas');
      },
    };
    expect(supportsWebGL(doc)).toBe(false);
  });

  it('asks for the cheapest drawing buffer (no multisampling, depth or stencil)', () => {
    const asked: unknown[] = [];
    const doc: CanvasMaker = {
      createElement: () => ({
        getContext: (_id: string, options?: WebGLContextAttributes) => {
          asked.push(options);
          return {};
        },
      }),
    };
    expect(supportsWebGL(doc)).toBe(true);
    expect(asked).toEqual([{ antialias: false, depth: false, stencil: false }]);
  });

  it('releases the probe context', () => {
    const log: string[] = [];
    expect(supportsWebGL(fakeDocument({ webgl2: releasable(log) }))).toBe(true);
    expect(log).toEqual(['released']);
  });
});
