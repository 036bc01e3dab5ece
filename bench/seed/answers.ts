import { analyzeReply } from '#empathy';
import { LIBRARY_MODULES, type LibraryModule } from '#library';
import {
  draftPercent,
  getModuleKind,
  replay,
  type ActiveListeningContent,
  type AnswerContext,
  type PurchaseFlowContent,
  type RecallContent,
  type Step,
} from '#module-kinds';
import { Random } from '../lib/random.js';

/**
 * Answers a seeded attempt stores, made once per built-in module and reused: drafts at several
 * stages of completion, and complete answers scored and summarized by the module's own kind
 * (with the real empathy analyzer). `UNIT` stands for the learner's own team or department and
 * is replaced in the JSON text per person, so every answer names a unit of the organization.
 */
export const UNIT = '00000000-0000-4000-8000-0000000000aa';

export interface DraftTemplate {
  json: string;
  percent: number;
}

export interface CompleteTemplate {
  json: string;
  score: number;
  scoreDetails: string;
  summary: string;
  /** What the submission's learning events carry. */
  points: number;
  maxPoints: number;
}

export interface ModuleTemplates {
  slug: string;
  kind: string;
  drafts: DraftTemplate[];
  /** Ordered from the strongest to the weakest answer. */
  completes: CompleteTemplate[];
}

const ctx: AnswerContext = { units: [{ id: UNIT, name: 'My team', kind: 'team' }], analyze: analyzeReply };

const EMPATHIC = [
  "I'm so sorry, that sounds really stressful. So you've been waiting all week and nobody told you what was going on. What would help you most right now?",
  "That must have been frustrating, and I understand why you're upset. Let me check what happened so you don't have to explain it again. How are you managing in the meantime?",
  "I hear you: you did everything right and still ended up out of pocket. I'll take care of this myself and call you back before five today. Does that work for you?",
];
const FLAT = ['I can look into that for you.', 'Okay, can you give me your reference number?', 'Let me see what I can do.'];
const DISMISSIVE = ["Our policy is clear and there's nothing I can do about it.", "You should have read the terms. Calm down, it's not a big deal."];

function recallAnswers(content: RecallContent, rnd: Random): { drafts: unknown[]; completes: unknown[] } {
  const note = 'They noticed what mattered to me and acted on it without being asked.';
  const experience = (what: string, where: string, elements: number, feltThen: number, feltNow: number) => ({
    what,
    where,
    elements: content.elements.slice(0, elements).map((e) => ({ key: e.key, note })),
    feltThen,
    feltNow,
    whyItStuck: 'It ended better than it began, and someone made me feel that my problem was theirs too.',
  });
  const best = experience('The night porter drove to an all-night pharmacy for my feverish daughter and refused any payment for it.', 'A small hotel', 4, 5, 4);
  const worst = experience('My booking vanished, the desk insisted I had never made it, and I spent two hours finding another room at midnight.', 'A hotel chain', 3, 1, 2);
  const reflection = {
    createdSimilar: 'yes' as const,
    stageKey: content.journeyStages[rnd.int(0, content.journeyStages.length - 1)]!.key,
    unitId: UNIT,
    note: 'Customers who dispute a bill with us are sometimes told the system is right before anyone has looked at it.',
  };
  const rest = {
    analogy: { industry: 'Hotels', lesson: 'The best hotels give the person at the desk the authority to fix it there and then.' },
    action: { text: 'Look at the last five disputed bills myself before replying to the next one.', byDate: '2026-12-31' },
  };
  return {
    drafts: [
      { best: { what: best.what, where: best.where } },
      { best },
      { best, worst: { what: worst.what, where: worst.where, feltThen: 1 } },
      { best, worst, reflection },
      { best, worst, reflection, analogy: rest.analogy },
    ],
    completes: [
      { best, worst, reflection, ...rest, sharing: { consent: true, story: 'A customer was told twice that our records were right; a colleague finally checked and refunded her.' } },
      { best, worst, reflection, ...rest, sharing: { consent: false } },
      { best: { ...best, elements: best.elements.slice(0, 3) }, worst: { ...worst, elements: worst.elements.slice(0, 3) }, reflection: { createdSimilar: 'no' as const, note: 'I cannot think of one.' }, analogy: { industry: 'Banks', lesson: 'Be quick.' }, action: { text: 'Be nicer.' }, sharing: { consent: false } },
    ],
  };
}

function purchaseFlowAnswers(content: PurchaseFlowContent): { drafts: unknown[]; completes: unknown[] } {
  const stageAnswer = (stage: PurchaseFlowContent['stages'][number], emotion: number) => ({
    tasks: Object.fromEntries(stage.tasks.map((task) => [task.id, task.options ? { optionId: task.options[0]!.id } : { text: 'What I did at this step, and what happened.' }])),
    emotion,
  });
  const stagesUpTo = (n: number) => Object.fromEntries(content.stages.slice(0, n).map((s, i) => [s.key, stageAnswer(s, i % 2 ? -1 : 0)]));
  const painPoints = (share: number) =>
    content.stages.flatMap((stage) =>
      stage.friction.slice(0, Math.max(0, Math.round(stage.friction.length * share))).map((f, i) => ({
        stageKey: stage.key,
        severity: 2 + (i % 3),
        emotion: (['frustrated', 'confused', 'anxious', 'impatient'] as const)[i % 4],
        note: f.description,
        unitId: UNIT,
      })),
    );
  const all = content.stages.length;
  return {
    drafts: [
      { stages: stagesUpTo(1), painPoints: [] },
      { stages: stagesUpTo(Math.ceil(all / 3)), painPoints: painPoints(0.3).slice(0, 2) },
      { stages: stagesUpTo(Math.ceil(all / 2)), painPoints: painPoints(0.5).slice(0, 4) },
      { stages: stagesUpTo(all - 1), painPoints: painPoints(0.5) },
    ],
    completes: [
      { stages: stagesUpTo(all), painPoints: painPoints(1) },
      { stages: stagesUpTo(all), painPoints: painPoints(0.6) },
      { stages: stagesUpTo(all), painPoints: painPoints(0.3) },
    ],
  };
}

