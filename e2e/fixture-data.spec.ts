/**
 * Runs on the app built from test-results/fixture-data: the real data plus invented documents
 * (scripts/fixture-data.mjs). Proves that a new document and a new pair of countries need data
 * files only, and that hostile document text is shown as text and breaks no layout.
 */
import { expect, openShared, test, type Page } from './fixtures';

// All three on the worker's shared page (fixtures.ts), loaded once, each reaching its view by the
// view's link. A dialog (alert, confirm) opened by document text fails the test it opens in.
const watched = new WeakSet<Page>();
test.beforeEach(async ({ shared: page }) => {
  if (watched.has(page)) return;
  watched.add(page);
  page.on('dialog', (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
});

test('a fifth document and a new pair of countries appear with no code change', async ({
  shared: page,
}) => {
  await openShared(page, '#lang=en');
  await expect(page.locator('[data-arc="JPN-MNG"]')).toHaveCount(1);
  await expect(page.locator('[data-arc="JPN-MNG"]')).toHaveAttribute(
    'aria-label',
    /Japan – Mongolia|Mongolia – Japan/,
  );
  await page.getByTestId('panel').getByRole('button', { name: 'Mongolia', exact: true }).click();
  const panel = page.getByTestId('panel');
  await expect(panel.locator('h2')).toHaveText('Mongolia');
  await expect(panel).toContainText('$1.2B');
  await expect(panel).toContainText('Japan–Mongolia relations (fictional test fixture)');
});

test('hostile document text is shown as text, never run as HTML', async ({ shared: page }) => {
  await openShared(page, '#link=JPN-MNG&lang=en');
  const panel = page.getByTestId('panel');
  await expect(panel).toContainText('<script>alert("fixture")</script>');
  await expect(panel).toContainText('<img src=x onerror=alert(1)>');
  expect(await page.locator('body img, body script:not([src])').count()).toBe(0);
  // RTL overrides and emoji stay inside their quote: no horizontal overflow anywhere.
  const overflow = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth - window.innerWidth,
    panel: (() => {
      const el = document.querySelector('[data-testid="panel"]')!;
      return el.scrollWidth - el.clientWidth;
    })(),
  }));
  expect(overflow.page).toBeLessThanOrEqual(0);
  expect(overflow.panel).toBeLessThanOrEqual(0);
});

test('a 100 KB paragraph opens in the reader without breaking the layout', async ({
  shared: page,
}) => {
  await openShared(page, '#country=MNG&lang=en');
  const quote = page.getByTestId('panel').locator('[data-quote="fixture-long-end"]');
  await expect(quote).toContainText('モンゴルで架空の協定が結ばれた');
  // Open the folds the quote is in, as a reader would, then the button of its document's group.
  const closed = page.locator('details:not([open]):has([data-quote="fixture-long-end"]) > summary');
  while ((await closed.count()) > 0) await closed.first().click();
  await page
    .locator('section[data-doc]', { has: page.locator('[data-quote="fixture-long-end"]') })
    .locator('button')
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('h2')).toHaveText(
    /A very long paragraph.*<script>alert\(1\)<\/script>/,
  );
  await expect(dialog.locator('mark.current')).toBeInViewport();
  const sizes = await dialog.evaluate((el) => {
    const text = el.querySelector('.text')!;
    return { dialog: el.getBoundingClientRect().width, text: text.scrollWidth - text.clientWidth };
  });
  expect(sizes.dialog).toBeLessThanOrEqual(1280);
  expect(sizes.text).toBeLessThanOrEqual(0);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
