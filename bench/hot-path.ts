import { Agent, request as httpRequest } from 'node:http';
import autocannon from 'autocannon';

/** One virtual learner: a session and an open draft attempt, with the revision last seen. */
export interface Learner {
  token: string;
  attemptId: string;
  revision: number;
  answer: string;
}

export interface LoadResult {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  requests: number;
}

const REVISION = /"revision":(\d+)/g;
const CURRENT = /"currentRevision":(\d+)/;

/** The last `"revision":N` of an attempt body (the attempt's own field comes after its content). */
function revisionIn(body: string): number | null {
  let last: number | null = null;
  for (const m of body.matchAll(REVISION)) last = Number(m[1]);
  return last;
}

/**
 * The learner's hot path under `connections` concurrent learners, each on its own connection
 * with its own session and draft: autosave (`PUT /api/attempts/:id/answer` with the revision
 * read back from the previous save), then `GET /api/me/progress`, again and again: back to back
 * (saturation, for throughput), or at a learner's pace (`requestsPerLearnerPerSecond`).
 */
export async function hotPath(baseUrl: string, learners: Learner[], connections: number, seconds: number, requestsPerLearnerPerSecond?: number): Promise<LoadResult> {
  let next = 0;
  // Each connection is one learner for the whole run: its requests close over that learner.
  const requestsFor = (l: Learner): autocannon.Request[] => [
    {
      method: 'PUT',
      setupRequest: (req) => ({
        ...req,
        path: `/api/attempts/${l.attemptId}/answer`,
        headers: { authorization: `Bearer ${l.token}`, 'content-type': 'application/json' },
        body: `{"answer":${l.answer},"revision":${l.revision}}`,
      }),
      onResponse: (status, body) => {
        if (status === 200) l.revision = revisionIn(body) ?? l.revision + 1;
        else {
          const current = CURRENT.exec(body);
          if (current) l.revision = Number(current[1]);
        }
      },
    },
    {
      method: 'GET',
      setupRequest: (req) => ({ ...req, path: '/api/me/progress', headers: { authorization: `Bearer ${l.token}` } }),
    },
  ];
  const result = await autocannon({
    url: baseUrl,
    connections,
    duration: seconds,
    timeout: 30,
    // Unset: every learner sends its next request as soon as the last one is answered (saturation).
    ...(requestsPerLearnerPerSecond ? { connectionRate: requestsPerLearnerPerSecond } : {}),
    requests: requestsFor(learners[0]!),
    setupClient: (client) => {
      (client as unknown as { setRequests(r: autocannon.Request[]): void }).setRequests(requestsFor(learners[next++ % learners.length]!));
    },
  });
  return {
    rps: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    requests: result.requests.total,
  };
}

/**
 * The hot path at a person's pace: each learner saves and then reads their progress once every
 * `periodMs`, starting at a random moment in the first period and drifting with a little jitter,
 * so requests arrive spread out as they do from people typing (autocannon's own rate limit sends
 * every connection's request at the same tick, a burst no group of people produces).
 */
export async function pacedHotPath(baseUrl: string, learners: Learner[], seconds: number, periodMs = 2000): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: learners.length });
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
  const call = (method: string, path: string, token: string, body?: string) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = httpRequest(`${baseUrl}${path}`, { method, agent, headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {}) } }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(body);
    });
  const timed = async (method: string, path: string, token: string, body?: string) => {
    const t0 = performance.now();
    try {
      const res = await call(method, path, token, body);
      latencies.push(performance.now() - t0);
      if (res.status >= 300) errors += 1;
      return res;
    } catch {
      errors += 1;
      return null;
    }
  };
  await Promise.all(
    learners.map(async (l) => {
      await sleep(Math.random() * periodMs);
      while (performance.now() < deadline) {
        const start = performance.now();
        const saved = await timed('PUT', `/api/attempts/${l.attemptId}/answer`, l.token, `{"answer":${l.answer},"revision":${l.revision}}`);
        if (saved?.status === 200) l.revision = revisionIn(saved.text) ?? l.revision + 1;
        else if (saved) {
          const current = CURRENT.exec(saved.text);
          if (current) l.revision = Number(current[1]);
        }
        await timed('GET', '/api/me/progress', l.token);
        await sleep(start + periodMs * (0.9 + Math.random() * 0.2) - performance.now());
      }
    }),
  );
  agent.destroy();
  const sorted = latencies.sort((a, b) => a - b);
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
  return { rps: Math.round(latencies.length / seconds), p50Ms: at(0.5), p99Ms: at(0.99), errors, requests: latencies.length };
}
