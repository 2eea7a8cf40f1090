/**
 * "Add an article" (issue 11): a teacher pastes an article, accepts its proposals, and sees the
 * arc (sized by the new figure, in the draft style) and the quote in its panel; the article is
 * still there after a reload; the downloaded zip holds the data files, and the data compiler
 * reads them together with data/ with 0 problems. Hostile input gives a clear message and runs
 * nothing.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { buildAtlas } from '../compiler/index.ts';
import { expect, headerTool, test, type Page } from './fixtures';

/** As fixtures' waitForMap, with room for a loaded machine. */
async function waitForMap(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('[data-map-ready="true"][data-camera-resting="true"]') !== null,
    null,
    { timeout: 120_000 },
  );
}

const ARTICLE = [
  '中国とカザフスタンの貿易、過去最高に',
  '2024年3月5日',
  '中国税関総署によると、2023年の中国とカザフスタンの貿易総額は410億ドルに達した。',
  '中国の習近平国家主席は2023年5月17日から18日にかけて西安でカザフスタンのトカエフ大統領と会談した。',
].join('\n');
const QUOTE = '中国税関総署によると、2023年の中国とカザフスタンの貿易総額は410億ドルに達した。';

async function openDialog(page: Page) {
  await (await headerTool(page, { testId: 'add-article' })).click();
  await expect(page.getByTestId('article-dialog')).toBeVisible();
}

/** The header tools sit in the "More" menu under 1200 px; the tests run at 1280. */
test.use({ viewport: { width: 1366, height: 768 } });
test.describe.configure({ timeout: 300_000 });

test('paste an article, accept its proposals: the arc, the quote, a reload, the zip', async ({
  page,
}) => {
  await page.goto('/#lang=ja');
  await waitForMap(page);
  await openDialog(page);
  await page.getByTestId('article-paste').fill(ARTICLE);
  await page.getByTestId('article-read').click();
  await expect(page.getByTestId('article-review')).toBeVisible();
  // The article is shown as text with its countries, amounts and dates marked.
  const text = page.getByTestId('article-text');
  await expect(text.locator('mark[data-mark="amount"]').first()).toHaveText(/410億ドル/);
  await expect(text.locator('mark[data-mark="country"]').first()).toBeVisible();
  await expect(text.locator('mark[data-mark="date"]').first()).toBeVisible();
  const proposal = page.locator('[data-proposal="CHN-KAZ"]');
  await expect(proposal).toBeVisible();
  await expect(proposal.locator('[data-figure]')).toHaveAttribute('data-value', '41000000000');

  await page.getByTestId('article-accept-all').click();
  await expect(proposal).toHaveAttribute('data-state', 'accepted');
  await expect(page.getByTestId('article-kept').locator('li')).toHaveCount(1);
  await page.getByTestId('article-done').click();
  await expect(page.getByTestId('article-dialog')).toBeHidden();

  // The existing China–Kazakhstan link gets the figure: one arc, sized by trade, drawn as draft.
  const arc = page.locator('[data-arc][data-link="CHN-KAZ"]');
  await expect(arc).toHaveCount(1);
  await expect(arc).toHaveAttribute('data-value', '41000000000');
  await expect(arc).toHaveAttribute('data-style', 'trade');
  await expect(arc).toHaveAttribute('data-draft', 'true');
  const width = Number(await arc.getAttribute('data-width'));
  expect(width).toBeGreaterThan(3);
  // The legend (folded at this size) explains the draft style.
  await expect(page.locator('[data-legend-style="draft"]')).toBeAttached();

  // Its panel quotes the article.
  await arc.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(QUOTE, { exact: false }).first()).toBeVisible();

  // Kept after a reload.
  await page.reload();
  await waitForMap(page);
  await expect(page.locator('[data-arc][data-link="CHN-KAZ"]')).toHaveAttribute(
    'data-draft',
    'true',
  );
  await expect(page.locator('[data-arc][data-link="CHN-KAZ"]')).toHaveAttribute(
    'data-width',
    width.toFixed(2),
  );

  // The image for slides draws the arcs the screen draws: the article's figure widens its arc
  // there too (the widths' ratio to Kazakhstan–Russia's is the screen's).
  const screenWidth = async (link: string) =>
    Number(await page.locator(`[data-arc][data-link="${link}"]`).getAttribute('data-width'));
  const onScreen = (await screenWidth('CHN-KAZ')) / (await screenWidth('KAZ-RUS'));
  await (await headerTool(page, { testId: 'share-button' })).click();
  const [image] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-svg').click(),
  ]);
  const svg = readFileSync(await image.path(), 'utf8');
  const imageWidth = (link: string) =>
    Number(
      new RegExp(`<path[^>]*data-link="${link}"[^>]*>`)
        .exec(svg)?.[0]
        .match(/stroke-width="([\d.]+)"/)?.[1],
    );
  expect(imageWidth('CHN-KAZ') / imageWidth('KAZ-RUS')).toBeCloseTo(onScreen, 1);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('export-section')).toBeHidden();
  // The printed handout of this view prints the article's figure with its quote.
  await (await headerTool(page, { testId: 'print-handout' })).click();
  const handout = page.getByTestId('handout');
  await expect(handout).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  await expect(handout).toContainText(QUOTE);
  await page.keyboard.press('Escape');
  await expect(handout).toBeHidden();

  // The zip: the article's data files, which the data compiler reads with data/ (0 problems).
  await openDialog(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('article-download').click(),
  ]);
  const zipPath = await download.path();
  const files = unzipSync(new Uint8Array(readFileSync(zipPath)));
  const paths = Object.keys(files).sort();
  const id = paths.find((p) => p.startsWith('relations-'))?.slice('relations-'.length, -5);
  expect(id).toBeTruthy();
  expect(paths).toEqual(
    expect.arrayContaining([`documents/${id}.txt`, `documents/${id}.yaml`, `relations-${id}.yaml`]),
  );
  expect(strFromU8(files[`documents/${id}.txt`]!)).toContain(QUOTE);
  const dir = mkdtempSync(join(tmpdir(), 'atlas-article-'));
  cpSync('data', join(dir, 'data'), { recursive: true });
  for (const p of paths.filter((x) => x.endsWith('.txt') || x.endsWith('.yaml'))) {
    const to = join(dir, 'data', p);
    mkdirSync(dirname(to), { recursive: true });
    writeFileSync(to, files[p]!);
  }
  const built = buildAtlas({ root: process.cwd(), dir: join(dir, 'data') });
  expect(built.errors.map((e) => `${e.file}: ${e.message}`)).toEqual([]);
  const link = built.data?.links.filter((l) => l.id === 'CHN-KAZ');
  expect(link).toHaveLength(1);
  expect(built.data?.figures.some((f) => f.link === 'CHN-KAZ' && f.value === 41e9)).toBe(true);

  // Removed one by one.
  await page
    .getByRole('button', { name: /を削除|Remove/ })
    .first()
    .click();
  await expect(page.getByTestId('article-kept')).toHaveCount(0);
  await page.getByTestId('article-done').click();
  await expect(page.locator('[data-arc][data-link="CHN-KAZ"]')).toHaveAttribute(
    'data-draft',
    'false',
  );
});

