import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../auth/passwords.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { loadBuiltInLibrary } from '../library/built-in-library.js';
import { Department } from '../org/department.entity.js';
import { nameKey } from '../org/org-structure.service.js';
import { Organization } from '../org/organization.entity.js';
import { TeamCoach } from '../org/team-coach.entity.js';
import { Team } from '../org/team.entity.js';
import { Person } from '../people/person.entity.js';
import { DEMO_ORGANIZATION, DEMO_PASSWORD, DEMO_PEOPLE } from './demo-organization.js';

/** Outside production, fills an empty database with the demo organization and prints its logins. */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Demo');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemo) return;
    const created = await this.seedIfEmpty();
    if (created) {
      const lines = DEMO_PEOPLE.slice(0, 4).map((p) => `  ${p.email.padEnd(22)} ${p.roles.join(', ')}`);
      this.logger.log(`Created the demo organization "${DEMO_ORGANIZATION.name}". Sign in with password "${DEMO_PASSWORD}" as:\n${lines.join('\n')}`);
    }
  }

  /** Returns true when it created the organization; false when the database already had one. */
  async seedIfEmpty(): Promise<boolean> {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    return this.db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['footsteps-demo-seed']);
      if (await tx.getRepository(Organization).exists()) return false;
      const org = await tx.getRepository(Organization).save({ name: DEMO_ORGANIZATION.name, slug: DEMO_ORGANIZATION.slug });
      const teams = new Map<string, Team>();
      const departments = new Map<string, Department>();
      for (const d of DEMO_ORGANIZATION.departments) {
        const dept = await tx.getRepository(Department).save({ organizationId: org.id, name: d.name, nameKey: nameKey(d.name) });
        departments.set(d.name, dept);
        for (const t of d.teams) {
          teams.set(t, await tx.getRepository(Team).save({ organizationId: org.id, departmentId: dept.id, name: t, nameKey: nameKey(t) }));
        }
      }
      let admin: string | null = null;
      for (const p of DEMO_PEOPLE) {
        const person = await tx.getRepository(Person).save({
          organizationId: org.id,
          email: p.email,
          name: p.name,
          roles: p.roles,
          departmentId: departments.get(p.department)!.id,
          teamId: p.team ? teams.get(p.team)!.id : null,
          status: 'active',
          passwordHash,
        });
        if (p.roles.includes('admin')) admin ??= person.id;
        for (const t of p.coaches ?? []) {
          await tx.getRepository(TeamCoach).insert({ teamId: teams.get(t)!.id, personId: person.id, organizationId: org.id });
        }
      }
      await loadBuiltInLibrary(tx, org.id, admin);
      return true;
    });
  }
}
