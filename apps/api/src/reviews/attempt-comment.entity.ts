import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Attempt } from '../attempts/attempt.entity.js';

/** A coach's comment on a submitted attempt: on the whole of it, or on one step or turn (`anchor`). */
@Entity()
@Index('attempt_comment_attempt', ['attemptId', 'createdAt'])
export class AttemptComment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid' })
  attemptId: string;

  @ManyToOne(() => Attempt, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attempt_id' })
  attempt?: Relation<Attempt>;

  @Column({ type: 'uuid' })
  authorId: string;

  /** Null for the whole attempt; otherwise a step key (`best`, `stages.pay`) or a scenario node id. */
  @Column({ type: 'text', nullable: true })
  anchor: string | null;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
