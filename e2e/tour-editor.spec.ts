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

/** A teacher's three-step tour, as a file exported from the editor would hold it. */
const LESSON = `title: { ja: 授業, en: Lesson }
steps:
  - id: one
    camera: { region: central-asia }
    select: { country: KAZ }
    caption: { ja: 授業その一。, en: Lesson one. }
    notes: { ja: あいさつ。, en: Say hello. }
  - id: two
    camera: { region: central-asia }
    select: { link: KAZ-KOR }
    caption: { ja: 授業その二。, en: Lesson two. }
    notes: { ja: 質問する。, en: Ask a question. }
  - id: three
    camera: { region: korean-peninsula }
    caption: { ja: 授業その三。, en: Lesson three. }
`;

test('a teacher’s tour: the speaker notes follow it, its id is in the URL, a reload resumes it', async ({
  page,
  guard,
}) => {
  test.setTimeout(180_000);
  await load(page, '/#lang=en');
  await openTours(page);
  await page.getByTestId('tours-import').setInputFiles({
    name: 'tour-lesson.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(LESSON),
  });
  // The import opens it in the editor.
  await expect(page.getByTestId('tour-editor')).toHaveAttribute('data-tour', 'lesson');
  await expect(steps(page)).toHaveCount(3);
  await page.getByTestId('tours-present').click();
  const counter = page.getByTestId('tour-counter');
  await expect(counter).toHaveText('1 / 3');
  await expect(page.getByTestId('tour-caption')).toHaveText('Lesson one.');
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/[#&]tour=lesson:1$/);

  // The notes window shows the teacher's steps, not the guided tour's.
  const [notes] = await Promise.all([
    page.waitForEvent('popup'),
    page
      .getByTestId('presentation')
      .getByRole('button', { name: /Speaker notes/ })
      .click(),
  ]);
  await guard.watch(notes);
  await expect(notes.getByTestId('notes-status')).toHaveText(/^\s*1 \/ 3/);
  await expect(notes.getByTestId('notes-caption')).toHaveText('Lesson one.');
  await expect(notes.getByTestId('notes-text')).toHaveText('Say hello.');
  await expect(notes.getByTestId('notes-next-caption')).toHaveText('Lesson two.');
  await expect(notes.locator('.preview .place')).toContainText('South Korea');
  await page.keyboard.press('ArrowRight');
  await expect(counter).toHaveText('2 / 3');
  await expect(notes.getByTestId('notes-caption')).toHaveText('Lesson two.');
  await expect(notes.getByTestId('notes-next-caption')).toHaveText('Lesson three.');
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/[#&]tour=lesson:2$/);
  await notes.close();

  // A reload (or a bookmark of the address) comes back to the same step of the same tour.
  await page.reload();
  await expect(counter).toHaveText('2 / 3', { timeout: 60_000 });
  await expect(page.getByTestId('tour-caption')).toHaveText('Lesson two.');
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/[#&]tour=lesson:2$/);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presentation')).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => location.hash)).not.toMatch(/[#&]tour=/);

  // The print handout's "Print the tour" prints the tour just presented, one step per half page.
  await (await headerTool(page, { testId: 'print-handout' })).click();
  const handout = page.getByTestId('handout');
  await expect(handout).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  await handout.getByTestId('handout-tour').click();
  await expect(handout).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  await expect(handout.getByTestId('handout-step')).toHaveCount(3);
  await expect(handout.getByTestId('handout-step').locator('.caption')).toHaveText([
    'Lesson one.',
    'Lesson two.',
    'Lesson three.',
  ]);
  await page.keyboard.press('Escape');
  await expect(handout).toHaveCount(0);

  // An id this browser does not keep, or a step past the end, is dropped from the URL.
  for (const hash of ['#lang=en&tour=no-such-tour:1', '#lang=en&tour=lesson:9']) {
    await page.evaluate((h) => (location.hash = h), hash);
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#(map=[^&]+&)?lang=en$/);
    await expect(page.getByTestId('presentation')).toHaveCount(0);
  }
  // A typed link to a step of it opens the presentation there.
  await page.evaluate(() => (location.hash = '#lang=en&tour=lesson:3'));
  await expect(counter).toHaveText('3 / 3');
  await expect(page.getByTestId('tour-caption')).toHaveText('Lesson three.');
});

test.describe('reordering steps', () => {
  // Tall enough for the three cards side by side in the panel: the drag needs no scrolling.
  test.use({ viewport: { width: 1280, height: 1700 }, hasTouch: true });

  const card = (page: Page, id: string) => page.locator(`li[data-step="${id}"]`);
  const handle = (page: Page, id: string) => card(page, id).getByTestId('step-handle');
  const centre = async (locator: ReturnType<typeof card>) => {
    const box = await locator.boundingBox();
    if (!box) throw new Error('not on screen');
    return { x: box.x + box.width / 2, y: box.y + box.height / 2, box };
  };

  test.beforeEach(async ({ page }) => {
    test.slow();
    await load(page, '/#lang=en');
    await openTours(page);
    await page.getByTestId('tours-import').setInputFiles({
      name: 'tour-lesson.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from(LESSON),
    });
    await expect(steps(page)).toHaveCount(3);
    expect(await stepIds(page)).toEqual(['one', 'two', 'three']);
    await expect(card(page, 'three')).toBeInViewport();
  });

  test('by mouse: drag the handle onto another step', async ({ page }) => {
    // Up: step two onto step one; the card it will land before is marked while dragging.
    const from = await centre(handle(page, 'two'));
    const onto = await centre(card(page, 'one'));
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x, onto.y, { steps: 6 });
    await expect(card(page, 'one')).toHaveClass(/\bbefore\b/);
    await expect(card(page, 'two')).toHaveClass(/\bdragging\b/);
    await page.mouse.up();
    await expect.poll(() => stepIds(page)).toEqual(['two', 'one', 'three']);
    await expect(page.getByTestId('tours-status')).toHaveText('Step moved to position 1');
    await expect(handle(page, 'two')).toBeFocused();
    await expect(page.locator('li[data-step].before, li[data-step].after')).toHaveCount(0);

    // Down: step two (now first) onto the last step.
    const again = await centre(handle(page, 'two'));
    const last = await centre(card(page, 'three'));
    await page.mouse.move(again.x, again.y);
    await page.mouse.down();
    await page.mouse.move(again.x, last.y, { steps: 6 });
    await expect(card(page, 'three')).toHaveClass(/\bafter\b/);
    await page.mouse.up();
    await expect.poll(() => stepIds(page)).toEqual(['one', 'three', 'two']);
    await expect(page.getByTestId('tours-status')).toHaveText('Step moved to position 3');

    // A click on the handle without moving leaves the order alone.
    await handle(page, 'one').click();
    expect(await stepIds(page)).toEqual(['one', 'three', 'two']);
  });

  test('by touch: a finger drags the handle (pointer events)', async ({ page }) => {
    const kinds: string[] = [];
    await page.exposeFunction('pointerKind', (kind: string) => kinds.push(kind));
    await page.evaluate(() =>
      document.addEventListener('pointerdown', (e) =>
        (window as unknown as { pointerKind(k: string): void }).pointerKind(e.pointerType),
      ),
    );
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x = 0, y = 0) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x, y }],
      });
    const from = await centre(handle(page, 'three'));
    const onto = await centre(card(page, 'one'));
    await touch('touchStart', from.x, from.y);
    for (let i = 1; i <= 8; i++) {
      await touch('touchMove', from.x, from.y + ((onto.y - from.y) * i) / 8);
    }
    await expect(card(page, 'one')).toHaveClass(/\bbefore\b/);
    await touch('touchEnd');
    await expect.poll(() => stepIds(page)).toEqual(['three', 'one', 'two']);
    await expect(page.getByTestId('tours-status')).toHaveText('Step moved to position 1');
    expect(kinds).toContain('touch');
  });

  test('by keyboard: Alt+↑ and Alt+↓ move the step, the focus goes with it', async ({ page }) => {
    await handle(page, 'one').focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => stepIds(page)).toEqual(['two', 'one', 'three']);
    await expect(handle(page, 'one')).toBeFocused();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => stepIds(page)).toEqual(['two', 'three', 'one']);
    await expect(page.getByTestId('tours-status')).toHaveText('Step moved to position 3');
    // At the end, Alt+↓ does nothing; from a text field of the card, Alt+↑ moves it too.
    await page.keyboard.press('Alt+ArrowDown');
    expect(await stepIds(page)).toEqual(['two', 'three', 'one']);
    await card(page, 'one').locator('[data-field="caption-en"]').focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => stepIds(page)).toEqual(['two', 'one', 'three']);
    await expect(card(page, 'one').locator('[data-field="caption-en"]')).toBeFocused();
  });
});
