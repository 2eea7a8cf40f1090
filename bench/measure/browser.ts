/**
 * Debian's Chromium, launched as the e2e tests launch it (software WebGL through SwiftShader),
 * and fresh contexts: each context has its own cache, so a first navigation in one is a cold load.
 */
import chromium from '../../scripts/chromium.json' with { type: 'json' };
import {
  chromium as playwright,
  type Browser,
  type BrowserContext,
  type Page,
} from '@playwright/test';

/** The browser and flags of the e2e tests (one list for the tests, the bench and the audit). */
export const CHROMIUM = chromium.path;
export const CHROMIUM_ARGS = chromium.args;

export const VIEWPORT = { width: 1280, height: 800 };

export function launch(): Promise<Browser> {
  return playwright.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Page errors and console errors seen so far. */
  problems: string[];
  close: () => Promise<void>;
}

/**
 * A new context and page. tsx compiles the bench with esbuild's keepNames, which wraps functions
 * in a `__name(…)` helper that does not exist in the page: the init script defines it, so the
 * typed functions given to `page.evaluate` run there as written.
 */
export async function openSession(browser: Browser): Promise<Session> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  return { context, page, problems, close: () => context.close() };
}

/** Rejects with `what` when `promise` takes longer than `ms`. */
export async function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no result within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
