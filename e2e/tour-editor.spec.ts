import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { compile, formatted, realFiles } from '../compiler/testing.ts';
import { expect, headerTool, test, waitForMap } from './fixtures';

/**
 * The tour editor (issue 12, part 1), as a teacher uses it: build a two-step tour from what is on
 * screen, reorder it with the keyboard, present it with the keyboard, export it and check that
 * the exported file compiles with the data compiler; the tour is still there after a reload.
 */

const panel = (page: Page) => page.getByTestId('tours-panel');
const steps = (page: Page) => page.getByTestId('tour-steps').locator(':scope > li[data-step]');
const stepIds = (page: Page) =>
  steps(page).evaluateAll((items) => items.map((li) => li.getAttribute('data-step')));

/** The first load: on a busy machine the map takes longer than `waitForMap` alone waits. */
async function load(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('[data-map-ready="true"]')).toBeAttached({ timeout: 120_000 });
  await waitForMap(page);
}

/** Opens the panel (its chunk loads on first use: wait for the panel, not the clock). */
async function openTours(page: Page) {
  await (await headerTool(page, { testId: 'tours-button' })).click();
  await expect(panel(page)).toBeVisible();
}

async function addView(page: Page, count: number) {
  await waitForMap(page); // the selection may have moved the camera: take the view at rest
  await page.getByTestId('tours-add-view').click();
  await expect(steps(page)).toHaveCount(count);
}

test('build a two-step tour, reorder and present it by keyboard, export it, keep it', async ({
  page,
}) => {
  test.setTimeout(300_000); // many steps, each waiting for the map to rest; two page loads
  await load(page, '/#lang=en');
  await openTours(page);
  await panel(page).getByRole('button', { name: 'New tour' }).click();
  const editor = page.getByTestId('tour-editor');
  await expect(editor).toBeVisible();
  await editor.getByLabel('Title (English)').fill('Central Asia lesson');

  // Step 1: a country, chosen in the side panel.
  await page.getByTestId('panel').locator('button[data-country="KAZ"]').first().click();
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('country=KAZ');
  await addView(page, 1);
  await expect(steps(page).nth(0)).toContainText('Kazakhstan');
  await steps(page)
    .nth(0)
    .locator('[data-field="caption-en"]')
    .fill('Kazakhstan and its partners.');

  // Step 2: one of its links, chosen in the country's panel; a caption in Japanese only.
  await page.getByTestId('panel').locator('[data-link="KAZ-KOR"] button.linkname').click();
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('link=KAZ-KOR');
  await addView(page, 2);
  const second = steps(page).nth(1);
  await expect(second).toContainText('South Korea');
  await second.locator('[data-field="caption-ja"]').fill('カザフスタンと韓国。');
  // English is empty: it falls back to the Japanese, and says so.
  await expect(second.getByTestId('step-preview')).toContainText('(from Japanese)');
  await expect(second.locator('[data-field="caption-en"]')).toHaveAttribute(
    'placeholder',
    'カザフスタンと韓国。',
  );

  // Reorder with the keyboard: Alt+↑ on the second step's handle; the focus stays with it.
  expect(await stepIds(page)).toEqual(['step-1', 'step-2']);
  const handle = second.locator('.handle');
  await handle.focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(() => stepIds(page)).toEqual(['step-2', 'step-1']);
  await expect(page.getByTestId('tours-status')).toHaveText('Step moved to position 1');
  await expect(steps(page).nth(0).locator('.handle')).toBeFocused();
  // And back down with the button, then up again with the key.
  await steps(page)
    .nth(0)
    .getByRole('button', { name: /Move down/ })
    .click();
  await expect.poll(() => stepIds(page)).toEqual(['step-1', 'step-2']);
  await steps(page).nth(1).locator('.handle').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(() => stepIds(page)).toEqual(['step-2', 'step-1']);

  // Present with the keyboard: Enter on "Present", → to the next step, Esc to leave.
  await page.getByTestId('tours-present').focus();
  await page.keyboard.press('Enter');
  const counter = page.getByTestId('tour-counter');
  await expect(page.getByTestId('presentation')).toBeVisible();
  await expect(counter).toHaveText('1 / 2');
  await expect(page.getByTestId('tour-caption')).toHaveText('カザフスタンと韓国。');
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('link=KAZ-KOR');
  await page.keyboard.press('ArrowRight');
  await expect(counter).toHaveText('2 / 2');
  await expect(page.getByTestId('tour-caption')).toHaveText('Kazakhstan and its partners.');
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('country=KAZ');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presentation')).toHaveCount(0);
  await expect(panel(page)).toBeVisible();
  // P afterwards presents the atlas's own guided tour again.
  await expect.poll(() => page.evaluate(() => location.hash)).not.toMatch(/[#&]tour=/);

  // Export: a download named after the tour, that the data compiler accepts with 0 problems.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('tours-export').click(),
  ]);
  expect(download.suggestedFilename()).toBe('tour-tour-1.yaml');
  const text = readFileSync((await download.path()) ?? '', 'utf8');
  expect(text).toContain('select: { link: KAZ-KOR }');
  const result = compile(new Map(realFiles()).set(download.suggestedFilename(), text));
  expect(formatted(result.errors)).toEqual([]);
  expect(formatted(result.warnings)).toEqual([]);
  const compiled = result.data?.tours?.find((t) => t.id === 'tour-1');
  expect(compiled?.title).toEqual({ ja: 'Central Asia lesson', en: 'Central Asia lesson' });
  expect(compiled?.steps.map((s) => s.select)).toEqual([{ link: 'KAZ-KOR' }, { country: 'KAZ' }]);

  // Kept in the browser: after a reload the tour is listed, with its two steps.
  await page.reload();
  await expect(page.locator('[data-map-ready="true"]')).toBeAttached({ timeout: 120_000 });
  await waitForMap(page);
  await openTours(page);
  const mine = page.getByTestId('my-tours');
  await expect(mine.locator('li[data-tour="tour-1"]')).toContainText('Central Asia lesson');
  await expect(mine.locator('li[data-tour="tour-1"]')).toContainText('2 steps');
});

test('importing a broken file says why, in the reader’s language', async ({ page }) => {
  test.slow();
  await load(page, '/#lang=ja');
  await openTours(page);
  await page.getByTestId('tours-import').setInputFiles({
    name: 'tour-broken.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(
      'steps:\n  - id: a\n    camera: { region: all }\n    select: { link: AAA-ZZZ }\n    caption: { ja: あ, en: a }\n',
    ),
  });
  const alert = panel(page).getByRole('alert');
  await expect(alert).toContainText('tour-broken.yaml を読み込めません');
  await expect(alert).toContainText('AAA-ZZZ');
  // Esc closes the panel and gives the focus back to the button.
  await page.keyboard.press('Escape');
  await expect(panel(page)).toHaveCount(0);
  await expect(page.getByTestId('tours-button')).toBeFocused();
});
