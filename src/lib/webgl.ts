/**
 * Whether the browser can give MapLibre a WebGL context. A classroom PC may have WebGL blocked
 * by policy, by `--disable-webgl`, or by a blocklisted GPU; the app then draws the SVG map.
 */

/** The part of a WebGL context the probe touches: the extension that frees it again. */
interface ProbeContext {
  getExtension?(name: string): { loseContext?(): void } | null;
}

/** The part of `document` the probe needs, so tests can pass a fake. */
export interface CanvasMaker {
  createElement(tagName: 'canvas'): {
    getContext(contextId: string, options?: WebGLContextAttributes): unknown;
  };
}

/**
 * The probe's context has the smallest drawing buffer there is (no multisampling, depth or
 * stencil): whether WebGL 2 is available does not depend on them, and a default one costs
 * twice as long to create and release on a software renderer, on the path to the first view.
 */
const PROBE_ATTRIBUTES: WebGLContextAttributes = { antialias: false, depth: false, stencil: false };

/**
 * MapLibre GL 6 asks for `webgl2` only (a WebGL 1 context is not enough for it), so that is
 * what is probed. The probe context is released at once: browsers cap live contexts, and
 * leaking one could cost MapLibre its own.
 */
export function supportsWebGL(doc: CanvasMaker = document): boolean {
  try {
    const gl = doc
      .createElement('canvas')
      .getContext('webgl2', PROBE_ATTRIBUTES) as ProbeContext | null;
    if (!gl) return false;
    gl.getExtension?.('WEBGL_lose_context')?.loseContext?.();
    return true;
  } catch {
    // Some browsers throw instead of returning null when WebGL is disabled.
    return false;
  }
}