test('a shared link to a pair only the teacher’s article gives opens on that pair', async ({
  page,
}) => {
  await page.goto('/#lang=ja');
  await waitForMap(page);
  await openDialog(page);
  await page
    .getByTestId('article-paste')
    .fill(
      [
        'インドとロシアの貿易、過去最高に',
        '2024年3月5日',
        'インド商工省によると、2023年のインドとロシアの貿易総額は650億ドルに達した。',
      ].join('\n'),
    );
  await page.getByTestId('article-read').click();
  await expect(page.locator('[data-proposal="IND-RUS"]')).toBeVisible();
  await page.getByTestId('article-accept-all').click();
  await page.getByTestId('article-done').click();
  await expect(page.locator('[data-arc][data-link="IND-RUS"]')).toHaveCount(1);

  // A fresh load of the shared link: the pair comes from IndexedDB after the URL is read.
  await page.goto('about:blank');
  await page.goto('/#lang=en&link=IND-RUS');
  await waitForMap(page);
  await expect(page.locator('#panel-title')).toHaveText(/India.*Russia/);
  expect(await page.evaluate(() => location.hash)).toContain('link=IND-RUS');

  // A pair nobody has is dropped once the teacher's atlas is there.
  await page.goto('about:blank');
  await page.goto('/#lang=en&link=ISL-NZL');
  await waitForMap(page);
  await expect.poll(() => page.evaluate(() => location.hash)).not.toContain('link=');
});

