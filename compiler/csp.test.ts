import { describe, expect, it } from 'vitest';
import { cspPolicy } from './csp';

describe('cspPolicy', () => {
  it.each(['build', 'serve'] as const)(
    '%s: only the own origin, workers from self or blob',
    (mode) => {
      const policy = cspPolicy(mode);
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("script-src 'self';");
      expect(policy).toContain("worker-src 'self' blob:");
      expect(policy).not.toMatch(/https?:|\*/);
      expect(policy).not.toContain('unsafe-eval');
    },
  );
  it('allows inline styles only on the dev server', () => {
    expect(cspPolicy('build')).toContain("style-src 'self';");
    expect(cspPolicy('serve')).toContain("style-src 'self' 'unsafe-inline'");
  });
});
