import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type QueryDeepPartialEntity, type Repository } from 'typeorm';
import { analyzeReply } from '#empathy';
import { draftPercent, getModuleKind, type AnalyzeFn, type AnswerContext, type AnyModuleKind, type OwningUnit, type ReplyAnalysis, type ScoreResult } from '#module-kinds';
import type { Principal } from '../auth/principal.js';
import { DomainError } from '../common/errors/domain-error.js';
import { readRows } from '../database/pool.js';
import type { LearningVerb } from '../learning-events/learning-event.entity.js';
import { LearningEventsService } from '../learning-events/learning-events.service.js';
import { LearningModule } from '../modules/learning-module.entity.js';
import { ModuleVersion } from '../modules/module-version.entity.js';
import { contentErrors } from '../modules/modules.service.js';
import { moduleState, type ModuleProgressRow, type StoredModuleProgress } from '../progress/progress-rules.js';
import { ProgressService } from '../progress/progress.service.js';
import { Attempt } from './attempt.entity.js';
import { COMMENTS_SQL, MY_MODULE_PROGRESS_SQL, OWN_ATTEMPT_SQL, PUBLISHED_MODULES_SQL, RECORD_EVENT_SQL, SAVE_ANSWER_SQL, SAVE_TARGET_SQL, UNITS_AMONG_SQL } from './attempts-sql.js';
import type { AttemptDto, AttemptListItemDto, StartedAttemptDto } from './dto/attempts.dto.js';

/**
 * A learner's attempts: start, autosave (optimistic on `revision`), submit, retry. Every change
 * appends learning events in the same transaction. Only the attempt's owner reaches it here.
 */
