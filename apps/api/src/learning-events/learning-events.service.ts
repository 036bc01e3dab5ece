import { Injectable } from '@nestjs/common';
import type { EntityManager, QueryDeepPartialEntity } from 'typeorm';
import type { Attempt } from '../attempts/attempt.entity.js';
import { LearningEvent, type LearningVerb } from './learning-event.entity.js';

/** Appends learning events, inside the transaction that changed the attempt. */
@Injectable()
export class LearningEventsService {
  async record(tx: EntityManager, attempt: Attempt, verbs: LearningVerb[], result: Record<string, unknown> | null = null): Promise<void> {
    await tx.insert(
      LearningEvent,
      verbs.map((verb) => ({
        organizationId: attempt.organizationId,
        actorId: attempt.personId,
        moduleId: attempt.moduleId,
        moduleVersionId: attempt.moduleVersionId,
        attemptId: attempt.id,
        verb,
        practice: attempt.practice,
        result,
      })) as QueryDeepPartialEntity<LearningEvent>[],
    );
  }
}
