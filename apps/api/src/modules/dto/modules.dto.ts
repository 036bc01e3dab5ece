import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsObject, IsOptional, IsString, Length, Max, MaxLength, Min } from 'class-validator';
import { MODULE_KIND_NAMES } from '#module-kinds';

const STATUSES = ['draft', 'published', 'archived'] as const;

export class IssueDto {
  @ApiProperty({ description: 'Dotted path in the content, e.g. `nodes.3.options.1.next`' }) path: string;
  @ApiProperty({ description: 'What is wrong, naming the step or node' }) message: string;
}

export class ModuleKindDto {
  @ApiProperty({ enum: MODULE_KIND_NAMES, enumName: 'ModuleKindName' }) kind: string;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
}

export class ModuleSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty({ enum: MODULE_KIND_NAMES, enumName: 'ModuleKindName' }) kind: string;
  @ApiProperty() title: string;
  @ApiProperty() summary: string;
  @ApiProperty() industry: string;
  @ApiProperty() estimatedMinutes: number;
  @ApiProperty({ enum: STATUSES, enumName: 'PublicationStatus' }) status: string;
  @ApiProperty({ description: 'Number of the published version learners start on; 0 if never published' }) publishedVersion: number;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class ModuleDetailDto extends ModuleSummaryDto {
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, nullable: true, description: 'The published content as a learner sees it (null before publishing)' })
  content: unknown;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'Authors only: the working copy' })
  draftContent?: unknown;

  @ApiPropertyOptional({ type: IssueDto, isArray: true, description: 'Authors only: what must be fixed before publishing' })
  issues?: IssueDto[];
}

export class ListModulesQuery {
  @ApiPropertyOptional({ enum: STATUSES, enumName: 'PublicationStatus' })
  @IsOptional()
  @IsIn(STATUSES)
  status?: (typeof STATUSES)[number];

  @ApiPropertyOptional({ enum: MODULE_KIND_NAMES, enumName: 'ModuleKindName' })
  @IsOptional()
  @IsIn(MODULE_KIND_NAMES)
  kind?: string;
}

class ModuleFieldsDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  summary?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(60)
  industry?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 240 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(240)
  estimatedMinutes?: number;
}

export class CreateModuleDto extends ModuleFieldsDto {
  @ApiProperty({ enum: MODULE_KIND_NAMES, enumName: 'ModuleKindName' })
  @IsIn(MODULE_KIND_NAMES)
  kind: string;

  @ApiProperty()
  @IsString()
  @Length(1, 160)
  title: string;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Content of the kind (see its schema); may be incomplete while drafting' })
  @IsObject()
  content: Record<string, unknown>;
}

export class UpdateModuleDto extends ModuleFieldsDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 160)
  title?: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true })
  @IsOptional()
  @IsObject()
  content?: Record<string, unknown>;

  @ApiProperty({ description: 'The version you edited; a stale version is refused with 409' })
  @IsInt()
  @Min(1)
  version: number;
}

export class VersionDto {
  @ApiProperty({ description: 'The version you are acting on; a stale version is refused with 409' })
  @IsInt()
  @Min(1)
  version: number;
}

export class ValidateContentDto {
  @ApiProperty({ enum: MODULE_KIND_NAMES, enumName: 'ModuleKindName' })
  @IsIn(MODULE_KIND_NAMES)
  kind: string;

  @ApiProperty({ type: 'object', additionalProperties: true })
  @IsObject()
  content: Record<string, unknown>;
}

export class ValidationReportDto {
  @ApiProperty() valid: boolean;
  @ApiProperty({ type: IssueDto, isArray: true }) issues: IssueDto[];
}
