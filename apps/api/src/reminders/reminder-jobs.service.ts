import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { NotificationOutboxService } from '../notifications/notification-outbox.service.js';
import { RemindersService } from './reminders.service.js';

export const SCAN_QUEUE = 'reminders-scan';
export const EMAIL_QUEUE = 'notifications-email';
/** How often the outbox retries and picks up notifications written by other features. */
const EMAIL_CRON = '* * * * *';

/**
 * The job queue, on the application's own PostgreSQL (pg-boss, in schema `pgboss`; no other
 * server). It schedules the reminder scan (`REMINDER_SCAN_CRON`) and, when SMTP is configured,
 * the e-mail outbox every minute and right after each scan. pg-boss's cron creates one job per
 * tick however many API processes run, and both jobs are idempotent besides. It starts with the
 * app and stops with it (closing its connections); with `JOBS_ENABLED=false` it never starts.
 */
@Injectable()
export class ReminderJobsService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private boss?: PgBoss;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reminders: RemindersService,
    private readonly outbox: NotificationOutboxService,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.config.jobs.enabled) return;
    const boss = new PgBoss({ connectionString: this.config.database.url, application_name: 'footsteps-jobs', max: 4 });
    boss.on('error', (err) => this.logger.error(`Job queue: ${err.message}`));
    await boss.start();
    this.boss = boss;
    const retry = { retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInMinutes: 30 };
    await boss.createQueue(SCAN_QUEUE, { name: SCAN_QUEUE, policy: 'stately', ...retry });
    await boss.createQueue(EMAIL_QUEUE, { name: EMAIL_QUEUE, policy: 'stately', ...retry });
    await boss.schedule(SCAN_QUEUE, this.config.reminders.scanCron);
    await boss.work(SCAN_QUEUE, async () => {
      await this.reminders.scan();
      if (this.outbox.enabled) await boss.send(EMAIL_QUEUE, {});
    });
    if (this.outbox.enabled) {
      await boss.schedule(EMAIL_QUEUE, EMAIL_CRON);
      await boss.work(EMAIL_QUEUE, async () => {
        await this.outbox.sendPending();
      });
    } else {
      // SMTP may have been configured on an earlier run.
      await boss.unschedule(EMAIL_QUEUE);
    }
    this.logger.log(`Reminder scan scheduled (${this.config.reminders.scanCron}); e-mail ${this.outbox.enabled ? 'on' : 'off (no SMTP_URL)'}`);
  }

  /** Queues a scan now (it runs on whichever process's worker picks it up). */
  async queueScan(): Promise<string | null> {
    if (!this.boss) throw new Error('The job queue is not running (JOBS_ENABLED=false).');
    return this.boss.send(SCAN_QUEUE, {});
  }

  async onApplicationShutdown(): Promise<void> {
    const boss = this.boss;
    this.boss = undefined;
    // Waits for a running job (up to the timeout), then closes pg-boss's pool and timers.
    await boss?.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}
