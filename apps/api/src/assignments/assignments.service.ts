import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { DomainError } from '../common/errors/domain-error.js';
import { Course } from '../courses/course.entity.js';
import { LearningModule } from '../modules/learning-module.entity.js';
import { Department } from '../org/department.entity.js';
import { Team } from '../org/team.entity.js';
import { Person } from '../people/person.entity.js';
import { AssignmentProgressService } from '../progress/assignment-progress.service.js';
import { ProgressService } from '../progress/progress.service.js';
import { Assignment, type AssignableItem } from './assignment.entity.js';
import type { AssignmentDto, CreateAssignmentDto, CreatedAssignmentsDto, InboxItemDto, RecipientProgressDto } from './dto/assignments.dto.js';
import { effectiveAssignments, RECIPIENTS_OF_A } from './recipients.js';

const TARGET_ENTITY = { person: Person, team: Team, department: Department } as const;

/** Assigning courses and modules to people, teams and departments, and each learner's inbox. */
@Injectable()
export class AssignmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly progress: ProgressService,
    private readonly assignmentProgress: AssignmentProgressService,
  ) {}

  async create(me: Principal, dto: CreateAssignmentDto): Promise<CreatedAssignmentsDto> {
    const orgId = me.organizationId;
    await this.assertItem(orgId, dto.itemType, dto.itemId);
    const errors = [];
    for (const [i, target] of dto.targets.entries()) {
      const exists = await this.db.getRepository(TARGET_ENTITY[target.type]).existsBy({ id: target.id, organizationId: orgId });
      if (!exists) errors.push({ field: `targets.${i}.id`, message: `No such ${target.type} in this organization.` });
    }
    if (errors.length) throw DomainError.validation(errors);
    const dueAt = dto.dueAt ? new Date(dto.dueAt) : null;

    return this.db.transaction(async (tx) => {
      // Who already had this item before, and with which due date.
      const before = new Map(
        (await effectiveAssignments(tx, orgId, 'AND a.item_type = $2 AND a.item_id = $3', [dto.itemType, dto.itemId])).map((e) => [e.personId, e]),
      );
      const created = await tx.getRepository(Assignment).save(
        dto.targets.map((t) =>
          tx.getRepository(Assignment).create({
            organizationId: orgId,
            targetType: t.type,
            targetId: t.id,
            itemType: dto.itemType,
            itemId: dto.itemId,
            dueAt,
            note: dto.note?.trim() ?? '',
            assignedBy: me.personId,
          }),
        ),
      );
      const ids = created.map((a) => a.id);
      await this.assignmentProgress.refreshAssignments(tx, orgId, ids);
      const after = await effectiveAssignments(tx, orgId, 'AND a.item_type = $2 AND a.item_id = $3', [dto.itemType, dto.itemId]);
      const reached = after.filter((e) => e.assignmentIds.some((id) => ids.includes(id)));
      // Merged: reached by this call and by another assignment (an earlier one, or a second target of this call).
      const mergedIds = reached.filter((e) => before.has(e.personId) || e.assignmentIds.filter((id) => ids.includes(id)).length > 1).map((e) => e.personId);
      const names = mergedIds.length ? await tx.getRepository(Person).findBy({ id: In(mergedIds) }) : [];
      return {
        assignments: await this.describe(tx, orgId, created),
        recipients: reached.length,
        merged: mergedIds.map((personId) => ({
          personId,
          name: names.find((n) => n.id === personId)?.name ?? '',
          dueAt: reached.find((e) => e.personId === personId)!.dueAt?.toISOString() ?? null,
        })),
      };
    });
  }

  /** Assignments a coach made (admins see all), newest first. */
  async list(me: Principal): Promise<AssignmentDto[]> {
    const where = me.roles.includes('admin') ? { organizationId: me.organizationId } : { organizationId: me.organizationId, assignedBy: me.personId };
    const rows = await this.db.getRepository(Assignment).find({ where: { ...where, revokedAt: IsNull() }, order: { createdAt: 'DESC' }, take: 500 });
    return this.describe(this.db.manager, me.organizationId, rows);
  }

  /** Unassigns; the learners keep any work they did. */
  async revoke(me: Principal, id: string): Promise<void> {
    const a = await this.db.getRepository(Assignment).findOneBy({ id, organizationId: me.organizationId });
    if (!a || a.revokedAt) throw DomainError.notFound('The assignment');
    if (!me.roles.includes('admin') && a.assignedBy !== me.personId) throw new DomainError('FORBIDDEN', 'Only the person who assigned this, or an admin, can unassign it.');
    await this.db.transaction(async (tx) => {
      await tx.getRepository(Assignment).update({ id }, { revokedAt: new Date() });
      await this.assignmentProgress.refreshAssignments(tx, me.organizationId, [id]);
    });
  }

  /** Who an assignment reaches now and how far each person has got: the coach's view of team progress. */
  async recipients(me: Principal, id: string): Promise<RecipientProgressDto[]> {
    const a = await this.db.getRepository(Assignment).findOneBy({ id, organizationId: me.organizationId });
    if (!a || a.revokedAt || (!me.roles.includes('admin') && a.assignedBy !== me.personId)) throw DomainError.notFound('The assignment');
    const reached = (await effectiveAssignments(this.db.manager, me.organizationId, 'AND a.item_type = $2 AND a.item_id = $3', [a.itemType, a.itemId])).filter((e) => e.assignmentIds.includes(id));
    if (!reached.length) return [];
    const personIds = reached.map((e) => e.personId);
    const course = a.itemType === 'course' ? await this.db.getRepository(Course).findOneBy({ id: a.itemId }) : null;
    const stored = await this.progress.forPeople(me.organizationId, personIds, course ? course.moduleIds : [a.itemId]);
    const people = await this.db.getRepository(Person).find({ where: { id: In(personIds) }, relations: { team: true } });
    return reached
      .map((e) => {
        const p = people.find((x) => x.id === e.personId)!;
        const dueAt = e.dueAt ? new Date(e.dueAt) : null;
        const state = course ? this.progress.courseState(course, stored.get(p.id), dueAt) : this.progress.moduleState(a.itemId, stored.get(p.id)?.get(a.itemId), dueAt);
        return {
          personId: p.id,
          name: p.name,
          team: p.team?.name ?? null,
          dueAt: dueAt?.toISOString() ?? null,
          progress: { status: state.status, percent: state.percent, score: state.score, overdue: state.overdue },
        };
      })
      .sort((x, y) => x.name.localeCompare(y.name));
  }

  /** My assignments with the due date that applies and my progress, soonest due first. */
  async inbox(me: Principal): Promise<InboxItemDto[]> {
    const mine = await effectiveAssignments(this.db.manager, me.organizationId, 'AND p.id = $2', [me.personId]);
    const courseIds = mine.filter((e) => e.itemType === 'course').map((e) => e.itemId);
    const moduleIds = mine.filter((e) => e.itemType === 'module').map((e) => e.itemId);
    const courses = courseIds.length ? await this.db.getRepository(Course).findBy({ id: In(courseIds), organizationId: me.organizationId }) : [];
    const modules = moduleIds.length ? await this.db.getRepository(LearningModule).findBy({ id: In(moduleIds), organizationId: me.organizationId }) : [];
    const allModuleIds = [...moduleIds, ...courses.flatMap((c) => c.moduleIds)];
    const stored = (await this.progress.forPeople(me.organizationId, [me.personId], allModuleIds)).get(me.personId);
    const items: InboxItemDto[] = [];
    for (const e of mine) {
      const base = { itemType: e.itemType, itemId: e.itemId, dueAt: e.dueAt ? new Date(e.dueAt).toISOString() : null, notes: e.notes };
      if (e.itemType === 'course') {
        const c = courses.find((x) => x.id === e.itemId);
        if (!c || c.status === 'archived') continue;
        items.push({ ...base, title: c.title, summary: c.description, progress: this.progress.courseState(c, stored, e.dueAt) });
      } else {
        const m = modules.find((x) => x.id === e.itemId);
        if (!m || m.status !== 'published') continue;
        const { moduleId: _moduleId, ...progress } = this.progress.moduleState(m.id, stored?.get(m.id), e.dueAt);
        items.push({ ...base, title: m.title, summary: m.summary, kind: m.kind, progress });
      }
    }
    const rank = (i: InboxItemDto) => (i.progress.status === 'completed' ? 2 : 0) + (i.dueAt ? 0 : 1);
    return items.sort((a, b) => rank(a) - rank(b) || (a.dueAt ?? '').localeCompare(b.dueAt ?? '') || a.title.localeCompare(b.title));
  }

  private async assertItem(orgId: string, type: AssignableItem, id: string): Promise<void> {
    const entity = type === 'course' ? Course : LearningModule;
    const item = await this.db.getRepository<Course | LearningModule>(entity).findOneBy({ id, organizationId: orgId });
    if (!item) throw DomainError.validation([{ field: 'itemId', message: `No such ${type} in this organization.` }]);
    if (item.status !== 'published') throw DomainError.validation([{ field: 'itemId', message: `Only a published ${type} can be assigned.` }]);
  }

  private async describe(db: EntityManager, orgId: string, rows: Assignment[]): Promise<AssignmentDto[]> {
    if (!rows.length) return [];
    const titles = new Map<string, string>();
    for (const c of await db.getRepository(Course).findBy({ organizationId: orgId, id: In(rows.map((r) => r.itemId)) })) titles.set(c.id, c.title);
    for (const m of await db.getRepository(LearningModule).findBy({ organizationId: orgId, id: In(rows.map((r) => r.itemId)) })) titles.set(m.id, m.title);
    const targetNames = new Map<string, string>();
    for (const kind of ['person', 'team', 'department'] as const) {
      const ids = rows.filter((r) => r.targetType === kind).map((r) => r.targetId);
      if (ids.length) for (const x of await db.getRepository(TARGET_ENTITY[kind]).findBy({ id: In(ids) })) targetNames.set(x.id, x.name);
    }
    const counts: { id: string; n: number }[] = await db.query(
      `SELECT a.id, count(r.person_id)::int AS n FROM assignment a LEFT JOIN LATERAL (${RECIPIENTS_OF_A}) r ON true
       WHERE a.id = ANY($1::uuid[]) GROUP BY a.id`,
      [rows.map((r) => r.id)],
    );
    return rows.map((r) => ({
      id: r.id,
      itemType: r.itemType,
      itemId: r.itemId,
      itemTitle: titles.get(r.itemId) ?? '',
      targetType: r.targetType,
      targetId: r.targetId,
      targetName: targetNames.get(r.targetId) ?? '',
      dueAt: r.dueAt?.toISOString() ?? null,
      note: r.note,
      assignedBy: r.assignedBy,
      createdAt: r.createdAt.toISOString(),
      recipients: counts.find((c) => c.id === r.id)?.n ?? 0,
    }));
  }
}
