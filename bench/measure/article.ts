/**
 * (g) "Add an article" → review screen: in a fresh page of the built app, the time from clicking
 * "Add an article" (its chunk not yet loaded: the extractor, word lists and chrono-node come
 * over the wire) through pasting a 5,000-character article (the first 5,000 characters of the
 * data's documents, Japanese) and asking for proposals, to the review screen on screen. Timed
 * from Node around the page's actions (Playwright's round trips included, a few ms).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { OneNumberMeasure } from './contract';

export const ARTICLE_CHARS = 5000;

/** A 5,000-character article from data/documents (real text, many countries and amounts). */
export function benchArticle(root: string): string {
  const dir = join(root, 'data/documents');
  const all = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
  return all.slice(0, ARTICLE_CHARS);
}

export const articleReview: OneNumberMeasure = async (ctx) => {
  const url = await ctx.serve(await ctx.syntheticBuild(100));
  const text = benchArticle(ctx.root);
  const page = await ctx.browser.newPage({ viewport: { width: 1366, height: 768 } });
  try {
    await page.goto(`${url}#lang=ja`);
    await page.waitForSelector('[data-map-ready="true"]', { timeout: 120_000 });
    // The header puts its tools in "More" when they do not fit its row (as at this width).
    await page.waitForFunction(() =>
      /^(full|collapsed|compact)$/.test(
        document.querySelector('[data-header-mode]')?.getAttribute('data-header-mode') ?? '',
      ),
    );
    const banner = page.getByRole('banner');
    const button = banner.getByTestId('add-article');
    if (!(await button.isVisible())) {
      await banner.getByRole('button', { name: /^(More|その他)$/ }).click();
      await button.waitFor({ state: 'visible', timeout: 30_000 });
    }
    const t0 = performance.now();
    await button.click();
    const paste = page.getByTestId('article-paste');
    await paste.waitFor({ timeout: 60_000 });
    // A paste: the whole text arrives at once.
    await paste.evaluate((el: HTMLTextAreaElement, t: string) => {
      el.value = t;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);
    await page.getByTestId('article-read').click();
    await page.getByTestId('article-review').waitFor({ timeout: 60_000 });
    // The frame that shows it.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    return performance.now() - t0;
  } finally {
    await page.close();
  }
};
