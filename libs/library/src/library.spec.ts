import {
  activeListeningKind,
  conditionHolds,
  courseStructureSchema,
  EFFORT_MARKERS,
  purchaseFlowKind,
  recallKind,
  replay,
  validateModuleContent,
  type ActiveListeningContent,
  type AnalyzeFn,
  type AnswerContext,
  type OwningUnit,
  type PurchaseFlowContent,
  type RecallContent,
  type ReplyAnalysis,
  type ReplySignal,
  type ScenarioNode,
  type Step,
} from '#module-kinds';
import { LIBRARY_COURSES, LIBRARY_MODULES, findLibraryModule } from './index.js';
import type { LibraryModule } from './types.js';

/** The demo organization's departments and teams, as the API passes them. */
const UNITS: OwningUnit[] = [
  { id: 'customer-service', name: 'Customer Service', kind: 'department' },
  { id: 'frontline-support', name: 'Frontline Support', kind: 'team' },
  { id: 'escalations', name: 'Escalations', kind: 'team' },
  { id: 'sales', name: 'Sales', kind: 'department' },
  { id: 'retail-stores', name: 'Retail Stores', kind: 'team' },
  { id: 'online-sales', name: 'Online Sales', kind: 'team' },
  { id: 'operations', name: 'Operations', kind: 'department' },
  { id: 'fulfilment-delivery', name: 'Fulfilment and Delivery', kind: 'team' },
  { id: 'billing', name: 'Billing', kind: 'team' },
  { id: 'product-it', name: 'Product and IT', kind: 'department' },
  { id: 'digital-experience', name: 'Digital Experience', kind: 'team' },
  { id: 'people-culture', name: 'People and Culture', kind: 'department' },
];

const byKind = <K extends LibraryModule['kind']>(kind: K) =>
  LIBRARY_MODULES.filter((m): m is Extract<LibraryModule, { kind: K }> => m.kind === kind);

// ---------------------------------------------------------------------------------------------
// Walking a scenario: the learner's steps for a given way of choosing, replayed by the kind.

function analysis(score: number, on: ReplySignal[]): ReplyAnalysis {
  const signals = { emotion: false, reflection: false, exploration: false, upsell: false, dismissal: false };
  for (const s of on) signals[s] = true;
  return { score, signals, evidence: [], suggestion: 'Say back what you heard.' };
}
/** A reply that names the feeling, paraphrases and asks an open question. */
const EMPATHIC = analysis(100, ['emotion', 'reflection', 'exploration']);
/** A reply that hides behind policy or tells the customer how to feel. */
const DISMISSIVE = analysis(0, ['dismissal']);

type Picker = (options: { id: string; points: number }[]) => string;
const best: Picker = (options) => options.reduce((a, b) => (b.points > a.points ? b : a)).id;
const worst: Picker = (options) => options.reduce((a, b) => (b.points < a.points ? b : a)).id;

/** Plays a scenario to its end, choosing with `pick` and replying with a fixed analysis. */
function play(content: ActiveListeningContent, pick: Picker, reply: ReplyAnalysis): Step[] {
  const nodes = new Map<string, ScenarioNode>(content.nodes.map((n) => [n.id, n]));
  const steps: Step[] = [];
  let id = content.start;
  for (let guard = 0; guard < 200; guard += 1) {
    const node = nodes.get(id)!;
    if (node.type === 'ending') return steps;
    if (node.type === 'customer') id = node.next;
    else if (node.type === 'choice') {
      const optionId = pick(node.options);
      steps.push({ nodeId: node.id, optionId });
      id = node.options.find((o) => o.id === optionId)!.next;
    } else {
      steps.push({ nodeId: node.id, text: 'A reply written by the test.' });
      id = node.branches.find((b) => conditionHolds(b.when, reply))?.next ?? node.otherwise;
    }
  }
  throw new Error('The scenario did not end within 200 nodes');
}

