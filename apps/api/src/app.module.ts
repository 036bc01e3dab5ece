import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ServeStaticModule } from '@nestjs/serve-static';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AssignmentsModule } from './assignments/assignments.module.js';
import { AttemptsModule } from './attempts/attempts.module.js';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { InsightsModule } from './insights/insights.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { ReviewsModule } from './reviews/reviews.module.js';
import { PersonalDataModule } from './personal-data/personal-data.module.js';
import { SkillsModule } from './skills/skills.module.js';
import { XapiModule } from './xapi/xapi.module.js';
import { CoursesModule } from './courses/courses.module.js';
import { ModulesModule } from './modules/modules.module.js';
import { GlobalExceptionFilter } from './common/errors/global-exception.filter.js';
import { MemoizingThrottlerGuard } from './common/throttler.guard.js';
import { SlidingWindowThrottlerStorage } from './common/throttler-storage.js';
import type { AppConfig } from './config/config.js';
import { ConfigModule } from './config/config.module.js';
import { typeOrmOptions } from './database/typeorm-options.js';
import { DemoModule } from './demo/demo.module.js';
import { EmpathyModule } from './empathy/empathy.module.js';
import { HealthController } from './health/health.controller.js';
import { OrgModule } from './org/org.module.js';
import { PeopleModule } from './people/people.module.js';
import { RemindersModule } from './reminders/reminders.module.js';

/** Log levels at which pino-http's request completion lines (logged at info) are written. */
const INFO_OR_LOWER = new Set(['trace', 'debug', 'info']);

/** The built web app, served at `/` when it exists (after `npm run build`). */
export const WEB_ROOT = new URL('../../../web', import.meta.url).pathname;

@Module({})
export class AppModule {
  /** `config.database.url` must be resolved (main.ts starts the embedded database when it is unset). */
  static forRoot(config: AppConfig): DynamicModule {
    if (!config.database.url) throw new Error('AppModule needs a database URL');
    const web = existsSync(`${WEB_ROOT}/index.html`)
      ? [ServeStaticModule.forRoot({ rootPath: WEB_ROOT, exclude: ['/api/{*path}'] })]
      : [];
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.log.level,
            // Each request's completion line is logged at info: below that level pino-http would
            // still listen for every response's end and build the line only to drop it.
            autoLogging: INFO_OR_LOWER.has(config.log.level),
            transport: config.log.pretty ? { target: 'pino-pretty', options: { singleLine: true, colorize: true } } : undefined,
            genReqId: (req) => (req as { id?: string }).id ?? randomUUID(),
            redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
            customProps: (req) => ({ correlationId: (req as { id?: string }).id }),
            serializers: {
              req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            },
          },
        }),
        TypeOrmModule.forRoot({ ...typeOrmOptions(config.database.url), autoLoadEntities: true, migrationsRun: true }),
        ThrottlerModule.forRoot({ throttlers: [{ name: 'default', ttl: 60_000, limit: config.rateLimitPerMinute }], storage: new SlidingWindowThrottlerStorage() }),
        ...web,
        AuthModule,
        OrgModule,
        PeopleModule,
        DemoModule,
        EmpathyModule,
        ModulesModule,
        CoursesModule,
        AttemptsModule,
        AssignmentsModule,
        RemindersModule,
        ReviewsModule,
        AuditModule,
        ReportsModule,
        InsightsModule,
        SkillsModule,
        PersonalDataModule,
        XapiModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_FILTER, useClass: GlobalExceptionFilter },
        { provide: APP_GUARD, useClass: MemoizingThrottlerGuard },
      ],
    };
  }
}
