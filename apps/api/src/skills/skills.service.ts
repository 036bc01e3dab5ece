import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { REPLY_SIGNALS, type ActiveListeningSummary } from '#module-kinds';
import type { Principal } from '../auth/principal.js';
import { DomainError } from '../common/errors/domain-error.js';
import { COACHED_PERSON_SQL } from '../reviews/coaching-scope.js';
import type { SignalRatesDto, SkillGrowthDto } from './dto/skills.dto.js';

/** A learner's empathy signals and scores across their active-listening attempts over time. */
@Injectable()
export class SkillsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Mine, practice included (it is private to me, not to myself). */
  mine(me: Principal): Promise<SkillGrowthDto> {
    return this.growth(me.organizationId, me.personId, true);
  }

  /** A coached person's, without their private practice. */
  async ofCoached(me: Principal, personId: string): Promise<SkillGrowthDto> {
    const ok: unknown[] = await this.db.query(`SELECT 1 WHERE ${COACHED_PERSON_SQL}`, [me.organizationId, me.personId, personId]);
    if (!ok.length || personId === me.personId) throw DomainError.notFound('The person');
    return this.growth(me.organizationId, personId, false);
  }

  private async growth(orgId: string, personId: string, withPractice: boolean): Promise<SkillGrowthDto> {
    const rows: { id: string; title: string; submitted_at: Date; score: number | null; practice: boolean; summary: ActiveListeningSummary | null }[] = await this.db.query(
      `SELECT a.id, m.title, a.submitted_at, coalesce(a.override_score, a.score) AS score, a.practice, a.summary
         FROM attempt a JOIN learning_module m ON m.id = a.module_id
        WHERE a.organization_id = $1 AND a.person_id = $2 AND a.kind = 'active-listening' AND a.state <> 'draft' ${withPractice ? '' : 'AND NOT a.practice'}
        ORDER BY a.submitted_at ASC`,
      [orgId, personId],
    );
    return {
      points: rows.map((r) => {
        const s = r.summary;
        const replies = s?.freeTextReplies ?? 0;
        const scores = (s?.decisions ?? []).map((d) => d.analyzerScore).filter((x): x is number => typeof x === 'number');
        const rates = replies ? (Object.fromEntries(REPLY_SIGNALS.map((sig) => [sig, Math.round((100 * (s!.signalCounts[sig] ?? 0)) / replies) / 100])) as unknown as SignalRatesDto) : null;
        return {
          attemptId: r.id,
          moduleTitle: r.title,
          submittedAt: new Date(r.submitted_at).toISOString(),
          score: r.score,
          practice: r.practice,
          freeTextReplies: replies,
          meanReplyScore: scores.length ? Math.round(scores.reduce((a, b) => a + b, 0) / scores.length) : null,
          signalRates: rates,
        };
      }),
    };
  }
}
