import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { MODULE_KIND_NAMES } from '#module-kinds';
import { CourseProgressDto } from '../../progress/dto/progress.dto.js';

export class CompletionRuleDto {
  @ApiProperty({ enum: ['all-completed'] })
  @IsIn(['all-completed'])
  kind: 'all-completed';

  @ApiPropertyOptional({ minimum: 0, maximum: 100, description: 'Every module must reach this best score' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  minScore?: number;
}

export class CourseModuleDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: MODULE_KIND_NAMES, enumName: 'ModuleKindName' }) kind: string;
  @ApiProperty() summary: string;
  @ApiProperty() industry: string;
  @ApiProperty() estimatedMinutes: number;
  @ApiProperty({ enum: ['draft', 'published', 'archived'], enumName: 'PublicationStatus' }) status: string;
}

export class CourseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ type: String, isArray: true }) outcomes: string[];
  @ApiProperty({ type: CompletionRuleDto }) completionRule: CompletionRuleDto;
  @ApiProperty({ enum: ['draft', 'published', 'archived'], enumName: 'PublicationStatus' }) status: string;
  @ApiProperty({ type: CourseModuleDto, isArray: true }) modules: CourseModuleDto[];
  @ApiProperty({ type: CourseProgressDto, description: "The caller's own progress" }) progress: CourseProgressDto;
  @ApiProperty() version: number;
}

class CourseFieldsDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @ApiPropertyOptional({ type: String, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 300, { each: true })
  outcomes?: string[];
}

export class CreateCourseDto extends CourseFieldsDto {
  @ApiProperty()
  @IsString()
  @Length(1, 160)
  title: string;

  @ApiProperty({ type: String, format: 'uuid', isArray: true, description: 'Module ids in course order' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  moduleIds: string[];

  @ApiProperty({ type: CompletionRuleDto })
  @ValidateNested()
  @Type(() => CompletionRuleDto)
  completionRule: CompletionRuleDto;
}

export class UpdateCourseDto extends CourseFieldsDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 160)
  title?: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  moduleIds?: string[];

  @ApiPropertyOptional({ type: CompletionRuleDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => CompletionRuleDto)
  completionRule?: CompletionRuleDto;

  @ApiProperty()
  @IsInt()
  @Min(1)
  version: number;
}
