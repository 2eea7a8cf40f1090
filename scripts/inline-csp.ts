/**
 * The single-file build inlines every script and style into the page, which the app's
 * Content-Security-Policy (`'self'` only) would block. Rather than loosen it to
 * `'unsafe-inline'`, the policy lists the SHA-256 of each inlined block: the page runs what it
 * was built with and nothing injected later. Pure string work; the hash function is passed in.
 */

/** The text of every inline `<script>` (no `src`) and `<style>` block, as the browser hashes it. */
export function inlineBlocks(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter((m) => !/\bsrc\s*=/i.test(m[1] ?? ''))
    .map((m) => m[2] ?? '')
    .filter((text) => text.length > 0);
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1] ?? '');
  return { scripts, styles };
}

/** Sets (or adds) each directive of a policy string, keeping the others and their order. */
export function withDirectives(policy: string, set: Record<string, string>): string {
  const parts = policy
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean);
  const seen = new Set<string>();
  const out = parts.map((p) => {
    const name = p.split(/\s+/)[0]?.toLowerCase() ?? '';
    if (name in set) {
      seen.add(name);
      return `${name} ${set[name]}`;
    }
    return p;
  });
  for (const [name, value] of Object.entries(set))
    if (!seen.has(name)) out.push(`${name} ${value}`);
  return out.join('; ');
}

const CSP_META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/i;

/**
 * Rewrites the page's CSP meta so that exactly its inline blocks may run: `script-src` and
 * `style-src` become the blocks' hashes; `extra` sets other directives. Throws when the page has no CSP meta (the build must
 * never ship a page without its policy).
 */
export function hashInlineCsp(
  html: string,
  sha256Base64: (text: string) => string,
  extra: Record<string, string> = {},
): string {
  const match = CSP_META.exec(html);
  if (!match) throw new Error('the single-file page has no Content-Security-Policy meta');
  const { scripts, styles } = inlineBlocks(html);
  const list = (blocks: string[]) =>
    [...new Set(blocks.map((b) => `'sha256-${sha256Base64(b)}'`))].join(' ') || "'none'";
  // Vite writes the attribute with HTML entities (`&#39;self&#39;`): read it as the browser does.
  const current = (match[2] ?? '')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  const policy = withDirectives(current, {
    'script-src': list(scripts),
    'style-src': list(styles),
    ...extra,
  });
  return html.replace(CSP_META, (_, a: string, _b: string, c: string) => `${a}${policy}${c}`);
}
