import createClient, { type Middleware } from 'openapi-fetch';
import type { ErrorBody, FieldError } from '#contracts';
import type { paths } from './schema';

/**
 * The one typed client for the Footsteps API. Request and response types come from the
 * committed OpenAPI document (`npm run gen:client` regenerates ./schema.d.ts); nothing here
 * is written by hand.
 *
 * The session lives in an httpOnly cookie, so requests go to the same origin: the API serves
 * this app in production and Vite proxies `/api` in development.
 */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The API only accepts JSON on state-changing requests, even on bodiless ones such as logout. */
const jsonOnStateChanges: Middleware = {
  onRequest({ request }) {
    if (!SAFE_METHODS.has(request.method) && !request.headers.has('Content-Type')) {
      request.headers.set('Content-Type', 'application/json');
    }
    return request;
  },
};

export const api = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? '',
  credentials: 'same-origin',
  headers: { Accept: 'application/json' },
  // Look fetch up on every call (not once at start) so tests can stub it.
  fetch: (request) => globalThis.fetch(request),
});
api.use(jsonOnStateChanges);

/** A failed API call, carrying the API's error body (`code`, `message`, field errors). */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly fieldErrors: FieldError[];
  readonly correlationId: string | undefined;

  constructor(status: number, body: Partial<ErrorBody> | undefined) {
    super(body?.message ?? defaultMessage(status));
    this.status = status;
    this.code = body?.code ?? (status >= 500 ? 'INTERNAL' : 'UNKNOWN');
    this.fieldErrors = body?.errors ?? [];
    this.correlationId = body?.correlationId;
  }
}

function defaultMessage(status: number): string {
  if (status === 0) return 'Footsteps could not be reached. Check your connection and try again.';
  if (status >= 500) return 'Something went wrong on our side. Please try again in a moment.';
  return 'The request could not be completed.';
}

/** Turns an openapi-fetch result into its data, or throws an ApiError. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok) return result.data as T;
  throw new ApiError(result.response.status, asErrorBody(result.error));
}

function asErrorBody(value: unknown): Partial<ErrorBody> | undefined {
  if (value && typeof value === 'object' && 'message' in value) return value as Partial<ErrorBody>;
  return undefined;
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

/** A network failure (fetch rejected) becomes an ApiError with status 0 so screens handle one type. */
export async function call<T>(
  request: () => Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result;
  try {
    result = await request();
  } catch {
    throw new ApiError(0, undefined);
  }
  return unwrap(result);
}
