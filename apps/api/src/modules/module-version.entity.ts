import { Column, JoinColumn, ManyToOne, type Relation, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Organization } from '../org/organization.entity.js';
import { LearningModule } from './learning-module.entity.js';

/** A published, immutable version of a module's content. Attempts point at the version they started on. */
@Entity()
@Index('module_version_module_number_unique', ['moduleId', 'number'], { unique: true })
export class ModuleVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<Organization>;

  @Column({ type: 'uuid' })
  moduleId: string;

  @ManyToOne(() => LearningModule, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id' })
  module?: Relation<LearningModule>;

  @Column({ type: 'int' })
  number: number;

  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'jsonb' })
  content: unknown;

  @Column({ type: 'uuid', nullable: true })
  publishedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  publishedAt: Date;
}
