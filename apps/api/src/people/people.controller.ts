import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequirePermission } from '../auth/policy.decorators.js';
import type { Principal } from '../auth/principal.js';
import { CreatedPersonDto, CreatePersonDto, ImportPeopleDto, ImportResultDto, ListPeopleQuery, PeoplePageDto, PersonDto, UpdatePersonDto } from './dto/people.dto.js';
import { PeopleImportService } from './people-import.service.js';
import { PeopleService } from './people.service.js';

@ApiTags('people')
@ApiCookieAuth()
@ApiBearerAuth()
@Controller('people')
export class PeopleController {
  constructor(
    private readonly people: PeopleService,
    private readonly importer: PeopleImportService,
  ) {}

  @RequirePermission('people.read')
  @Get()
  @ApiOkResponse({ type: PeoplePageDto })
  list(@CurrentPrincipal() me: Principal, @Query() query: ListPeopleQuery): Promise<PeoplePageDto> {
    return this.people.list(me.organizationId, query);
  }

  @RequirePermission('people.manage')
  @Post('import')
  @HttpCode(200)
  @ApiOkResponse({ type: ImportResultDto })
  import(@CurrentPrincipal() me: Principal, @Body() body: ImportPeopleDto): Promise<ImportResultDto> {
    return this.importer.import(me.organizationId, body.csv);
  }

  @RequirePermission('people.read')
  @Get(':id')
  @ApiOkResponse({ type: PersonDto })
  get(@CurrentPrincipal() me: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<PersonDto> {
    return this.people.get(me.organizationId, id);
  }

  @RequirePermission('people.manage')
  @Post()
  @ApiCreatedResponse({ type: CreatedPersonDto })
  create(@CurrentPrincipal() me: Principal, @Body() body: CreatePersonDto): Promise<CreatedPersonDto> {
    return this.people.create(me.organizationId, body);
  }

  @RequirePermission('people.manage')
  @Patch(':id')
  @ApiOkResponse({ type: PersonDto })
  update(@CurrentPrincipal() me: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: UpdatePersonDto): Promise<PersonDto> {
    return this.people.update(me.organizationId, id, body);
  }

  @RequirePermission('people.manage')
  @Post(':id/invite')
  @ApiCreatedResponse({ type: CreatedPersonDto })
  reinvite(@CurrentPrincipal() me: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<CreatedPersonDto> {
    return this.people.reinvite(me.organizationId, id);
  }

  @RequirePermission('people.manage')
  @Post(':id/sessions/revoke')
  @HttpCode(204)
  @ApiNoContentResponse()
  revokeSessions(@CurrentPrincipal() me: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.people.revokeSessions(me.organizationId, id);
  }
}
