/**
 * What the Share dialog shows: the link to the exact view, the snippet that embeds it in a school
 * site or LMS page, and the QR code's modules as one SVG path (drawn by the dialog, computed here
 * from the `qrcode` package's matrix, never fetched). Pure.
 */

/** The link to share: the page's address as it is, or null when it is not a web address. */
export function shareUrl(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'file:'
    ? url.href
    : null;
}

/**
 * Whether a phone that scans the link can open it: not a `file://` address (the single-file atlas
 * opened from a disk or USB stick), which names a file on this computer only.
 */
export function openableElsewhere(url: string): boolean {
  return !url.startsWith('file:');
}

const ATTR: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  '<': '&lt;',
  '>': '&gt;',
  "'": '&#39;',
};
const escapeAttr = (value: string) => value.replace(/[&"<>']/g, (c) => ATTR[c] ?? c);

export interface EmbedOptions {
  url: string;
  title: string;
  width: number;
  height: number;
}

/** `<iframe src title width height>`, attribute values escaped; sizes are whole positive pixels. */
export function embedSnippet({ url, title, width, height }: EmbedOptions): string {
  const px = (n: number, name: string) => {
    if (!Number.isFinite(n) || n <= 0) throw new Error(`embed ${name} must be a positive number`);
    return String(Math.round(n));
  };
  return (
    `<iframe src="${escapeAttr(url)}" title="${escapeAttr(title)}" ` +
    `width="${px(width, 'width')}" height="${px(height, 'height')}" ` +
    `style="border:0" loading="lazy" allow="fullscreen"></iframe>`
  );
}

/**
 * The dark modules of a `size`×`size` QR matrix as one path in module units (each horizontal run
 * of dark modules is one rectangle), for a `viewBox` of `-quiet -quiet size+2quiet size+2quiet`.
 */
export function qrPath(size: number, isDark: (row: number, col: number) => boolean): string {
  if (!Number.isInteger(size) || size <= 0) throw new Error('QR size must be a positive integer');
  const parts: string[] = [];
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!isDark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && isDark(row, col)) col++;
      parts.push(`M${start} ${row}h${col - start}v1h${start - col}z`);
    }
  }
  return parts.join('');
}
