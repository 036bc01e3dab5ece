import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequirePermission } from '../auth/policy.decorators.js';
import type { Principal } from '../auth/principal.js';
import { AddCommentDto, OverrideScoreDto, ReviewedAttemptDto, ReviewQueueItemDto, ReviewQueueQuery } from './dto/reviews.dto.js';
import { ReviewsService } from './reviews.service.js';

@ApiTags('reviews')
@ApiCookieAuth()
@ApiBearerAuth()
@Controller('reviews')
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  @RequirePermission('reviews.manage')
  @Get()
  @ApiOkResponse({ type: ReviewQueueItemDto, isArray: true })
  queue(@CurrentPrincipal() me: Principal, @Query() q: ReviewQueueQuery): Promise<ReviewQueueItemDto[]> {
    return this.reviews.queue(me, q.status);
  }

  @RequirePermission('reviews.manage')
  @Get('attempts/:id')
  @ApiOkResponse({ type: ReviewedAttemptDto })
  read(@CurrentPrincipal() me: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<ReviewedAttemptDto> {
    return this.reviews.read(me, id);
  }

  @RequirePermission('reviews.manage')
  @Post('attempts/:id/comments')
  @ApiCreatedResponse({ type: ReviewedAttemptDto })
  comment(@CurrentPrincipal() me: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: AddCommentDto): Promise<ReviewedAttemptDto> {
    return this.reviews.comment(me, id, body);
  }

  @RequirePermission('reviews.manage')
  @Put('attempts/:id/override')
  @ApiOkResponse({ type: ReviewedAttemptDto })
  override(@CurrentPrincipal() me: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: OverrideScoreDto): Promise<ReviewedAttemptDto> {
    return this.reviews.override(me, id, body);
  }
}
