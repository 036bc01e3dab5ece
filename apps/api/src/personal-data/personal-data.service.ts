import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { effectiveAssignments } from '../assignments/recipients.js';
import type { Principal } from '../auth/principal.js';
import { readRows } from '../database/pool.js';
import type { PersonalDataExportDto } from './dto/personal-data.dto.js';

/**
 * A person's own data, for them to take away ("a person can export all their data"): their
 * profile, every attempt with what they wrote (practice included), the comments and overrides
 * on it, their learning events, assignments, notifications, who read their work, and their
 * sessions. Only ever the caller's own rows; never password or token hashes.
 */
@Injectable()
export class PersonalDataService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async export(me: Principal): Promise<PersonalDataExportDto> {
    const args = [me.organizationId, me.personId];
    const [person] = await readRows<Record<string, unknown>>(
      this.db,
      `SELECT p.id, p.email, p.name, p.roles, p.status, d.name AS department, t.name AS team, p.created_at AS "createdAt"
         FROM person p LEFT JOIN department d ON d.id = p.department_id LEFT JOIN team t ON t.id = p.team_id
        WHERE p.organization_id = $1 AND p.id = $2`,
      args,
    );
    const attempts = await readRows<Record<string, unknown>>(
      this.db,
      `SELECT a.id, m.title AS module, a.kind, v.number AS "moduleVersion", a.state, a.practice, a.answer, a.score,
              a.override_score AS "overrideScore", a.override_reason AS "overrideReason", a.overridden_at AS "overriddenAt",
              a.started_at AS "startedAt", a.submitted_at AS "submittedAt",
              coalesce((SELECT json_agg(json_build_object('by', au.name, 'anchor', c.anchor, 'comment', c.body, 'at', c.created_at) ORDER BY c.created_at)
                          FROM attempt_comment c JOIN person au ON au.id = c.author_id WHERE c.attempt_id = a.id), '[]') AS comments
         FROM attempt a JOIN learning_module m ON m.id = a.module_id JOIN module_version v ON v.id = a.module_version_id
        WHERE a.organization_id = $1 AND a.person_id = $2
        ORDER BY a.started_at`,
      args,
    );
    const learningEvents = await readRows<Record<string, unknown>>(
      this.db,
      `SELECT e.verb, m.title AS module, e.attempt_id AS "attemptId", e.practice, e.result, e.at
         FROM learning_event e LEFT JOIN learning_module m ON m.id = e.module_id
        WHERE e.organization_id = $1 AND e.actor_id = $2 ORDER BY e.at`,
      args,
    );
    const assigned = await effectiveAssignments(this.db.manager, me.organizationId, 'AND p.id = $2', [me.personId]);
    const titles = new Map(
      (
        await readRows<{ id: string; title: string }>(
          this.db,
          `SELECT id, title FROM course WHERE id = ANY($1::uuid[]) UNION ALL SELECT id, title FROM learning_module WHERE id = ANY($1::uuid[])`,
          [assigned.map((e) => e.itemId)],
        )
      ).map((r) => [r.id, r.title]),
    );
    const notifications = await readRows<Record<string, unknown>>(
      this.db,
      `SELECT kind, title, body, link, created_at AS "createdAt", read_at AS "readAt", emailed_at AS "emailedAt"
         FROM notification WHERE organization_id = $1 AND person_id = $2 ORDER BY created_at`,
      args,
    );
    const readsOfMyWork = await readRows<Record<string, unknown>>(
      this.db,
      `SELECT r.name AS "readBy", x.action, x.target, x.at
         FROM audit_entry x JOIN person r ON r.id = x.actor_id
        WHERE x.organization_id = $1 AND x.subject_id = $2 ORDER BY x.at`,
      args,
    );
    const sessions = await readRows<Record<string, unknown>>(
      this.db,
      `SELECT created_at AS "createdAt", expires_at AS "expiresAt", revoked_at AS "revokedAt"
         FROM session WHERE organization_id = $1 AND person_id = $2 ORDER BY created_at`,
      args,
    );
    return {
      exportedAt: new Date().toISOString(),
      person: person ?? {},
      attempts,
      learningEvents,
      assignments: assigned.map((e) => ({ itemType: e.itemType, itemId: e.itemId, title: titles.get(e.itemId) ?? null, dueAt: e.dueAt, notes: e.notes })),
      notifications,
      readsOfMyWork,
      sessions,
    };
  }
}
