import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDateString, IsInt, IsOptional, Max, Min } from 'class-validator';

export class StatementsQuery {
  @ApiPropertyOptional({ format: 'date-time', description: 'Only statements stored after this moment' })
  @IsOptional()
  @IsDateString()
  since?: string;

  @ApiPropertyOptional({ description: 'Continue after this event (the `more` cursor of the previous page)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  after?: number;

  @ApiPropertyOptional({ default: 500, minimum: 1, maximum: 2000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(2000)
  limit = 500;
}

export class StatementResultDto {
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true }, description: 'xAPI 1.0.3 statements' })
  statements: Record<string, unknown>[];

  @ApiProperty({ nullable: true, type: Number, description: 'Pass as `after` to fetch the next page; null at the end' })
  more: number | null;
}
