import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const LEARNING_VERBS = ['started', 'saved', 'submitted', 'scored', 'completed'] as const;
export type LearningVerb = (typeof LEARNING_VERBS)[number];

/**
 * Append-only record of every learning event (the source of xAPI statements and reports).
 * A database trigger refuses UPDATE and DELETE.
 */
@Entity()
@Index('learning_event_org_at', ['organizationId', 'at'])
@Index('learning_event_actor', ['organizationId', 'actorId', 'at'])
export class LearningEvent {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid' })
  actorId: string;

  @Column({ type: 'uuid' })
  moduleId: string;

  @Column({ type: 'uuid' })
  moduleVersionId: string;

  @Column({ type: 'uuid' })
  attemptId: string;

  @Column({ type: 'text' })
  verb: LearningVerb;

  @Column({ type: 'boolean', default: false })
  practice: boolean;

  /** e.g. `{ score, percent }`; never the learner's words. */
  @Column({ type: 'jsonb', nullable: true })
  result: Record<string, unknown> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
