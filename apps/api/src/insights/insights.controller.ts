import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequirePermission } from '../auth/policy.decorators.js';
import type { Principal } from '../auth/principal.js';
import { JourneyHeatmapDto, RecallInsightDto, StoryLibraryDto } from './dto/insights.dto.js';
import { InsightsService } from './insights.service.js';

@ApiTags('insights')
@ApiCookieAuth()
@ApiBearerAuth()
@Controller('insights')
export class InsightsController {
  constructor(private readonly insights: InsightsService) {}

  @RequirePermission('insights.read')
  @Get('journey')
  @ApiOkResponse({ type: JourneyHeatmapDto, isArray: true, description: 'Pain points per stage and owning team, per purchase-flow module' })
  journey(@CurrentPrincipal() me: Principal): Promise<JourneyHeatmapDto[]> {
    return this.insights.journey(me.organizationId);
  }

  @RequirePermission('insights.read')
  @Get('recall')
  @ApiOkResponse({ type: RecallInsightDto })
  recall(@CurrentPrincipal() me: Principal): Promise<RecallInsightDto> {
    return this.insights.recall(me.organizationId);
  }

  @RequirePermission('insights.read')
  @Get('stories')
  @ApiOkResponse({ type: StoryLibraryDto })
  stories(@CurrentPrincipal() me: Principal): Promise<StoryLibraryDto> {
    return this.insights.stories(me.organizationId);
  }
}