/** Fewest and most learner decisions from the start to any ending, over every branch. */
function decisionRange(content: ActiveListeningContent): { min: number; max: number } {
  const nodes = new Map<string, ScenarioNode>(content.nodes.map((n) => [n.id, n]));
  let min = Infinity;
  let max = 0;
  const walk = (id: string, decisions: number, seen: Set<string>) => {
    const node = nodes.get(id)!;
    if (seen.has(id)) throw new Error(`Loop through node "${id}"`);
    const next = new Set(seen).add(id);
    if (node.type === 'ending') {
      min = Math.min(min, decisions);
      max = Math.max(max, decisions);
    } else if (node.type === 'customer') walk(node.next, decisions, next);
    else if (node.type === 'choice') node.options.forEach((o) => walk(o.next, decisions + 1, next));
    else [...node.branches.map((b) => b.next), node.otherwise].forEach((t) => walk(t, decisions + 1, next));
  };
  walk(content.start, 0, new Set());
  return { min, max };
}

function contextWith(reply: ReplyAnalysis): AnswerContext {
  const analyze: AnalyzeFn = () => reply;
  return { units: UNITS, analyze };
}

// ---------------------------------------------------------------------------------------------

describe('built-in library', () => {
  it('has at least three modules of each kind, with unique slugs', () => {
    expect(byKind('recall').length).toBeGreaterThanOrEqual(3);
    expect(byKind('purchase-flow').length).toBeGreaterThanOrEqual(3);
    expect(byKind('active-listening').length).toBeGreaterThanOrEqual(3);
    const slugs = LIBRARY_MODULES.map((m) => m.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('covers retail, telecom, banking, travel, delivery and software', () => {
    const industries = new Set(LIBRARY_MODULES.map((m) => m.industry));
    for (const industry of ['retail', 'telecom', 'banking', 'travel', 'delivery', 'software'] as const) {
      expect(industries).toContain(industry);
    }
  });

  it.each(LIBRARY_MODULES.map((m) => [m.slug, m] as const))(
    '%s passes its kind\'s content validation',
    (_slug, module) => {
      const result = validateModuleContent(module.kind, module.content, { units: UNITS });
      if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
      expect(result.ok).toBe(true);
      expect(module.title.trim()).not.toBe('');
      expect(module.summary.length).toBeGreaterThan(40);
      expect(module.estimatedMinutes).toBeGreaterThanOrEqual(5);
      expect(module.estimatedMinutes).toBeLessThanOrEqual(60);
      if (module.kind !== 'recall') expect(module.content.industry).toBe(module.industry);
    },
  );
});

describe('fits what the API accepts when a coach edits a module or course', () => {
  it('module titles, summaries, industries and times', () => {
    for (const m of LIBRARY_MODULES) {
      expect(m.title.length).toBeLessThanOrEqual(160);
      expect(m.summary.length).toBeLessThanOrEqual(500);
      expect(m.industry.length).toBeLessThanOrEqual(60);
      expect(Number.isInteger(m.estimatedMinutes)).toBe(true);
    }
  });

  it('course titles, descriptions and outcomes', () => {
    for (const c of LIBRARY_COURSES) {
      expect(c.title.length).toBeLessThanOrEqual(160);
      expect(c.description.length).toBeLessThanOrEqual(2000);
      expect(c.outcomes.length).toBeLessThanOrEqual(10);
      for (const outcome of c.outcomes) expect(outcome.length).toBeLessThanOrEqual(300);
    }
  });
});

describe('active-listening scenarios', () => {
  const scenarios = byKind('active-listening').map((m) => [m.slug, m.content] as const);

  it.each(scenarios)('%s: the ideal path takes about four decisions and resolves at full score', (_slug, content) => {
    const steps = play(content, best, EMPATHIC);
    expect(steps.length).toBeGreaterThanOrEqual(3);
    expect(steps.length).toBeLessThanOrEqual(6);
    const ctx = contextWith(EMPATHIC);
    const submitted = activeListeningKind.validateSubmission(content, { steps }, ctx);
    if (!submitted.ok) throw new Error(submitted.errors.map((e) => e.message).join('\n'));
    const result = activeListeningKind.score(content, submitted.value, ctx);
    expect(result.score).toBe(100);
    const transcript = replay(content, steps, ctx.analyze);
    if (!transcript.ok) throw new Error('replay failed');
    expect(transcript.value.ending?.outcome).toBe('resolved');
    // The customer's mood visibly improves along the ideal path.
    const moods = transcript.value.entries.flatMap((e) => (e.type === 'customer' ? [e.mood] : []));
    expect(moods[moods.length - 1]).toBeGreaterThan(moods[0]!);
  });

  it.each(scenarios)('%s: dismissive choices and replies lose the customer', (_slug, content) => {
    const steps = play(content, worst, DISMISSIVE);
    const transcript = replay(content, steps, contextWith(DISMISSIVE).analyze);
    if (!transcript.ok) throw new Error('replay failed');
    expect(transcript.value.ending?.outcome).toBe('lost');
  });

  it.each(scenarios)('%s: no single mistake ends the conversation, and no path drags on', (_slug, content) => {
    const { min, max } = decisionRange(content);
    expect(min).toBeGreaterThanOrEqual(2);
    // A learner who makes every recoverable mistake still reaches an ending within 8 decisions.
    expect(max).toBeLessThanOrEqual(8);
  });

  it.each(scenarios)('%s: has free text branching on signals, every outcome, a moving mood and coaching on every option', (_slug, content) => {
    const freeText = content.nodes.filter((n) => n.type === 'free-text');
    expect(freeText.length).toBeGreaterThanOrEqual(1);
    for (const node of freeText) {
      // The branch depends on what the analyzer finds, not only on the score.
      expect(node.branches.some((b) => b.when.signals !== undefined)).toBe(true);
      expect(node.hint).toBeDefined();
    }
    const outcomes = new Set(content.nodes.flatMap((n) => (n.type === 'ending' ? [n.outcome] : [])));
    expect([...outcomes].sort()).toEqual(['lost', 'partial', 'resolved']);
    const moods = new Set(content.nodes.flatMap((n) => (n.type === 'customer' ? [n.mood] : [])));
    expect(moods.size).toBeGreaterThanOrEqual(4);
    for (const node of content.nodes) {
      if (node.type === 'choice') {
        const points = node.options.map((o) => o.points);
        expect(Math.max(...points)).toBeGreaterThan(Math.min(...points));
        for (const option of node.options) expect(option.feedback.length).toBeGreaterThan(40);
      }
    }
  });
});

describe('purchase-flow simulations', () => {
  const journeys = byKind('purchase-flow').map((m) => [m.slug, m.content] as const);
  const classic = ['channel-switch', 'repeat-information', 'transfer', 'generic-answer', 'repeat-contact'] as const;

  it.each(journeys)('%s: 6-8 stages, each with a situation, tasks and built-in friction', (_slug, content) => {
    expect(content.stages.length).toBeGreaterThanOrEqual(6);
    expect(content.stages.length).toBeLessThanOrEqual(8);
    for (const stage of content.stages) {
      expect(stage.situation.length).toBeGreaterThan(100);
      expect(stage.tasks.length).toBeGreaterThanOrEqual(1);
      expect(stage.friction.length).toBeGreaterThanOrEqual(2);
    }
    const markers = new Set(content.stages.flatMap((s) => s.friction.map((f) => f.effort)));
    expect(markers.size).toBeGreaterThanOrEqual(6);
    const { persona } = content;
    expect(persona.constraints.length).toBeGreaterThanOrEqual(2);
    expect(persona.pressures.length).toBeGreaterThanOrEqual(2);
  });

  it('builds in every classic effort marker somewhere in the library', () => {
    const used = new Set(journeys.flatMap(([, c]) => c.stages.flatMap((s) => s.friction.map((f) => f.effort))));
    for (const marker of classic) expect(used).toContain(marker);
    for (const marker of used) expect(EFFORT_MARKERS).toContain(marker);
  });

  it.each(journeys)('%s: a learner who notices every friction item can submit and scores 100', (_slug, content) => {
    const answer = completePurchaseFlowAnswer(content);
    const ctx: AnswerContext = { units: UNITS };
    const submitted = purchaseFlowKind.validateSubmission(content, answer, ctx);
    if (!submitted.ok) throw new Error(submitted.errors.map((e) => e.message).join('\n'));
    expect(purchaseFlowKind.score(content, submitted.value, ctx).score).toBe(100);
  });
});

describe('recall modules', () => {
  const recalls = byKind('recall').map((m) => [m.slug, m.content] as const);

  it('the foundation module offers every element the product names', () => {
    const keys = findLibraryModule('recall-best-and-worst')!.content as RecallContent;
    const offered = keys.elements.map((e) => e.key);
    for (const key of ['speed', 'attitude', 'knowledge', 'effort', 'personal-touch', 'fairness-trust', 'follow-through', 'environment']) {
      expect(offered).toContain(key);
    }
  });

  it.each(recalls)('%s: a thoughtful answer validates against the organization and scores well', (_slug, content) => {
    const answer = completeRecallAnswer(content);
    const ctx: AnswerContext = { units: UNITS };
    const submitted = recallKind.validateSubmission(content, answer, ctx);
    if (!submitted.ok) throw new Error(submitted.errors.map((e) => e.message).join('\n'));
    expect(recallKind.score(content, submitted.value, ctx).score).toBeGreaterThanOrEqual(90);
    expect(content.elements.length).toBeGreaterThanOrEqual(8);
    expect(content.reflectionPrompts.length).toBeGreaterThanOrEqual(3);
  });
});

describe('courses', () => {
  it('has at least two courses with unique slugs, titles, descriptions and outcomes', () => {
    expect(LIBRARY_COURSES.length).toBeGreaterThanOrEqual(2);
    const slugs = LIBRARY_COURSES.map((c) => c.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const course of LIBRARY_COURSES) {
      expect(course.title.trim()).not.toBe('');
      expect(course.description.length).toBeGreaterThan(80);
      expect(course.outcomes.length).toBeGreaterThanOrEqual(3);
    }
  });

  it.each(LIBRARY_COURSES.map((c) => [c.slug, c] as const))(
    '%s: references existing modules in a sensible order',
    (_slug, course) => {
      const structure = courseStructureSchema.safeParse({ moduleIds: course.modules, completionRule: course.completion });
      expect(structure.success).toBe(true);
      const modules = course.modules.map((slug) => {
        const module = findLibraryModule(slug);
        if (!module) throw new Error(`Course "${course.slug}" refers to unknown module "${slug}"`);
        return module;
      });
      expect(modules.length).toBeGreaterThanOrEqual(3);
      // Reflection before practice: every course opens with a recall module ...
      expect(modules[0]!.kind).toBe('recall');
      // ... and keeps modules of a kind together, so the learner is not switched back and forth.
      const kinds = modules.map((m) => m.kind);
      const blocks = kinds.filter((k, i) => i === 0 || k !== kinds[i - 1]);
      expect(new Set(blocks).size).toBe(blocks.length);
    },
  );

  it('puts every built-in module in at least one course', () => {
    const inCourses = new Set(LIBRARY_COURSES.flatMap((c) => c.modules));
    for (const module of LIBRARY_MODULES) expect(inCourses).toContain(module.slug);
  });
});

// ---------------------------------------------------------------------------------------------
// Complete answers, as a diligent learner would submit them.

function completePurchaseFlowAnswer(content: PurchaseFlowContent) {
  const stages = Object.fromEntries(
    content.stages.map((stage) => [
      stage.key,
      {
        tasks: Object.fromEntries(
          stage.tasks.map((task) => [
            task.id,
            task.options ? { optionId: task.options[0]!.id } : { text: 'What I did at this step, and what happened.' },
          ]),
        ),
        emotion: -1,
      },
    ]),
  );
  const painPoints = content.stages.flatMap((stage) =>
    stage.friction.map((f) => ({
      stageKey: stage.key,
      severity: 3,
      emotion: 'frustrated' as const,
      note: f.description,
      unitId: 'frontline-support',
    })),
  );
  return { stages, painPoints };
}

function completeRecallAnswer(content: RecallContent) {
  const note = 'They noticed what mattered to me and acted on it without being asked.';
  const experience = (what: string) => ({
    what,
    where: 'A small hotel',
    elements: content.elements.slice(0, 4).map((e) => ({ key: e.key, note })),
    feltThen: 5,
    feltNow: 4,
    whyItStuck: 'It ended better than it began, and someone made me feel that my problem was theirs too.',
  });
  return {
    best: experience('The night porter drove to an all-night pharmacy for my feverish daughter and refused any payment for it.'),
    worst: experience('My booking vanished, the desk insisted I had never made it, and I spent two hours finding another room at midnight.'),
    reflection: {
      createdSimilar: 'yes' as const,
      stageKey: content.journeyStages[0]!.key,
      unitId: 'billing',
      note: 'Customers who dispute a bill with us are sometimes told the system is right before anyone has looked at it.',
    },
    analogy: { industry: 'Hotels', lesson: 'The best hotels give the person at the desk the authority to fix it there and then.' },
    action: { text: 'Look at the last five disputed bills myself before replying to the next one.', byDate: '2026-12-31' },
    sharing: { consent: false },
  };
}