@Injectable()
export class AttemptsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(Attempt) private readonly attempts: Repository<Attempt>,
    @InjectRepository(LearningModule) private readonly modules: Repository<LearningModule>,
    @InjectRepository(ModuleVersion) private readonly versions: Repository<ModuleVersion>,
    private readonly events: LearningEventsService,
    private readonly progress: ProgressService,
  ) {}

  private readonly versionCache = new Map<string, ModuleVersion>();
  private readonly learnerViews = new Map<string, unknown>();

  /** A read outside a transaction (the hot path's reads need no query runner of their own). */
  private read<Row>(sql: string, params: unknown[]): Promise<Row[]> {
    return readRows<Row>(this.db, sql, params);
  }

  /**
   * Starts an attempt on the module's published version. An unfinished attempt of the same
   * kind (practice or not) is resumed instead of starting a second one; after a submission,
   * starting again is a retry.
   */
  async start(me: Principal, moduleId: string, practice: boolean): Promise<StartedAttemptDto> {
    const m = await this.modules.findOneBy({ id: moduleId, organizationId: me.organizationId });
    if (!m || m.status !== 'published' || !m.publishedVersionId) throw DomainError.notFound('The module');
    const open = await this.attempts.findOne({
      where: { organizationId: me.organizationId, personId: me.personId, moduleId, practice, state: 'draft' },
      order: { startedAt: 'DESC' },
    });
    if (open) return { ...(await this.view(me.organizationId, open)), resumed: true };
    const version = await this.versions.findOneByOrFail({ id: m.publishedVersionId });
    const kind = getModuleKind(version.kind)!;
    const attempt = await this.db.transaction(async (tx) => {
      const a = await tx.getRepository(Attempt).save({
        organizationId: me.organizationId,
        personId: me.personId,
        moduleId,
        moduleVersionId: version.id,
        kind: version.kind,
        state: 'draft',
        practice,
        answer: kind.emptyAnswer(version.content),
        revision: 1,
      } as Attempt);
      await this.events.record(tx, a, ['started']);
      if (!practice) await this.progress.refresh(tx, me.organizationId, me.personId, moduleId);
      return a;
    });
    return { ...(await this.view(me.organizationId, attempt)), resumed: false };
  }

  async get(me: Principal, id: string): Promise<AttemptDto> {
    return this.view(me.organizationId, await this.own(me, id));
  }

  async listMine(me: Principal, moduleId?: string): Promise<AttemptListItemDto[]> {
    const rows = await this.attempts.find({
      where: { organizationId: me.organizationId, personId: me.personId, ...(moduleId ? { moduleId } : {}) },
      relations: { module: true },
      order: { startedAt: 'DESC' },
      take: 200,
    });
    return rows.map((a) => ({
      id: a.id,
      moduleId: a.moduleId,
      moduleTitle: a.module?.title ?? '',
      kind: a.kind,
      state: a.state,
      practice: a.practice,
      score: a.overrideScore ?? a.score,
      startedAt: a.startedAt.toISOString(),
      submittedAt: a.submittedAt?.toISOString() ?? null,
    }));
  }

  /**
   * My progress on every published module, in title order: what `ModulesService.list` and
   * `ProgressService.modulesFor` give, read with two plain statements (every learner screen asks
   * for it, right after each autosave) and judged by the progress rules' `moduleState`.
   */
  async myProgress(me: Principal): Promise<ModuleProgressRow[]> {
    const published: { id: string }[] = await this.read(PUBLISHED_MODULES_SQL, [me.organizationId]);
    if (!published.length) return [];
    const ids = published.map((m) => m.id);
    const rows: (StoredModuleProgress & { module_id: string })[] = await this.read(MY_MODULE_PROGRESS_SQL, [me.organizationId, me.personId, ids]);
    const stored = new Map(rows.map((r) => [r.module_id, r]));
    return ids.map((id) => moduleState(id, stored.get(id)));
  }

  /** Autosave: replaces the answer if `revision` is current; otherwise 409 with what is saved. */
  async save(me: Principal, id: string, answer: unknown, revision: number): Promise<AttemptDto> {
    // Only what the save needs of the attempt: not the answer it replaces, nor the score.
    const [row] = await this.read<SaveTargetRow>(SAVE_TARGET_SQL, [id, me.organizationId, me.personId]);
    if (!row) throw DomainError.notFound('The attempt');
    const a: SaveTarget = {
      id: row.id,
      organizationId: row.organization_id,
      personId: row.person_id,
      moduleId: row.module_id,
      moduleVersionId: row.module_version_id,
      kind: row.kind,
      state: row.state,
      practice: row.practice,
    };
    this.assertDraft(a);
    const { kind, version } = await this.kindAndVersion(a);
    const ctx: AnswerContext = { units: await this.unitsAmong(me.organizationId, uuidsIn(answer)), analyze: analyzeCached };
    const draft = kind.validateDraft(version.content, answer, ctx);
    if (!draft.ok) throw DomainError.validation(contentErrors(draft.errors, 'answer'), 'The answer does not fit this module.');
    const percent = draftPercent(a.kind, version.content, draft.value);
    // A stale revision is answered after the transaction: reading what is saved needs another
    // pool connection, and waiting for one while holding this one can starve the pool under load.
    // Plain SQL on the transaction's connection (this runs on every autosave), and the answer
    // is built from the row as written (RETURNING) rather than read again.
    const saved = await this.db.transaction(async (tx) => {
      const [rows] = (await tx.query(SAVE_ANSWER_SQL, [JSON.stringify(draft.value), revision + 1, new Date(), id, revision, 'draft'])) as [AttemptRow[], number];
      if (!rows[0]) return null;
      await recordEvent(tx, a, 'saved', { percent });
      if (!a.practice) await this.progress.refresh(tx, me.organizationId, me.personId, a.moduleId);
      return toAttempt(rows[0]);
    });
    if (!saved) throw await this.staleRevision(me, id);
    // The saved answer is the validated draft, so its percent and parsed form are already known.
    return this.view(me.organizationId, saved, { draft: draft.value, percent });
  }

  /** Submits a complete answer: validated for its kind, scored and summarized for reports. */
  async submit(me: Principal, id: string, revision: number): Promise<AttemptDto> {
    const a = await this.own(me, id);
    this.assertDraft(a);
    if (a.revision !== revision) throw await this.staleRevision(me, id);
    const { kind, version, ctx } = await this.kindOf(me.organizationId, a);
    const complete = kind.validateSubmission(version.content, a.answer, ctx);
    if (!complete.ok) throw DomainError.validation(contentErrors(complete.errors, 'answer'), 'The attempt is not complete yet.');
    const scored: ScoreResult = kind.score(version.content, complete.value, ctx);
    const summary = kind.summarize(version.content, complete.value, ctx);
    const submitted = await this.db.transaction(async (tx) => {
      const result = await tx.getRepository(Attempt).update(
        { id, revision, state: 'draft' },
        {
          state: 'scored',
          revision: revision + 1,
          score: scored.score,
          scoreDetails: { lines: scored.lines, details: scored.details, points: scored.points, maxPoints: scored.maxPoints } as QueryDeepPartialEntity<Attempt>['scoreDetails'],
          summary: summary as QueryDeepPartialEntity<Attempt>['summary'],
          submittedAt: new Date(),
          updatedAt: new Date(),
        },
      );
      if (!result.affected) return false;
      await this.events.record(tx, a, ['submitted', 'scored', 'completed'], { score: scored.score, points: scored.points, maxPoints: scored.maxPoints });
      if (!a.practice) await this.progress.refresh(tx, me.organizationId, me.personId, a.moduleId);
      return true;
    });
    if (!submitted) throw await this.staleRevision(me, id);
    return this.get(me, id);
  }

  private assertDraft(a: Pick<Attempt, 'state'>): void {
    if (a.state !== 'draft') throw new DomainError('CONFLICT', 'This attempt was already submitted. Start a new attempt to try again.');
  }

  private async staleRevision(me: Principal, id: string): Promise<DomainError> {
    const current = await this.get(me, id);
    return new DomainError('VERSION_CONFLICT', 'This attempt was saved elsewhere in the meantime (another tab or device). Nothing was overwritten.', {
      extra: { currentRevision: current.revision, current },
    });
  }

  private async own(me: Principal, id: string): Promise<Attempt> {
    const rows: AttemptRow[] = await this.read(OWN_ATTEMPT_SQL, [id, me.organizationId, me.personId]);
    if (!rows[0]) throw DomainError.notFound('The attempt');
    return toAttempt(rows[0]);
  }

  /**
   * The attempt's kind, module version and answer context. The kinds only check that the unit
   * ids an answer names belong to the organization, so only those units are loaded (not every
   * team of a large organization on each autosave).
   */
  private async kindOf(orgId: string, a: Attempt, answer: unknown = a.answer): Promise<{ kind: AnyModuleKind; version: ModuleVersion; ctx: AnswerContext }> {
    const { kind, version } = await this.kindAndVersion(a);
    return { kind, version, ctx: { units: await this.unitsAmong(orgId, uuidsIn(answer)), analyze: analyzeCached } };
  }

  /** The organization's departments and teams among `ids`, in one statement. */
  private async unitsAmong(orgId: string, ids: string[]): Promise<OwningUnit[]> {
    if (!ids.length) return [];
    return this.read(UNITS_AMONG_SQL, [orgId, ids]);
  }

  private async kindAndVersion(a: Pick<Attempt, 'moduleVersionId'>): Promise<{ kind: AnyModuleKind; version: ModuleVersion }> {
    const version = await this.version(a.moduleVersionId);
    const kind = getModuleKind(version.kind);
    if (!kind) throw new Error(`Unknown module kind ${version.kind}`);
    return { kind, version };
  }

  /**
   * The content as the learner may see it: while the attempt is a draft, the kind's learner view;
   * once submitted, its debrief view where it has one. A pure function of an immutable version,
   * so kept with it.
   */
  private learnerView(kind: AnyModuleKind, version: ModuleVersion, submitted = false): unknown {
    const debrief = submitted && kind.debriefView !== undefined;
    const key = debrief ? `${version.id}:debrief` : version.id;
    let view = this.learnerViews.get(key);
    if (view === undefined) {
      view = debrief ? kind.debriefView!(version.content) : kind.learnerView(version.content);
      if (this.learnerViews.size >= 500) this.learnerViews.clear();
      this.learnerViews.set(key, view);
    }
    return view;
  }

  /** A published module version; they never change once published, so each is read once per process. */
  private async version(id: string): Promise<ModuleVersion> {
    const cached = this.versionCache.get(id);
    if (cached) return cached;
    const v = await this.versions.findOneByOrFail({ id });
    if (this.versionCache.size >= 500) this.versionCache.clear();
    this.versionCache.set(id, v);
    return v;
  }

  /**
   * The attempt as its learner sees it, with the coach's feedback. Callers check who may read it.
   * `known`: the draft as parsed by its kind and its percent, when the caller has just computed them
   * for this very answer (the autosave), so they are not computed twice.
   */
  async view(orgId: string, a: Attempt, known?: { draft: unknown; percent: number }): Promise<AttemptDto> {
    // Showing an attempt checks nothing against the organization's units (only validation
    // does), so no units are loaded here.
    const { kind, version } = await this.kindAndVersion(a);
    const ctx: AnswerContext = { units: [], analyze: analyzeCached };
    const comments: { id: string; author_id: string; anchor: string | null; body: string; created_at: Date }[] = await this.read(COMMENTS_SQL, [a.id, orgId]);
    const authorIds = [...new Set([...comments.map((c) => c.author_id), ...(a.overriddenBy ? [a.overriddenBy] : [])])];
    const authors: { id: string; name: string }[] = authorIds.length ? await this.read(`SELECT id, name FROM person WHERE id = ANY($1::uuid[])`, [authorIds]) : [];
    const nameOf = (id: string) => authors.find((p) => p.id === id)?.name ?? '';
    const draft = known ? { success: true as const, data: known.draft } : kind.draftSchema.safeParse(a.answer);
    const details = a.scoreDetails as { lines?: AttemptDto['scoreLines']; details?: unknown } | null;
    return {
      id: a.id,
      moduleId: a.moduleId,
      moduleTitle: version.title,
      versionNumber: version.number,
      kind: a.kind,
      state: a.state,
      practice: a.practice,
      content: this.learnerView(kind, version, a.state !== 'draft'),
      answer: a.answer,
      revision: a.revision,
      percent: a.state !== 'draft' ? 100 : known ? known.percent : draftPercent(a.kind, version.content, a.answer),
      playState: draft.success ? kind.playState(version.content, draft.data, ctx) : null,
      score: a.overrideScore ?? a.score,
      scoreLines: details?.lines ?? [],
      override:
        a.overrideScore !== null && a.overriddenAt
          ? { score: a.overrideScore, reason: a.overrideReason ?? '', originalScore: a.score, byName: nameOf(a.overriddenBy ?? ''), at: a.overriddenAt.toISOString() }
          : null,
      comments: comments.map((c) => ({ id: c.id, authorId: c.author_id, authorName: nameOf(c.author_id), anchor: c.anchor, body: c.body, createdAt: c.created_at.toISOString() })),
      scoreDetails: details?.details ?? null,
      startedAt: a.startedAt.toISOString(),
      submittedAt: a.submittedAt?.toISOString() ?? null,
    };
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every UUID-shaped string anywhere in a JSON value (the unit ids an answer may name). */
function uuidsIn(value: unknown, out = new Set<string>()): string[] {
  if (typeof value === 'string') {
    if (UUID.test(value)) out.add(value.toLowerCase());
  } else if (Array.isArray(value)) {
    for (const v of value) uuidsIn(v, out);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) uuidsIn(v, out);
  }
  return [...out];
}

