import { ApiProperty } from '@nestjs/swagger';
import { MODULE_STATUSES } from '#module-kinds';

export class ProgressDto {
  @ApiProperty({ enum: MODULE_STATUSES, enumName: 'ProgressStatus' }) status: string;
  @ApiProperty({ minimum: 0, maximum: 100 }) percent: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Best score of completed attempts' }) score: number | null;
  @ApiProperty() overdue: boolean;
}

export class ModuleProgressDto extends ProgressDto {
  @ApiProperty({ format: 'uuid' }) moduleId: string;
}

export class CourseProgressDto extends ProgressDto {
  @ApiProperty() completedModules: number;
  @ApiProperty() totalModules: number;
  @ApiProperty({ type: String, isArray: true, description: 'Completed modules whose best score is below the course minimum' }) belowMinScore: string[];
  @ApiProperty({ type: ModuleProgressDto, isArray: true }) modules: ModuleProgressDto[];
}
