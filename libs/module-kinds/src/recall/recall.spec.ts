import { ctx } from '../testing.js';
import { recallKind } from './kind.js';
import { recallTallies } from './tallies.js';
import { recallSample } from './sample.js';
import type { RecallAnswer } from './answer.js';

const complete: RecallAnswer = {
  best: {
    what: 'My flight was cancelled late at night and the gate agent rebooked me, found me a hotel and wrote down her direct number before I even asked.',
    where: 'An airline at a busy airport',
    elements: [
      { key: 'attitude', note: 'She smiled at me while a hundred people were shouting.' },
      { key: 'follow-through', note: 'She called the next morning to check I had made the new flight.' },
      { key: 'effort', note: 'I did not have to do anything at all myself.' },
    ],
    feltThen: 5,
    feltNow: 4,
    whyItStuck: 'I expected chaos and got someone who treated me as a person with a problem, right at the worst moment of the trip.',
  },
  worst: {
    what: 'My bank froze my card abroad and I spent two hours on hold, repeating my details to four different people.',
    where: 'A retail bank helpline',
    elements: [
      { key: 'effort', note: 'Four transfers, each one asked for my date of birth again.' },
      { key: 'knowledge', note: 'Nobody knew why the card was frozen or who could lift it.' },
    ],
    feltThen: 5,
    feltNow: 3,
    whyItStuck: 'I was stranded, and nobody owned my problem even though every one of them could see it.',
  },
  reflection: {
    createdSimilar: 'yes',
    stageKey: 'support',
    unitId: 'u-billing',
    note: 'Our billing line transfers customers between teams and each team asks for the account number again, exactly like my bank did to me.',
  },
  analogy: { industry: 'Hospitals', lesson: 'A good hospital hands a patient over with notes, so the next person never asks the same question twice.' },
  action: { text: 'I will write the account number into every transfer note I hand to another team.', byDate: '2027-01-31' },
  sharing: { consent: true, story: 'A bank froze a card abroad and nobody owned the problem for two hours.' },
};

