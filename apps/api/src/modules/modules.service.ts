import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, type FindOptionsWhere, type QueryDeepPartialEntity, type Repository } from 'typeorm';
import { getModuleKind, MODULE_KINDS, validateModuleContent, type Issue, type Result } from '#module-kinds';
import type { Principal } from '../auth/principal.js';
import { DomainError } from '../common/errors/domain-error.js';
import { OrgStructureService, versionConflict } from '../org/org-structure.service.js';
import { AssignmentProgressService } from '../progress/assignment-progress.service.js';
import type { CreateModuleDto, ListModulesQuery, ModuleDetailDto, ModuleKindDto, ModuleSummaryDto, UpdateModuleDto, ValidationReportDto } from './dto/modules.dto.js';
import { LearningModule } from './learning-module.entity.js';
import { ModuleVersion } from './module-version.entity.js';

export const canAuthor = (p: Principal): boolean => p.permissions.includes('modules.author');

export function slugify(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'module';
}

export function toModuleSummary(m: LearningModule): ModuleSummaryDto {
  return {
    id: m.id,
    slug: m.slug,
    kind: m.kind,
    title: m.title,
    summary: m.summary,
    industry: m.industry,
    estimatedMinutes: m.estimatedMinutes,
    status: m.status,
    publishedVersion: m.publishedVersionNumber,
    version: m.version,
    updatedAt: m.updatedAt.toISOString(),
  };
}

const SUMMARY_COLUMNS = {
  id: true,
  slug: true,
  kind: true,
  title: true,
  summary: true,
  industry: true,
  estimatedMinutes: true,
  status: true,
  publishedVersionNumber: true,
  version: true,
  updatedAt: true,
} as const;

/** Prefixes each issue's path with the body field it belongs to, for the one error body. */
export function contentErrors(issues: Issue[], field = 'content'): { field: string; message: string }[] {
  return issues.map((i) => ({ field: i.path ? `${field}.${i.path}` : field, message: i.message }));
}

/**
 * Authoring and reading modules. Coaches and admins author; everyone else sees published
 * modules only. Publishing freezes the working copy into an immutable version.
 */
