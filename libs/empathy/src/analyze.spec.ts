import { analyzeReply, EMPATHY_MAX_TEXT_LENGTH, EMPATHY_SCORE_WEIGHTS, type EmpathySignal } from '../src/index.js';

const signalsOf = (customer: string, reply: string): EmpathySignal[] => {
  const { signals } = analyzeReply({ customer, reply });
  return (Object.keys(signals) as EmpathySignal[]).filter((s) => signals[s]);
};
const has = (customer: string, reply: string, signal: EmpathySignal) => signalsOf(customer, reply).includes(signal);

const LATE = 'My order was supposed to arrive last Friday and it still is not here. I needed it for a birthday.';
const CHARGED = 'I was charged twice for the same hotel night and nobody has answered my emails.';
const ROUTER = 'The internet keeps cutting out every evening and I work from home.';

describe('emotion', () => {
  it.each([
    'That must be so stressful with the birthday coming up.',
    "I can understand why you're upset.",
    "I'm so sorry you were left waiting all week.",
    'That sounds really frustrating.',
    "I'd be annoyed too if I were you.",
    'Anyone would be disappointed by that.',
    "I can't imagine how stressful this week has been.",
    'How disappointing, right before the birthday.',
    "You shouldn't have had to chase us for this.",
    "I'm really sorry to hear your order hasn't turned up.",
  ])('counts "%s"', (reply) => expect(has(LATE, reply, 'emotion')).toBe(true));

  it.each([
    'Sorry for the inconvenience.',
    'We apologise for any inconvenience caused.',
    'Sorry about the delay. Your order will arrive on Monday.',
    'Sorry to hear that. Can I have your order number?',
    "I'm sorry.",
    'Thank you for your patience.',
    "I'm afraid the courier has not updated the tracking yet.",
  ])('does not count the stock phrase "%s"', (reply) => expect(has(LATE, reply, 'emotion')).toBe(false));

  it('does not count an apology taken back by "but" and an excuse', () => {
    expect(has(LATE, "I'm sorry you waited, but we are very busy at the moment.", 'emotion')).toBe(false);
    expect(has(LATE, "I understand you're frustrated, but that's our policy.", 'emotion')).toBe(false);
  });

  it('keeps an apology followed by "but" and a commitment', () => {
    expect(has(LATE, "I'm so sorry you missed the birthday, but I will make sure you get a refund today.", 'emotion')).toBe(true);
  });

  it('respects negation', () => {
    expect(has(LATE, "I don't understand why you're upset about a few days.", 'emotion')).toBe(false);
    expect(has(LATE, "It's not that hard to track a parcel.", 'emotion')).toBe(false);
    expect(has(ROUTER, 'A connection with no warning before it drops would worry anyone.', 'emotion')).toBe(true);
  });
});

describe('reflection', () => {
  it.each([
    'So the parcel was marked delivered but never came.',
    "It sounds like you've had to explain this three times.",
    'If I understand you correctly, the order should have arrived on Friday for a birthday.',
    'What I am hearing is that the order is late and the birthday has passed.',
    'You ordered it for a birthday and it still has not arrived.',
  ])('counts "%s"', (reply) => expect(has(LATE, reply, 'reflection')).toBe(true));

  it.each([
    'So you were charged twice for one night?',
    'You were charged twice for the same night, is that right?',
    'Charged twice and no answer to your emails?',
    'Have I got that right: two charges for one night?',
  ])('counts the yes/no check "%s" as reflection, not exploration', (reply) => {
    const s = signalsOf(CHARGED, reply);
    expect(s).toContain('reflection');
    expect(s).not.toContain('exploration');
  });

  it.each([
    'Please restart the router and try again.',
    'Go to Settings, then Network, and turn the router off and on.',
    "You could upgrade to our fibre plan so the internet doesn't cut out.",
    "I'll send an engineer to look at the internet connection this evening.",
    'Could you confirm the evening you noticed the internet cutting out?',
  ])('does not count an instruction, offer or question "%s"', (reply) => expect(has(ROUTER, reply, 'reflection')).toBe(false));
});

describe('exploration', () => {
  it.each([
    'What happened when you called us?',
    'Tell me more about what happened.',
    'How has this affected your work?',
    'Could you walk me through the evenings when it drops?',
    "I'd love to hear more about how you use the connection.",
    'What would help most right now?',
    'How are you feeling about it all?',
    'what happened after the last engineer visit',
  ])('counts "%s"', (reply) => expect(has(ROUTER, reply, 'exploration')).toBe(true));

  it.each([
    "What's your account number?",
    'What is the postcode for the address?',
    'What time does it usually drop?',
    'What router model do you have?',
    'Did you restart it?',
    'Have you tried turning it off and on again?',
    'How long has this been going on?',
    'When did it start?',
    'Is there anything else I can help with?',
    'Can you tell me your account number?',
    'How can I help you today?',
  ])('does not count the closed or data question "%s"', (reply) => expect(has(ROUTER, reply, 'exploration')).toBe(false));
});

describe('upsell', () => {
  it.each([
    'Our Premium Fibre plan would fix this for just $10 more a month.',
    'Have you considered upgrading to our Unlimited bundle?',
    'While I have you, we have a great deal on mesh routers this week.',
    'You might be interested in our Pro add-on, which boosts the signal.',
    'Switch to annual billing and save 20%.',
  ])('counts "%s"', (reply) => expect(has(ROUTER, reply, 'upsell')).toBe(true));

  it.each([
    "I'm not going to try to sell you a new plan; let's fix the connection first.",
    'I have upgraded your router free of charge as an apology.',
    "Your current plan already includes a free engineer visit, so you don't need to buy anything.",
    "I've credited a month's fee to your account.",
  ])('does not count "%s"', (reply) => expect(has(ROUTER, reply, 'upsell')).toBe(false));
});

