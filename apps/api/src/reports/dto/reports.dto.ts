import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsOptional, IsUUID } from 'class-validator';

export class ReportFilterQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  departmentId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'A course or a module' })
  @IsOptional()
  @IsUUID()
  itemId?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Only assignments due on or after this day' })
  @IsOptional()
  @IsDateString()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Only assignments due on or before this day' })
  @IsOptional()
  @IsDateString()
  to?: string;

  @ApiPropertyOptional({ enum: ['json', 'csv'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format: 'json' | 'csv' = 'json';
}

export class CompletionQuery extends ReportFilterQuery {
  @ApiPropertyOptional({ enum: ['department', 'team', 'course', 'person'], default: 'department' })
  @IsOptional()
  @IsIn(['department', 'team', 'course', 'person'])
  groupBy: 'department' | 'team' | 'course' | 'person' = 'department';
}

export class CompletionGroupDto {
  @ApiProperty({ description: 'Id of the department, team, course/module or person ("none" when unset)' }) key: string;
  @ApiProperty() label: string;
  @ApiProperty({ description: 'Assigned items (person × course or module)' }) assigned: number;
  @ApiProperty() completed: number;
  @ApiProperty() inProgress: number;
  @ApiProperty() notStarted: number;
  @ApiProperty() overdue: number;
  @ApiProperty({ description: 'completed / assigned, 0-100' }) completionRate: number;
}

export class CompletionReportDto {
  @ApiProperty({ enum: ['department', 'team', 'course', 'person'] }) groupBy: string;
  @ApiProperty({ type: CompletionGroupDto, isArray: true }) groups: CompletionGroupDto[];
  @ApiProperty({ type: CompletionGroupDto }) total: CompletionGroupDto;
}

export class OverdueItemDto {
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty() personName: string;
  @ApiProperty({ nullable: true, type: String }) department: string | null;
  @ApiProperty({ nullable: true, type: String }) team: string | null;
  @ApiProperty({ enum: ['course', 'module'] }) itemType: string;
  @ApiProperty({ format: 'uuid' }) itemId: string;
  @ApiProperty() itemTitle: string;
  @ApiProperty({ format: 'date-time' }) dueAt: string;
  @ApiProperty() daysOverdue: number;
  @ApiProperty({ enum: ['not_started', 'in_progress'] }) status: string;
  @ApiProperty() percent: number;
}

export class TrendQuery extends ReportFilterQuery {
  @ApiPropertyOptional({ enum: ['day', 'week', 'month'], default: 'week' })
  @IsOptional()
  @IsIn(['day', 'week', 'month'])
  interval: 'day' | 'week' | 'month' = 'week';
}

export class TrendPointDto {
  @ApiProperty({ format: 'date' }) periodStart: string;
  @ApiProperty({ description: 'Assigned items completed in this period' }) completed: number;
  @ApiProperty({ description: 'Completed by the end of this period' }) cumulativeCompleted: number;
  @ApiProperty({ description: 'completed by the end of the period / assigned, 0-100' }) completionRate: number;
}

export class TrendReportDto {
  @ApiProperty() assigned: number;
  @ApiProperty({ type: TrendPointDto, isArray: true }) points: TrendPointDto[];
}
