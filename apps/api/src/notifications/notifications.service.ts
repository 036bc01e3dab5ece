import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { DomainError } from '../common/errors/domain-error.js';
import type { NotificationDto, NotificationListDto } from './dto/notifications.dto.js';
import { Notification, type NotificationKind } from './notification.entity.js';

/** A notification to create; `dedupeKey` names what it is about, so it is created at most once. */
export interface NewNotification {
  organizationId: string;
  personId: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
  dedupeKey: string;
}

/** The in-app side of notifications: creating them once, listing mine, marking one read. */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Inserts the notifications whose `dedupeKey` is new and returns those it created. A retry, a
   * second run or another API process inserting the same key at the same moment creates nothing:
   * the unique index decides, not a read before the write.
   */
  async createOnce(rows: NewNotification[], db: EntityManager = this.db.manager): Promise<{ kind: NotificationKind; personId: string }[]> {
    if (!rows.length) return [];
    return db.query(
      `INSERT INTO notification (organization_id, person_id, kind, title, body, link, dedupe_key)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING kind, person_id AS "personId"`,
      [
        rows.map((r) => r.organizationId),
        rows.map((r) => r.personId),
        rows.map((r) => r.kind),
        rows.map((r) => r.title),
        rows.map((r) => r.body),
        rows.map((r) => r.link),
        rows.map((r) => r.dedupeKey),
      ],
    );
  }

  /** My notifications, newest first, with how many are unread. */
  async listMine(me: Principal, limit = 50): Promise<NotificationListDto> {
    const repo = this.db.getRepository(Notification);
    const mine = { organizationId: me.organizationId, personId: me.personId };
    const [rows, unread] = await Promise.all([
      repo.find({ where: mine, order: { createdAt: 'DESC', id: 'DESC' }, take: limit }),
      repo.countBy({ ...mine, readAt: IsNull() }),
    ]);
    return { items: rows.map(toDto), unread };
  }

  /** Marks one of my notifications read (again: keeps the first time). Someone else's is not found. */
  async markRead(me: Principal, id: string): Promise<NotificationDto> {
    const repo = this.db.getRepository(Notification);
    const where = { id, organizationId: me.organizationId, personId: me.personId };
    await repo.update({ ...where, readAt: IsNull() }, { readAt: new Date() });
    const n = await repo.findOneBy(where);
    if (!n) throw DomainError.notFound('The notification');
    return toDto(n);
  }
}

function toDto(n: Notification): NotificationDto {
  return {
    id: n.id,
    kind: n.kind,
    title: n.title,
    body: n.body,
    link: n.link,
    createdAt: n.createdAt.toISOString(),
    readAt: n.readAt?.toISOString() ?? null,
  };
}