/** What the autosave reads of the attempt it saves. */
type SaveTarget = Pick<Attempt, 'id' | 'organizationId' | 'personId' | 'moduleId' | 'moduleVersionId' | 'kind' | 'state' | 'practice'>;

interface SaveTargetRow {
  id: string;
  organization_id: string;
  person_id: string;
  module_id: string;
  module_version_id: string;
  kind: string;
  state: Attempt['state'];
  practice: boolean;
}

interface AttemptRow extends SaveTargetRow {
  answer: unknown;
  revision: number;
  score: number | null;
  score_details: unknown;
  override_score: number | null;
  override_reason: string | null;
  overridden_by: string | null;
  overridden_at: Date | null;
  summary: unknown;
  started_at: Date;
  updated_at: Date;
  submitted_at: Date | null;
}

/** A row of `attempt` as the entity TypeORM would have built from it. */
function toAttempt(r: AttemptRow): Attempt {
  return {
    id: r.id,
    organizationId: r.organization_id,
    personId: r.person_id,
    moduleId: r.module_id,
    moduleVersionId: r.module_version_id,
    kind: r.kind,
    state: r.state,
    practice: r.practice,
    answer: r.answer,
    revision: r.revision,
    score: r.score,
    scoreDetails: r.score_details,
    overrideScore: r.override_score,
    overrideReason: r.override_reason,
    overriddenBy: r.overridden_by,
    overriddenAt: r.overridden_at,
    summary: r.summary,
    startedAt: r.started_at,
    updatedAt: r.updated_at,
    submittedAt: r.submitted_at,
  };
}

