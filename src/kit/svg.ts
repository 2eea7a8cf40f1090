/**
 * A scene as a standalone SVG document: every shape a vector element a teacher can edit
 * (countries `data-country`, arcs `data-arc` — one path per arc —, labels as text). Pure.
 */
import type { Scene, Shape } from './scene';

const XML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export const escapeXml = (s: string) => s.replace(/[&<>"]/g, (c) => XML[c] ?? c);

const num = (n: number) => String(Math.round(n * 100) / 100);

function attrs(list: Record<string, string | number | undefined>): string {
  return Object.entries(list)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(typeof v === 'number' ? num(v) : v!)}"`)
    .join('');
}

function shapeSvg(s: Shape): string {
  switch (s.kind) {
    case 'rect':
      return `<rect${attrs({ x: s.x, y: s.y, width: s.width, height: s.height, fill: s.fill, 'fill-opacity': s.opacity, stroke: s.stroke, 'stroke-width': s.strokeWidth })}/>`;
    case 'path': {
      const data = Object.fromEntries(
        Object.entries(s.data ?? {}).map(([k, v]) => [`data-${k}`, v]),
      );
      const t = s.transform;
      return `<path${attrs({
        d: s.d,
        transform: t ? `matrix(${num(t.k)} 0 0 ${num(t.k)} ${num(t.tx)} ${num(t.ty)})` : undefined,
        fill: s.fill ?? 'none',
        'fill-opacity': s.opacity,
        stroke: s.stroke,
        'stroke-width': s.strokeWidth,
        'stroke-dasharray': s.dash?.map(num).join(' '),
        'stroke-linecap': s.round ? 'round' : undefined,
        'stroke-linejoin': s.transform ? 'round' : undefined,
        'vector-effect': t ? 'non-scaling-stroke' : undefined,
        ...data,
      })}/>`;
    }
    case 'text':
      return `<text${attrs({
        x: s.x,
        y: s.y,
        'font-size': s.size,
        'font-weight': s.bold ? 700 : undefined,
        'text-anchor': s.anchor === 'middle' ? 'middle' : undefined,
        fill: s.fill,
        stroke: s.halo?.color,
        'stroke-width': s.halo?.width,
        'stroke-linejoin': s.halo ? 'round' : undefined,
        'paint-order': s.halo ? 'stroke' : undefined,
      })}>${escapeXml(s.text)}</text>`;
  }
}

export function sceneToSvg(scene: Scene, title: string): string {
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ width: scene.width, height: scene.height, viewBox: `0 0 ${scene.width} ${scene.height}`, 'font-family': scene.font })}>`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="100%" height="100%"${attrs({ fill: scene.background })}/>`,
    ...scene.shapes.map(shapeSvg),
    `</svg>`,
    '',
  ].join('\n');
}
