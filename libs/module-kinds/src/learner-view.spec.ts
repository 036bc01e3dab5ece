import { activeListeningSample } from './active-listening/sample.js';
import { MODULE_KINDS } from './registry.js';
import { purchaseFlowSample } from './purchase-flow/sample.js';

describe('what a learner may see', () => {
  it('keeps a scenario graph (feedback, points, branch targets) on the server', () => {
    const view = MODULE_KINDS['active-listening'].learnerView(activeListeningSample) as Record<string, unknown>;
    expect(view).not.toHaveProperty('nodes');
    expect(view).not.toHaveProperty('start');
    expect(JSON.stringify(view)).not.toMatch(/"feedback"|"points"/);
    expect(view).toHaveProperty('customer');
  });

  it('shows a scenario draft as the conversation so far and the pending decision', () => {
    const state = MODULE_KINDS['active-listening'].playState(activeListeningSample, { steps: [] }, { units: [], analyze: () => { throw new Error('not called without free text'); } }) as { current: unknown; entries: unknown[] };
    expect(state.entries.length).toBeGreaterThan(0);
    expect(state.current).not.toBeNull();
    expect(JSON.stringify(state.current)).not.toMatch(/"feedback"|"next"/);
  });

  it('tells a purchase-flow learner how many moments of friction a stage hides, not which, until the debrief', () => {
    const kind = MODULE_KINDS['purchase-flow'];
    const view = kind.learnerView(purchaseFlowSample) as { stages: { friction: unknown[]; frictionCount: number }[] };
    expect(view.stages.map((s) => s.frictionCount)).toEqual(purchaseFlowSample.stages.map((s) => s.friction.length));
    expect(view.stages.every((s) => s.friction.length === 0)).toBe(true);
    for (const item of purchaseFlowSample.stages.flatMap((s) => s.friction)) expect(JSON.stringify(view)).not.toContain(item.description);
    expect(kind.debriefView!(purchaseFlowSample)).toEqual(purchaseFlowSample);
    expect(MODULE_KINDS['active-listening'].debriefView).toBeUndefined();
  });

  it('shows a purchase-flow draft with its emotion curve', () => {
    const state = MODULE_KINDS['purchase-flow'].playState(purchaseFlowSample, { stages: {}, painPoints: [] }, { units: [] }) as { emotionCurve: unknown[] };
    expect(state.emotionCurve).toHaveLength(purchaseFlowSample.stages.length);
  });
});
