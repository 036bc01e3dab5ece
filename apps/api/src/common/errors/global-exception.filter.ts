import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import type { ErrorBody, ErrorCode } from '#contracts';
import { DomainError, HTTP_STATUS_OF } from './domain-error.js';

const CODE_OF_STATUS: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'TOO_MANY_REQUESTS',
};

/** Express body-parser errors carry a `type`; these are the client's fault. */
function bodyParserError(err: unknown): ErrorBody['code'] | undefined {
  const type = (err as { type?: unknown })?.type;
  if (type === 'entity.parse.failed') return 'MALFORMED_JSON';
  if (type === 'entity.too.large') return 'PAYLOAD_TOO_LARGE';
  if (typeof type === 'string' && /^(encoding\.unsupported|charset\.unsupported|request\.aborted|request\.size\.invalid)$/.test(type)) {
    return 'VALIDATION_FAILED';
  }
  return undefined;
}

const MESSAGES: Partial<Record<ErrorCode, string>> = {
  MALFORMED_JSON: 'The request body is not valid JSON.',
  PAYLOAD_TOO_LARGE: 'The request body is too large.',
  TOO_MANY_REQUESTS: 'Too many requests. Please wait a moment and try again.',
  NOT_FOUND: 'Not found.',
  INTERNAL: 'Something went wrong on our side. Quote the correlation id if you contact support.',
};

/** Turns any error into the one error body, with the request's correlation id. */
export function toErrorResponse(err: unknown, correlationId: string): { status: number; body: ErrorBody; serverFault: boolean } {
  if (err instanceof DomainError) {
    const status = HTTP_STATUS_OF[err.code];
    const body: ErrorBody = { code: err.code, message: err.message, correlationId, ...err.details.extra };
    if (err.details.errors) body.errors = err.details.errors;
    return { status, body, serverFault: status >= 500 };
  }
  const parserCode = bodyParserError(err);
  if (parserCode) {
    return { status: HTTP_STATUS_OF[parserCode], body: { code: parserCode, message: MESSAGES[parserCode] ?? 'The request body could not be read.', correlationId }, serverFault: false };
  }
  if (err instanceof ThrottlerException) {
    return { status: 429, body: { code: 'TOO_MANY_REQUESTS', message: MESSAGES.TOO_MANY_REQUESTS!, correlationId }, serverFault: false };
  }
  if (err instanceof HttpException && err.getStatus() < 500) {
    const status = err.getStatus();
    const code = CODE_OF_STATUS[status] ?? 'VALIDATION_FAILED';
    const message = status === 404 ? MESSAGES.NOT_FOUND! : sanitize(err.message);
    return { status, body: { code, message, correlationId }, serverFault: false };
  }
  return { status: HttpStatus.INTERNAL_SERVER_ERROR, body: { code: 'INTERNAL', message: MESSAGES.INTERNAL!, correlationId }, serverFault: true };
}

function sanitize(message: string): string {
  return message.length > 200 ? `${message.slice(0, 200)}…` : message;
}

export function correlationIdOf(req: Request): string {
  return String((req as Request & { id?: unknown }).id ?? 'unknown');
}

@Catch()
export class GlobalExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(err: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request>();
    const res = ctx.getResponse<Response>();
    const { status, body, serverFault } = toErrorResponse(err, correlationIdOf(req));
    if (serverFault) {
      this.logger.error({ err, correlationId: body.correlationId, method: req.method, url: req.originalUrl }, 'Unhandled error');
    }
    if (res.headersSent) return;
    if (status === 429 && err instanceof DomainError && typeof err.details.extra?.retryAfterSeconds === 'number') {
      res.setHeader('Retry-After', String(err.details.extra.retryAfterSeconds));
    }
    res.status(status).json(body);
  }
}
