import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { EMPATHY_SIGNALS } from '#empathy';

export class AnalyzeReplyDto {
  @ApiProperty({ description: 'What the customer said', maxLength: 2000 })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  customer: string;

  @ApiProperty({ description: "The learner's reply (may be partial while typing)", maxLength: 2000 })
  @IsString()
  @MaxLength(2000)
  reply: string;
}

export class EmpathySignalsDto {
  @ApiProperty() emotion: boolean;
  @ApiProperty() reflection: boolean;
  @ApiProperty() exploration: boolean;
  @ApiProperty() upsell: boolean;
  @ApiProperty() dismissal: boolean;
}

export class EmpathyEvidenceDto {
  @ApiProperty({ enum: EMPATHY_SIGNALS, enumName: 'EmpathySignal' }) signal: string;
  @ApiProperty({ description: 'Start offset in the reply (UTF-16 code units)' }) start: number;
  @ApiProperty({ description: 'End offset, exclusive' }) end: number;
  @ApiProperty() text: string;
}

export class EmpathyAnalysisDto {
  @ApiProperty({ minimum: 0, maximum: 100 }) score: number;
  @ApiProperty({ type: EmpathySignalsDto }) signals: EmpathySignalsDto;
  @ApiProperty({ type: EmpathyEvidenceDto, isArray: true }) evidence: EmpathyEvidenceDto[];
  @ApiProperty() suggestion: string;
}
