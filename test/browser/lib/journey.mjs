// What a journey gets to work with: a fresh browser context, and helpers that check every
// page it visits (axe, console errors) and save a screenshot of it.
import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './stack.mjs';

export const DEMO_PASSWORD = 'footsteps-demo';

/** Console messages a browser logs for answers the app expects (e.g. the 401 of a signed-out check). */
const EXPECTED_CONSOLE = [/Failed to load resource: the server responded with a status of 40[19]/];

function slug(text) {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export class Journey {
  constructor({ browser, baseUrl, title, resultsDir }) {
    this.browser = browser;
    this.baseUrl = baseUrl;
    this.title = title;
    this.dir = join(resultsDir, slug(title));
    this.problems = [];
    this.screenshots = [];
    this.shot = 0;
    mkdirSync(this.dir, { recursive: true });
  }

  /** A fresh browser context (own cookies) with one page, watched for errors. */
  async newPage() {
    const context = await this.browser.newContext({ baseURL: this.baseUrl, viewport: { width: 1280, height: 860 } });
    this.contexts = [...(this.contexts ?? []), context];
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => this.problems.push(`uncaught error in the page: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      if (EXPECTED_CONSOLE.some((pattern) => pattern.test(text))) return;
      this.problems.push(`console error on ${page.url()}: ${text}`);
    });
    return page;
  }

  /**
   * Checks the page as it is now: waits for the heading, runs axe and records every violation,
   * and saves a screenshot. Call it on every page (and every state worth seeing) a journey visits.
   */
  async check(page, label, { heading } = {}) {
    if (heading) await expectHeading(page, heading);
    await page.waitForLoadState('networkidle').catch(() => {});
    this.shot += 1;
    const file = join(this.dir, `${String(this.shot).padStart(2, '0')}-${slug(label)}.png`);
    await page.screenshot({ path: file, fullPage: true });
    this.screenshots.push(relative(ROOT, file));
    const result = await new AxeBuilder({ page }).analyze();
    for (const violation of result.violations) {
      const where = violation.nodes.map((node) => node.target.join(' ')).join(', ');
      this.problems.push(
        `axe ${violation.id} (${violation.impact}) on "${label}" ${new URL(page.url()).pathname}: ${violation.help} [${where}]`,
      );
    }
  }

  async close() {
    for (const context of this.contexts ?? []) await context.close().catch(() => {});
  }
}

export async function expectHeading(page, name) {
  const heading = page.getByRole('heading', { level: 1, name, exact: true });
  try {
    await heading.waitFor({ state: 'visible' });
  } catch {
    const actual = await page
      .getByRole('heading', { level: 1 })
      .allTextContents()
      .catch(() => []);
    throw new Error(`expected the page heading "${name}" on ${page.url()}, found ${JSON.stringify(actual)}`);
  }
}

export function expectPath(page, pathWithSearch) {
  const url = new URL(page.url());
  const actual = `${url.pathname}${url.search}`;
  if (actual !== pathWithSearch) throw new Error(`expected to be at ${pathWithSearch}, but at ${actual}`);
}

export async function waitForPath(page, pathname) {
  await page.waitForURL((url) => url.pathname === pathname);
}

/** Fills in and submits the login form (the page must show it). */
export async function signIn(page, email, password = DEMO_PASSWORD) {
  await page.getByLabel('Work e-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function navLinks(page) {
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.waitFor();
  return (await nav.getByRole('link').allTextContents()).map((text) => text.trim());
}

export function expectEqual(actual, expected, what) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}
