import type { Page } from '@playwright/test';
import { expect, leavePresentation, openShared, test } from './fixtures';

/**
 * The presenter's tools (issue 12, part 6): W white screen, L laser pointer, D pen, E erase,
 * G + number + Enter, `?` the key list; and the notes window's clock and next-step preview.
 * Each tool leaves nothing behind on the next step.
 *
 * On the worker's shared page (fixtures.ts), loaded once: each test starts the presentation from
 * the start view's link and ends by leaving it with Esc (the notes window closed), so the next
 * test on that page finds the app as a person would. A test that fails restarts the worker.
 */

const counter = (page: Page) => page.getByTestId('tour-counter');
const strokes = (page: Page) => page.getByTestId('pen-stroke');

async function present(page: Page, lang: 'ja' | 'en' = 'en'): Promise<number> {
  await openShared(page, `#lang=${lang}`);
  await page.keyboard.press('p');
  await expect(page.getByTestId('presentation')).toBeVisible();
  await expect(counter(page)).toHaveText(/^1 \/ \d+$/);
  const count = Number(/\/ (\d+)/.exec((await counter(page).textContent()) ?? '')?.[1]);
  expect(count, 'the tour has at least three steps').toBeGreaterThanOrEqual(3);
  return count;
}

/** A drag on the map, away from the caption card (top left) and the buttons (bottom right). */
async function drag(page: Page, from: [number, number], to: [number, number]) {
  await page.mouse.move(...from);
  await page.mouse.down();
  await page.mouse.move(...to, { steps: 8 });
  await page.mouse.up();
}

/** How many pixels of the pen's red are in a box of the screen. */
async function redPixels(
  page: Page,
  clip: { x: number; y: number; width: number; height: number },
) {
  const { PNG } = await import('pngjs');
  const image = PNG.sync.read(await page.screenshot({ clip }));
  let red = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    const [r, g, b] = [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
    if (r > 190 && g < 60 && b < 80) red++;
  }
  return red;
}

