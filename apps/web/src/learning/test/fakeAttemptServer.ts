// Test-only: a stand-in for the attempts API that runs the real module kinds (validation,
// scoring, play state) from libs/module-kinds, so the players meet the same answers, errors
// and paths as against the real API. Never imported by application code.
import { getModuleKind } from '../../../../../libs/module-kinds/src/registry.js';
import { fakeAnalyze } from '../../../../../libs/module-kinds/src/testing.js';
import type { AnswerContext } from '../../../../../libs/module-kinds/src/context.js';
import { json } from '../../test/render';
import type { Attempt, ModuleKindName } from '../types';

/** The units of the fake organization: the learner's own department and team (see makeMe), and Billing. */
export const UNITS = [
  { id: 'd-1', name: 'Customer Care', kind: 'department' as const },
  { id: 't-1', name: 'Returns', kind: 'team' as const },
  { id: 't-billing', name: 'Billing', kind: 'team' as const },
];

export interface FakeAttemptServer {
  id: string;
  handlers: Record<string, (request: Request) => Response | Promise<Response>>;
  /** Every body sent to PUT /answer, in order. */
  saves: { answer: Record<string, unknown>; revision: number }[];
  submits: { revision: number }[];
  /** Every body sent to POST /api/empathy/analyze. */
  analyses: { customer: string; reply: string }[];
  /** What is stored now. */
  current: () => Attempt;
  /** Another tab saves this answer (the revision moves on). */
  saveElsewhere: (answer: Record<string, unknown>) => void;
  /** Make the next N saves fail as if the network were down. */
  failNextSaves: (n: number) => void;
}

export function fakeAttemptServer(kind: ModuleKindName, content: unknown, options: { practice?: boolean; id?: string } = {}): FakeAttemptServer {
  const k = getModuleKind(kind)!;
  const ctx: AnswerContext = { units: UNITS, analyze: fakeAnalyze };
  const id = options.id ?? 'att-1';
  let answer: Record<string, unknown> = k.emptyAnswer(content) as Record<string, unknown>;
  let revision = 1;
  let state: Attempt['state'] = 'draft';
  let score: number | null = null;
  let scoreLines: Attempt['scoreLines'] = [];
  let scoreDetails: Record<string, unknown> | null = null;
  let failing = 0;
  const saves: FakeAttemptServer['saves'] = [];
  const submits: FakeAttemptServer['submits'] = [];
  const analyses: FakeAttemptServer['analyses'] = [];

  const view = (): Attempt => {
    const draft = k.draftSchema.safeParse(answer);
    const progress = k.progress(content, draft.success ? draft.data : undefined);
    return {
      id,
      moduleId: 'mod-1',
      moduleTitle: 'Test exercise',
      versionNumber: 1,
      kind,
      state,
      practice: options.practice ?? false,
      // As the API: the learner view while a draft, the debrief view (where the kind has one) after.
      content: (state !== 'draft' && k.debriefView ? k.debriefView(content) : k.learnerView(content)) as Record<string, unknown>,
      answer,
      revision,
      percent: state === 'draft' ? Math.min(99, Math.floor((100 * progress.done) / Math.max(1, progress.total))) : 100,
      playState: draft.success ? (k.playState(content, draft.data, ctx) as Record<string, unknown> | null) : null,
      score,
      scoreLines,
      scoreDetails,
      override: null,
      comments: [],
      startedAt: '2026-03-02T09:00:00.000Z',
      submittedAt: state === 'draft' ? null : '2026-03-02T09:30:00.000Z',
    };
  };

  const error = (status: number, code: string, message: string, extra: Record<string, unknown> = {}) =>
    json(status, { code, message, correlationId: 'c-test', ...extra });

  return {
    id,
    saves,
    submits,
    analyses,
    current: view,
    saveElsewhere: (next) => {
      answer = next;
      revision += 1;
    },
    failNextSaves: (n) => {
      failing = n;
    },
    handlers: {
      [`GET /api/attempts/${id}`]: () => json(200, view()),
      'GET /api/org/units': () => json(200, UNITS),
      [`PUT /api/attempts/${id}/answer`]: async (request) => {
        const body = (await request.json()) as { answer: Record<string, unknown>; revision: number };
        saves.push(body);
        if (failing > 0) {
          failing -= 1;
          throw new TypeError('Failed to fetch');
        }
        if (state !== 'draft') return error(409, 'CONFLICT', 'This attempt was already submitted. Start a new attempt to try again.');
        if (body.revision !== revision) {
          return error(409, 'VERSION_CONFLICT', 'This attempt was saved elsewhere in the meantime (another tab or device). Nothing was overwritten.', {
            currentRevision: revision,
            current: view(),
          });
        }
        const checked = k.validateDraft(content, body.answer, ctx);
        if (!checked.ok) {
          return error(400, 'VALIDATION_FAILED', 'The answer does not fit this module.', {
            errors: checked.errors.map((e) => ({ field: `answer.${e.path}`, message: e.message })),
          });
        }
        answer = body.answer;
        revision += 1;
        return json(200, view());
      },
      [`POST /api/attempts/${id}/submit`]: async (request) => {
        const body = (await request.json()) as { revision: number };
        submits.push(body);
        if (body.revision !== revision) {
          return error(409, 'VERSION_CONFLICT', 'Saved elsewhere.', { currentRevision: revision, current: view() });
        }
        const complete = k.validateSubmission(content, answer, ctx);
        if (!complete.ok) {
          return error(400, 'VALIDATION_FAILED', 'The attempt is not complete yet.', {
            errors: complete.errors.map((e) => ({ field: e.path ? `answer.${e.path}` : 'answer', message: e.message })),
          });
        }
        const scored = k.score(content, complete.value, ctx);
        state = 'scored';
        revision += 1;
        score = scored.score;
        scoreLines = scored.lines;
        scoreDetails = scored.details as Record<string, unknown>;
        return json(200, view());
      },
      'POST /api/empathy/analyze': async (request) => {
        const body = (await request.json()) as { customer: string; reply: string };
        analyses.push(body);
        return json(200, fakeAnalyze(body));
      },
    },
  };
}
