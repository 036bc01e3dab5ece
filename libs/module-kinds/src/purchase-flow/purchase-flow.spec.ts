import { ctx } from '../testing.js';
import type { PurchaseFlowAnswer } from './answer.js';
import type { PurchaseFlowContent } from './content.js';
import { painPointHeatmap } from './heatmap.js';
import { emotionCurve, purchaseFlowKind } from './kind.js';
import { purchaseFlowSample } from './sample.js';

const complete: PurchaseFlowAnswer = {
  stages: {
    compare: { tasks: { 'pick-plan': { optionId: 'mid' } }, emotion: 0 },
    buy: {
      tasks: { 'enter-address': { text: 'Typed the address three ways, then gave up and looked for the phone number.' } },
      emotion: -2,
      note: 'She has a ten-minute break and it is gone.',
    },
    install: { tasks: { 'book-slot': { optionId: 'ask-later' } }, emotion: -1 },
    'first-use': { tasks: { connect: { text: 'Restarted the router twice, then found the right name on the router label.' } }, emotion: 1 },
  },
  painPoints: [
    { stageKey: 'compare', severity: 3, emotion: 'distrustful', note: 'The setup fee is hidden behind a link.', unitId: 'u-web' },
    { stageKey: 'buy', severity: 5, emotion: 'helpless', note: 'The order cannot be finished online.', unitId: 'u-web' },
    { stageKey: 'install', severity: 4, emotion: 'frustrated', note: 'Ten-hour window after a night shift.', unitId: 'u-field' },
    { stageKey: 'install', severity: 3, emotion: 'annoyed', note: 'Asked for the order details again.', unitId: 'u-field' },
    { stageKey: 'install', severity: 2, emotion: 'impatient', note: 'Twelve minutes on hold for scheduling.', unitId: 'u-field' },
  ],
};

