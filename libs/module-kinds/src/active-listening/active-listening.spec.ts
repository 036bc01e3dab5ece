import { jest } from '@jest/globals';
import { analyzeReply } from '#empathy';
import type { AnalyzeFn } from '../context.js';
import { ctx, fakeAnalyze, units } from '../testing.js';
import type { ActiveListeningAnswer, Step } from './answer.js';
import type { ActiveListeningContent, ScenarioNode } from './content.js';
import { activeListeningKind } from './kind.js';
import { conditionHolds, replay } from './replay.js';
import { activeListeningSample as sample } from './sample.js';

const WARM = 'You stayed home all day and it never came, that is so frustrating. What would work best for you?';
const FLAT = 'Okay, I can arrange something.';
const COLD = 'That is our policy, the driver will try again tomorrow.';

function withNodes(edit: (nodes: ScenarioNode[]) => ScenarioNode[]): ActiveListeningContent {
  const copy = structuredClone(sample) as ActiveListeningContent;
  copy.nodes = edit(copy.nodes);
  return copy;
}

function messages(result: { ok: boolean } & ({ ok: true } | { ok: false; errors: { message: string }[] })): string[] {
  return result.ok ? [] : result.errors.map((e) => e.message);
}

describe('active-listening content', () => {
  it('accepts the sample scenario', () => {
    expect(activeListeningKind.validateContent(sample)).toEqual({ ok: true, value: sample });
  });

  it('rejects an unreachable node, naming it', () => {
    const content = withNodes((nodes) => [
      ...nodes,
      { id: 'orphan', type: 'ending', outcome: 'lost', customerFeels: 'Forgotten', summary: 'Nobody ever gets here.', mood: 1 },
    ]);
    expect(activeListeningKind.validateContent(content)).toEqual({
      ok: false,
      errors: [{ path: 'nodes.13', message: 'Node "orphan" cannot be reached from the start node "open"' }],
    });
  });

  it('rejects a missing target, naming the node and the option', () => {
    const content = withNodes((nodes) =>
      nodes.map((n) =>
        n.type === 'choice' && n.id === 'recover'
          ? { ...n, options: n.options.map((o) => (o.id === 'policy' ? { ...o, next: 'manager' } : o)) }
          : n,
      ),
    );
    const result = activeListeningKind.validateContent(content);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual({
      path: 'nodes.5.options.1.next',
      message: 'Node "recover": option "policy" leads to "manager", which does not exist',
    });
  });

  it('rejects a dead end (a loop with no way to an ending), naming each node in it', () => {
    const content = withNodes((nodes) => [
      ...nodes.map((n) =>
        n.id === 'recover' && n.type === 'choice'
          ? { ...n, options: [...n.options, { id: 'stall', text: 'Let me check.', feedback: 'Stalling.', points: 0, next: 'loop-a' }] }
          : n,
      ),
      { id: 'loop-a', type: 'customer', text: 'Well?', emotion: 'impatient', mood: 1, voiceTone: 'Sharp', bodyLanguage: 'Taps the counter', next: 'loop-b' },
      {
        id: 'loop-b',
        type: 'choice',
        options: [
          { id: 'again', text: 'Still checking.', feedback: 'More stalling.', points: 0, next: 'loop-a' },
          { id: 'more', text: 'One more moment.', feedback: 'Still stalling.', points: 0, next: 'loop-a' },
        ],
      },
    ]);
    expect(messages(activeListeningKind.validateContent(content))).toEqual([
      'Node "loop-a" is a dead end: no ending can be reached from it',
      'Node "loop-b" is a dead end: no ending can be reached from it',
    ]);
  });

  it('rejects a scenario without an ending, a missing start, duplicated ids and empty branch conditions', () => {
    const content = withNodes((nodes) => [
      ...nodes
        .filter((n) => n.type !== 'ending')
        .map((n): ScenarioNode => (n.id === 'free-reply' && n.type === 'free-text' ? { ...n, branches: [{ when: {}, next: 'relieved' }] } : n)),
      { ...nodes[0]! },
    ]);
    content.start = 'hello';
    const errors = messages(activeListeningKind.validateContent(content));
    expect(errors).toEqual(
      expect.arrayContaining([
        'Node "open" is defined more than once',
        'Start node "hello" does not exist',
        'The scenario has no ending: add at least one ending node',
        'Node "free-reply": branch 1 has no condition, so it always applies; use "otherwise" instead',
        'Node "relieved": next leads to "resolved", which does not exist',
      ]),
    );
  });

  it('names the node of a field-level error', () => {
    const content = withNodes((nodes) => nodes.map((n) => (n.id === 'calmer' ? { ...n, voiceTone: '' } : n)));
    expect(activeListeningKind.validateContent(content)).toEqual({
      ok: false,
      errors: [{ path: 'nodes.2.voiceTone', message: 'Node "calmer" has no voice tone' }],
    });
  });
});