test('a figure the quote does not state cannot be saved', async ({ page }) => {
  await page.goto('/#lang=en');
  await waitForMap(page);
  await openDialog(page);
  await page.getByTestId('article-paste').fill(ARTICLE);
  await page.getByTestId('article-read').click();
  const figure = page.locator('[data-proposal="CHN-KAZ"] [data-figure]');
  await figure.getByRole('button', { name: 'Edit' }).click();
  const value = figure.getByRole('spinbutton', { name: /^Amount/ });
  await value.fill('42000000000');
  await expect(figure.getByRole('alert')).toContainText('the quote does not state it');
  await expect(figure.getByRole('button', { name: 'Save' })).toBeDisabled();
  await value.fill('41000000000');
  await expect(figure.getByRole('button', { name: 'Save' })).toBeEnabled();
});

test('hostile input: a clear message, nothing run', async ({ page }) => {
  await page.goto('/#lang=en');
  await waitForMap(page);
  page.on('dialog', () => {
    throw new Error('the article opened a browser dialog');
  });
  await openDialog(page);
  const message = page.getByTestId('article-message');
  const read = page.getByTestId('article-read');

  // Empty text.
  await read.click();
  await expect(message).toContainText('There is no text');

  const file = page.getByTestId('article-file');
  // 1 MB of text, as a file and pasted.
  await file.setInputFiles({
    name: 'long.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('China and Kazakhstan. '.repeat(48_000)),
  });
  await expect(message).toContainText('too long');
  await page.getByTestId('article-paste').evaluate((el: HTMLTextAreaElement) => {
    el.value = 'China and Kazakhstan. '.repeat(48_000);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await read.click();
  await expect(message).toContainText('too long');

  // HTML with a script and an onerror handler: read as text, never run.
  await file.setInputFiles({
    name: 'page.html',
    mimeType: 'text/html',
    buffer: Buffer.from(
      '<html><body><script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"><p>No country here at all.</p></body></html>',
    ),
  });
  await expect(message).toContainText('No country name was found');
  // Binary bytes.
  await file.setInputFiles({
    name: 'photo.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(Uint8Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)),
  });
  await expect(message).toContainText('cannot be read as text');
  // An empty file.
  await file.setInputFiles({ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
  await expect(message).toContainText('There is no text');

  // HTML that names countries: its text is reviewed, its markup never becomes elements.
  await file.setInputFiles({
    name: 'news.html',
    mimeType: 'text/html',
    buffer: Buffer.from(
      '<p>China and Kazakhstan <b>traded</b> US$41 billion in 2023.<img src=x onerror="window.__pwned = 3"></p><script>window.__pwned = 4</script>',
    ),
  });
  await expect(page.getByTestId('article-review')).toBeVisible();
  await expect(page.getByTestId('article-text').locator('img, script, b')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});

// A projector, a tablet and a phone: every field of the article's details and of a figure's edit
// form is wide enough to read what is in it (the amount's long label once left its input a few
// pixels at 1024×768, and pushed it out of the column at 768×1024).
for (const [width, height, lang] of [
  [1024, 768, 'en'],
  [768, 1024, 'ja'],
  [390, 844, 'en'],
] as const) {
  test.describe(`${width}×${height} ${lang}`, () => {
    test.use({ viewport: { width, height } });
    test('every field of the review is readable, inside its column', async ({ page }) => {
      await page.goto(`/#lang=${lang}`);
      await waitForMap(page);
      await openDialog(page);
      await page.getByTestId('article-paste').fill(ARTICLE);
      await page.getByTestId('article-read').click();
      const figure = page.locator('[data-proposal="CHN-KAZ"] [data-figure]');
      await figure.getByRole('button', { name: lang === 'ja' ? '修正' : 'Edit' }).click();
      const fields = page.locator(
        '[data-testid="article-review"] :is(input:not([type="checkbox"]), select)',
      );
      await expect(figure.locator('select').first()).toBeVisible();
      const boxes = await fields.evaluateAll((els) =>
        els
          .filter((el) => (el as HTMLElement).offsetParent !== null)
          .map((el) => {
            const r = el.getBoundingClientRect();
            const column = el.closest('.left, .right')!.getBoundingClientRect();
            return {
              field: el.id || el.getAttribute('aria-label') || el.tagName,
              width: Math.round(r.width),
              inside: r.left >= column.left - 0.5 && r.right <= column.right + 0.5,
            };
          }),
      );
      // The article's five details and the figure's amount, currency, measure, direction, period.
      expect(boxes.length).toBeGreaterThanOrEqual(8);
      for (const b of boxes) {
        expect(b.width, b.field).toBeGreaterThanOrEqual(128);
        expect(b.inside, b.field).toBe(true);
      }
    });
  });
}
