/**
 * The timeline as a person uses it: the scrubber by keyboard (the URL, the label and the arcs
 * follow), event marks by pointer (each opens its quote), and marks too close to point at apart
 * grouped into one that lists them.
 */
import { expect, test, waitForMap, type Page } from './fixtures';

const scrubber = (page: Page) => page.getByRole('slider', { name: 'Show relations as of' });

/** Whether the North Korea–Ukraine arc is drawn dashed (severed). */
async function severed(page: Page): Promise<boolean> {
  const line = page.locator('[data-link="PRK-UKR"] path.line').first();
  return (await line.getAttribute('stroke-dasharray')) !== null;
}

test('the scrubber moves by keyboard; the URL, the label and the arcs follow', async ({ page }) => {
  await page.goto('/#lang=en');
  await waitForMap(page);
  const timeline = page.getByTestId('timeline');
  await expect(timeline.locator('output')).toHaveText('Latest');
  const latest = await page.locator('[data-arc]').count();

  await scrubber(page).focus();
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(/date=\d{4}-\d{2}-\d{2}/);
  await expect(timeline.locator('output')).toHaveText(/^As of /);
  // At the start of the documents' time, fewer links are dated yet.
  expect(await page.locator('[data-arc]').count()).toBeLessThan(latest);

  await page.keyboard.press('End');
  await expect(page).not.toHaveURL(/date=/);
  await expect(timeline.locator('output')).toHaveText('Latest');
  await expect(page.locator('[data-arc]')).toHaveCount(latest);

  // And by pointer: a click on the track, a quarter of the way along.
  const track = (await scrubber(page).boundingBox())!;
  await scrubber(page).click({ position: { x: track.width / 4, y: track.height / 2 } });
  await expect(page).toHaveURL(/date=\d{4}-\d{2}-\d{2}/);
  expect(await page.locator('[data-arc]').count()).toBeLessThan(latest);
});

test('a link is drawn dashed only from the date the documents say it was severed', async ({
  page,
}) => {
  await page.goto('/#date=2022-06-30&lang=en');
  await waitForMap(page);
  expect(await severed(page)).toBe(false);
  await page.goto('/#date=2022-08-01&lang=en');
  await waitForMap(page);
  expect(await severed(page)).toBe(true);
});

test('every mark is a target of at least 24 px that no other covers', async ({ page }) => {
  await page.goto('/#lang=en');
  await waitForMap(page);
  const boxes = await page
    .getByTestId('timeline')
    .locator('.events > li > button')
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
  expect(boxes.length).toBeGreaterThan(3);
  boxes.sort((a, b) => a.x - b.x);
  for (const [i, b] of boxes.entries()) {
    expect(b.width).toBeGreaterThanOrEqual(24);
    expect(b.height).toBeGreaterThanOrEqual(24);
    if (i > 0) expect(b.x).toBeGreaterThanOrEqual(boxes[i - 1]!.x + boxes[i - 1]!.width - 0.5);
  }
});

test('clicking a mark opens its quote; a grouped mark lists its events first', async ({ page }) => {
  await page.goto('/#lang=en');
  await waitForMap(page);
  const timeline = page.getByTestId('timeline');
  const dialog = page.getByRole('dialog');

  const single = timeline.locator('.events > li > button[data-event]').first();
  await single.click();
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('mark.current')).toBeInViewport();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  const group = timeline.locator('[data-event-group]').first();
  await expect(group).toHaveAttribute('aria-label', /^\d+ events, /);
  await group.click();
  await expect(group).toHaveAttribute('aria-expanded', 'true');
  const items = timeline.locator('.group-list button');
  expect(await items.count()).toBeGreaterThan(1);
  await expect(items.first()).toBeVisible();
  // Esc closes the list and gives the focus back to its mark.
  await items.first().focus();
  await page.keyboard.press('Escape');
  await expect(items).toHaveCount(0);
  await expect(group).toBeFocused();

  await page.keyboard.press('Enter');
  await items.last().click();
  await expect(items).toHaveCount(0);
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('mark.current')).toBeInViewport();
});
