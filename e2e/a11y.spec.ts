/**
 * axe-core over every view, in both languages: no serious or critical violation anywhere.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, headerTool, test, waitForMap, type Page } from './fixtures';

async function audit(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    // The map canvas and the arcs are drawn content; the arcs' own names are checked in arcs.spec.
    .exclude('.maplibregl-canvas')
    .analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
  expect(bad, name).toEqual([]);
}

for (const lang of ['en', 'ja'] as const) {
  test.describe(`accessibility (${lang})`, () => {
    test('map, panels, reader and relations table', async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto(`/#lang=${lang}`);
      await waitForMap(page);
      await audit(page, 'map with the overview panel');

      await page.goto(`/#country=KAZ&lang=${lang}`);
      await waitForMap(page);
      await audit(page, 'country panel');

      await page.goto(`/#link=PRK-UKR&lang=${lang}`);
      await waitForMap(page);
      await audit(page, 'link panel');

      // Quotes are grouped by document; the group's button opens the document.
      await page.getByTestId('panel').locator('section[data-doc]:visible button').first().click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await audit(page, 'document reader');
      await page.keyboard.press('Escape');

      await (await headerTool(page, lang === 'en' ? 'Relations table' : '関係一覧表')).click();
      await expect(page.getByTestId('relations-table')).toBeVisible();
      await audit(page, 'relations table');
      await page.keyboard.press('Escape');

      await page.locator('[data-arc]').first().focus();
      await expect(page.getByTestId('tooltip')).toBeVisible();
      await audit(page, 'arc focused with its tooltip');

      await page.locator('body').focus();
      await page.goto(`/#lang=${lang}&tour=2`);
      await waitForMap(page);
      await expect(page.getByTestId('presentation')).toBeVisible();
      await audit(page, 'presentation');
    });
  });
}
