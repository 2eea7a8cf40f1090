import { expect, headerTool, test, waitForMap } from './fixtures';
import { hoverArc } from './arcs-helpers';

test('switching language changes the interface, the legend, the tooltips and the panel headings', async ({
  page,
}) => {
  await page.goto('/#map=3.2/46/85&country=KAZ&lang=en');
  await waitForMap(page);
  const panelTitle = page.getByTestId('panel').locator('h2');
  const legend = page.getByTestId('legend');
  await expect(panelTitle).toHaveText('Kazakhstan');
  await expect(legend).toContainText('Legend');
  await expect(legend).toContainText('$');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await (await headerTool(page, '日本語')).click();
  await expect(panelTitle).toHaveText('カザフスタン');
  await expect(legend).toContainText('凡例');
  await expect(legend).toContainText('ドル');
  await expect(page.getByRole('button', { name: /朝鮮半島/ })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('lang=ja');

  const arc = page.locator('[data-arc]').first();
  await expect(arc).toHaveAttribute('aria-label', /[ぁ-んァ-ヶ一-龠]/);
  await hoverArc(page, (await arc.getAttribute('data-arc'))!);
  await expect(page.getByTestId('tooltip')).toContainText(/[ァ-ヶ]/);

  // Remembered on the next visit without lang= in the URL.
  await page.goto('/#map=3.2/46/85');
  await waitForMap(page);
  await expect(await headerTool(page, 'English')).toBeVisible();
});

test('the language defaults from the browser', async ({ browser, baseURL, guard }) => {
  const context = await browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  await guard.watch(page);
  await page.goto(baseURL!);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('バイラテラル・アトラス');
  await context.close();
});
