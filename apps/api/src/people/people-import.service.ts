import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { parse } from 'csv-parse/sync';
import { isEmail } from 'class-validator';
import { DataSource, type EntityManager, In } from 'typeorm';
import { isRole, type Role } from '#contracts';
import { DomainError } from '../common/errors/domain-error.js';
import { Department } from '../org/department.entity.js';
import { nameKey } from '../org/org-structure.service.js';
import { Team } from '../org/team.entity.js';
import { AssignmentProgressService } from '../progress/assignment-progress.service.js';
import type { ImportResultDto, ImportRowErrorDto } from './dto/people.dto.js';
import { Person } from './person.entity.js';

const REQUIRED = ['email', 'name'] as const;
const KNOWN = ['email', 'name', 'department', 'team', 'roles'] as const;
const MAX_ROWS = 10_000;

interface Row {
  line: number;
  email: string;
  name: string;
  department: string;
  team: string;
  roles: Role[];
}

/**
 * Imports people from CSV (email, name, department, team, roles). Good rows are imported and
 * every bad row is reported with its line number and reason. Idempotent on e-mail: importing
 * the same file twice changes nothing the second time. Missing departments and teams are created.
 */
@Injectable()
export class PeopleImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly assignmentProgress: AssignmentProgressService,
  ) {}

  async import(orgId: string, csv: string): Promise<ImportResultDto> {
    const { rows, errors } = this.parseRows(csv);
    const result: ImportResultDto = { created: 0, updated: 0, unchanged: 0, departmentsCreated: [], teamsCreated: [], errors };
    await this.db.transaction(async (tx) => {
      // Serialize imports of one organization so two concurrent files cannot create the same team twice.
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`people-import:${orgId}`]);
      const departments = await this.ensureDepartments(tx, orgId, rows, result);
      const teams = await this.ensureTeams(tx, orgId, rows, departments, result);
      const existing = await tx.getRepository(Person).find({ where: { email: In(rows.map((r) => r.email)) } });
      const byEmail = new Map(existing.map((p) => [p.email, p]));
      const inserts: Partial<Person>[] = [];
      const moved: string[] = [];
      for (const row of rows) {
        const team = row.team ? teams.get(nameKey(row.team)) ?? null : null;
        const departmentId = row.department ? departments.get(nameKey(row.department))!.id : team?.departmentId ?? null;
        if (team && team.departmentId && departmentId && team.departmentId !== departmentId) {
          result.errors.push({ line: row.line, email: row.email, reason: `Team "${team.name}" belongs to another department.` });
          continue;
        }
        const current = byEmail.get(row.email);
        if (current && current.organizationId !== orgId) {
          result.errors.push({ line: row.line, email: row.email, reason: 'This e-mail address is already in use.' });
          continue;
        }
        const wanted = { name: row.name, roles: row.roles, departmentId, teamId: team?.id ?? null };
        if (!current) {
          inserts.push({ organizationId: orgId, email: row.email, status: 'invited', ...wanted });
          continue;
        }
        const same =
          current.name === wanted.name &&
          current.departmentId === wanted.departmentId &&
          current.teamId === wanted.teamId &&
          [...current.roles].sort().join() === [...wanted.roles].sort().join();
        if (same) {
          result.unchanged += 1;
        } else {
          await tx.getRepository(Person).update({ id: current.id }, { ...wanted, version: current.version + 1, updatedAt: new Date() });
          if (current.departmentId !== wanted.departmentId || current.teamId !== wanted.teamId) moved.push(current.id);
          result.updated += 1;
        }
      }
      for (let i = 0; i < inserts.length; i += 500) {
        const inserted = await tx.getRepository(Person).insert(inserts.slice(i, i + 500));
        moved.push(...inserted.identifiers.map((x) => x.id as string));
      }
      result.created = inserts.length;
      // Newcomers and movers get their teams' and departments' assignments (live membership).
      await this.assignmentProgress.refreshPeople(tx, orgId, moved);
    });
    result.errors.sort((a, b) => a.line - b.line);
    return result;
  }

  private parseRows(csv: string): { rows: Row[]; errors: ImportRowErrorDto[] } {
    let records: { record: Record<string, string>; info: { lines: number } }[];
    try {
      records = parse(csv.replace(/^\uFEFF/, ''), {
        columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
        skip_empty_lines: true,
        trim: true,
        info: true,
        relax_column_count: true,
      });
    } catch (err) {
      const line = (err as { lines?: number }).lines;
      throw DomainError.validation([{ field: 'csv', message: `The file is not valid CSV${line ? ` (near line ${line})` : ''}.` }]);
    }
    const header = records[0] ? Object.keys(records[0].record) : csv.split(/\r?\n/, 1)[0]!.split(',').map((h) => h.trim().toLowerCase());
    const missing = REQUIRED.filter((c) => !header.includes(c));
    const unknown = header.filter((c) => !(KNOWN as readonly string[]).includes(c));
    if (missing.length || unknown.length) {
      const parts = [missing.length ? `missing column(s): ${missing.join(', ')}` : '', unknown.length ? `unknown column(s): ${unknown.join(', ')}` : ''];
      throw DomainError.validation([{ field: 'csv', message: `The header row must be email,name,department,team,roles; ${parts.filter(Boolean).join('; ')}.` }]);
    }
    if (records.length > MAX_ROWS) {
      throw DomainError.validation([{ field: 'csv', message: `A file may hold at most ${MAX_ROWS} people; split it.` }]);
    }

    const rows: Row[] = [];
    const errors: ImportRowErrorDto[] = [];
    const seen = new Map<string, number>();
    for (const { record, info } of records) {
      const line = info.lines;
      const email = (record.email ?? '').toLowerCase();
      const fail = (reason: string): void => {
        errors.push({ line, ...(email ? { email } : {}), reason });
      };
      if (Object.keys(record).length !== header.length || Object.values(record).some((v) => v === undefined)) {
        fail(`Expected ${header.length} columns.`);
        continue;
      }
      if (!email) { fail('The e-mail is empty.'); continue; }
      if (!isEmail(email) || email.length > 254) { fail(`"${email}" is not a valid e-mail address.`); continue; }
      const name = (record.name ?? '').replace(/\s+/g, ' ');
      if (!name) { fail('The name is empty.'); continue; }
      if (name.length > 120) { fail('The name is longer than 120 characters.'); continue; }
      const department = (record.department ?? '').replace(/\s+/g, ' ');
      const team = (record.team ?? '').replace(/\s+/g, ' ');
      if (department.length > 120 || team.length > 120) { fail('Department and team names are at most 120 characters.'); continue; }
      const roleTokens = (record.roles ?? '').split(/[;|]/).map((r) => r.trim().toLowerCase()).filter(Boolean);
      const badRoles = roleTokens.filter((r) => !isRole(r));
      if (badRoles.length) { fail(`Unknown role(s): ${badRoles.join(', ')}. Use employee, coach, hr or admin.`); continue; }
      const firstLine = seen.get(email);
      if (firstLine) { fail(`Duplicate of line ${firstLine}.`); continue; }
      seen.set(email, line);
      rows.push({ line, email, name, department, team, roles: roleTokens.length ? [...new Set(roleTokens as Role[])] : ['employee'] });
    }
    return { rows, errors };
  }

  private async ensureDepartments(tx: EntityManager, orgId: string, rows: Row[], result: ImportResultDto): Promise<Map<string, Department>> {
    const repo = tx.getRepository(Department);
    const map = new Map((await repo.findBy({ organizationId: orgId })).map((d) => [d.nameKey, d]));
    for (const row of rows) {
      const key = nameKey(row.department);
      if (!row.department || map.has(key)) continue;
      const d = await repo.save(repo.create({ organizationId: orgId, name: row.department, nameKey: key }));
      map.set(key, d);
      result.departmentsCreated.push(d.name);
    }
    return map;
  }

  private async ensureTeams(tx: EntityManager, orgId: string, rows: Row[], departments: Map<string, Department>, result: ImportResultDto): Promise<Map<string, Team>> {
    const repo = tx.getRepository(Team);
    const map = new Map((await repo.findBy({ organizationId: orgId })).map((t) => [t.nameKey, t]));
    for (const row of rows) {
      const key = nameKey(row.team);
      if (!row.team || map.has(key)) continue;
      const departmentId = row.department ? departments.get(nameKey(row.department))!.id : null;
      const t = await repo.save(repo.create({ organizationId: orgId, name: row.team, nameKey: key, departmentId }));
      map.set(key, t);
      result.teamsCreated.push(t.name);
    }
    return map;
  }
}
