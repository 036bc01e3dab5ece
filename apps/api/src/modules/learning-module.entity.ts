import { Column, JoinColumn, ManyToOne, type Relation, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Organization } from '../org/organization.entity.js';

export type PublicationStatus = 'draft' | 'published' | 'archived';

/**
 * An exercise a coach authors. `draftContent` is the editable working copy; publishing freezes
 * it into an immutable `ModuleVersion` that learners play and attempts keep.
 */
@Entity()
@Index('learning_module_org_slug_unique', ['organizationId', 'slug'], { unique: true })
@Index('learning_module_org_status', ['organizationId', 'status'])
export class LearningModule {
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
  kind: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  summary: string;

  @Column({ type: 'text', default: '' })
  industry: string;

  @Column({ type: 'int', default: 15 })
  estimatedMinutes: number;

  @Column({ type: 'jsonb' })
  draftContent: unknown;

  @Column({ type: 'text', default: 'draft' })
  status: PublicationStatus;

  /** The version learners start new attempts on; null until first published. */
  @Column({ type: 'uuid', nullable: true })
  publishedVersionId: string | null;

  @Column({ type: 'int', default: 0 })
  publishedVersionNumber: number;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
