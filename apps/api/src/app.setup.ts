import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { toErrorResponse } from './common/errors/global-exception.filter.js';
import { createValidationPipe } from './common/validation.js';
import type { AppConfig } from './config/config.js';
import { setupOpenApi } from './openapi/openapi.js';

const CORRELATION_HEADER = 'x-correlation-id';
const LARGE_BODY_ROUTES = ['/api/people/import'];

/**
 * Everything about the HTTP pipeline that is not a module: shared by main.ts and the tests so
 * that tests exercise exactly what production runs. The app must be created with `bodyParser: false`.
 */
export function configureApp(app: INestApplication, config: AppConfig): void {
  app.useLogger(app.get(Logger));
  app.use((req: Request & { id?: string }, res: Response, next: NextFunction) => {
    const incoming = req.headers[CORRELATION_HEADER];
    req.id = typeof incoming === 'string' && /^[\w-]{8,100}$/.test(incoming) ? incoming : randomUUID();
    res.setHeader(CORRELATION_HEADER, req.id);
    next();
  });
  app.use(helmet());
  app.use(cookieParser());
  app.use(LARGE_BODY_ROUTES, express.json({ limit: '3mb' }));
  app.use(express.json({ limit: config.bodyLimit }));
  // Body-parser errors happen before Nest's pipeline; answer them with the same error body.
  app.use((err: unknown, req: Request & { id?: string }, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    const { status, body } = toErrorResponse(err, req.id ?? 'unknown');
    res.status(status).json(body);
  });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  setupOpenApi(app);
}
