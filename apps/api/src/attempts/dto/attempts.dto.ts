import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsDefined, IsInt, IsOptional, Min } from 'class-validator';
import { ATTEMPT_STATES, MODULE_KIND_NAMES } from '#module-kinds';
import { ModuleProgressDto } from '../../progress/dto/progress.dto.js';

export class StartAttemptDto {
  @ApiPropertyOptional({ default: false, description: 'Practice attempts are private and never count toward progress or reports' })
  @IsOptional()
  @IsBoolean()
  practice?: boolean;
}

export class SaveAnswerDto {
  @ApiProperty({ description: 'The whole answer so far, in the shape of the module kind (partial is fine)', type: 'object', additionalProperties: true })
  @IsDefined()
  answer: unknown;

  @ApiProperty({ description: 'The revision you last saw; a stale revision is refused with 409 and nothing is overwritten' })
  @IsInt()
  @Min(1)
  revision: number;
}

export class SubmitAttemptDto {
  @ApiProperty({ description: 'The revision you last saw' })
  @IsInt()
  @Min(1)
  revision: number;
}

export class ScoreLineDto {
  @ApiProperty() rule: string;
  @ApiProperty() points: number;
  @ApiProperty() maxPoints: number;
  @ApiProperty() reason: string;
}

export class CommentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) authorId: string;
  @ApiProperty() authorName: string;
  @ApiProperty({ nullable: true, type: String, description: 'Null for the whole attempt; else the step (e.g. `best`, `stages.pay`) or the scenario node it is about' }) anchor: string | null;
  @ApiProperty() body: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class ScoreOverrideDto {
  @ApiProperty() score: number;
  @ApiProperty() reason: string;
  @ApiProperty({ nullable: true, type: Number, description: 'The score before the override' }) originalScore: number | null;
  @ApiProperty() byName: string;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class AttemptDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) moduleId: string;
  @ApiProperty() moduleTitle: string;
  @ApiProperty({ description: 'The module version this attempt plays (it keeps it even after a newer one is published)' }) versionNumber: number;
  @ApiProperty({ enum: MODULE_KIND_NAMES, enumName: 'ModuleKindName' }) kind: string;
  @ApiProperty({ enum: ATTEMPT_STATES, enumName: 'AttemptState' }) state: string;
  @ApiProperty() practice: boolean;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The content as the learner sees it' }) content: unknown;
  @ApiProperty({ type: 'object', additionalProperties: true }) answer: unknown;
  @ApiProperty() revision: number;
  @ApiProperty({ minimum: 0, maximum: 99, description: 'How far the answer has come (100 once submitted)' }) percent: number;
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: true, description: 'Kind-specific state for the player: the conversation so far and the decision waiting (active-listening), the emotion curve (purchase-flow)' })
  playState: unknown;
  @ApiProperty({ nullable: true, type: Number, description: "The score that counts: a coach's override if there is one" }) score: number | null;
  @ApiProperty({ type: ScoreLineDto, isArray: true, description: 'How the score was earned, line by line' }) scoreLines: ScoreLineDto[];
  @ApiProperty({ type: ScoreOverrideDto, nullable: true }) override: ScoreOverrideDto | null;
  @ApiProperty({ type: CommentDto, isArray: true, description: "The coach's feedback" }) comments: CommentDto[];
  @ApiPropertyOptional({ nullable: true, type: 'object', additionalProperties: true, description: 'Kind-specific debrief (per stage, per decision)' }) scoreDetails: unknown;
  @ApiProperty({ format: 'date-time' }) startedAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) submittedAt: string | null;
}

export class StartedAttemptDto extends AttemptDto {
  @ApiProperty({ description: 'True when an unfinished attempt already existed and was returned instead of a new one' }) resumed: boolean;
}

export class AttemptListItemDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) moduleId: string;
  @ApiProperty() moduleTitle: string;
  @ApiProperty({ enum: MODULE_KIND_NAMES, enumName: 'ModuleKindName' }) kind: string;
  @ApiProperty({ enum: ATTEMPT_STATES, enumName: 'AttemptState' }) state: string;
  @ApiProperty() practice: boolean;
  @ApiProperty({ nullable: true, type: Number }) score: number | null;
  @ApiProperty({ format: 'date-time' }) startedAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) submittedAt: string | null;
}

export class MyProgressDto {
  @ApiProperty({ type: ModuleProgressDto, isArray: true, description: 'Every published module, with my progress' }) modules: ModuleProgressDto[];
}
