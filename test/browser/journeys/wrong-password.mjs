import { expectHeading, expectPath, signIn } from '../lib/journey.mjs';

export const title = 'A wrong password is refused with a clear message';

export default async function journey(t) {
  const page = await t.newPage();
  await page.goto('/');
  await expectHeading(page, 'Sign in');

  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText('Enter your work e-mail address.').waitFor();
  await t.check(page, 'empty form');

  await signIn(page, 'employee@demo.test', 'not-the-password');
  const alert = page.getByRole('alert');
  await alert.waitFor();
  const text = (await alert.textContent()) ?? '';
  if (!text.includes('do not match an account')) throw new Error(`unexpected error message: "${text}"`);
  expectPath(page, '/login');
  await t.check(page, 'wrong password');
}