describe('purchase-flow kind', () => {
  it('accepts the sample content', () => {
    expect(purchaseFlowKind.validateContent(purchaseFlowSample).ok).toBe(true);
  });

  it('names the stage, task and option at fault in broken content', () => {
    const broken = structuredClone(purchaseFlowSample) as PurchaseFlowContent;
    broken.stages[2]!.tasks[0]!.prompt = '';
    broken.stages[2]!.tasks[0]!.options![1]!.id = 'accept';
    broken.stages[1]!.friction[0]!.effort = 'teleport' as never;
    broken.stages[3]!.key = 'compare';
    broken.persona.quote = '';
    const result = purchaseFlowKind.validateContent(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(
      expect.arrayContaining([
        { path: 'stages.2.tasks.0.prompt', message: 'Stage "install": task 1 has no prompt' },
        { path: 'persona.quote', message: 'Persona has no quote' },
        { path: 'stages.1.friction.0.effort', message: expect.stringMatching(/^Stage "buy": friction item "address-missing": effort: invalid option/) },
      ]),
    );
  });

  it('reports duplicated ids with the stage they belong to', () => {
    const broken = structuredClone(purchaseFlowSample) as PurchaseFlowContent;
    broken.stages[2]!.tasks[0]!.options![1]!.id = 'accept';
    broken.stages[3]!.key = 'compare';
    const result = purchaseFlowKind.validateContent(broken);
    expect(result).toEqual({
      ok: false,
      errors: [
        { path: 'stages.3.key', message: 'Stage key "compare" is used more than once' },
        { path: 'stages.2.tasks.0.options.1.id', message: 'Stage "install": task 1: option id "accept" is used more than once' },
      ],
    });
  });

  it('accepts partial drafts and checks their references', () => {
    expect(purchaseFlowKind.validateDraft(purchaseFlowSample, purchaseFlowKind.emptyAnswer(purchaseFlowSample), ctx).ok).toBe(true);
    expect(
      purchaseFlowKind.validateDraft(purchaseFlowSample, { stages: { compare: { emotion: -1 } }, painPoints: [{ stageKey: 'compare' }] }, ctx).ok,
    ).toBe(true);
    const bad = purchaseFlowKind.validateDraft(
      purchaseFlowSample,
      {
        stages: {
          compare: { tasks: { 'pick-plan': { optionId: 'platinum' } } },
          buy: { tasks: { 'enter-address': { optionId: 'basic' } } },
          checkout: {},
        },
        painPoints: [{ stageKey: 'buy', unitId: 'u-legal' }],
      },
      ctx,
    );
    expect(bad).toEqual({
      ok: false,
      errors: [
        { path: 'stages.compare.tasks.pick-plan.optionId', message: 'Stage "compare": task 1 has no option "platinum"' },
        { path: 'stages.buy.tasks.enter-address.optionId', message: 'Stage "buy": task 1 has no options: write what you did instead' },
        { path: 'stages.checkout', message: 'Stage "checkout" is not a stage of this simulation' },
        { path: 'painPoints.0.unitId', message: 'Pain point 1 (stage "buy"): owning team "u-legal" is not a department or team of this organization' },
      ],
    });
  });

  it('rejects an emotion outside -2..+2 and a pain emotion outside the list, naming them', () => {
    const bad = purchaseFlowKind.validateDraft(
      purchaseFlowSample,
      { stages: { buy: { emotion: 3 } }, painPoints: [{ emotion: 'bored' }] },
      ctx,
    );
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^Stage "buy": emotion: too big/),
      expect.stringMatching(/^Pain point 1: emotion: invalid option/),
    ]);
  });

  it('names every missing part of an incomplete submission', () => {
    const result = purchaseFlowKind.validateSubmission(
      purchaseFlowSample,
      {
        stages: { compare: { tasks: { 'pick-plan': { optionId: 'basic' } }, emotion: 1 }, buy: { tasks: {} } },
        painPoints: [{ stageKey: 'compare', severity: 2 }],
      },
      ctx,
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        { path: 'stages.buy.tasks.enter-address', message: 'Stage "buy": task 1 is not done' },
        { path: 'stages.buy.emotion', message: 'Stage "buy" has no emotion rating' },
        { path: 'stages.install', message: 'Stage "install" has not been visited' },
        { path: 'stages.first-use', message: 'Stage "first-use" has not been visited' },
        { path: 'painPoints.0.emotion', message: 'Pain point 1 (stage "compare") has no emotion' },
        { path: 'painPoints.0.note', message: 'Pain point 1 (stage "compare") has no note' },
        { path: 'painPoints.0.unitId', message: 'Pain point 1 (stage "compare") has no owning team' },
      ],
    });
  });

  it('accepts a complete submission and scores the share of designed friction noticed', () => {
    expect(purchaseFlowKind.validateSubmission(purchaseFlowSample, complete, ctx)).toEqual({ ok: true, value: complete });
    const scored = purchaseFlowKind.score(purchaseFlowSample, complete, ctx);
    // Designed: compare 1, buy 2, install 2, first-use 1 = 6. Noticed: 1 + 1 + min(3, 2) + 0 = 4.
    expect(scored).toMatchObject({ points: 4, maxPoints: 6, score: 67 });
    expect(scored.lines.map((l) => [l.rule, l.points, l.maxPoints])).toEqual([
      ['stage.compare', 1, 1],
      ['stage.buy', 1, 2],
      ['stage.install', 2, 2],
      ['stage.first-use', 0, 1],
    ]);
    expect(scored.lines[3]!.reason).toBe('Stage "first-use": 1 built-in friction item (generic-answer); you logged 0 pain points here.');
  });

  it('scores 100 when the content has no designed friction', () => {
    const calm = structuredClone(purchaseFlowSample) as PurchaseFlowContent;
    for (const stage of calm.stages) stage.friction = [];
    expect(purchaseFlowKind.score(calm, { ...complete, painPoints: [] }, ctx)).toMatchObject({ score: 100, maxPoints: 0 });
  });

  it('draws the emotion curve in stage order, also for a draft', () => {
    expect(emotionCurve(purchaseFlowSample, complete)).toEqual([
      { stageKey: 'compare', label: 'Compare plans', emotion: 0, painPoints: 1, maxSeverity: 3 },
      { stageKey: 'buy', label: 'Order online', emotion: -2, painPoints: 1, maxSeverity: 5 },
      { stageKey: 'install', label: 'Installation', emotion: -1, painPoints: 3, maxSeverity: 4 },
      { stageKey: 'first-use', label: 'First evening online', emotion: 1, painPoints: 0, maxSeverity: null },
    ]);
    expect(emotionCurve(purchaseFlowSample, { stages: { buy: { emotion: -1 } } }).map((p) => p.emotion)).toEqual([null, -1, null, null]);
  });

  it('counts progress by stage tasks and ratings', () => {
    // 4 stages: tasks 1 + 1 + 1 + 1, plus 4 emotion ratings = 8 parts.
    expect(purchaseFlowKind.progress(purchaseFlowSample, undefined)).toEqual({ done: 0, total: 8 });
    expect(
      purchaseFlowKind.progress(purchaseFlowSample, { stages: { compare: { tasks: { 'pick-plan': { optionId: 'mid' } }, emotion: 0 } } }),
    ).toEqual({ done: 2, total: 8 });
    expect(purchaseFlowKind.progress(purchaseFlowSample, complete)).toEqual({ done: 8, total: 8 });
  });

  it('summarizes pain points by stage, severity, emotion and owning team, without notes', () => {
    const summary = purchaseFlowKind.summarize(purchaseFlowSample, complete, ctx);
    expect(summary.painPoints[1]).toEqual({ stageKey: 'buy', severity: 5, emotion: 'helpless', unitId: 'u-web' });
    expect(summary.stages[2]).toEqual({ stageKey: 'install', emotion: -1, designedFriction: 2, painPoints: 3 });
    expect(summary.choices).toEqual([
      { stageKey: 'compare', taskId: 'pick-plan', optionId: 'mid' },
      { stageKey: 'install', taskId: 'book-slot', optionId: 'ask-later' },
    ]);
    expect(JSON.stringify(summary)).not.toContain('hidden behind');
  });
});

describe('painPointHeatmap', () => {
  it('rolls pain points up by stage and owning unit, in journey order', () => {
    const one = purchaseFlowKind.summarize(purchaseFlowSample, complete, ctx);
    const two = purchaseFlowKind.summarize(
      purchaseFlowSample,
      { ...complete, painPoints: [{ stageKey: 'buy', severity: 3, emotion: 'confused', note: 'Address lookup failed.', unitId: 'u-web' }] },
      ctx,
    );
    const cells = painPointHeatmap([one, two]);
    expect(cells.map((c) => [c.stageKey, c.unitId, c.count, c.meanSeverity, c.maxSeverity])).toEqual([
      ['compare', 'u-web', 1, 3, 3],
      ['buy', 'u-web', 2, 4, 5],
      ['install', 'u-field', 3, 3, 4],
    ]);
    expect(cells[1]!.emotions).toMatchObject({ helpless: 1, confused: 1, angry: 0 });
  });
});