describe('replay', () => {
  it('shows the customer turns up to the first decision, without revealing feedback or points', () => {
    const result = replay(sample, [], fakeAnalyze);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.entries).toEqual([
      expect.objectContaining({ type: 'customer', nodeId: 'open', mood: 2, voiceTone: 'Tight and fast, louder on "nobody"' }),
    ]);
    expect(result.value.current).toEqual({
      type: 'choice',
      nodeId: 'first-reply',
      prompt: 'What do you say first?',
      options: [
        { id: 'acknowledge', text: expect.any(String) },
        { id: 'fix-first', text: expect.any(String) },
        { id: 'doubt', text: expect.any(String) },
      ],
    });
    expect(result.value.ending).toBeNull();
  });

  it('takes a different branch for a different choice', () => {
    const good = replay(sample, [{ nodeId: 'first-reply', optionId: 'acknowledge' }], fakeAnalyze);
    const bad = replay(sample, [{ nodeId: 'first-reply', optionId: 'doubt' }], fakeAnalyze);
    if (!good.ok || !bad.ok) throw new Error('replay failed');
    expect(good.value.entries.map((e) => e.nodeId)).toEqual(['open', 'first-reply', 'calmer']);
    expect(good.value.current?.nodeId).toBe('free-reply');
    expect(good.value.mood).toBe(3);
    expect(bad.value.entries.map((e) => e.nodeId)).toEqual(['open', 'first-reply', 'offended']);
    expect(bad.value.current?.nodeId).toBe('recover');
    expect(bad.value.mood).toBe(1);
    expect(bad.value.entries[1]).toMatchObject({ type: 'choice', points: 0, maxPoints: 10, feedback: expect.stringContaining('argument') });
  });

  it('scores a free-text reply with the injected analyzer against the last customer turn, and branches on it', () => {
    const analyze = jest.fn<AnalyzeFn>(fakeAnalyze);
    const path = (text: string): Step[] => [
      { nodeId: 'first-reply', optionId: 'acknowledge' },
      { nodeId: 'free-reply', text },
    ];
    const warm = replay(sample, path(WARM), analyze);
    expect(analyze).toHaveBeenCalledWith({ customer: expect.stringContaining('birthday present'), reply: WARM });
    const flat = replay(sample, path(FLAT), analyze);
    const cold = replay(sample, path(COLD), analyze);
    if (!warm.ok || !flat.ok || !cold.ok) throw new Error('replay failed');

    expect(warm.value.ending).toMatchObject({ nodeId: 'resolved', outcome: 'resolved', mood: 5 });
    expect(flat.value.ending).toMatchObject({ nodeId: 'partial', outcome: 'partial' });
    expect(cold.value.ending).toMatchObject({ nodeId: 'lost', outcome: 'lost' });

    const reply = warm.value.entries.find((e) => e.type === 'free-text');
    expect(reply).toMatchObject({
      nodeId: 'free-reply',
      points: 10,
      maxPoints: 10,
      branch: 1,
      next: 'relieved',
      feedback: 'Ask what would help.',
      analysis: { score: 100, signals: { emotion: true, reflection: true, exploration: true, upsell: false, dismissal: false } },
    });
    expect(cold.value.entries.find((e) => e.type === 'free-text')).toMatchObject({ branch: 0, points: 0 });
    expect(flat.value.entries.find((e) => e.type === 'free-text')).toMatchObject({ branch: null, points: 1 });
    expect(warm.value.current).toBeNull();
  });

  it('rejects illegal steps, naming the step and node', () => {
    expect(replay(sample, [{ nodeId: 'free-reply', text: WARM }], fakeAnalyze)).toEqual({
      ok: false,
      errors: [{ path: 'steps.0.nodeId', message: 'Step 1: the conversation is at node "first-reply", not "free-reply"' }],
    });
    expect(messages(replay(sample, [{ nodeId: 'first-reply', optionId: 'shout' }], fakeAnalyze))).toEqual([
      'Step 1: node "first-reply" has no option "shout"',
    ]);
    expect(messages(replay(sample, [{ nodeId: 'first-reply', text: 'Hello' }], fakeAnalyze))).toEqual([
      'Step 1: node "first-reply" is a choice; pick one of its options',
    ]);
    expect(
      messages(replay(sample, [{ nodeId: 'first-reply', optionId: 'acknowledge' }, { nodeId: 'free-reply', optionId: 'x' }], fakeAnalyze)),
    ).toEqual(['Step 2: node "free-reply" asks for a reply in your own words, not an option']);
    expect(
      messages(
        replay(
          sample,
          [
            { nodeId: 'first-reply', optionId: 'doubt' },
            { nodeId: 'recover', optionId: 'policy' },
            { nodeId: 'recover', optionId: 'own-it' },
          ],
          fakeAnalyze,
        ),
      ),
    ).toEqual(['Step 3: the conversation already ended at node "lost"']);
  });

  it('works with the real empathy analyzer', () => {
    const steps: Step[] = [
      { nodeId: 'first-reply', optionId: 'acknowledge' },
      { nodeId: 'free-reply', text: WARM },
    ];
    const result = replay(sample, steps, analyzeReply);
    if (!result.ok) throw new Error(result.errors[0]!.message);
    const reply = result.value.entries.find((e) => e.type === 'free-text');
    if (reply?.type !== 'free-text') throw new Error('no free-text entry');
    expect(reply.analysis).toEqual(analyzeReply({ customer: reply.customerText, reply: WARM }));
    const node = sample.nodes.find((n) => n.id === 'free-reply');
    if (node?.type !== 'free-text') throw new Error('no free-text node');
    const expected = node.branches.find((b) => conditionHolds(b.when, reply.analysis))?.next ?? node.otherwise;
    expect(reply.next).toBe(expected);
    expect(result.value.ending).not.toBeNull();
  });
});