test.describe('presenter tools', () => {
  // On a shared, loaded machine.
  test.describe.configure({ timeout: 180_000 });
  test('W whites the screen; any tour key brings the map back without moving', async ({
    shared: page,
  }, testInfo) => {
    const count = await present(page);
    await page.keyboard.press('w');
    await expect(page.getByTestId('whiteout')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('white.png') });
    await page.keyboard.press('w');
    await expect(page.getByTestId('whiteout')).toHaveCount(0);
    // From black straight to white; then PageDown only gives the picture back.
    await page.keyboard.press('b');
    await expect(page.getByTestId('blackout')).toBeVisible();
    await page.keyboard.press('W');
    await expect(page.getByTestId('blackout')).toHaveCount(0);
    await expect(page.getByTestId('whiteout')).toBeVisible();
    await page.keyboard.press('PageDown');
    await expect(page.getByTestId('whiteout')).toHaveCount(0);
    await expect(counter(page)).toHaveText(`1 / ${count}`);
    await leavePresentation(page);
  });

  test('L shows a laser dot that follows the mouse, and L again removes it', async ({
    shared: page,
  }, testInfo) => {
    await present(page);
    await page.keyboard.press('l');
    await expect(page.getByTestId('tool-laser')).toBeVisible();
    const dot = page.getByTestId('laser');
    // The drawing layer is its own chunk: a move made before it has loaded is not seen, so the
    // mouse moves again (as a presenter's would) until the dot shows.
    await expect(async () => {
      await page.mouse.move(700 + Math.random(), 450);
      await page.mouse.move(700, 450);
      await expect(dot).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 30_000 });
    const near = async (x: number, y: number) => {
      const box = (await dot.boundingBox())!;
      return Math.hypot(box.x + box.width / 2 - x, box.y + box.height / 2 - y);
    };
    await expect.poll(() => near(700, 450)).toBeLessThan(2);
    await page.mouse.move(900, 520);
    await expect.poll(() => near(900, 520)).toBeLessThan(2);
    await page.screenshot({ path: testInfo.outputPath('laser.png') });
    await page.keyboard.press('L');
    await expect(dot).toHaveCount(0);
    await expect(page.getByTestId('tool-laser')).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.className)).not.toContain('laser');
    await leavePresentation(page);
  });

  test('D draws on the map, E erases, and the next step starts clean (DOM and pixels)', async ({
    shared: page,
  }, testInfo) => {
    const count = await present(page);
    const area = { x: 560, y: 420, width: 360, height: 160 };
    expect(await redPixels(page, area), 'no pen red before drawing').toBeLessThan(20);
    // Without the pen a drag draws nothing.
    await drag(page, [600, 450], [880, 550]);
    await expect(strokes(page)).toHaveCount(0);

    await page.keyboard.press('d');
    await expect(page.getByTestId('tool-pen')).toBeVisible();
    await drag(page, [600, 450], [880, 550]);
    await drag(page, [600, 550], [880, 450]);
    await expect(strokes(page)).toHaveCount(2);
    await expect.poll(() => redPixels(page, area)).toBeGreaterThan(200);
    await page.screenshot({ path: testInfo.outputPath('pen.png') });

    await page.keyboard.press('e');
    await expect(strokes(page)).toHaveCount(0);
    await expect.poll(() => redPixels(page, area)).toBeLessThan(20);

    await drag(page, [600, 450], [880, 550]);
    await expect(strokes(page)).toHaveCount(1);
    await page.keyboard.press('PageDown');
    await expect(counter(page)).toHaveText(`2 / ${count}`);
    await expect(strokes(page)).toHaveCount(0);
    await expect(page.getByTestId('pen-layer')).toHaveAttribute('data-strokes', '0');
    // The pen is still in hand on the new step; D puts it down and the map takes drags again.
    await page.keyboard.press('D');
    await expect(page.getByTestId('tool-pen')).toHaveCount(0);
    await drag(page, [600, 450], [880, 550]);
    await expect(strokes(page)).toHaveCount(0);
    await leavePresentation(page);
  });

  test('G then a number and Enter jumps; Esc drops the prompt, not the presentation', async ({
    shared: page,
  }) => {
    const count = await present(page);
    await page.keyboard.press('g');
    await expect(page.getByTestId('tour-jump')).toContainText(`1–${count}`);
    await page.keyboard.press('3');
    await expect(page.getByTestId('tour-jump')).toContainText('3');
    await page.keyboard.press('Enter');
    await expect(counter(page)).toHaveText(`3 / ${count}`);
    await expect(page.getByTestId('tour-jump')).toHaveCount(0);

    await page.keyboard.press('G');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('tour-jump')).toHaveCount(0);
    await expect(page.getByTestId('presentation')).toBeVisible();

    // A number past the end says so, and Enter goes nowhere.
    await page.keyboard.press('g');
    for (const d of String(count + 1)) await page.keyboard.press(d);
    await expect(page.getByTestId('tour-jump')).toContainText('no such step');
    await page.keyboard.press('Enter');
    await expect(counter(page)).toHaveText(`3 / ${count}`);
    // And number + Enter without G still works.
    await page.keyboard.press('2');
    await page.keyboard.press('Enter');
    await expect(counter(page)).toHaveText(`2 / ${count}`);
    await leavePresentation(page);
  });

  for (const lang of ['en', 'ja'] as const) {
    test(`? lists every key (${lang}); Esc closes the list first`, async ({
      shared: page,
    }, testInfo) => {
      await present(page, lang);
      await page.keyboard.press('?');
      const help = page.getByTestId('presenter-help');
      await expect(help).toBeVisible();
      const keys = await help.locator('kbd').allTextContents();
      for (const key of ['W', 'L', 'D', 'E', 'G', '?', 'B', '.', 'Esc', 'PageDown', 'H', 'Q'])
        expect(keys).toContain(key);
      await expect(help).toContainText(lang === 'en' ? 'White screen' : '白い画面');
      await expect(help).toContainText(lang === 'en' ? 'Laser pointer' : 'レーザーポインター');
      await page.screenshot({ path: testInfo.outputPath(`help-${lang}.png`) });
      await page.keyboard.press('Escape');
      await expect(help).toHaveCount(0);
      await expect(page.getByTestId('presentation')).toBeVisible();
      await page.keyboard.press('?');
      await expect(help).toBeVisible();
      await page.keyboard.press('?');
      await expect(help).toHaveCount(0);
      await leavePresentation(page);
    });
  }

  test('the notes window has a clock and the next step with a small map', async ({
    shared: page,
    guard,
  }, testInfo) => {
    test.setTimeout(120_000);
    const count = await present(page);
    const [notes] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('button', { name: 'Speaker notes' }).click(),
    ]);
    await guard.watch(notes);
    await notes.setViewportSize({ width: 1100, height: 820 });
    await expect(notes.getByTestId('notes-status')).toHaveText(new RegExp(`^\\s*1 / ${count}`));
    const timer = notes.getByTestId('notes-timer');
    await expect(timer).toHaveAttribute('data-running', 'true');
    await expect(timer).not.toHaveText('0:00', { timeout: 5000 });
    await notes.getByTestId('notes-timer-toggle').click();
    await expect(timer).toHaveAttribute('data-running', 'false');
    const held = await timer.textContent();
    await notes.getByTestId('notes-timer-reset').click();
    await expect(timer).toHaveText('0:00');
    expect(held).not.toBe('0:00');
    await notes.getByTestId('notes-timer-toggle').click();
    await expect(timer).toHaveAttribute('data-running', 'true');

    await page.keyboard.press('PageDown');
    await expect(notes.getByTestId('notes-status')).toHaveText(new RegExp(`^\\s*2 / ${count}`));
    await expect(notes.getByTestId('notes-next-caption')).not.toBeEmpty();
    const preview = notes.getByTestId('notes-preview');
    await expect(preview).toBeVisible();
    expect(await preview.locator('path').count()).toBeGreaterThan(100);
    expect(await preview.locator('path[data-selected]').count()).toBeGreaterThan(0);
    await notes.screenshot({ path: testInfo.outputPath('notes.png') });
    await notes.close();
    await leavePresentation(page);
  });
});
