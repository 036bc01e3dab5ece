// The journey every demo person walks: a deep link while signed out leads to login and back,
// navigation shows exactly what the roles allow, every page in it passes axe, a reload keeps
// the page, and logging out ends the session.
import { expectEqual, expectHeading, expectPath, navLinks, signIn, waitForPath } from './journey.mjs';

/**
 * @param {object} person
 * @param {string} person.email
 * @param {string} person.firstName  as greeted on the home page
 * @param {string[]} person.nav      the links the main navigation must show, in order
 * @param {string} person.deepLink   a page of theirs to open before signing in and to reload
 * @param {string} person.deepLinkHeading  that page's heading
 * @param {(page: import('playwright-core').Page, t: import('./journey.mjs').Journey) => Promise<void>} [person.signInWith]
 */
export function signInJourney({ email, firstName, nav, deepLink, deepLinkHeading, signInWith }) {
  return async function journey(t) {
    const page = await t.newPage();

    await page.goto(deepLink);
    await waitForPath(page, '/login');
    expectPath(page, `/login?next=${encodeURIComponent(deepLink)}`);
    await t.check(page, 'sign in', { heading: 'Sign in' });
    if (signInWith) await signInWith(page, t);
    else await signIn(page, email);

    await waitForPath(page, deepLink);
    await expectHeading(page, deepLinkHeading);
    expectEqual(await navLinks(page), nav, `navigation for ${email}`);

    await page.reload();
    await expectHeading(page, deepLinkHeading);
    expectPath(page, deepLink);
    await t.check(page, `${deepLinkHeading} after reload`);

    const mainNav = page.getByRole('navigation', { name: 'Main' });
    for (const label of nav) {
      await mainNav.getByRole('link', { name: label, exact: true }).click();
      const heading = label === 'Home' ? `Welcome, ${firstName}` : label;
      await expectHeading(page, heading);
      const current = mainNav.getByRole('link', { name: label, exact: true });
      if ((await current.getAttribute('aria-current')) !== 'page') {
        throw new Error(`"${label}" is not marked as the current page in the navigation`);
      }
      await t.check(page, label);
    }

    // On a phone-sized screen the layout reflows (WCAG 1.4.10) and still passes axe.
    await page.setViewportSize({ width: 320, height: 720 });
    await t.check(page, `${nav.at(-1)} on a phone`);
    await page.setViewportSize({ width: 1280, height: 860 });

    await page.getByRole('button', { name: 'Log out' }).click();
    await waitForPath(page, '/login');
    await page.getByText('You have logged out.').waitFor();
    await t.check(page, 'logged out', { heading: 'Sign in' });

    // The session is really gone: the same deep link asks to sign in again.
    await page.goto(deepLink);
    await waitForPath(page, '/login');
    await expectHeading(page, 'Sign in');
  };
}