describe('recall kind', () => {
  it('accepts the sample content', () => {
    expect(recallKind.validateContent(recallSample)).toEqual({ ok: true, value: recallSample });
  });

  it('names the element and field at fault in broken content', () => {
    const broken = structuredClone(recallSample) as Record<string, unknown> & typeof recallSample;
    broken.elements[1] = { ...broken.elements[1]!, hint: '' };
    broken.elements[2] = { ...broken.elements[2]!, key: 'speed' };
    broken.minElements = 40;
    const result = recallKind.validateContent(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(
      expect.arrayContaining([
        { path: 'elements.1.hint', message: 'Element "attitude" has no hint' },
        { path: 'elements.2.key', message: 'Element key "speed" is used more than once' },
        { path: 'minElements', message: 'Content asks for 40 elements but the taxonomy has only 8' },
      ]),
    );
  });

  it('accepts a partial draft and rejects unknown keys, stages and teams', () => {
    expect(recallKind.validateDraft(recallSample, {}, ctx).ok).toBe(true);
    expect(recallKind.validateDraft(recallSample, { best: { what: 'half a sto' } }, ctx).ok).toBe(true);
    const bad = recallKind.validateDraft(
      recallSample,
      {
        best: { elements: [{ key: 'speed' }, { key: 'smell' }, { key: 'speed' }] },
        reflection: { stageKey: 'moon', unitId: 'u-nowhere' },
      },
      ctx,
    );
    expect(bad).toEqual({
      ok: false,
      errors: [
        { path: 'best.elements.1.key', message: 'Best experience: element "smell" is not in this module\'s list of elements' },
        { path: 'best.elements.2.key', message: 'Best experience: element "speed" is chosen twice' },
        { path: 'reflection.stageKey', message: 'Reflection: journey stage "moon" is not one of this module\'s stages' },
        { path: 'reflection.unitId', message: 'Reflection: owning team "u-nowhere" is not a department or team of this organization' },
      ],
    });
  });

  it('rejects a draft of the wrong shape, naming the field', () => {
    const bad = recallKind.validateDraft(recallSample, { best: { feltThen: 9 }, extra: 1 }, ctx);
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors.map((e) => e.path).sort()).toEqual(['', 'best.feltThen']);
    expect(bad.errors.find((e) => e.path === 'best.feltThen')!.message).toMatch(/^Best experience: rating of how strongly it was felt then: too big/);
    expect(bad.errors.find((e) => e.path === '')!.message).toBe('Answer has unknown field "extra"');
  });

  it('names every missing part of an incomplete submission', () => {
    const draft = {
      best: { what: 'x', where: 'a bakery', elements: [{ key: 'attitude', note: '' }], feltThen: 4 },
      reflection: { createdSimilar: 'yes' },
      sharing: { consent: true },
    };
    const result = recallKind.validateSubmission(recallSample, draft, ctx);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = result.errors.map((e) => e.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        'Best experience needs at least 2 elements (has 1)',
        'Best experience: element "attitude" has no note',
        'Best experience has no rating of how strongly it is felt now',
        'Best experience has no answer to why it stuck',
        'Worst experience has no account of what happened',
        'Reflection has no journey stage',
        'Reflection has no owning team',
        'Reflection has no note',
        'Analogy has no similar industry',
        'Committed action is missing',
        'Sharing has no anonymized story',
      ]),
    );
    expect(messages).not.toContain('Best experience has no account of what happened');
  });

  it('does not ask where in the journey when the learner says we never create it', () => {
    const answer = structuredClone(complete);
    answer.reflection = { createdSimilar: 'no', note: 'We have no phone line at all, customers only write to us by e-mail.' };
    answer.sharing = { consent: false };
    expect(recallKind.validateSubmission(recallSample, answer, ctx).ok).toBe(true);
  });

  it('accepts a complete submission and scores it by the documented rubric', () => {
    const result = recallKind.validateSubmission(recallSample, complete, ctx);
    expect(result.ok).toBe(true);
    const scored = recallKind.score(recallSample, complete, ctx);
    // best: 8 + 9 (3 elements explained) + 5; worst: 8 + 6 + 5; reflection 25; analogy 10; action 15.
    expect(scored.points).toBe(22 + 19 + 25 + 10 + 15);
    expect(scored.maxPoints).toBe(100);
    expect(scored.score).toBe(91);
    expect(scored.lines.find((l) => l.rule === 'worst.elements')).toMatchObject({ points: 6, maxPoints: 12 });
  });

  it('gives partial points to thin answers and explains why', () => {
    const thin = structuredClone(complete);
    thin.best.what = 'Great flight.';
    thin.best.elements = thin.best.elements.map((e) => ({ ...e, note: 'Nice.' }));
    thin.action = { text: 'Be nicer.' };
    const scored = recallKind.score(recallSample, thin, ctx);
    expect(scored.lines.find((l) => l.rule === 'best.story')).toMatchObject({ points: 4, reason: expect.stringContaining('2 words') });
    expect(scored.lines.find((l) => l.rule === 'best.elements')).toMatchObject({ points: 0 });
    expect(scored.lines.find((l) => l.rule === 'action.byDate')).toMatchObject({ points: 0 });
    expect(scored.score).toBeLessThan(91);
  });

  it('counts progress by the same parts the submission requires', () => {
    const empty = recallKind.progress(recallSample, undefined);
    expect(empty.done).toBe(0);
    const full = recallKind.progress(recallSample, complete);
    expect(full.done).toBe(full.total);
    const half = recallKind.progress(recallSample, { best: complete.best });
    expect(half.done).toBeGreaterThan(0);
    expect(half.done).toBeLessThan(half.total);
  });

  it('summarizes without any of the learner\'s words', () => {
    const summary = recallKind.summarize(recallSample, complete, ctx);
    expect(summary).toEqual({
      best: { elementKeys: ['attitude', 'follow-through', 'effort'], feltThen: 5, feltNow: 4 },
      worst: { elementKeys: ['effort', 'knowledge'], feltThen: 5, feltNow: 3 },
      createdSimilar: 'yes',
      stageKey: 'support',
      unitId: 'u-billing',
      analogyIndustry: 'Hospitals',
      actionHasDate: true,
      sharingConsent: true,
    });
  });
});

describe('recallTallies', () => {
  it('counts elements, reflections and feelings across answers', () => {
    const other = structuredClone(complete);
    other.reflection = { createdSimilar: 'unsure', stageKey: 'billing', unitId: 'u-billing', note: 'Maybe in our invoices.' };
    other.sharing = { consent: false };
    other.best.feltThen = 3;
    const tallies = recallTallies([recallKind.summarize(recallSample, complete, ctx), recallKind.summarize(recallSample, other, ctx)]);
    expect(tallies).toEqual({
      answers: 2,
      elements: {
        best: { attitude: 2, 'follow-through': 2, effort: 2 },
        worst: { effort: 2, knowledge: 2 },
      },
      createdSimilar: { yes: 1, no: 0, unsure: 1 },
      stages: { support: 1, billing: 1 },
      units: { 'u-billing': 2 },
      feeling: { best: { then: 4, now: 4 }, worst: { then: 5, now: 3 } },
      sharingConsents: 1,
    });
    expect(recallTallies([]).feeling).toBeNull();
  });
});
