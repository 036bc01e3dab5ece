import { Column, JoinColumn, ManyToOne, type Relation, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Organization } from '../org/organization.entity.js';
import { LearningModule } from '../modules/learning-module.entity.js';
import { ModuleVersion } from '../modules/module-version.entity.js';
import { Person } from '../people/person.entity.js';
import type { AttemptState } from '#module-kinds';

/**
 * A person's go at one module version. `answer` is autosaved with optimistic concurrency
 * (`revision`); practice attempts are private and never count toward progress or reports.
 */
@Entity()
@Index('attempt_person_module', ['organizationId', 'personId', 'moduleId'])
@Index('attempt_module_state', ['organizationId', 'moduleId', 'state'])
export class Attempt {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<Organization>;

  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Relation<Person>;

  @Column({ type: 'uuid' })
  moduleId: string;

  @ManyToOne(() => LearningModule, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id' })
  module?: Relation<LearningModule>;

  @Column({ type: 'uuid' })
  moduleVersionId: string;

  @ManyToOne(() => ModuleVersion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'module_version_id' })
  moduleVersion?: Relation<ModuleVersion>;

  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text', default: 'draft' })
  state: AttemptState;

  @Column({ type: 'boolean', default: false })
  practice: boolean;

  @Column({ type: 'jsonb' })
  answer: unknown;

  /** Bumped on every save; a save naming an older revision is refused with 409. */
  @Column({ type: 'int', default: 1 })
  revision: number;

  @Column({ type: 'int', nullable: true })
  score: number | null;

  @Column({ type: 'jsonb', nullable: true })
  scoreDetails: unknown;

  /** A coach's override of the score, with the reason the learner sees. */
  @Column({ type: 'int', nullable: true })
  overrideScore: number | null;

  @Column({ type: 'text', nullable: true })
  overrideReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  overriddenBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  overriddenAt: Date | null;

  /** The kind's summary for reports: numbers, keys and enums only, never the learner's words. */
  @Column({ type: 'jsonb', nullable: true })
  summary: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  startedAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;
}
