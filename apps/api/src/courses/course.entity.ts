import { Column, JoinColumn, ManyToOne, type Relation, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Organization } from '../org/organization.entity.js';
import type { CompletionRule } from '#module-kinds';
import type { PublicationStatus } from '../modules/learning-module.entity.js';

/** Ordered modules with a completion rule. */
@Entity()
@Index('course_org_slug_unique', ['organizationId', 'slug'], { unique: true })
export class Course {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<Organization>;

  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  outcomes: string[];

  /** Module ids in course order. */
  @Column({ type: 'uuid', array: true })
  moduleIds: string[];

  @Column({ type: 'jsonb' })
  completionRule: CompletionRule;

  @Column({ type: 'text', default: 'draft' })
  status: PublicationStatus;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
