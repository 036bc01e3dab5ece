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
