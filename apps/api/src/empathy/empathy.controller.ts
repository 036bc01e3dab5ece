import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { analyzeReply } from '#empathy';
import { RequirePermission } from '../auth/policy.decorators.js';
import { AnalyzeReplyDto, EmpathyAnalysisDto } from './dto/analyze.dto.js';

/** Live hints while a learner types: the same analyzer that scores free-text turns. */
@ApiTags('empathy')
@ApiCookieAuth()
@ApiBearerAuth()
@Controller('empathy')
export class EmpathyController {
  @RequirePermission('empathy.analyze')
  @Post('analyze')
  @HttpCode(200)
  // Debounced typing sends a few requests a second at most; this leaves room and stops abuse.
  @Throttle({ default: { limit: 240, ttl: 60_000 } })
  @ApiOkResponse({ type: EmpathyAnalysisDto })
  analyze(@Body() body: AnalyzeReplyDto): EmpathyAnalysisDto {
    return analyzeReply({ customer: body.customer, reply: body.reply });
  }
}
