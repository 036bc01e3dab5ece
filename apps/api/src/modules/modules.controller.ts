import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequirePermission } from '../auth/policy.decorators.js';
import type { Principal } from '../auth/principal.js';
import { CreateModuleDto, ListModulesQuery, ModuleDetailDto, ModuleKindDto, ModuleSummaryDto, UpdateModuleDto, ValidateContentDto, ValidationReportDto, VersionDto } from './dto/modules.dto.js';
import { ModulesService } from './modules.service.js';

@ApiTags('modules')
@ApiCookieAuth()
@ApiBearerAuth()
@Controller()
export class ModulesController {
  constructor(private readonly modules: ModulesService) {}

  @RequirePermission('modules.read')
  @Get('module-kinds')
  @ApiOkResponse({ type: ModuleKindDto, isArray: true })
  kinds(): ModuleKindDto[] {
    return this.modules.kinds();
  }

  @RequirePermission('modules.read')
  @Get('modules')
  @ApiOkResponse({ type: ModuleSummaryDto, isArray: true })
  list(@CurrentPrincipal() me: Principal, @Query() q: ListModulesQuery): Promise<ModuleSummaryDto[]> {
    return this.modules.list(me, q);
  }

  @RequirePermission('modules.author')
  @Post('modules/validate')
  @HttpCode(200)
  @ApiOkResponse({ type: ValidationReportDto })
  validate(@CurrentPrincipal() me: Principal, @Body() body: ValidateContentDto): Promise<ValidationReportDto> {
    return this.modules.validate(me, body.kind, body.content);
  }

  @RequirePermission('modules.read')
  @Get('modules/:id')
  @ApiOkResponse({ type: ModuleDetailDto })
  get(@CurrentPrincipal() me: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<ModuleDetailDto> {
    return this.modules.get(me, id);
  }

  @RequirePermission('modules.author')
  @Post('modules')
  @ApiCreatedResponse({ type: ModuleDetailDto })
  create(@CurrentPrincipal() me: Principal, @Body() body: CreateModuleDto): Promise<ModuleDetailDto> {
    return this.modules.create(me, body);
  }

  @RequirePermission('modules.author')
  @Patch('modules/:id')
  @ApiOkResponse({ type: ModuleDetailDto })
  update(@CurrentPrincipal() me: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateModuleDto): Promise<ModuleDetailDto> {
    return this.modules.update(me, id, body);
  }

  @RequirePermission('modules.author')
  @Post('modules/:id/publish')
  @HttpCode(200)
  @ApiOkResponse({ type: ModuleDetailDto })
  publish(@CurrentPrincipal() me: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: VersionDto): Promise<ModuleDetailDto> {
    return this.modules.publish(me, id, body.version);
  }

  @RequirePermission('modules.author')
  @Post('modules/:id/archive')
  @HttpCode(200)
  @ApiOkResponse({ type: ModuleDetailDto })
  archive(@CurrentPrincipal() me: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: VersionDto): Promise<ModuleDetailDto> {
    return this.modules.archive(me, id, body.version);
  }
}
