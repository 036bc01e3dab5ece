// Browser tests: every journey in ./journeys walks the built Footsteps in Debian's Chromium,
// against the real API on a fresh PostgreSQL database. `npm run test:browser`.
//
//   node test/browser/run.mjs [filter]   run only journeys whose file name contains filter
//
// Adding a journey: drop a file in ./journeys exporting `title` and a default
// `async function (t)`; `t` is a Journey (lib/journey.mjs). Call `t.check(page, label)` on
// every page you visit: it runs axe and saves a screenshot under test-results/browser/.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium } from 'playwright-core';
import { Journey } from './lib/journey.mjs';
import { buildIfNeeded, createDatabase, ROOT, startApi } from './lib/stack.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RESULTS = join(ROOT, 'test-results/browser');
const JOURNEYS = new URL('./journeys/', import.meta.url).pathname;
const filter = process.argv[2];

const log = (message) => console.log(`[browser] ${message}`);
const cleanups = [];

async function cleanUp() {
  while (cleanups.length) {
    const step = cleanups.pop();
    try {
      await step();
    } catch (error) {
      console.error(`[browser] clean-up failed: ${error.message}`);
    }
  }
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await cleanUp();
    process.exit(130);
  });
}

async function main() {
  const files = readdirSync(JOURNEYS)
    .filter((file) => file.endsWith('.mjs') && (!filter || file.includes(filter)))
    .sort();
  if (files.length === 0) throw new Error(`no journey matches "${filter}"`);

  await buildIfNeeded(log);
  rmSync(RESULTS, { recursive: true, force: true });
  mkdirSync(RESULTS, { recursive: true });

  const database = await createDatabase();
  cleanups.push(async () => {
    await database.drop();
    log(`dropped database ${database.name}`);
  });
  log(`created database ${database.name}`);

  const api = await startApi({ databaseUrl: database.url, logFile: join(RESULTS, 'api.log') });
  cleanups.push(api.stop);
  log(`API up at ${api.baseUrl}`);

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  cleanups.push(() => browser.close());

  const failures = [];
  for (const file of files) {
    const module = await import(join(JOURNEYS, file));
    const title = module.title ?? file;
    const journey = new Journey({ browser, baseUrl: api.baseUrl, title, resultsDir: RESULTS });
    const started = Date.now();
    try {
      await module.default(journey);
    } catch (error) {
      journey.problems.unshift(error.message);
      const pages = (journey.contexts ?? []).flatMap((context) => context.pages());
      for (const [index, page] of pages.entries()) {
        const file = join(journey.dir, `failure-${index + 1}.png`);
        await page.screenshot({ path: file, fullPage: true }).catch(() => {});
        journey.problems.push(`screenshot at failure: ${relative(ROOT, file)}`);
      }
    } finally {
      await journey.close();
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (journey.problems.length === 0) {
      log(`✓ ${title} (${journey.screenshots.length} pages checked, ${seconds} s)`);
    } else {
      log(`✗ ${title} (${seconds} s)`);
      for (const problem of journey.problems) log(`    ${problem}`);
      failures.push(title);
    }
  }

  log(`screenshots and the API log: ${relative(ROOT, RESULTS)}/`);
  if (failures.length) {
    throw new Error(`${failures.length} of ${files.length} journeys failed: ${failures.join('; ')}`);
  }
  log(`all ${files.length} journeys passed`);
}

let failed = false;
try {
  await main();
} catch (error) {
  failed = true;
  console.error(`[browser] FAILED: ${error.message}`);
} finally {
  await cleanUp();
}
process.exit(failed ? 1 : 0);
