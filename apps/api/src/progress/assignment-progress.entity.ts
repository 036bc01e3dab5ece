import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ModuleStatus } from '#module-kinds';
import type { AssignableItem } from '../assignments/assignment.entity.js';

/**
 * One person's effective assignment of one item (merged over every assignment that reaches
 * them, with the earliest due date) and its status from the progress functions, kept up to date
 * by `AssignmentProgressService` whenever an input changes: the person's module progress, their
 * placement, the assignments, or the item itself. HR's completion report counts these rows
 * instead of expanding every assignment on each request. Overdue is not stored: it is judged
 * from `dueAt` when the report is read.
 */
@Entity()
@Index('assignment_progress_item', ['organizationId', 'itemType', 'itemId'])
@Index('assignment_progress_department', ['organizationId', 'departmentId'])
export class AssignmentProgress {
  @PrimaryColumn({ type: 'uuid' })
  personId: string;

  @PrimaryColumn({ type: 'text' })
  itemType: AssignableItem;

  @PrimaryColumn({ type: 'uuid' })
  itemId: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid', nullable: true })
  departmentId: string | null;

  @Column({ type: 'uuid', nullable: true })
  teamId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  @Column({ type: 'text' })
  status: ModuleStatus;

  /** When the item became completed: the module's, or the last of a course's modules (null unless completed). */
  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
