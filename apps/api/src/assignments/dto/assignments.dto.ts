import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDateString, IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { CourseProgressDto, ProgressDto } from '../../progress/dto/progress.dto.js';
import { ASSIGNABLE_ITEMS, ASSIGNMENT_TARGETS } from '../assignment.entity.js';

export class AssignmentTargetDto {
  @ApiProperty({ enum: ASSIGNMENT_TARGETS, enumName: 'AssignmentTargetType' })
  @IsIn(ASSIGNMENT_TARGETS)
  type: (typeof ASSIGNMENT_TARGETS)[number];

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;
}

export class CreateAssignmentDto {
  @ApiProperty({ enum: ASSIGNABLE_ITEMS, enumName: 'AssignableItem' })
  @IsIn(ASSIGNABLE_ITEMS)
  itemType: (typeof ASSIGNABLE_ITEMS)[number];

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  itemId: string;

  @ApiProperty({ type: AssignmentTargetDto, isArray: true, description: 'People, teams or departments' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AssignmentTargetDto)
  targets: AssignmentTargetDto[];

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  @IsOptional()
  @IsDateString({ strict: true })
  dueAt?: string | null;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}

export class AssignmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ASSIGNABLE_ITEMS, enumName: 'AssignableItem' }) itemType: string;
  @ApiProperty({ format: 'uuid' }) itemId: string;
  @ApiProperty() itemTitle: string;
  @ApiProperty({ enum: ASSIGNMENT_TARGETS, enumName: 'AssignmentTargetType' }) targetType: string;
  @ApiProperty({ format: 'uuid' }) targetId: string;
  @ApiProperty() targetName: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) dueAt: string | null;
  @ApiProperty() note: string;
  @ApiProperty({ format: 'uuid' }) assignedBy: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ description: 'People it reaches now (live membership)' }) recipients: number;
}

export class MergedRecipientDto {
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'The due date that applies to them: the earliest' }) dueAt: string | null;
}

export class CreatedAssignmentsDto {
  @ApiProperty({ type: AssignmentDto, isArray: true }) assignments: AssignmentDto[];
  @ApiProperty({ description: 'People who receive it now' }) recipients: number;
  @ApiProperty({ type: MergedRecipientDto, isArray: true, description: 'People who already had it; merged, earliest due date kept' }) merged: MergedRecipientDto[];
}

export class InboxItemDto {
  @ApiProperty({ enum: ASSIGNABLE_ITEMS, enumName: 'AssignableItem' }) itemType: string;
  @ApiProperty({ format: 'uuid' }) itemId: string;
  @ApiProperty() title: string;
  @ApiProperty() summary: string;
  @ApiPropertyOptional({ description: 'The module kind, for modules' }) kind?: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) dueAt: string | null;
  @ApiProperty({ type: String, isArray: true }) notes: string[];
  @ApiProperty({ type: ProgressDto }) progress: ProgressDto | CourseProgressDto;
}

export class RecipientProgressDto {
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) team: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'The due date that applies to them (the earliest of their assignments of this item)' }) dueAt: string | null;
  @ApiProperty({ type: ProgressDto }) progress: ProgressDto;
}
