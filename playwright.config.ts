import { defineConfig, devices } from '@playwright/test';
import chromium from './scripts/chromium.json' with { type: 'json' };

const port = Number(process.env.E2E_PORT ?? 4173);
/** The same app built from test-results/fixture-data (real data + invented, hostile documents). */
const fixturePort = port + 1;
const chromiumArgs = chromium.args;

/**
 * E2E runs against the production build served by `vite preview` (what a classroom gets).
 * `npm test` builds first; the browser is Debian's Chromium (Playwright cannot download one here).
 */
export default defineConfig({
  testDir: 'e2e',
  // Not test-results/ itself: the unit-test report and the fixture data live there.
  outputDir: 'test-results/playwright',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Any test on either worker, so the two finish together (a long file no longer holds one
  // worker while the other idles). Tests that share a page keep to one worker: the legibility
  // describes opt out (mode 'default'); the shared page of fixtures.ts is one per worker.
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1280, height: 800 },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: /(no-webgl|fixture-data)\.spec\.ts/,
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        launchOptions: { executablePath: chromium.path, args: chromiumArgs },
      },
    },
    {
      name: 'fixture-data',
      testMatch: /fixture-data\.spec\.ts/,
      use: {
        ...devices['Desktop Chrome'],
        baseURL: `http://127.0.0.1:${fixturePort}/`,
        viewport: { width: 1280, height: 800 },
        launchOptions: { executablePath: chromium.path, args: chromiumArgs },
      },
    },
    {
      name: 'no-webgl',
      testMatch: /no-webgl\.spec\.ts/,
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath: chromium.path,
          args: [
            ...chromiumArgs.filter((a) => !/swiftshader|gpu/.test(a)),
            '--disable-webgl',
            '--disable-3d-apis',
          ],
        },
      },
    },
  ],
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx vite preview --outDir dist-fixture --host 127.0.0.1 --port ${fixturePort} --strictPort`,
      url: `http://127.0.0.1:${fixturePort}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
