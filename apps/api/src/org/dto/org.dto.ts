import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, IsUUID, Length, Min } from 'class-validator';

export class DepartmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'People in the department' }) memberCount: number;
  @ApiProperty() version: number;
}

export class CreateDepartmentDto {
  @ApiProperty({ minLength: 1, maxLength: 120 })
  @IsString()
  @Length(1, 120)
  name: string;
}

export class UpdateDepartmentDto extends CreateDepartmentDto {
  @ApiProperty({ description: 'The version you edited; a stale version is refused with 409.' })
  @IsInt()
  @Min(1)
  version: number;
}

export class TeamDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) departmentId: string | null;
  @ApiProperty({ format: 'uuid', isArray: true, type: String }) coachIds: string[];
  @ApiProperty() memberCount: number;
  @ApiProperty() version: number;
}

export class CreateTeamDto {
  @ApiProperty({ minLength: 1, maxLength: 120 })
  @IsString()
  @Length(1, 120)
  name: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  departmentId?: string | null;
}

export class UpdateTeamDto extends CreateTeamDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  version: number;
}

export class SetCoachesDto {
  @ApiProperty({ format: 'uuid', isArray: true, type: String })
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  personIds: string[];
}

export class OwningUnitDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['department', 'team'] }) kind: 'department' | 'team';
}
