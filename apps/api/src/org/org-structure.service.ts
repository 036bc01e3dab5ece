import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, type Repository } from 'typeorm';
import type { OwningUnit } from '#module-kinds';
import { DomainError } from '../common/errors/domain-error.js';
import { Person } from '../people/person.entity.js';
import { Department } from './department.entity.js';
import type { DepartmentDto, TeamDto } from './dto/org.dto.js';
import { TeamCoach } from './team-coach.entity.js';
import { Team } from './team.entity.js';

export const nameKey = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** Departments, teams and team coaches of one organization. Every method is scoped by `orgId`. */
@Injectable()
export class OrgStructureService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(Department) private readonly departments: Repository<Department>,
    @InjectRepository(Team) private readonly teams: Repository<Team>,
    @InjectRepository(TeamCoach) private readonly coaches: Repository<TeamCoach>,
  ) {}

  async listDepartments(orgId: string): Promise<DepartmentDto[]> {
    const rows = await this.departments
      .createQueryBuilder('d')
      .select(['d.id AS id', 'd.name AS name', 'd.version AS version'])
      .addSelect((q) => q.select('count(*)::int').from(Person, 'p').where('p.department_id = d.id'), 'memberCount')
      .where('d.organization_id = :orgId', { orgId })
      .orderBy('d.name')
      .getRawMany<DepartmentDto>();
    return rows;
  }

  async createDepartment(orgId: string, name: string): Promise<DepartmentDto> {
    await this.assertDepartmentNameFree(orgId, name);
    const d = await this.departments.save(this.departments.create({ organizationId: orgId, name: name.trim(), nameKey: nameKey(name) }));
    return { id: d.id, name: d.name, memberCount: 0, version: d.version };
  }

  async updateDepartment(orgId: string, id: string, name: string, version: number): Promise<DepartmentDto> {
    const d = await this.departments.findOneBy({ id, organizationId: orgId });
    if (!d) throw DomainError.notFound('The department');
    if (nameKey(d.name) !== nameKey(name)) await this.assertDepartmentNameFree(orgId, name);
    const result = await this.departments.update({ id, organizationId: orgId, version }, { name: name.trim(), nameKey: nameKey(name), version: version + 1 });
    if (!result.affected) throw versionConflict(d.version);
    return (await this.listDepartments(orgId)).find((x) => x.id === id)!;
  }

  async listTeams(orgId: string): Promise<TeamDto[]> {
    const teams = await this.teams
      .createQueryBuilder('t')
      .select(['t.id AS id', 't.name AS name', 't.department_id AS "departmentId"', 't.version AS version'])
      .addSelect((q) => q.select('count(*)::int').from(Person, 'p').where('p.team_id = t.id'), 'memberCount')
      .addSelect((q) => q.select("coalesce(array_agg(c.person_id ORDER BY c.person_id), '{}')").from(TeamCoach, 'c').where('c.team_id = t.id'), 'coachIds')
      .where('t.organization_id = :orgId', { orgId })
      .orderBy('t.name')
      .getRawMany<TeamDto>();
    return teams;
  }

  async createTeam(orgId: string, name: string, departmentId: string | null | undefined): Promise<TeamDto> {
    if (departmentId) await this.getDepartment(orgId, departmentId);
    await this.assertTeamNameFree(orgId, name);
    const t = await this.teams.save(
      this.teams.create({ organizationId: orgId, name: name.trim(), nameKey: nameKey(name), departmentId: departmentId ?? null }),
    );
    return { id: t.id, name: t.name, departmentId: t.departmentId, coachIds: [], memberCount: 0, version: t.version };
  }

  async updateTeam(orgId: string, id: string, input: { name: string; departmentId?: string | null; version: number }): Promise<TeamDto> {
    const t = await this.teams.findOneBy({ id, organizationId: orgId });
    if (!t) throw DomainError.notFound('The team');
    if (input.departmentId) await this.getDepartment(orgId, input.departmentId);
    if (nameKey(t.name) !== nameKey(input.name)) await this.assertTeamNameFree(orgId, input.name);
    const result = await this.teams.update(
      { id, organizationId: orgId, version: input.version },
      { name: input.name.trim(), nameKey: nameKey(input.name), departmentId: input.departmentId === undefined ? t.departmentId : input.departmentId, version: input.version + 1 },
    );
    if (!result.affected) throw versionConflict(t.version);
    return (await this.listTeams(orgId)).find((x) => x.id === id)!;
  }

  /** Replaces a team's coaches; each must be a person of the organization holding the coach role. */
  async setCoaches(orgId: string, teamId: string, personIds: string[]): Promise<TeamDto> {
    const team = await this.teams.findOneBy({ id: teamId, organizationId: orgId });
    if (!team) throw DomainError.notFound('The team');
    const unique = [...new Set(personIds)];
    const people = unique.length ? await this.db.getRepository(Person).findBy({ id: In(unique), organizationId: orgId }) : [];
    const errors = unique.flatMap((id, i) => {
      const p = people.find((x) => x.id === id);
      if (!p) return [{ field: `personIds.${i}`, message: 'No such person in this organization.' }];
      if (!p.roles.includes('coach')) return [{ field: `personIds.${i}`, message: `${p.name} does not hold the coach role.` }];
      return [];
    });
    if (errors.length) throw DomainError.validation(errors);
    await this.db.transaction(async (tx) => {
      await tx.delete(TeamCoach, { teamId, organizationId: orgId });
      if (unique.length) await tx.insert(TeamCoach, unique.map((personId) => ({ teamId, personId, organizationId: orgId })));
    });
    return (await this.listTeams(orgId)).find((x) => x.id === teamId)!;
  }

  /** Departments and teams, the units a pain point or a reflection can name as owner. */
  async units(orgId: string): Promise<OwningUnit[]> {
    const [departments, teams] = await Promise.all([
      this.departments.find({ where: { organizationId: orgId }, order: { name: 'ASC' } }),
      this.teams.find({ where: { organizationId: orgId }, order: { name: 'ASC' } }),
    ]);
    return [
      ...departments.map((d) => ({ id: d.id, name: d.name, kind: 'department' as const })),
      ...teams.map((t) => ({ id: t.id, name: t.name, kind: 'team' as const })),
    ];
  }

  /** The departments and teams among `ids` (UUIDs), for checking the units an answer names. */
  async unitsAmong(orgId: string, ids: string[]): Promise<OwningUnit[]> {
    if (!ids.length) return [];
    const [departments, teams] = await Promise.all([
      this.departments.findBy({ organizationId: orgId, id: In(ids) }),
      this.teams.findBy({ organizationId: orgId, id: In(ids) }),
    ]);
    return [
      ...departments.map((d) => ({ id: d.id, name: d.name, kind: 'department' as const })),
      ...teams.map((t) => ({ id: t.id, name: t.name, kind: 'team' as const })),
    ];
  }

  async getDepartment(orgId: string, id: string): Promise<Department> {
    const d = await this.departments.findOneBy({ id, organizationId: orgId });
    if (!d) throw DomainError.validation([{ field: 'departmentId', message: 'No such department in this organization.' }]);
    return d;
  }

  async getTeam(orgId: string, id: string): Promise<Team> {
    const t = await this.teams.findOneBy({ id, organizationId: orgId });
    if (!t) throw DomainError.validation([{ field: 'teamId', message: 'No such team in this organization.' }]);
    return t;
  }

  private async assertDepartmentNameFree(orgId: string, name: string): Promise<void> {
    if (await this.departments.existsBy({ organizationId: orgId, nameKey: nameKey(name) })) {
      throw new DomainError('CONFLICT', `A department named "${name.trim()}" already exists.`);
    }
  }

  private async assertTeamNameFree(orgId: string, name: string): Promise<void> {
    if (await this.teams.existsBy({ organizationId: orgId, nameKey: nameKey(name) })) {
      throw new DomainError('CONFLICT', `A team named "${name.trim()}" already exists.`);
    }
  }
}

export function versionConflict(currentVersion: number): DomainError {
  return new DomainError('VERSION_CONFLICT', 'Someone else changed this in the meantime. Reload it and apply your change again.', {
    extra: { currentVersion },
  });
}
