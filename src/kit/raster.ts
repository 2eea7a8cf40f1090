/**
 * Paints a scene on a 2D canvas: the PNG export. The same shapes as the SVG, painted with the
 * page's own fonts (the canvas uses what the page has; nothing is fetched). Painting the scene
 * rather than reading MapLibre's WebGL canvas back means no `preserveDrawingBuffer` cost while
 * the map is used, and the same code works over the SVG fallback map.
 */
import type { Scene } from './scene';

export function paintScene(g: CanvasRenderingContext2D, scene: Scene): void {
  g.save();
  g.fillStyle = scene.background;
  g.fillRect(0, 0, scene.width, scene.height);
  for (const s of scene.shapes) {
    g.save();
    if (s.kind === 'rect') {
      g.globalAlpha = s.opacity ?? 1;
      g.fillStyle = s.fill;
      g.fillRect(s.x, s.y, s.width, s.height);
      g.globalAlpha = 1;
      if (s.stroke) {
        g.strokeStyle = s.stroke;
        g.lineWidth = s.strokeWidth ?? 1;
        g.strokeRect(s.x, s.y, s.width, s.height);
      }
    } else if (s.kind === 'path') {
      const path = new Path2D(s.d);
      const k = s.transform?.k ?? 1;
      if (s.transform) g.setTransform(k, 0, 0, k, s.transform.tx, s.transform.ty);
      g.globalAlpha = s.opacity ?? 1;
      if (s.fill) {
        g.fillStyle = s.fill;
        g.fill(path);
      }
      if (s.stroke) {
        g.strokeStyle = s.stroke;
        g.lineWidth = (s.strokeWidth ?? 1) / k;
        g.setLineDash((s.dash ?? []).map((n) => n / k));
        g.lineCap = s.round ? 'round' : 'butt';
        g.lineJoin = 'round';
        g.stroke(path);
      }
    } else {
      g.font = `${s.bold ? 700 : 400} ${s.size}px ${scene.font}`;
      g.textAlign = s.anchor === 'middle' ? 'center' : 'left';
      g.textBaseline = 'alphabetic';
      if (s.halo) {
        g.strokeStyle = s.halo.color;
        g.lineWidth = s.halo.width;
        g.lineJoin = 'round';
        g.strokeText(s.text, s.x, s.y);
      }
      g.fillStyle = s.fill;
      g.fillText(s.text, s.x, s.y);
    }
    g.restore();
  }
  g.restore();
}

/** The scene as a PNG blob. */
export async function sceneToPng(scene: Scene): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = scene.width;
  canvas.height = scene.height;
  const g = canvas.getContext('2d');
  if (!g) throw new Error('this browser cannot draw on a canvas');
  paintScene(g, scene);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new Error('the PNG could not be encoded'))),
      'image/png',
    ),
  );
}
