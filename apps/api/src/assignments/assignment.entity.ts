import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Organization } from '../org/organization.entity.js';

export const ASSIGNMENT_TARGETS = ['person', 'team', 'department'] as const;
export type AssignmentTarget = (typeof ASSIGNMENT_TARGETS)[number];
export const ASSIGNABLE_ITEMS = ['course', 'module'] as const;
export type AssignableItem = (typeof ASSIGNABLE_ITEMS)[number];

/**
 * A course or module assigned to a person, a team or a department. Membership is live: who
 * receives it is worked out from current membership whenever it is read, so someone who joins
 * the team later gets it too. Unassigning sets `revokedAt`; the row stays for history.
 */
@Entity()
@Index('assignment_target', ['organizationId', 'targetType', 'targetId'], { where: 'revoked_at IS NULL' })
@Index('assignment_item', ['organizationId', 'itemType', 'itemId'])
export class Assignment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<Organization>;

  @Column({ type: 'text' })
  targetType: AssignmentTarget;

  @Column({ type: 'uuid' })
  targetId: string;

  @Column({ type: 'text' })
  itemType: AssignableItem;

  @Column({ type: 'uuid' })
  itemId: string;

  @Column({ type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  @Column({ type: 'text', default: '' })
  note: string;

  @Index()
  @Column({ type: 'uuid' })
  assignedBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
