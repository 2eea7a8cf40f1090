// npm run audit: Lighthouse (the npm package, with Debian's Chromium) on the production build
// served locally. Prints the accessibility and best-practices scores; exits 1 below 95.
import { spawn } from 'node:child_process';
import { writeFileSync, mkdirSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import chromium from './chromium.json' with { type: 'json' };

const TARGET = 95;
const port = Number(process.env.AUDIT_PORT ?? 4180);
const url = `http://127.0.0.1:${port}/#lang=en`;

// Vite itself, not through npx: killing npx would leave its child serving (and this script hanging).
const server = spawn(
  process.execPath,
  [
    'node_modules/vite/bin/vite.js',
    'preview',
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--strictPort',
  ],
  {
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
await new Promise((resolve, reject) => {
  server.stdout.on('data', (d) => String(d).includes(String(port)) && resolve(undefined));
  server.on('exit', (code) =>
    reject(
      new Error(
        `vite preview exited (${code}): run npm run build first, or free port ${port} (AUDIT_PORT)`,
      ),
    ),
  );
});

let chrome;
let failed;
try {
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? chromium.path,
    chromeFlags: ['--headless=new', '--no-sandbox', ...chromium.args],
  });
  const result = await lighthouse(url, {
    port: chrome.port,
    output: 'json',
    onlyCategories: ['accessibility', 'best-practices'],
    formFactor: 'desktop',
    screenEmulation: {
      mobile: false,
      width: 1280,
      height: 800,
      deviceScaleFactor: 1,
      disabled: false,
    },
    throttlingMethod: 'provided',
    logLevel: 'error',
  });
  const categories = result.lhr.categories;
  const rows = Object.values(categories).map((c) => ({
    category: c.title,
    score: Math.round((c.score ?? 0) * 100),
  }));
  console.log('\n| Lighthouse category | score | target |\n| --- | --- | --- |');
  for (const r of rows)
    console.log(`| ${r.category} | ${r.score} | ≥ ${TARGET} ${r.score >= TARGET ? '✓' : '✗'} |`);
  const failing = Object.values(result.lhr.audits)
    .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
    .map((a) => `- ${a.id}: ${a.title}`);
  if (failing.length) console.log(`\nAudits not passed:\n${failing.join('\n')}`);
  mkdirSync('bench', { recursive: true });
  writeFileSync(
    'bench/audit.json',
    JSON.stringify({ date: new Date().toISOString(), url, scores: rows, failing }, null, 2),
  );
  failed = rows.some((r) => r.score < TARGET);
} finally {
  await chrome?.kill();
  server.kill();
}
process.exit(failed ? 1 : 0);
