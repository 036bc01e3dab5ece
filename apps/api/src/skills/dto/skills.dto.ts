import { ApiProperty } from '@nestjs/swagger';

export class SignalRatesDto {
  @ApiProperty({ description: 'Share of free-text replies (0-1) that showed the signal' }) emotion: number;
  @ApiProperty() reflection: number;
  @ApiProperty() exploration: number;
  @ApiProperty() upsell: number;
  @ApiProperty() dismissal: number;
}

export class SkillPointDto {
  @ApiProperty({ format: 'uuid' }) attemptId: string;
  @ApiProperty() moduleTitle: string;
  @ApiProperty({ format: 'date-time' }) submittedAt: string;
  @ApiProperty({ nullable: true, type: Number }) score: number | null;
  @ApiProperty() practice: boolean;
  @ApiProperty() freeTextReplies: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Mean empathy-analyzer score of the free-text replies' }) meanReplyScore: number | null;
  @ApiProperty({ type: SignalRatesDto, nullable: true }) signalRates: SignalRatesDto | null;
}

export class SkillGrowthDto {
  @ApiProperty({ type: SkillPointDto, isArray: true, description: 'Active-listening attempts, oldest first' }) points: SkillPointDto[];
}
