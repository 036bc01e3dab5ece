import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditEntry } from './audit-entry.entity.js';
import type { AuditPageDto } from './dto/audit.dto.js';

/** The audit log of reads of other people's written work. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async record(entry: { organizationId: string; actorId: string; subjectId: string; action: string; target: string }, tx: EntityManager = this.db.manager): Promise<void> {
    await tx.insert(AuditEntry, entry);
  }

  async page(orgId: string, page: number, pageSize: number): Promise<AuditPageDto> {
    const [rows, total]: [{ id: string; at: Date; action: string; target: string; actorId: string; actorName: string; subjectId: string; subjectName: string }[], { n: number }[]] = await Promise.all([
      this.db.query(
        `SELECT e.id, e.at, e.action, e.target, e.actor_id AS "actorId", coalesce(a.name, '') AS "actorName", e.subject_id AS "subjectId", coalesce(s.name, '') AS "subjectName"
           FROM audit_entry e LEFT JOIN person a ON a.id = e.actor_id LEFT JOIN person s ON s.id = e.subject_id
          WHERE e.organization_id = $1 ORDER BY e.at DESC, e.id DESC LIMIT $2 OFFSET $3`,
        [orgId, pageSize, (page - 1) * pageSize],
      ),
      this.db.query('SELECT count(*)::int AS n FROM audit_entry WHERE organization_id = $1', [orgId]),
    ]);
    return { items: rows.map((r) => ({ ...r, at: new Date(r.at).toISOString() })), total: total[0]!.n, page, pageSize };
  }
}
