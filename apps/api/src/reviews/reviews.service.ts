import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Attempt } from '../attempts/attempt.entity.js';
import { AttemptsService } from '../attempts/attempts.service.js';
import type { Principal } from '../auth/principal.js';
import { AuditService } from '../audit/audit.service.js';
import { DomainError } from '../common/errors/domain-error.js';
import { LearningEventsService } from '../learning-events/learning-events.service.js';
import { Notification } from '../notifications/notification.entity.js';
import { Person } from '../people/person.entity.js';
import { ProgressService } from '../progress/progress.service.js';
import { AttemptComment } from './attempt-comment.entity.js';
import { COACHED_ATTEMPT_SQL } from './coaching-scope.js';
import type { AddCommentDto, OverrideScoreDto, ReviewedAttemptDto, ReviewQueueItemDto } from './dto/reviews.dto.js';

/**
 * A coach's review of submitted work: the queue, reading (audit-logged), comments and score
 * overrides. A coach reaches only the work of people they coach; anything else is 404.
 */
@Injectable()
export class ReviewsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly attempts: AttemptsService,
    private readonly audit: AuditService,
    private readonly progress: ProgressService,
    private readonly events: LearningEventsService,
  ) {}

  async queue(me: Principal, status: 'pending' | 'reviewed' | 'all'): Promise<ReviewQueueItemDto[]> {
    const reviewed = `(a.override_score IS NOT NULL OR EXISTS (SELECT 1 FROM attempt_comment ac WHERE ac.attempt_id = a.id))`;
    const filter = status === 'pending' ? `AND NOT ${reviewed}` : status === 'reviewed' ? `AND ${reviewed}` : '';
    const rows: (Omit<ReviewQueueItemDto, 'submittedAt'> & { submittedAt: Date })[] = await this.db.query(
      `SELECT a.id AS "attemptId", a.person_id AS "personId", p.name AS "personName", t.name AS "teamName",
              a.module_id AS "moduleId", m.title AS "moduleTitle", a.kind, coalesce(a.override_score, a.score) AS score,
              a.submitted_at AS "submittedAt",
              (SELECT count(*)::int FROM attempt_comment ac WHERE ac.attempt_id = a.id) AS comments,
              ${reviewed} AS reviewed
         FROM attempt a JOIN person p ON p.id = a.person_id LEFT JOIN team t ON t.id = p.team_id
         JOIN learning_module m ON m.id = a.module_id
        WHERE ${COACHED_ATTEMPT_SQL} ${filter}
        ORDER BY a.submitted_at ASC
        LIMIT 500`,
      [me.organizationId, me.personId],
    );
    return rows.map((r) => ({ ...r, submittedAt: new Date(r.submittedAt).toISOString() }));
  }

  /** The written work, for its coach. Every read is written to the audit log. */
  async read(me: Principal, attemptId: string): Promise<ReviewedAttemptDto> {
    const a = await this.coached(me, attemptId);
    await this.audit.record({ organizationId: me.organizationId, actorId: me.personId, subjectId: a.personId, action: 'attempt.read', target: a.id });
    const person = await this.db.getRepository(Person).findOneByOrFail({ id: a.personId });
    return { ...(await this.attempts.view(me.organizationId, a)), personId: a.personId, personName: person.name };
  }

  async comment(me: Principal, attemptId: string, dto: AddCommentDto): Promise<ReviewedAttemptDto> {
    const a = await this.coached(me, attemptId);
    await this.db.transaction(async (tx) => {
      const c = await tx.getRepository(AttemptComment).save({ organizationId: me.organizationId, attemptId: a.id, authorId: me.personId, anchor: dto.anchor ?? null, body: dto.body.trim() });
      await this.notify(tx.getRepository(Notification), a, `feedback:comment:${c.id}`, 'Your coach left feedback', 'Your coach commented on your work. Open it to read their feedback.');
    });
    return this.read(me, attemptId);
  }

  async override(me: Principal, attemptId: string, dto: OverrideScoreDto): Promise<ReviewedAttemptDto> {
    const a = await this.coached(me, attemptId);
    await this.db.transaction(async (tx) => {
      const now = new Date();
      await tx.getRepository(Attempt).update({ id: a.id }, { overrideScore: dto.score, overrideReason: dto.reason.trim(), overriddenBy: me.personId, overriddenAt: now });
      await this.events.record(tx, a, ['scored'], { score: dto.score, override: true, originalScore: a.score });
      await this.progress.refresh(tx, me.organizationId, a.personId, a.moduleId);
      await this.notify(tx.getRepository(Notification), a, `feedback:override:${a.id}:${now.getTime()}`, 'Your coach adjusted your score', `Your coach set your score to ${dto.score}. Open your work to see why.`);
    });
    return this.read(me, attemptId);
  }

  private async coached(me: Principal, attemptId: string): Promise<Attempt> {
    const rows: { id: string }[] = await this.db.query(`SELECT a.id FROM attempt a WHERE ${COACHED_ATTEMPT_SQL} AND a.id = $3`, [me.organizationId, me.personId, attemptId]);
    if (!rows.length) throw DomainError.notFound('The attempt');
    return this.db.getRepository(Attempt).findOneByOrFail({ id: attemptId });
  }

  private async notify(repo: import('typeorm').Repository<Notification>, a: Attempt, dedupeKey: string, title: string, body: string): Promise<void> {
    await repo
      .createQueryBuilder()
      .insert()
      .values({ organizationId: a.organizationId, personId: a.personId, kind: 'feedback', title, body, link: `/learning/attempts/${a.id}`, dedupeKey })
      .orIgnore()
      .execute();
  }
}
