import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type FindOptionsWhere, type QueryDeepPartialEntity, type Repository } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { DomainError } from '../common/errors/domain-error.js';
import { LearningModule } from '../modules/learning-module.entity.js';
import { slugify } from '../modules/modules.service.js';
import { versionConflict } from '../org/org-structure.service.js';
import type { ModuleProgress } from '../progress/module-progress.entity.js';
import { AssignmentProgressService } from '../progress/assignment-progress.service.js';
import { ProgressService } from '../progress/progress.service.js';
import { Course } from './course.entity.js';
import type { CourseDto, CreateCourseDto, UpdateCourseDto } from './dto/courses.dto.js';

const canAuthor = (p: Principal): boolean => p.permissions.includes('courses.author');

/** Courses: ordered modules with a completion rule, and the caller's progress on each. */
@Injectable()
export class CoursesService {
  constructor(
    @InjectRepository(Course) private readonly courses: Repository<Course>,
    @InjectRepository(LearningModule) private readonly modules: Repository<LearningModule>,
    private readonly progress: ProgressService,
    private readonly assignmentProgress: AssignmentProgressService,
  ) {}

  async list(me: Principal): Promise<CourseDto[]> {
    const where: FindOptionsWhere<Course> = { organizationId: me.organizationId };
    if (!canAuthor(me)) where.status = 'published';
    const rows = await this.courses.find({ where, order: { title: 'ASC' } });
    const modules = await this.modulesById(me.organizationId, rows.flatMap((c) => c.moduleIds));
    const stored = (await this.progress.forPeople(me.organizationId, [me.personId], [...modules.keys()])).get(me.personId);
    return rows.map((c) => this.toDto(me, c, modules, stored));
  }

  async get(me: Principal, id: string): Promise<CourseDto> {
    const c = await this.find(me, id);
    const stored = (await this.progress.forPeople(me.organizationId, [me.personId], c.moduleIds)).get(me.personId);
    return this.toDto(me, c, await this.modulesById(me.organizationId, c.moduleIds), stored);
  }

  async create(me: Principal, dto: CreateCourseDto): Promise<CourseDto> {
    await this.assertModules(me.organizationId, dto.moduleIds);
    const base = slugify(dto.title);
    let slug = base;
    for (let n = 2; await this.courses.existsBy({ organizationId: me.organizationId, slug }); n += 1) slug = `${base}-${n}`;
    const c = await this.courses.save(
      this.courses.create({
        organizationId: me.organizationId,
        slug,
        title: dto.title.trim(),
        description: dto.description ?? '',
        outcomes: dto.outcomes ?? [],
        moduleIds: dto.moduleIds,
        completionRule: { kind: 'all-completed', ...(dto.completionRule.minScore !== undefined ? { minScore: dto.completionRule.minScore } : {}) },
        status: 'draft',
        createdBy: me.personId,
      }),
    );
    return this.get(me, c.id);
  }

  async update(me: Principal, id: string, dto: UpdateCourseDto): Promise<CourseDto> {
    const c = await this.find(me, id);
    if (dto.moduleIds) await this.assertModules(me.organizationId, dto.moduleIds);
    if (c.status === 'published' && dto.moduleIds) await this.assertPublished(me.organizationId, dto.moduleIds);
    const changes: QueryDeepPartialEntity<Course> = { version: dto.version + 1, updatedAt: new Date() };
    if (dto.title !== undefined) changes.title = dto.title.trim();
    if (dto.description !== undefined) changes.description = dto.description;
    if (dto.outcomes !== undefined) changes.outcomes = dto.outcomes;
    if (dto.moduleIds !== undefined) changes.moduleIds = dto.moduleIds;
    if (dto.completionRule !== undefined) {
      changes.completionRule = { kind: 'all-completed', ...(dto.completionRule.minScore !== undefined ? { minScore: dto.completionRule.minScore } : {}) };
    }
    await this.changeAndRefresh(me, id, dto.version, c.version, changes, dto.moduleIds !== undefined || dto.completionRule !== undefined);
    return this.get(me, id);
  }

  async setStatus(me: Principal, id: string, version: number, status: 'published' | 'archived'): Promise<CourseDto> {
    const c = await this.find(me, id);
    if (status === 'published') await this.assertPublished(me.organizationId, c.moduleIds);
    await this.changeAndRefresh(me, id, version, c.version, { status, version: version + 1, updatedAt: new Date() }, status !== c.status);
    return this.get(me, id);
  }

  /**
   * Writes a change optimistically on `version`; when it alters what the course's learners'
   * status depends on (its modules, rule or status), their assignment progress follows in the
   * same transaction.
   */
  private async changeAndRefresh(me: Principal, id: string, version: number, currentVersion: number, changes: QueryDeepPartialEntity<Course>, affectsStatus: boolean): Promise<void> {
    await this.courses.manager.transaction(async (tx) => {
      const result = await tx.getRepository(Course).update({ id, organizationId: me.organizationId, version }, changes);
      if (!result.affected) throw versionConflict(currentVersion);
      if (affectsStatus) await this.assignmentProgress.refreshItem(tx, me.organizationId, 'course', id);
    });
  }

  private async find(me: Principal, id: string): Promise<Course> {
    const c = await this.courses.findOneBy({ id, organizationId: me.organizationId });
    if (!c || (!canAuthor(me) && c.status !== 'published')) throw DomainError.notFound('The course');
    return c;
  }

  private async modulesById(orgId: string, ids: string[]): Promise<Map<string, LearningModule>> {
    if (!ids.length) return new Map();
    const rows = await this.modules.findBy({ organizationId: orgId, id: In([...new Set(ids)]) });
    return new Map(rows.map((m) => [m.id, m]));
  }

  private async assertModules(orgId: string, ids: string[]): Promise<void> {
    const found = await this.modulesById(orgId, ids);
    const errors = ids.flatMap((id, i) => (found.has(id) ? [] : [{ field: `moduleIds.${i}`, message: 'No such module in this organization.' }]));
    if (errors.length) throw DomainError.validation(errors);
  }

  private async assertPublished(orgId: string, ids: string[]): Promise<void> {
    const found = await this.modulesById(orgId, ids);
    const errors = ids.flatMap((id, i) => {
      const m = found.get(id);
      return m && m.status === 'published' ? [] : [{ field: `moduleIds.${i}`, message: `Module "${m?.title ?? id}" is not published.` }];
    });
    if (errors.length) throw DomainError.validation(errors, 'A published course may only contain published modules.');
  }

  /** `stored`: the caller's stored module progress, read once for every course shown. */
  private toDto(me: Principal, c: Course, modules: Map<string, LearningModule>, stored: Map<string, ModuleProgress> | undefined): CourseDto {
    return {
      id: c.id,
      slug: c.slug,
      title: c.title,
      description: c.description,
      outcomes: c.outcomes,
      completionRule: c.completionRule,
      status: c.status,
      version: c.version,
      modules: c.moduleIds.flatMap((id) => {
        const m = modules.get(id);
        if (!m || (!canAuthor(me) && m.status !== 'published')) return [];
        return [{ id: m.id, title: m.title, kind: m.kind, summary: m.summary, industry: m.industry, estimatedMinutes: m.estimatedMinutes, status: m.status }];
      }),
      progress: this.progress.courseState(c, stored),
    };
  }
}
