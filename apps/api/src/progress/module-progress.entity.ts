import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ModuleStatus } from '#module-kinds';

/**
 * The result of `moduleProgress` for one person and module, stored whenever their attempts
 * change, so that lists and reports read progress instead of recomputing it from attempts.
 * Overdue is not stored: it depends on the due date of whoever reads it.
 */
@Entity()
@Index('module_progress_module', ['organizationId', 'moduleId', 'status'])
export class ModuleProgress {
  @PrimaryColumn({ type: 'uuid' })
  personId: string;

  @PrimaryColumn({ type: 'uuid' })
  moduleId: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'text' })
  status: ModuleStatus;

  @Column({ type: 'int' })
  percent: number;

  @Column({ type: 'int', nullable: true })
  score: number | null;

  /** When the module first became completed. */
  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
