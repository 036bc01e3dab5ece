import request from 'supertest';
import type { TestApp } from './app.js';

/** A reply that shows emotion, reflection and exploration, for free-text turns. */
export const EMPATHIC_REPLY =
  "I'm so sorry, that sounds really stressful, especially when you were counting on it. So if I understand you, it still hasn't reached you. What happened when you tried to sort it out?";

interface Attempt {
  id: string;
  revision: number;
  content: Record<string, unknown>;
  playState: { current: { type: string; nodeId: string; options?: { id: string }[] } | null } | null;
  score: number | null;
  state: string;
}

/** A complete, plausible answer for a recall or purchase-flow module, naming the given unit as owner. */
export function completeAnswer(kind: string, content: Record<string, unknown>, unitId: string, options: { share?: string } = {}): unknown {
  if (kind === 'recall') {
    const c = content as { elements: { key: string }[]; journeyStages: { key: string }[]; minElements: number };
    const elements = c.elements.slice(0, Math.max(2, c.minElements)).map((e) => ({ key: e.key, note: `The ${e.key} changed how the whole visit felt for me that afternoon.` }));
    const experience = (what: string) => ({ what, where: 'a local shop', elements, feltThen: 5, feltNow: 4, whyItStuck: 'It was how it ended: they followed up without being asked, and I felt they remembered me.' });
    return {
      best: experience('The staff member walked me to the right shelf, explained the options honestly and let me come back later without any pressure.'),
      worst: experience('I explained the same problem to four people over two weeks and nobody ever owned it until I threatened to leave.'),
      reflection: { createdSimilar: 'yes', stageKey: c.journeyStages[0]!.key, unitId, note: 'Our customers repeat their story when a case moves between billing and support and nobody says who owns it.' },
      analogy: { industry: 'hospitality', lesson: 'A good hotel hands a guest over between shifts with a note so nobody has to ask twice.' },
      action: { text: 'I will write a two-line handover note on every case I pass to another team from now on.' },
      sharing: options.share ? { consent: true, story: options.share } : { consent: false },
    };
  }
  const c = content as { stages: { key: string; tasks: { id: string; options?: { id: string }[] }[] }[] };
  return {
    stages: Object.fromEntries(
      c.stages.map((s, i) => [s.key, { tasks: Object.fromEntries(s.tasks.map((task) => [task.id, task.options ? { optionId: task.options[0]!.id } : { text: 'I searched the website and then had to phone them.' }])), emotion: i % 2 ? 1 : -1 }]),
    ),
    painPoints: [{ stageKey: c.stages[0]!.key, severity: 4, emotion: 'frustrated', note: 'I had to give the same details twice.', unitId }],
  };
}

/** Starts, answers and submits a module as the signed-in person; returns the scored attempt. */
export async function completeModule(t: TestApp, token: string, moduleId: string, kind: string, unitId: string, options: { share?: string; practice?: boolean } = {}): Promise<Attempt> {
  const auth = { Authorization: `Bearer ${token}` };
  let a = (await request(t.http).post(`/api/modules/${moduleId}/attempts`).set(auth).send({ practice: options.practice ?? false }).expect(200)).body as Attempt;
  if (kind === 'active-listening') {
    const steps: unknown[] = [];
    while (a.playState?.current) {
      const d = a.playState.current;
      steps.push(d.type === 'choice' ? { nodeId: d.nodeId, optionId: d.options![0]!.id } : { nodeId: d.nodeId, text: EMPATHIC_REPLY });
      a = (await request(t.http).put(`/api/attempts/${a.id}/answer`).set(auth).send({ answer: { steps }, revision: a.revision }).expect(200)).body;
    }
  } else {
    a = (await request(t.http).put(`/api/attempts/${a.id}/answer`).set(auth).send({ answer: completeAnswer(kind, a.content, unitId, options), revision: a.revision }).expect(200)).body;
  }
  return (await request(t.http).post(`/api/attempts/${a.id}/submit`).set(auth).send({ revision: a.revision }).expect(200)).body;
}
