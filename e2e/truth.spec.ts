/**
 * What the map claims is what the documents say: arc widths in a readable ratio, nothing drawn
 * before its first dated evidence, and country names painted over the arcs.
 */
import { expect, test, type Page } from './fixtures';
import { colorsAt, distance, hex } from './pixels';

// Each test loads the app one to three times; on a loaded machine one load can take a minute.
test.describe.configure({ timeout: 240_000 });

/** Opens the app at `hash` and waits until its map and arcs are painted. */
async function open(page: Page, hash: string): Promise<void> {
  await page.goto(`/${hash}`);
  // A new hash alone does not reload the page.
  await page.reload();
  await page.waitForFunction(
    () => document.querySelector('[data-map-ready="true"]') !== null,
    null,
    { timeout: 200_000 },
  );
}

async function arcs(
  page: Page,
): Promise<{ link: string; style: string; width: number; value: number }[]> {
  return page.locator('[data-arc]').evaluateAll((els) =>
    els.map((el) => ({
      link: el.getAttribute('data-link')!,
      style: el.getAttribute('data-style')!,
      width: Number(el.getAttribute('data-width')),
      value: Number(el.getAttribute('data-value') || NaN),
    })),
  );
}

test('widths of real links are at least in the ratio of the square root of their values', async ({
  page,
}) => {
  await open(page, '#lang=en');
  const sized = (await arcs(page)).filter((a) => Number.isFinite(a.value));
  const max = Math.max(...sized.map((a) => a.value));
  // Every pair within the top two orders of magnitude (Kazakhstan–Russia and Kazakhstan–South
  // Korea in the documents).
  const top = sized.filter((a) => a.value >= max / 100);
  expect(top.length).toBeGreaterThanOrEqual(2);
  for (const a of top) {
    for (const b of top) {
      if (a.value <= b.value) continue;
      expect(a.width / b.width, `${a.link} vs ${b.link}`).toBeGreaterThanOrEqual(
        Math.sqrt(a.value / b.value) - 0.01,
      );
    }
  }
  // The legend shows widths of figures from the data, and the minimum with its "under" value.
  const legend = page.getByTestId('legend');
  await expect(legend.locator('[data-legend-width]')).not.toHaveCount(0);
  await expect(legend).toContainText('Under $');
});

test('a date before a link’s first dated evidence does not draw it as that kind', async ({
  page,
}) => {
  await open(page, '#lang=en&date=1992-06-01');
  const early = await arcs(page);
  // North Korea–Ukraine: relations set up in January 1992, the combat only in 2024.
  expect(early.filter((a) => a.link === 'PRK-UKR').map((a) => a.style)).toEqual(['diplomatic']);
  // Ties known only from documents of 2023–2024 are not drawn in 1992.
  for (const link of ['UKR-USA', 'GBR-UKR', 'FRA-UKR', 'KOR-PRK', 'RUS-USA', 'KAZ-RUS']) {
    expect(
      early.some((a) => a.link === link),
      link,
    ).toBe(false);
  }
  // The legend explains exactly the styles drawn.
  const shown = [...new Set(early.map((a) => a.style))].sort();
  const legend = await page
    .getByTestId('legend')
    .locator('[data-legend-style]')
    .evaluateAll((els) =>
      els
        .map((el) => el.getAttribute('data-legend-style')!)
        .filter((s) => s !== 'severed' && s !== 'directed'),
    );
  expect(legend.sort()).toEqual(shown.filter((s) => s !== 'trade'));
});

test('the 2023 trade total of Kazakhstan–Russia is known at the end of 2023, not before', async ({
  page,
}) => {
  await open(page, '#lang=en&date=2023-06-01');
  expect((await arcs(page)).some((a) => a.link === 'KAZ-RUS')).toBe(false);
  await open(page, '#lang=en&date=2023-12-31');
  expect((await arcs(page)).find((a) => a.link === 'KAZ-RUS')?.style).toBe('trade');
});

/** The screen box of a country name painted over the arcs. */
/** `iso3` is the first of `wanted` whose name MapLibre placed at this zoom. */
async function labelBox(page: Page, wanted: readonly string[]) {
  const canvas = page.getByTestId('arc-canvas');
  // The names are read once MapLibre has placed them (its `idle`).
  const read = async () =>
    JSON.parse((await canvas.getAttribute('data-labels')) ?? '[]') as {
      iso3: string;
      x: number;
      y: number;
      w: number;
      h: number;
    }[];
  await expect
    .poll(async () => (await read()).some((b) => wanted.includes(b.iso3)), { timeout: 60_000 })
    .toBe(true);
  const boxes = await read();
  const box = wanted.map((w) => boxes.find((b) => b.iso3 === w)).find(Boolean)!;
  const map = (await page.getByTestId('arc-canvas').boundingBox())!;
  return {
    iso3: box.iso3,
    left: map.x + box.x - box.w / 2,
    top: map.y + box.y,
    w: box.w,
    h: box.h,
  };
}

function grid(b: { left: number; top: number; w: number; h: number }, pad = 0): [number, number][] {
  const points: [number, number][] = [];
  for (let y = b.top - pad; y <= b.top + b.h + pad; y += 1)
    for (let x = b.left - pad; x <= b.left + b.w + pad; x += 1) points.push([x, y]);
  return points;
}

test('country names are painted above the arcs that cross them', async ({ page }) => {
  const arcColors = await (async () => {
    await open(page, '#lang=en');
    return page
      .locator('[data-arc] path.line')
      .evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('stroke')!))]);
  })();
  const ink = hex('#1f1f1f');
  const isArc = (c: [number, number, number]) => arcColors.some((a) => distance(c, hex(a)) < 40);
  const isInk = (c: [number, number, number]) => distance(c, ink) < 60;

  // With every arc drawn: arcs pass through North Korea's name (the box around it holds arc
  // colours), yet its letters are all there.
  // North Korea's name where MapLibre shows it; at a world view it may give way to South Korea's.
  const box = await labelBox(page, ['PRK', 'KOR']);
  const around = await colorsAt(page, grid(box, 8));
  expect(around.filter(isArc).length, 'an arc crosses the name').toBeGreaterThan(20);
  const withArcs = (await colorsAt(page, grid(box))).filter(isInk).length;

  // Before any link is dated, no arc: the same name, the same letters.
  await open(page, '#lang=en&date=1992-01-01');
  await expect(page.locator('[data-arc]')).toHaveCount(0);
  const bare = await labelBox(page, [box.iso3]);
  // The name may sit at another of its anchors (the names MapLibre has placed so far differ
  // from one load to the next); its letters are the same ink wherever it sits.
  const without = (await colorsAt(page, grid(bare))).filter(isInk).length;
  expect(without).toBeGreaterThan(30);
  expect(withArcs / without).toBeGreaterThan(0.9);
});
