import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequirePermission } from '../auth/policy.decorators.js';
import type { Principal } from '../auth/principal.js';
import { OwningUnitDto, CreateDepartmentDto, CreateTeamDto, DepartmentDto, SetCoachesDto, TeamDto, UpdateDepartmentDto, UpdateTeamDto } from './dto/org.dto.js';
import { OrgStructureService } from './org-structure.service.js';

@ApiTags('organization')
@ApiCookieAuth()
@ApiBearerAuth()
@Controller()
export class OrgStructureController {
  constructor(private readonly org: OrgStructureService) {}

  /** The departments and teams a learner can name as owner of a pain point or an experience. */
  @RequirePermission('attempts.own')
  @Get('org/units')
  @ApiOkResponse({ type: OwningUnitDto, isArray: true })
  units(@CurrentPrincipal() me: Principal): Promise<OwningUnitDto[]> {
    return this.org.units(me.organizationId);
  }

  @RequirePermission('people.read')
  @Get('departments')
  @ApiOkResponse({ type: DepartmentDto, isArray: true })
  listDepartments(@CurrentPrincipal() me: Principal): Promise<DepartmentDto[]> {
    return this.org.listDepartments(me.organizationId);
  }

  @RequirePermission('org.manage')
  @Post('departments')
  @ApiCreatedResponse({ type: DepartmentDto })
  createDepartment(@CurrentPrincipal() me: Principal, @Body() body: CreateDepartmentDto): Promise<DepartmentDto> {
    return this.org.createDepartment(me.organizationId, body.name);
  }

  @RequirePermission('org.manage')
  @Patch('departments/:id')
  @ApiOkResponse({ type: DepartmentDto })
  updateDepartment(
    @CurrentPrincipal() me: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateDepartmentDto,
  ): Promise<DepartmentDto> {
    return this.org.updateDepartment(me.organizationId, id, body.name, body.version);
  }

  @RequirePermission('people.read')
  @Get('teams')
  @ApiOkResponse({ type: TeamDto, isArray: true })
  listTeams(@CurrentPrincipal() me: Principal): Promise<TeamDto[]> {
    return this.org.listTeams(me.organizationId);
  }

  @RequirePermission('org.manage')
  @Post('teams')
  @ApiCreatedResponse({ type: TeamDto })
  createTeam(@CurrentPrincipal() me: Principal, @Body() body: CreateTeamDto): Promise<TeamDto> {
    return this.org.createTeam(me.organizationId, body.name, body.departmentId);
  }

  @RequirePermission('org.manage')
  @Patch('teams/:id')
  @ApiOkResponse({ type: TeamDto })
  updateTeam(@CurrentPrincipal() me: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateTeamDto): Promise<TeamDto> {
    return this.org.updateTeam(me.organizationId, id, body);
  }

  @RequirePermission('org.manage')
  @Put('teams/:id/coaches')
  @ApiOkResponse({ type: TeamDto })
  setCoaches(@CurrentPrincipal() me: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: SetCoachesDto): Promise<TeamDto> {
    return this.org.setCoaches(me.organizationId, id, body.personIds);
  }
}
