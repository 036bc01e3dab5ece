import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport, type Transporter } from 'nodemailer';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { composeEmail } from './notification-email.js';

/** Rows claimed and sent per transaction. */
const BATCH = 50;
/** A notification that failed this many times is not tried again. */
export const MAX_EMAIL_ATTEMPTS = 5;
/** Older notifications are not e-mailed (e.g. those created before SMTP was configured). */
const MAX_AGE_DAYS = 7;
/** Consecutive failures after which a run stops: the mail server is probably down. */
const GIVE_UP_AFTER = 3;

export interface OutboxResult {
  sent: number;
  failed: number;
}

interface Claimed {
  id: string;
  title: string;
  body: string;
  link: string | null;
  email: string;
  name: string;
}

/**
 * The e-mail outbox. Notifications are written first (in the app at once); this sends those whose
 * `emailed_at` is still null. Each batch is claimed with `FOR UPDATE SKIP LOCKED` inside one
 * transaction, so two API processes never send the same row; a sent row gets `emailed_at`, a
 * failed one `email_attempts + 1` and is retried on a later run. Delivery is at least once: a
 * crash between the SMTP send and the commit sends that batch again.
 */
@Injectable()
export class NotificationOutboxService implements OnApplicationShutdown {
  private readonly logger = new Logger('Outbox');
  private readonly transport?: Transporter;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
  ) {
    if (config.mail.smtpUrl) {
      this.transport = createTransport(
        { url: config.mail.smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 },
        { from: config.mail.from },
      );
    }
  }

  /** True when `SMTP_URL` is set. */
  get enabled(): boolean {
    return !!this.transport;
  }

  /** Sends what is waiting, batch after batch, until nothing is left or the server keeps failing. */
  async sendPending(): Promise<OutboxResult> {
    const total: OutboxResult = { sent: 0, failed: 0 };
    if (!this.transport) return total;
    for (;;) {
      const r = await this.sendBatch();
      total.sent += r.sent;
      total.failed += r.failed;
      if (r.failed || r.claimed < BATCH) return total;
    }
  }

  private async sendBatch(): Promise<OutboxResult & { claimed: number }> {
    const transport = this.transport!;
    return this.db.transaction(async (tx) => {
      const rows: Claimed[] = await tx.query(
        `SELECT n.id, n.title, n.body, n.link, p.email, p.name
           FROM notification n
           JOIN person p ON p.id = n.person_id AND p.organization_id = n.organization_id
          WHERE n.emailed_at IS NULL AND n.read_at IS NULL
            AND n.email_attempts < $1 AND n.created_at > now() - make_interval(days => $2)
          ORDER BY n.created_at
          LIMIT $3
          FOR UPDATE OF n SKIP LOCKED`,
        [MAX_EMAIL_ATTEMPTS, MAX_AGE_DAYS, BATCH],
      );
      const sent: string[] = [];
      const failed: string[] = [];
      let streak = 0;
      for (const row of rows) {
        try {
          const mail = composeEmail(row, this.config.publicUrl);
          await transport.sendMail({ to: { name: row.name, address: row.email }, subject: mail.subject, text: mail.text });
          sent.push(row.id);
          streak = 0;
        } catch (err) {
          failed.push(row.id);
          this.logger.warn(`E-mail for notification ${row.id} failed: ${(err as Error).message}`);
          if (++streak >= GIVE_UP_AFTER) break;
        }
      }
      if (sent.length) await tx.query('UPDATE notification SET emailed_at = now() WHERE id = ANY($1::uuid[])', [sent]);
      if (failed.length) await tx.query('UPDATE notification SET email_attempts = email_attempts + 1 WHERE id = ANY($1::uuid[])', [failed]);
      return { sent: sent.length, failed: failed.length, claimed: rows.length };
    });
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