describe('active-listening answers', () => {
  const ideal: ActiveListeningAnswer = {
    steps: [
      { nodeId: 'first-reply', optionId: 'acknowledge' },
      { nodeId: 'free-reply', text: WARM },
    ],
  };
  const recovered: ActiveListeningAnswer = {
    steps: [
      { nodeId: 'first-reply', optionId: 'doubt' },
      { nodeId: 'recover', optionId: 'own-it' },
      { nodeId: 'free-reply', text: FLAT },
    ],
  };

  it('accepts a draft part-way and rejects an illegal one', () => {
    expect(activeListeningKind.validateDraft(sample, { steps: ideal.steps.slice(0, 1) }, ctx).ok).toBe(true);
    expect(messages(activeListeningKind.validateDraft(sample, { steps: [{ nodeId: 'recover', optionId: 'own-it' }] }, ctx))).toEqual([
      'Step 1: the conversation is at node "first-reply", not "recover"',
    ]);
    expect(messages(activeListeningKind.validateDraft(sample, { steps: [{ nodeId: 'first-reply' }] }, ctx))).toHaveLength(1);
  });

  it('requires the conversation to reach an ending to submit, naming the waiting node', () => {
    expect(activeListeningKind.validateSubmission(sample, { steps: ideal.steps.slice(0, 1) }, ctx)).toEqual({
      ok: false,
      errors: [
        { path: 'steps', message: 'The conversation has not reached an ending: node "free-reply" is waiting for a reply in your own words' },
      ],
    });
    expect(activeListeningKind.validateSubmission(sample, ideal, ctx)).toEqual({ ok: true, value: ideal });
  });

  it('needs the analyzer for free-text replies', () => {
    expect(messages(activeListeningKind.validateSubmission(sample, ideal, { units }))).toEqual([
      'Step 2: node "free-reply" needs the empathy analyzer to score the reply',
    ]);
  });

  it('scores points earned against the best available at each decision on the path', () => {
    expect(activeListeningKind.score(sample, ideal, ctx)).toMatchObject({ points: 20, maxPoints: 20, score: 100 });
    // doubt 0/10, own-it 8/8, flat reply 10% of 10 = 1/10: 9 of 28.
    const scored = activeListeningKind.score(sample, recovered, ctx);
    expect(scored).toMatchObject({ points: 9, maxPoints: 28, score: 32 });
    expect(scored.lines.map((l) => [l.rule, l.points, l.maxPoints])).toEqual([
      ['step.1', 0, 10],
      ['step.2', 8, 8],
      ['step.3', 1, 10],
    ]);
    expect(scored.details.transcript.ending?.outcome).toBe('partial');
  });

  it('counts progress as decisions made against the fewest still needed', () => {
    expect(activeListeningKind.progress(sample, undefined)).toEqual({ done: 0, total: 2 });
    // At "recover" the fewest decisions left is one (giving up ends the conversation).
    expect(activeListeningKind.progress(sample, { steps: recovered.steps.slice(0, 1) })).toEqual({ done: 1, total: 2 });
    expect(activeListeningKind.progress(sample, { steps: recovered.steps.slice(0, 2) })).toEqual({ done: 2, total: 3 });
    expect(activeListeningKind.progress(sample, recovered)).toEqual({ done: 3, total: 3 });
  });

  it('summarizes the path, points and signals without the replies', () => {
    const summary = activeListeningKind.summarize(sample, ideal, ctx);
    expect(summary).toEqual({
      outcome: 'resolved',
      endingNodeId: 'resolved',
      finalMood: 5,
      decisions: [
        { nodeId: 'first-reply', type: 'choice', optionId: 'acknowledge', analyzerScore: null, signals: [], points: 10, maxPoints: 10 },
        {
          nodeId: 'free-reply',
          type: 'free-text',
          optionId: null,
          analyzerScore: 100,
          signals: ['emotion', 'reflection', 'exploration'],
          points: 10,
          maxPoints: 10,
        },
      ],
      signalCounts: { emotion: 1, reflection: 1, exploration: 1, upsell: 0, dismissal: 0 },
      freeTextReplies: 1,
    });
    expect(JSON.stringify(summary)).not.toContain('frustrating');
  });
});
