import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, MaxLength, Min } from 'class-validator';
import { MODULE_KIND_NAMES } from '#module-kinds';
import { AttemptDto } from '../../attempts/dto/attempts.dto.js';

export class ReviewQueueQuery {
  @ApiPropertyOptional({ enum: ['pending', 'reviewed', 'all'], default: 'pending' })
  @IsOptional()
  @IsIn(['pending', 'reviewed', 'all'])
  status: 'pending' | 'reviewed' | 'all' = 'pending';
}

export class ReviewQueueItemDto {
  @ApiProperty({ format: 'uuid' }) attemptId: string;
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty() personName: string;
  @ApiProperty({ nullable: true, type: String }) teamName: string | null;
  @ApiProperty({ format: 'uuid' }) moduleId: string;
  @ApiProperty() moduleTitle: string;
  @ApiProperty({ enum: MODULE_KIND_NAMES, enumName: 'ModuleKindName' }) kind: string;
  @ApiProperty({ nullable: true, type: Number }) score: number | null;
  @ApiProperty({ format: 'date-time' }) submittedAt: string;
  @ApiProperty() comments: number;
  @ApiProperty({ description: 'Commented on or score overridden' }) reviewed: boolean;
}

export class ReviewedAttemptDto extends AttemptDto {
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty() personName: string;
}

export class AddCommentDto {
  @ApiPropertyOptional({ nullable: true, type: String, description: 'A step or turn to attach the comment to; omit for the whole attempt', maxLength: 200 })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  anchor?: string | null;

  @ApiProperty({ maxLength: 4000 })
  @IsString()
  @Length(1, 4000)
  body: string;
}

export class OverrideScoreDto {
  @ApiProperty({ minimum: 0, maximum: 100 })
  @IsInt()
  @Min(0)
  @Max(100)
  score: number;

  @ApiProperty({ description: 'Shown to the learner', maxLength: 1000 })
  @IsString()
  @Length(3, 1000)
  @MaxLength(1000)
  reason: string;
}
