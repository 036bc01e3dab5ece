import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequirePermission } from '../auth/policy.decorators.js';
import type { Principal } from '../auth/principal.js';
import { AssignmentsService } from './assignments.service.js';
import { AssignmentDto, CreateAssignmentDto, CreatedAssignmentsDto, InboxItemDto, RecipientProgressDto } from './dto/assignments.dto.js';

@ApiTags('assignments')
@ApiCookieAuth()
@ApiBearerAuth()
@Controller()
export class AssignmentsController {
  constructor(private readonly assignments: AssignmentsService) {}

  @RequirePermission('assignments.manage')
  @Post('assignments')
  @ApiCreatedResponse({ type: CreatedAssignmentsDto })
  create(@CurrentPrincipal() me: Principal, @Body() body: CreateAssignmentDto): Promise<CreatedAssignmentsDto> {
    return this.assignments.create(me, body);
  }

  @RequirePermission('assignments.manage')
  @Get('assignments')
  @ApiOkResponse({ type: AssignmentDto, isArray: true })
  list(@CurrentPrincipal() me: Principal): Promise<AssignmentDto[]> {
    return this.assignments.list(me);
  }

  @RequirePermission('assignments.manage')
  @Get('assignments/:id/recipients')
  @ApiOkResponse({ type: RecipientProgressDto, isArray: true })
  recipients(@CurrentPrincipal() me: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<RecipientProgressDto[]> {
    return this.assignments.recipients(me, id);
  }

  @RequirePermission('assignments.manage')
  @Delete('assignments/:id')
  @HttpCode(204)
  @ApiNoContentResponse()
  revoke(@CurrentPrincipal() me: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.assignments.revoke(me, id);
  }

  @RequirePermission('attempts.own')
  @Get('me/assignments')
  @ApiOkResponse({ type: InboxItemDto, isArray: true })
  inbox(@CurrentPrincipal() me: Principal): Promise<InboxItemDto[]> {
    return this.assignments.inbox(me);
  }
}
