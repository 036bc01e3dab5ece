/** Stable error codes every error response carries in `code`; clients switch on these. */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'MALFORMED_JSON',
  'PAYLOAD_TOO_LARGE',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'TOO_MANY_REQUESTS',
  'FORBIDDEN',
  'CSRF_REJECTED',
  'NOT_FOUND',
  'CONFLICT',
  'EMAIL_TAKEN',
  'VERSION_CONFLICT',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The one error body of every 4xx and 5xx response. */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
  errors?: FieldError[];
  correlationId: string;
}

export interface FieldError {
  /** Dotted path of the offending field, e.g. `roles.1` or `stages.2.tasks.0.prompt`. */
  field: string;
  message: string;
}
