import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, type Repository } from 'typeorm';
import type { FieldError } from '#contracts';
import { hashPassword } from '../auth/passwords.js';
import { hashToken, newToken } from '../auth/tokens.js';
import { AuthService } from '../auth/auth.service.js';
import { DomainError } from '../common/errors/domain-error.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { OrgStructureService, versionConflict } from '../org/org-structure.service.js';
import { AssignmentProgressService } from '../progress/assignment-progress.service.js';
import type { CreatePersonDto, CreatedPersonDto, ListPeopleQuery, PeoplePageDto, PersonDto, UpdatePersonDto } from './dto/people.dto.js';
import { Person } from './person.entity.js';

const INVITE_DAYS = 14;

export function toPersonDto(p: Person): PersonDto {
  return { id: p.id, email: p.email, name: p.name, roles: p.roles, departmentId: p.departmentId, teamId: p.teamId, status: p.status, version: p.version };
}

/** People of one organization, managed by its admins. Every method is scoped by `orgId`. */
@Injectable()
export class PeopleService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(Person) private readonly people: Repository<Person>,
    private readonly org: OrgStructureService,
    private readonly auth: AuthService,
    private readonly assignmentProgress: AssignmentProgressService,
  ) {}

  async list(orgId: string, q: ListPeopleQuery): Promise<PeoplePageDto> {
    const qb = this.people.createQueryBuilder('p').where('p.organization_id = :orgId', { orgId });
    if (q.search) {
      const like = `%${q.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere(new Brackets((w) => w.where('p.name ILIKE :like', { like }).orWhere('p.email ILIKE :like', { like })));
    }
    if (q.departmentId) qb.andWhere('p.department_id = :d', { d: q.departmentId });
    if (q.teamId) qb.andWhere('p.team_id = :t', { t: q.teamId });
    if (q.role) qb.andWhere(':role = ANY(p.roles)', { role: q.role });
    const [rows, total] = await qb
      .orderBy('p.name')
      .addOrderBy('p.id')
      .skip((q.page - 1) * q.pageSize)
      .take(q.pageSize)
      .getManyAndCount();
    return { items: rows.map(toPersonDto), total, page: q.page, pageSize: q.pageSize };
  }

  async get(orgId: string, id: string): Promise<PersonDto> {
    return toPersonDto(await this.find(orgId, id));
  }

  async create(orgId: string, input: CreatePersonDto): Promise<CreatedPersonDto> {
    const email = input.email.trim().toLowerCase();
    if (await this.people.existsBy({ email })) throw new DomainError('EMAIL_TAKEN', 'This e-mail address is already in use.');
    const placement = await this.placement(orgId, input.departmentId ?? null, input.teamId ?? null);
    const inviteToken = input.password ? undefined : newToken();
    const person = this.people.create({
      organizationId: orgId,
      email,
      name: input.name.trim(),
      roles: input.roles,
      ...placement,
      status: input.password ? 'active' : 'invited',
      passwordHash: input.password ? await hashPassword(input.password) : null,
      inviteTokenHash: inviteToken ? hashToken(inviteToken, this.config.session.secret) : null,
      inviteExpiresAt: inviteToken ? new Date(Date.now() + INVITE_DAYS * 86_400_000) : null,
    });
    // Live membership: a newcomer placed in a team already has that team's assignments.
    const saved = await this.people.manager.transaction(async (tx) => {
      const p = await tx.getRepository(Person).save(person);
      await this.assignmentProgress.refreshPeople(tx, orgId, [p.id]);
      return p;
    });
    return { ...toPersonDto(saved), ...(inviteToken ? { inviteToken } : {}) };
  }

  async update(orgId: string, id: string, input: UpdatePersonDto): Promise<PersonDto> {
    const current = await this.find(orgId, id);
    const departmentId = input.departmentId === undefined ? current.departmentId : input.departmentId;
    const teamId = input.teamId === undefined ? current.teamId : input.teamId;
    const placement = await this.placement(orgId, departmentId, teamId);
    const changes: Partial<Person> = { ...placement, version: input.version + 1, updatedAt: new Date() };
    if (input.name !== undefined) changes.name = input.name.trim();
    if (input.roles !== undefined) changes.roles = input.roles;
    const moved = placement.departmentId !== current.departmentId || placement.teamId !== current.teamId;
    await this.people.manager.transaction(async (tx) => {
      const result = await tx.getRepository(Person).update({ id, organizationId: orgId, version: input.version }, changes);
      if (!result.affected) throw versionConflict(current.version);
      // Moving changes which team and department assignments reach the person.
      if (moved) await this.assignmentProgress.refreshPeople(tx, orgId, [id]);
    });
    return this.get(orgId, id);
  }

  /** Issues a fresh invitation token (the old one stops working) for a person who has not signed in yet. */
  async reinvite(orgId: string, id: string): Promise<CreatedPersonDto> {
    const person = await this.find(orgId, id);
    if (person.status !== 'invited') throw new DomainError('CONFLICT', 'This person has already accepted their invitation.');
    const inviteToken = newToken();
    await this.people.update(
      { id, organizationId: orgId },
      { inviteTokenHash: hashToken(inviteToken, this.config.session.secret), inviteExpiresAt: new Date(Date.now() + INVITE_DAYS * 86_400_000) },
    );
    return { ...toPersonDto(person), inviteToken };
  }

  /** Signs a person out everywhere (for example after a lost laptop). */
  async revokeSessions(orgId: string, id: string): Promise<void> {
    await this.find(orgId, id);
    await this.auth.revokeAll(id);
  }

  private async find(orgId: string, id: string): Promise<Person> {
    const p = await this.people.findOneBy({ id, organizationId: orgId });
    if (!p) throw DomainError.notFound('The person');
    return p;
  }

  /** A team implies its department; a team of another department is refused. */
  private async placement(orgId: string, departmentId: string | null, teamId: string | null): Promise<{ departmentId: string | null; teamId: string | null }> {
    if (departmentId) await this.org.getDepartment(orgId, departmentId);
    if (!teamId) return { departmentId, teamId: null };
    const team = await this.org.getTeam(orgId, teamId);
    if (departmentId && team.departmentId && team.departmentId !== departmentId) {
      const errors: FieldError[] = [{ field: 'teamId', message: 'This team belongs to another department.' }];
      throw DomainError.validation(errors);
    }
    return { departmentId: departmentId ?? team.departmentId, teamId };
  }
}
