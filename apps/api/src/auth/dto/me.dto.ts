import { ApiProperty } from '@nestjs/swagger';
import { PERMISSIONS, ROLES, type Permission, type Role } from '#contracts';

export class NamedRefDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;
}

export class MeDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  email: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: ROLES, isArray: true, enumName: 'Role' })
  roles: Role[];

  @ApiProperty({ enum: PERMISSIONS, isArray: true, enumName: 'Permission' })
  permissions: Permission[];

  @ApiProperty({ type: NamedRefDto })
  organization: NamedRefDto;

  @ApiProperty({ type: NamedRefDto, nullable: true })
  department: NamedRefDto | null;

  @ApiProperty({ type: NamedRefDto, nullable: true })
  team: NamedRefDto | null;
}

export class LoginResponseDto {
  @ApiProperty({ type: MeDto })
  user: MeDto;

  @ApiProperty({ description: 'Bearer token for API clients; the web app uses the httpOnly cookie instead.' })
  token: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;
}
