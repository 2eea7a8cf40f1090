import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashInlineCsp, inlineBlocks, withDirectives } from './inline-csp';

const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');
const meta = (policy: string) => `<meta http-equiv="Content-Security-Policy" content="${policy}">`;

describe('inlineBlocks', () => {
  const tests = [
    { html: '<script type="module">a()</script>', scripts: ['a()'], styles: [] },
    { html: '<script src="x.js"></script><script>b</script>', scripts: ['b'], styles: [] },
    {
      html: '<style>p{}</style><style media="print">q{}</style>',
      scripts: [],
      styles: ['p{}', 'q{}'],
    },
    { html: '<script>\n1\n</script>', scripts: ['\n1\n'], styles: [] },
    { html: '<p>none</p>', scripts: [], styles: [] },
  ];
  it.each(tests)('$html', ({ html, scripts, styles }) => {
    expect(inlineBlocks(html)).toEqual({ scripts, styles });
  });
});

describe('withDirectives', () => {
  const tests: { policy: string; set: Record<string, string>; expected: string }[] = [
    {
      policy: "default-src 'self'; script-src 'self'",
      set: { 'script-src': "'x'" },
      expected: "default-src 'self'; script-src 'x'",
    },
    {
      policy: "default-src 'self'",
      set: { 'style-src': "'y'" },
      expected: "default-src 'self'; style-src 'y'",
    },
    { policy: " ; script-src 'self' ;", set: { 'script-src': "'z'" }, expected: "script-src 'z'" },
  ];
  it.each(tests)('$policy', ({ policy, set, expected }) => {
    expect(withDirectives(policy, set)).toBe(expected);
  });
});

describe('hashInlineCsp', () => {
  it('lists the hash of each inline script and style, keeping the other directives', () => {
    const html = `<head>${meta("default-src 'self'; script-src 'self'; style-src 'self'; worker-src 'self' blob:")}<style>p{}</style></head><script type="module">go()</script>`;
    const out = hashInlineCsp(html, sha);
    expect(out).toContain(`script-src 'sha256-${sha('go()')}'`);
    expect(out).toContain(`style-src 'sha256-${sha('p{}')}'`);
    expect(out).toContain("worker-src 'self' blob:");
    expect(out).toContain('<script type="module">go()</script>');
  });
  it('reads a policy written with HTML entities', () => {
    const out = hashInlineCsp(
      `${meta('default-src &#39;self&#39;; script-src &#39;self&#39;')}`,
      sha,
    );
    expect(out).toContain(`content="default-src 'self'; script-src 'none'; style-src 'none'"`);
  });
  it('sets the extra directives', () => {
    const out = hashInlineCsp(meta("connect-src 'self'"), sha, { 'connect-src': "'self' blob:" });
    expect(out).toContain("connect-src 'self' blob:");
  });
  it("allows nothing inline ('none') when there is no block of a kind", () => {
    expect(hashInlineCsp(`${meta("script-src 'self'")}<p></p>`, sha)).toContain(
      "script-src 'none'; style-src 'none'",
    );
  });
  const bad = ['<script>x</script>', '<meta name="description" content="x">', ''];
  it.each(bad)('throws without a CSP meta: %s', (html) => {
    expect(() => hashInlineCsp(html, sha)).toThrow(/Content-Security-Policy/);
  });
});