@Injectable()
export class ModulesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(LearningModule) private readonly modules: Repository<LearningModule>,
    @InjectRepository(ModuleVersion) private readonly versions: Repository<ModuleVersion>,
    private readonly org: OrgStructureService,
    private readonly assignmentProgress: AssignmentProgressService,
  ) {}

  kinds(): ModuleKindDto[] {
    return Object.values(MODULE_KINDS).map((k) => ({ kind: k.kind, title: k.title, description: k.description }));
  }

  async list(me: Principal, q: ListModulesQuery): Promise<ModuleSummaryDto[]> {
    const where: FindOptionsWhere<LearningModule> = { organizationId: me.organizationId };
    if (q.kind) where.kind = q.kind;
    if (!canAuthor(me)) where.status = 'published';
    else if (q.status) where.status = q.status;
    // The summary only: not the draft content, which is large and read on every progress view.
    const rows = await this.modules.find({ where, order: { title: 'ASC' }, select: SUMMARY_COLUMNS });
    return rows.map(toModuleSummary);
  }

  async get(me: Principal, id: string): Promise<ModuleDetailDto> {
    const m = await this.find(me, id);
    const published = m.publishedVersionId ? await this.versions.findOneBy({ id: m.publishedVersionId }) : null;
    const kind = getModuleKind(m.kind)!;
    const detail: ModuleDetailDto = { ...toModuleSummary(m), content: published ? kind.learnerView(published.content) : null };
    if (canAuthor(me)) {
      detail.draftContent = m.draftContent;
      detail.issues = await this.issuesOf(me.organizationId, m.kind, m.draftContent);
    }
    return detail;
  }

  async create(me: Principal, dto: CreateModuleDto): Promise<ModuleDetailDto> {
    const m = await this.modules.save(
      this.modules.create({
        organizationId: me.organizationId,
        slug: await this.freeSlug(me.organizationId, dto.title),
        kind: dto.kind,
        title: dto.title.trim(),
        summary: dto.summary ?? '',
        industry: dto.industry ?? '',
        estimatedMinutes: dto.estimatedMinutes ?? 15,
        draftContent: dto.content,
        status: 'draft',
        createdBy: me.personId,
      }),
    );
    return this.get(me, m.id);
  }

  async update(me: Principal, id: string, dto: UpdateModuleDto): Promise<ModuleDetailDto> {
    const m = await this.find(me, id);
    const changes: QueryDeepPartialEntity<LearningModule> = { version: dto.version + 1, updatedAt: new Date() };
    if (dto.title !== undefined) changes.title = dto.title.trim();
    if (dto.summary !== undefined) changes.summary = dto.summary;
    if (dto.industry !== undefined) changes.industry = dto.industry;
    if (dto.estimatedMinutes !== undefined) changes.estimatedMinutes = dto.estimatedMinutes;
    if (dto.content !== undefined) changes.draftContent = dto.content as QueryDeepPartialEntity<LearningModule>['draftContent'];
    const result = await this.modules.update({ id, organizationId: me.organizationId, version: dto.version }, changes);
    if (!result.affected) throw versionConflict(m.version);
    return this.get(me, id);
  }

  /** Freezes the working copy into a new immutable version, if it is valid for its kind. */
  async publish(me: Principal, id: string, version: number): Promise<ModuleDetailDto> {
    const m = await this.find(me, id);
    if (m.version !== version) throw versionConflict(m.version);
    const validated = await this.validated(me.organizationId, m.kind, m.draftContent);
    if (!validated.ok) throw DomainError.validation(contentErrors(validated.errors), 'The module cannot be published until these are fixed.');
    await this.db.transaction(async (tx) => {
      const number = m.publishedVersionNumber + 1;
      const v = await tx.getRepository(ModuleVersion).save({
        organizationId: me.organizationId,
        moduleId: m.id,
        number,
        kind: m.kind,
        title: m.title,
        content: validated.value,
        publishedBy: me.personId,
      });
      const result = await tx.getRepository(LearningModule).update(
        { id, organizationId: me.organizationId, version },
        { status: 'published', publishedVersionId: v.id, publishedVersionNumber: number, version: version + 1, updatedAt: new Date() },
      );
      if (!result.affected) throw versionConflict(m.version);
      // A module assigned on its own counts in reports only while it is published.
      if (m.status !== 'published') await this.assignmentProgress.refreshItem(tx, me.organizationId, 'module', id);
    });
    return this.get(me, id);
  }

  /** Hides the module from learners; attempts and versions stay. */
  async archive(me: Principal, id: string, version: number): Promise<ModuleDetailDto> {
    const m = await this.find(me, id);
    await this.db.transaction(async (tx) => {
      const result = await tx.getRepository(LearningModule).update({ id, organizationId: me.organizationId, version }, { status: 'archived', version: version + 1, updatedAt: new Date() });
      if (!result.affected) throw versionConflict(m.version);
      await this.assignmentProgress.refreshItem(tx, me.organizationId, 'module', id);
    });
    return this.get(me, id);
  }

  async validate(me: Principal, kind: string, content: unknown): Promise<ValidationReportDto> {
    const issues = await this.issuesOf(me.organizationId, kind, content);
    return { valid: issues.length === 0, issues };
  }

  /** The module, if the caller may see it: authors see every status, learners published ones. */
  async find(me: Principal, id: string): Promise<LearningModule> {
    const m = await this.modules.findOneBy({ id, organizationId: me.organizationId });
    if (!m || (!canAuthor(me) && m.status !== 'published')) throw DomainError.notFound('The module');
    return m;
  }

  private async validated(orgId: string, kind: string, content: unknown): Promise<Result<unknown>> {
    return validateModuleContent(kind, content, { units: await this.org.units(orgId) });
  }

  private async issuesOf(orgId: string, kind: string, content: unknown): Promise<Issue[]> {
    const result = await this.validated(orgId, kind, content);
    return result.ok ? [] : result.errors;
  }

  private async freeSlug(orgId: string, title: string): Promise<string> {
    const base = slugify(title);
    for (let n = 1; ; n += 1) {
      const slug = n === 1 ? base : `${base}-${n}`;
      if (!(await this.modules.existsBy({ organizationId: orgId, slug }))) return slug;
    }
  }
}
