import { expectHeading } from '../lib/journey.mjs';
import { signInJourney } from '../lib/role-journey.mjs';

export const title = 'Employee signs in with the keyboard alone, finds their learning, downloads their data, logs out';

const walk = signInJourney({
  email: 'employee@demo.test',
  firstName: 'Maya',
  nav: ['Home', 'My learning'],
  deepLink: '/learning',
  deepLinkHeading: 'My learning',
  // Keyboard only: the first Tab lands in the e-mail field, Enter submits.
  signInWith: async (page) => {
    await page.keyboard.press('Tab');
    await page.keyboard.type('employee@demo.test');
    await page.keyboard.press('Tab');
    await page.keyboard.type('footsteps-demo');
    await page.keyboard.press('Enter');
  },
});

export default async function journey(t) {
  await walk(t);

  // An address outside the employee's roles says so instead of showing anything.
  const page = await t.newPage();
  await page.goto('/login');
  await page.getByLabel('Work e-mail').fill('employee@demo.test');
  await page.getByLabel('Password').fill('footsteps-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expectHeading(page, 'Welcome, Maya');

  // The skip link is the first stop for the keyboard and moves focus to the page.
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
  if (focused !== 'Skip to main content') throw new Error(`the first Tab reached "${focused}", not the skip link`);
  await t.check(page, 'skip link focused');
  await page.keyboard.press('Enter');
  const target = await page.evaluate(() => document.activeElement?.id);
  if (target !== 'main') throw new Error(`the skip link moved focus to "${target}", not the main content`);

  // "Download my data" in the header hands over the person's own data as a file.
  const href = await page.getByRole('banner').getByRole('link', { name: 'Download my data' }).getAttribute('href');
  const exported = await page.evaluate(async (url) => {
    const r = await fetch(url);
    return { status: r.status, disposition: r.headers.get('content-disposition'), body: await r.json() };
  }, href);
  if (exported.status !== 200 || !exported.disposition?.startsWith('attachment') || exported.body.person?.email !== 'employee@demo.test') {
    throw new Error(`Download my data answered ${exported.status} (${exported.disposition}) for ${exported.body.person?.email}`);
  }

  await page.goto('/admin/people');
  await expectHeading(page, 'People');
  await page.getByText('Your roles in this organization do not include this page.').waitFor();
  await t.check(page, 'not allowed');
}
