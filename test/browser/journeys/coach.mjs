// The coach's working day: author a short active-listening scenario from the template, see its
// problems, fill it in, rehearse it in the preview, publish it, assign it to the Frontline
// Support team with a due date, then review the submission a team member makes (created here
// through the API, as the learner's own pages are tested by the employee's journey).
import { expectHeading, signIn, waitForPath } from '../lib/journey.mjs';

export const title = 'Coach authors, publishes and assigns a scenario, then reviews a submission';

const MODULE_TITLE = 'The refund that never came';

function inDays(days) {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The card of one turn of the conversation in the editor. */
function turn(page, id) {
  return page.locator('article.node-card').filter({ has: page.locator('h3 code', { hasText: new RegExp(`^${id}$`) }) });
}

async function fillCustomerTurn(card, { text, emotion, voice, body }) {
  await card.getByLabel('What the customer says').fill(text);
  await card.getByLabel('Emotion', { exact: true }).fill(emotion);
  await card.getByLabel('Tone of voice').fill(voice);
  await card.getByLabel('Body language').fill(body);
}

/** The learner's side, through the API with a bearer token: start, answer and submit. */
async function submitAsEmployee(baseUrl, moduleId) {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'employee@demo.test', password: 'footsteps-demo' }),
  });
  if (!login.ok) throw new Error(`employee login failed: ${login.status}`);
  const { token } = await login.json();
  const call = async (method, path, body) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} failed: ${response.status} ${text}`);
    return text ? JSON.parse(text) : undefined;
  };
  const started = await call('POST', `/api/modules/${moduleId}/attempts`, { practice: false });
  const saved = await call('PUT', `/api/attempts/${started.id}/answer`, {
    revision: started.revision,
    answer: {
      steps: [
        { nodeId: 'first-reply', optionId: 'acknowledge' },
        {
          nodeId: 'own-words',
          text: 'I am so sorry, you have waited three weeks and it sounds like this has really worried you. What would help you most right now?',
        },
      ],
    },
  });
  await call('POST', `/api/attempts/${started.id}/submit`, { revision: saved.revision });
  return started.id;
}

export default async function journey(t) {
  const page = await t.newPage();

  // Sign in straight into authoring.
  await page.goto('/authoring');
  await waitForPath(page, '/login');
  await signIn(page, 'coach@demo.test');
  await waitForPath(page, '/authoring');
  await t.check(page, 'authoring home', { heading: 'Authoring' });

  // The built-in library opens in the same editors: a purchase flow, a recall, a course.
  await page.getByRole('link', { name: 'Getting Mum to the wedding' }).click();
  await expectHeading(page, 'Getting Mum to the wedding');
  await page.getByRole('heading', { name: 'Stages', exact: true }).waitFor();
  await t.check(page, 'purchase-flow editor');
  await page.getByRole('button', { name: 'Preview as a learner' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('heading', { name: /^Stage 1 of / }).waitFor();
  await t.check(page, 'purchase-flow preview');
  await page.getByRole('link', { name: '← Authoring' }).click();
  await page.getByLabel('Kind', { exact: true }).selectOption('recall');
  await page.getByRole('link', { name: 'Your best and worst day as a customer' }).click();
  await expectHeading(page, 'Your best and worst day as a customer');
  await page.getByRole('heading', { name: 'Elements of an experience' }).waitFor();
  await t.check(page, 'recall editor');
  await page.getByRole('link', { name: '← Authoring' }).click();
  await page.getByRole('link', { name: 'Listening that puts things right' }).click();
  await expectHeading(page, 'Listening that puts things right');
  await page.getByRole('heading', { name: 'Modules, in order' }).waitFor();
  await t.check(page, 'course editor');
  await page.getByRole('link', { name: '← Authoring' }).click();
  await expectHeading(page, 'Authoring');

  // A new module starts from the kind's template.
  await page.getByRole('link', { name: 'New module' }).click();
  await expectHeading(page, 'New module');
  await t.check(page, 'choose a kind');
  await page.getByRole('radio', { name: /Active-listening scenario/ }).check();
  await page.getByLabel('Title', { exact: true }).fill(MODULE_TITLE);
  await page.getByRole('button', { name: 'Create and start writing' }).click();
  await expectHeading(page, MODULE_TITLE);
  const moduleId = new URL(page.url()).pathname.split('/').pop();
  await page.getByRole('heading', { name: /things to fix before publishing/ }).waitFor();
  await t.check(page, 'editor of the template, its problems listed');

  // By keyboard: a problem in the list leads to its field, even one inside a turn.
  for (const [problem, fieldId] of [
    ['Customer has no name', 'f-customer-name'],
    ['Node "calmer" has no text', 'f-nodes-2-text'],
  ]) {
    await page.getByRole('link', { name: problem }).focus();
    await page.keyboard.press('Enter');
    const focused = await page.evaluate(() => document.activeElement?.id);
    if (focused !== fieldId) throw new Error(`"${problem}" should focus #${fieldId}, focused #${focused}`);
  }

  // Fill in the framing and every turn the template left to write.
  await page.getByLabel('Industry', { exact: true }).fill('retail');
  await page.getByLabel('Introduction', { exact: true }).fill(
    'You answer the phone for an online shop. A customer calls about a refund she was promised three weeks ago.',
  );
  await page.getByLabel('Customer’s name').fill('Ines');
  await page.getByLabel('Who the customer is').fill('Returned a coat a month ago and was told the refund would take five days.');
  await fillCustomerTurn(turn(page, 'opening'), {
    text: 'This is the third time I am calling. You said five days. It has been three weeks and I still have nothing.',
    emotion: 'exasperated',
    voice: 'Clipped and fast',
    body: 'Pacing, by the sound of it',
  });
  const choice = turn(page, 'first-reply');
  await choice.getByLabel('What the learner says').nth(0).fill('Three weeks instead of five days, and you have had to call three times. I would be fed up too.');
  await choice.getByLabel('Feedback', { exact: true }).nth(0).fill('You named the wait and the repeated calls before anything else.');
  await choice.getByLabel('What the learner says').nth(1).fill('Let me look up the refund status for you.');
  await choice.getByLabel('Feedback', { exact: true }).nth(1).fill('Useful, but she still does not know you heard her.');
  await fillCustomerTurn(turn(page, 'calmer'), {
    text: 'Yes. Thank you. I just need to know when the money comes back.',
    emotion: 'relieved',
    voice: 'Slower',
    body: 'Sits down',
  });
  await fillCustomerTurn(turn(page, 'still-upset'), {
    text: 'You can look it up all you like, I have heard that twice already.',
    emotion: 'frustrated',
    voice: 'Sharp',
    body: 'Sighs loudly',
  });
  for (const [id, feels, summary] of [
    ['resolved', 'Listened to', 'Ines gets a date for her refund and a direct number to call if it slips.'],
    ['partial', 'Tired', 'The refund arrives, but Ines will not buy from the shop again soon.'],
  ]) {
    const ending = turn(page, id);
    await ending.getByLabel('How the customer feels as they leave').fill(feels);
    await ending.getByLabel('What happens next').fill(summary);
  }
  await page.getByText('No problems found: this module can be published.').waitFor();

  // On a phone-sized screen the editor reflows without scrolling sideways (WCAG 1.4.10).
  await page.setViewportSize({ width: 320, height: 720 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (overflow > 0) throw new Error(`the editor scrolls sideways by ${overflow}px at 320 px wide`);
  await t.check(page, 'editor on a phone');
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.getByRole('button', { name: 'Save', exact: true }).first().click();
  await page.getByText('All changes saved').waitFor();
  await t.check(page, 'editor, complete and saved');

  // Rehearse it as a learner: a choice, then a free-text reply read by the analyzer.
  await page.getByRole('button', { name: 'Preview as a learner' }).click();
  await page.getByRole('button', { name: 'Start the conversation' }).click();
  await page.getByRole('button', { name: /Three weeks instead of five days/ }).click();
  await page.getByLabel('Reply in your own words.').fill('I am sorry, that sounds exhausting. What would help you most today?');
  await page.getByRole('button', { name: 'Send reply' }).click();
  await page.locator('.ending-card h3').waitFor();
  await t.check(page, 'preview played to an ending');

  // Publish, then assign it to the Frontline Support team.
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText(/Published\. Learners you assign it to now get version 1\./).waitFor();
  await t.check(page, 'published');

  await page.getByRole('link', { name: 'Assign', exact: true }).click();
  await expectHeading(page, 'Assign a course or module');
  await page.getByRole('option', { name: MODULE_TITLE }).waitFor({ state: 'attached' });
  const chosen = await page.getByRole('combobox', { name: /^Module/ }).inputValue();
  if (chosen !== moduleId) throw new Error(`the assign form did not preselect the module (got "${chosen}")`);
  await page.getByRole('checkbox', { name: /Frontline Support/ }).check();
  await page.getByLabel('Due date').fill(inDays(14));
  await page.getByLabel('Note to the learners').fill('A short one before the holiday returns start.');
  await t.check(page, 'assign form filled in');
  await page.getByRole('button', { name: 'Assign', exact: true }).click();
  await expectHeading(page, 'Assigned');
  await page.getByText(`“${MODULE_TITLE}” is assigned to 4 people.`).waitFor();
  await t.check(page, 'assigned');
  await page.getByRole('link', { name: 'See all assignments' }).click();
  await expectHeading(page, 'Assignments');
  await page.getByRole('table').getByText(MODULE_TITLE).waitFor();
  await t.check(page, 'assignments list');
  const progress = page.getByRole('button', { name: `Progress on ${MODULE_TITLE} for Frontline Support` });
  await progress.click();
  await page.getByRole('table', { name: `Progress on “${MODULE_TITLE}”, assigned to Frontline Support` }).waitFor();
  await page.getByText('0 of 4 completed, none overdue').waitFor();
  if ((await progress.getAttribute('aria-expanded')) !== 'true') throw new Error('the Progress button does not say it is open');
  await t.check(page, 'progress on an assignment');

  // A team member submits the work; the coach finds it in the queue and reviews it.
  await submitAsEmployee(t.baseUrl, moduleId);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review', exact: true }).click();
  await expectHeading(page, 'Review');
  const link = page.getByRole('link', { name: `Maya Ortiz: ${MODULE_TITLE}` });
  await link.waitFor();
  await t.check(page, 'review queue');
  await link.click();
  await expectHeading(page, `Maya Ortiz: ${MODULE_TITLE}`);
  await t.check(page, 'the submitted work');

  const reply = page.getByRole('region', { name: 'Maya’s reply (written)' });
  await reply.getByRole('button', { name: /^Comment on/ }).click();
  await reply.getByLabel(/^Your comment on/).fill('Your open question gave her room to say what she needed. Keep that.');
  await reply.getByRole('button', { name: 'Post comment' }).click();
  await reply.getByText('Your open question gave her room').waitFor();

  const overall = page.getByRole('region', { name: 'Overall feedback' });
  await overall.getByLabel('Your comment on the whole attempt').fill('A calm conversation: you heard her before fixing anything.');
  await overall.getByRole('button', { name: 'Post comment' }).click();
  await overall.getByText('A calm conversation').waitFor();

  await page.getByRole('button', { name: 'Adjust the score' }).click();
  await page.getByLabel(/New score/).fill('90');
  await page.getByLabel(/^Reason/).fill('The reply named her frustration and invited her to say what would help.');
  await page.getByRole('button', { name: 'Set score' }).click();
  await page.getByText(/Score set\./).waitFor();
  await t.check(page, 'reviewed: comments and a new score');

  // The review page reflows on a phone-sized screen.
  await page.setViewportSize({ width: 320, height: 720 });
  await t.check(page, 'the review on a phone');
  await page.setViewportSize({ width: 1280, height: 860 });

  await page.goto('/review?status=reviewed');
  await expectHeading(page, 'Review');
  await page.getByRole('link', { name: `Maya Ortiz: ${MODULE_TITLE}` }).waitFor();
  await t.check(page, 'reviewed work in the queue');
}