/** Plays the scenario to its end: `choose` picks among options, `reply` writes free text. */
function walk(content: ActiveListeningContent, choose: (options: { id: string }[]) => string, reply: () => string): Step[] {
  const steps: Step[] = [];
  for (let guard = 0; guard < 50; guard += 1) {
    const t = replay(content, steps, analyzeReply);
    if (!t.ok) throw new Error(`replay failed: ${t.errors.map((e) => e.message).join('; ')}`);
    const current = t.value.current;
    if (!current) return steps;
    if (current.type === 'choice') steps.push({ nodeId: current.nodeId, optionId: choose(current.options) });
    else steps.push({ nodeId: current.nodeId, text: reply() });
  }
  throw new Error('The scenario did not end within 50 decisions');
}

function activeListeningAnswers(content: ActiveListeningContent, rnd: Random): { drafts: unknown[]; completes: unknown[] } {
  const points = new Map(content.nodes.flatMap((n) => (n.type === 'choice' ? n.options.map((o) => [`${n.id}/${o.id}`, o.points] as const) : [])));
  const byPoints = (sign: 1 | -1) => (nodeId: string) => (options: { id: string }[]) =>
    options.reduce((a, b) => (sign * (points.get(`${nodeId}/${b.id}`) ?? 0) > sign * (points.get(`${nodeId}/${a.id}`) ?? 0) ? b : a)).id;
  // `choose` does not know the node, so the walk re-reads it from the last step's position.
  const play = (pick: 'best' | 'mixed' | 'worst') => {
    const steps: Step[] = [];
    const result = walk(
      content,
      (options) => {
        const t = replay(content, steps, analyzeReply);
        const nodeId = t.ok && t.value.current ? t.value.current.nodeId : '';
        const id = pick === 'best' ? byPoints(1)(nodeId)(options) : pick === 'worst' ? byPoints(-1)(nodeId)(options) : rnd.pick(options).id;
        steps.push({ nodeId, optionId: id });
        return id;
      },
      () => {
        const text = pick === 'best' ? rnd.pick(EMPATHIC) : pick === 'worst' ? rnd.pick(DISMISSIVE) : rnd.pick([...EMPATHIC, ...FLAT]);
        const t = replay(content, steps, analyzeReply);
        steps.push({ nodeId: t.ok && t.value.current ? t.value.current.nodeId : '', text });
        return text;
      },
    );
    return result;
  };
  const best = play('best');
  const mixed = play('mixed');
  const worst = play('worst');
  const prefixes = (steps: Step[]) => Array.from({ length: Math.max(0, steps.length - 1) }, (_, i) => ({ steps: steps.slice(0, i + 1) }));
  return { drafts: [...prefixes(best), ...prefixes(mixed)], completes: [{ steps: best }, { steps: mixed }, { steps: worst }] };
}

export function buildTemplates(seed = 7): Map<string, ModuleTemplates> {
  const rnd = new Random(seed);
  const out = new Map<string, ModuleTemplates>();
  for (const m of LIBRARY_MODULES as LibraryModule[]) {
    const kind = getModuleKind(m.kind)!;
    const content = kind.validateContent(m.content).ok ? m.content : null;
    if (!content) throw new Error(`Built-in module ${m.slug} does not validate`);
    const made =
      m.kind === 'recall'
        ? recallAnswers(m.content as RecallContent, rnd)
        : m.kind === 'purchase-flow'
          ? purchaseFlowAnswers(m.content as PurchaseFlowContent)
          : activeListeningAnswers(m.content as ActiveListeningContent, rnd);
    const drafts = made.drafts.map((answer, i) => {
      const valid = kind.validateDraft(content, answer, ctx);
      if (!valid.ok) throw new Error(`Draft ${i} of ${m.slug} is invalid: ${valid.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`);
      return { json: JSON.stringify(valid.value), percent: draftPercent(m.kind, content, valid.value) };
    });
    const completes = made.completes.map((answer, i) => {
      const valid = kind.validateSubmission(content, answer, ctx);
      if (!valid.ok) throw new Error(`Answer ${i} of ${m.slug} is invalid: ${valid.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`);
      const scored = kind.score(content, valid.value, ctx);
      return {
        json: JSON.stringify(valid.value),
        score: scored.score,
        scoreDetails: JSON.stringify({ lines: scored.lines, details: scored.details, points: scored.points, maxPoints: scored.maxPoints }),
        summary: JSON.stringify(kind.summarize(content, valid.value, ctx)),
        points: scored.points,
        maxPoints: scored.maxPoints,
      };
    });
    completes.sort((a, b) => b.score - a.score);
    out.set(m.slug, { slug: m.slug, kind: m.kind, drafts, completes });
  }
  return out;
}
