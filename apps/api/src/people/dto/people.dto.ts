import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMinSize, ArrayUnique, IsArray, IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ROLES, type Role } from '#contracts';

export class PersonDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ROLES, isArray: true, enumName: 'Role' }) roles: Role[];
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) departmentId: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) teamId: string | null;
  @ApiProperty({ enum: ['invited', 'active'] }) status: 'invited' | 'active';
  @ApiProperty() version: number;
}

export class CreatedPersonDto extends PersonDto {
  @ApiPropertyOptional({ description: 'One-time invitation token (only when no password was given); send it to the person.' })
  inviteToken?: string;
}

export class PeoplePageDto {
  @ApiProperty({ type: PersonDto, isArray: true }) items: PersonDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class ListPeopleQuery {
  @ApiPropertyOptional({ description: 'Matches name or e-mail' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  departmentId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  teamId?: string;

  @ApiPropertyOptional({ enum: ROLES, enumName: 'Role' })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ default: 1, minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page = 1;

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize = 50;
}

export class CreatePersonDto {
  @ApiProperty()
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty()
  @IsString()
  @Length(1, 120)
  name: string;

  @ApiProperty({ enum: ROLES, isArray: true, enumName: 'Role' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles: Role[];

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  departmentId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  teamId?: string | null;

  @ApiPropertyOptional({ description: 'Set a password now; without one the person is invited.', minLength: 10 })
  @IsOptional()
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  password?: string;
}

export class UpdatePersonDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 120)
  name?: string;

  @ApiPropertyOptional({ enum: ROLES, isArray: true, enumName: 'Role' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles?: Role[];

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  departmentId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  teamId?: string | null;

  @ApiProperty({ description: 'The version you edited; a stale version is refused with 409.' })
  @IsInt()
  @Min(1)
  version: number;
}

export class ImportPeopleDto {
  @ApiProperty({ description: 'CSV text with a header row: email,name,department,team,roles (roles separated by ; or |)', maxLength: 2_000_000 })
  @IsString()
  @MinLength(1)
  @MaxLength(2_000_000)
  csv: string;
}

export class ImportRowErrorDto {
  @ApiProperty({ description: 'Line number in the file (the header is line 1)' }) line: number;
  @ApiPropertyOptional() email?: string;
  @ApiProperty() reason: string;
}

export class ImportResultDto {
  @ApiProperty() created: number;
  @ApiProperty() updated: number;
  @ApiProperty() unchanged: number;
  @ApiProperty({ type: String, isArray: true }) departmentsCreated: string[];
  @ApiProperty({ type: String, isArray: true }) teamsCreated: string[];
  @ApiProperty({ type: ImportRowErrorDto, isArray: true }) errors: ImportRowErrorDto[];
}
