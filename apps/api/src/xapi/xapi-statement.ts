import { createHash } from 'node:crypto';
import type { LearningVerb } from '../learning-events/learning-event.entity.js';

/** ADL verbs for each Footsteps learning verb (xAPI 1.0.3). */
const VERBS: Record<LearningVerb, { id: string; display: string }> = {
  started: { id: 'http://adlnet.gov/expapi/verbs/attempted', display: 'attempted' },
  saved: { id: 'http://adlnet.gov/expapi/verbs/progressed', display: 'progressed' },
  submitted: { id: 'http://adlnet.gov/expapi/verbs/answered', display: 'answered' },
  scored: { id: 'http://adlnet.gov/expapi/verbs/scored', display: 'scored' },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: 'completed' },
};

export interface EventRow {
  id: string;
  organization_id: string;
  actor_id: string;
  module_id: string;
  module_version_id: string;
  attempt_id: string;
  verb: LearningVerb;
  result: Record<string, unknown> | null;
  at: Date;
  title: string;
  kind: string;
  number: number;
}

/** A stable statement id (UUID form) derived from the event, so re-exporting never duplicates. */
function statementId(eventId: string, orgId: string): string {
  const h = createHash('sha256').update(`footsteps:${orgId}:${eventId}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)}${h.slice(18, 20)}-${h.slice(20, 32)}`;
}

/**
 * One learning event as an xAPI statement. The actor is identified by an account on this
 * Footsteps deployment (its person id), never by e-mail; results carry numbers only.
 */
export function toStatement(e: EventRow, homePage: string): Record<string, unknown> {
  const verb = VERBS[e.verb];
  const r = e.result ?? {};
  const result: Record<string, unknown> = {};
  if (typeof r.score === 'number') result.score = { scaled: Math.round(r.score) / 100, raw: r.score, min: 0, max: 100 };
  if (e.verb === 'completed') result.completion = true;
  if (typeof r.percent === 'number') result.extensions = { [`${homePage}/xapi/extensions/percent`]: r.percent };
  return {
    id: statementId(e.id, e.organization_id),
    actor: { objectType: 'Agent', account: { homePage, name: e.actor_id } },
    verb: { id: verb.id, display: { 'en-US': verb.display } },
    object: {
      objectType: 'Activity',
      id: `${homePage}/modules/${e.module_id}`,
      definition: { name: { 'en-US': e.title }, type: 'http://adlnet.gov/expapi/activities/module', extensions: { [`${homePage}/xapi/extensions/kind`]: e.kind } },
    },
    ...(Object.keys(result).length ? { result } : {}),
    context: {
      registration: e.attempt_id,
      platform: 'Footsteps',
      extensions: { [`${homePage}/xapi/extensions/module-version`]: e.number },
    },
    timestamp: new Date(e.at).toISOString(),
    version: '1.0.3',
  };
}
