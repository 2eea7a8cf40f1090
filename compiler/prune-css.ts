/**
 * MapLibre's stylesheet without what the app never shows (issue 14: 8 of its 10 KB gzip are the
 * icons of controls the app does not use — zoom, compass, geolocation, full screen, logo — as
 * `data:` SVGs). A Vite plugin drops every rule whose declarations hold a `data:image` URL from
 * `maplibre-gl.css`; the rest (canvas, attribution, focus rings, forced colours) stays as shipped.
 */
import type { Plugin } from 'vite';

/** Top-level statements of a stylesheet (`sel{…}`, `@media …{…}`, `@keyframes …{…}`). */
function statements(css: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  let quote: string | null = null;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth < 0) throw new Error(`unbalanced "}" at ${i}`);
      if (depth === 0) {
        out.push(css.slice(start, i + 1));
        start = i + 1;
      }
    } else if (c === ';' && depth === 0) {
      out.push(css.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (depth !== 0 || quote) throw new Error('unbalanced stylesheet');
  const rest = css.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** The stylesheet less every rule (also inside `@media`) whose body matches `drop`. Pure. */
export function pruneRules(css: string, drop: RegExp): string {
  return statements(css)
    .flatMap((s) => {
      const open = s.indexOf('{');
      if (open < 0) return [s];
      const head = s.slice(0, open);
      const body = s.slice(open + 1, -1);
      if (/^\s*@(media|supports|layer)\b/.test(head)) {
        const inner = pruneRules(body, drop);
        return inner.trim() ? [`${head}{${inner}}`] : [];
      }
      return drop.test(body) ? [] : [s];
    })
    .join('');
}

const MAPLIBRE_CSS = /node_modules\/maplibre-gl\/dist\/maplibre-gl\.css$/;

export function pruneMapLibreCss(): Plugin {
  return {
    name: 'bilateral-atlas:prune-maplibre-css',
    enforce: 'pre',
    transform(code, id) {
      return MAPLIBRE_CSS.test(id) ? { code: pruneRules(code, /data:image/), map: null } : null;
    },
  };
}
