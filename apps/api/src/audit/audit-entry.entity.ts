import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who read whose written work, and when. Written on every read of someone else's work. */
@Entity()
@Index('audit_entry_org_at', ['organizationId', 'at'])
export class AuditEntry {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid' })
  actorId: string;

  /** Whose work was read. */
  @Column({ type: 'uuid' })
  subjectId: string;

  /** e.g. `attempt.read`. */
  @Column({ type: 'text' })
  action: string;

  /** What was read, e.g. the attempt id. */
  @Column({ type: 'text' })
  target: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
