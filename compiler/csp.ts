/**
 * The Content-Security-Policy of the page, as a Vite plugin that writes it into index.html.
 * Production gets the strict policy (nothing but the app's own origin; MapLibre's worker from
 * 'self' or blob:). The dev server needs inline styles and its websocket for hot reload.
 */
import type { Plugin } from 'vite';

export function cspPolicy(mode: 'build' | 'serve'): string {
  const directives: Record<string, string> = {
    'default-src': "'self'",
    'script-src': "'self'",
    'worker-src': "'self' blob:",
    'child-src': "'self' blob:",
    'img-src': "'self' data: blob:",
    'style-src': mode === 'build' ? "'self'" : "'self' 'unsafe-inline'",
    'connect-src': "'self'",
    'font-src': "'self'",
    'object-src': "'none'",
    'base-uri': "'self'",
    'form-action': "'none'",
  };
  return Object.entries(directives)
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');
}

export function csp(): Plugin {
  let mode: 'build' | 'serve' = 'serve';
  return {
    name: 'bilateral-atlas:csp',
    configResolved(config) {
      mode = config.command;
    },
    transformIndexHtml() {
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: cspPolicy(mode) },
          injectTo: 'head-prepend',
        },
      ];
    },
  };
}