/**
 * Appends one learning event inside the autosave's transaction: the row `LearningEventsService.record`
 * writes, as one plain statement (`at` and `id` take their defaults).
 */
async function recordEvent(tx: EntityManager, a: SaveTarget, verb: LearningVerb, result: Record<string, unknown> | null): Promise<void> {
  await tx.query(RECORD_EVENT_SQL, [a.organizationId, a.personId, a.moduleId, a.moduleVersionId, a.id, verb, a.practice, result === null ? null : JSON.stringify(result)]);
}

const verdicts = new Map<string, ReplyAnalysis>();

/**
 * The empathy analyzer with its recent verdicts kept. It is a pure function of the customer turn
 * and the reply, and a conversation's draft is replayed on every autosave (to validate it, then
 * for the player's state), so the same replies come back again and again as a learner goes on.
 * Long texts are analyzed afresh rather than kept.
 */
const analyzeCached: AnalyzeFn = (input) => {
  const { customer, reply } = input;
  if (typeof customer !== 'string' || typeof reply !== 'string' || customer.length + reply.length > 4000) return analyzeReply(input);
  const key = `${customer}\u0000${reply}`;
  let verdict = verdicts.get(key);
  if (!verdict) {
    verdict = analyzeReply(input);
    if (verdicts.size >= 2000) verdicts.clear();
    verdicts.set(key, verdict);
  }
  return verdict;
};
