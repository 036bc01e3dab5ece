import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequirePermission } from '../auth/policy.decorators.js';
import type { Principal } from '../auth/principal.js';
import { DomainError } from '../common/errors/domain-error.js';
import { AttemptsService } from './attempts.service.js';
import { AttemptDto, AttemptListItemDto, MyProgressDto, SaveAnswerDto, StartAttemptDto, StartedAttemptDto, SubmitAttemptDto } from './dto/attempts.dto.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@ApiTags('attempts')
@ApiCookieAuth()
@ApiBearerAuth()
@Controller()
export class AttemptsController {
  constructor(private readonly attempts: AttemptsService) {}

  @RequirePermission('attempts.own')
  @Post('modules/:id/attempts')
  @HttpCode(200)
  @ApiOkResponse({ type: StartedAttemptDto })
  start(@CurrentPrincipal() me: Principal, @Param('id', ParseUUIDPipe) moduleId: string, @Body() body: StartAttemptDto): Promise<StartedAttemptDto> {
    return this.attempts.start(me, moduleId, body.practice ?? false);
  }

  @RequirePermission('attempts.own')
  @Get('attempts/:id')
  @ApiOkResponse({ type: AttemptDto })
  get(@CurrentPrincipal() me: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<AttemptDto> {
    return this.attempts.get(me, id);
  }

  @RequirePermission('attempts.own')
  @Put('attempts/:id/answer')
  @ApiOkResponse({ type: AttemptDto })
  save(@CurrentPrincipal() me: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: SaveAnswerDto): Promise<AttemptDto> {
    return this.attempts.save(me, id, body.answer, body.revision);
  }

  @RequirePermission('attempts.own')
  @Post('attempts/:id/submit')
  @HttpCode(200)
  @ApiOkResponse({ type: AttemptDto })
  submit(@CurrentPrincipal() me: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: SubmitAttemptDto): Promise<AttemptDto> {
    return this.attempts.submit(me, id, body.revision);
  }

  @RequirePermission('attempts.own')
  @Get('me/attempts')
  @ApiQuery({ name: 'moduleId', required: false, type: String })
  @ApiOkResponse({ type: AttemptListItemDto, isArray: true })
  mine(@CurrentPrincipal() me: Principal, @Query('moduleId') moduleId?: string): Promise<AttemptListItemDto[]> {
    if (moduleId !== undefined && !UUID.test(moduleId)) throw DomainError.validation([{ field: 'moduleId', message: 'moduleId must be a UUID' }]);
    return this.attempts.listMine(me, moduleId);
  }

  @RequirePermission('attempts.own')
  @Get('me/progress')
  @ApiOkResponse({ type: MyProgressDto })
  async myProgress(@CurrentPrincipal() me: Principal): Promise<MyProgressDto> {
    return { modules: await this.attempts.myProgress(me) };
  }
}
