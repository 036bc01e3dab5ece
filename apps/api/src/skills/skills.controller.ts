import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequirePermission } from '../auth/policy.decorators.js';
import type { Principal } from '../auth/principal.js';
import { SkillGrowthDto } from './dto/skills.dto.js';
import { SkillsService } from './skills.service.js';

@ApiTags('skills')
@ApiCookieAuth()
@ApiBearerAuth()
@Controller()
export class SkillsController {
  constructor(private readonly skills: SkillsService) {}

  @RequirePermission('attempts.own')
  @Get('me/skills')
  @ApiOkResponse({ type: SkillGrowthDto })
  mine(@CurrentPrincipal() me: Principal): Promise<SkillGrowthDto> {
    return this.skills.mine(me);
  }

  @RequirePermission('reviews.manage')
  @Get('reviews/people/:personId/skills')
  @ApiOkResponse({ type: SkillGrowthDto })
  ofPerson(@CurrentPrincipal() me: Principal, @Param('personId', ParseUUIDPipe) personId: string): Promise<SkillGrowthDto> {
    return this.skills.ofCoached(me, personId);
  }
}
