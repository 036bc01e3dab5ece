import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const NOTIFICATION_KINDS = ['reminder', 'overdue', 'escalation', 'feedback'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * A message to a person, shown in the app and e-mailed when SMTP is configured. `dedupeKey` is
 * unique: the same reminder is never created twice, however often or wherever the job runs.
 * `emailedAt` makes the e-mail an outbox: sent once, retried until it goes.
 */
@Entity()
@Index('notification_dedupe_unique', ['dedupeKey'], { unique: true })
@Index('notification_person', ['organizationId', 'personId', 'createdAt'])
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid' })
  personId: string;

  @Column({ type: 'text' })
  kind: NotificationKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  body: string;

  /** Where the app should take the person, e.g. `/courses/<id>`. */
  @Column({ type: 'text', nullable: true })
  link: string | null;

  @Column({ type: 'text' })
  dedupeKey: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  /** Null until e-mailed (or when there is no SMTP); the outbox sends rows with null here. */
  @Column({ type: 'timestamptz', nullable: true })
  emailedAt: Date | null;

  @Column({ type: 'int', default: 0 })
  emailAttempts: number;
}