describe('dismissal', () => {
  it.each([
    ['Please calm down.', 'feeling'],
    ["There's no need to get upset.", 'feeling'],
    ['You should have checked the tracking page.', 'blame'],
    ['It works fine for everyone else.', 'minimize'],
    ["It's only a few days late, it's not a big deal.", 'minimize'],
    ["That's our policy.", 'policy'],
    ["I'm afraid our terms and conditions don't allow refunds after 30 days.", 'policy'],
    ['Unfortunately there is nothing I can do.', 'policy'],
    ["That's not what our records say, the parcel was delivered.", 'argue'],
    ["I'm sorry, but we are very busy this week.", 'excuse'],
    ["I'm sorry you feel that way.", 'feeling'],
  ])('flags "%s"', (reply) => expect(has(LATE, reply, 'dismissal')).toBe(true));

  it.each([
    "It's not your fault at all.",
    "You didn't do anything wrong, and I'm sorry this happened.",
    "Don't worry, I'll find your parcel today.",
    "I'm so sorry you missed the birthday, but I'll refund the delivery now.",
    'What happened when you found out it was not covered?',
  ])('does not flag "%s"', (reply) => expect(has(LATE, reply, 'dismissal')).toBe(false));

  it('flags a policy refusal even after a polite acknowledgement', () => {
    const reply = 'I completely understand how frustrating this is. Unfortunately, our policy does not allow refunds after 14 days.';
    expect(signalsOf(LATE, reply)).toEqual(expect.arrayContaining(['emotion', 'dismissal']));
  });

  it("does not flag policy on the customer's side, or policy followed by what can be done", () => {
    expect(has(LATE, 'Our returns policy allows 30 days, so you are well within it.', 'dismissal')).toBe(false);
    expect(has(LATE, "Our policy normally covers 14 days, but let me see what I can do for you.", 'dismissal')).toBe(false);
  });

  it.each([
    'Tickets are closed automatically after seven days without a reply.',
    'Line faults are handled in order of reporting.',
    'Parts for that model are on back order across the country.',
  ])("flags a reply that only explains the company's side: %s", (reply) => {
    expect(has('My ticket was closed but the fault is still there.', reply, 'dismissal')).toBe(true);
  });

  it.each([
    "I've reopened the ticket and put it at the top of the queue.",
    'Your refund will reach your account on Monday.',
    'Could you send a photo of the fault?',
    'You can collect a replacement from the store today.',
  ])('does not flag a plain answer or action: "%s"', (reply) => {
    expect(has('My ticket was closed but the fault is still there.', reply, 'dismissal')).toBe(false);
  });

  it('catches insisting on the opposite of what the customer said', () => {
    expect(has('Your password reset emails never arrive.', 'They do arrive, check your spam folder.', 'dismissal')).toBe(true);
  });
});

describe('result', () => {
  it('computes the documented score', () => {
    const w = EMPATHY_SCORE_WEIGHTS;
    const best = analyzeReply({
      customer: LATE,
      reply: "So the order you needed for the birthday still hasn't arrived. That must be so upsetting. What would help most right now?",
    });
    expect(best.signals).toMatchObject({ emotion: true, reflection: true, exploration: true, upsell: false, dismissal: false });
    expect(best.score).toBe(Math.min(100, w.base + w.emotion + w.reflection + w.exploration));
    const worst = analyzeReply({ customer: LATE, reply: 'Calm down. You should have ordered earlier.' });
    expect(worst.score).toBe(Math.max(0, w.base + w.dismissal));
  });

  it('gives evidence spans that point into the reply', () => {
    const reply = "I’m so sorry you've been waiting — that must be stressful. What's happened since you ordered?";
    const { evidence } = analyzeReply({ customer: LATE, reply });
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) expect(reply.slice(e.start, e.end)).toBe(e.text);
  });

  it('suggests the most useful missing move', () => {
    expect(analyzeReply({ customer: LATE, reply: 'Your order will arrive on Monday.' }).suggestion).toMatch(/feeling/i);
    expect(analyzeReply({ customer: LATE, reply: 'That sounds stressful. What happened?' }).suggestion).toMatch(/own words/i);
    expect(analyzeReply({ customer: LATE, reply: 'Calm down, please.' }).suggestion).toMatch(/how to feel/i);
    expect(analyzeReply({ customer: LATE, reply: 'Our Premium delivery pass is only $5 a month.' }).suggestion).toMatch(/offer/i);
  });

  it('handles empty, odd and oversized input without crashing', () => {
    expect(analyzeReply({ customer: '', reply: '' }).score).toBe(0);
    expect(() => analyzeReply({ customer: 'constructor toString', reply: '__proto__ constructor hasOwnProperty valueOf 😀 ...' })).not.toThrow();
    const long = 'That must be so frustrating. '.repeat(1000);
    expect(long.length).toBeGreaterThan(EMPATHY_MAX_TEXT_LENGTH);
    expect(analyzeReply({ customer: LATE, reply: long }).signals.emotion).toBe(true);
  });

  it('rejects a reply that is not a string', () => {
    expect(() => analyzeReply({ customer: 'x', reply: 42 as unknown as string })).toThrow(TypeError);
  });
});
