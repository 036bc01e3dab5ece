import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, RequirePermission } from '../auth/policy.decorators.js';
import type { Principal } from '../auth/principal.js';
import { sendCsv } from './csv.js';
import { CompletionQuery, CompletionReportDto, OverdueItemDto, ReportFilterQuery, TrendQuery, TrendReportDto } from './dto/reports.dto.js';
import { ReportsService } from './reports.service.js';

const GROUP_COLUMNS = ['key', 'label', 'assigned', 'completed', 'inProgress', 'notStarted', 'overdue', 'completionRate'];

/** HR reports: completion status and dates only. `format=csv` gives the same numbers as a download. */
@ApiTags('reports')
@ApiCookieAuth()
@ApiBearerAuth()
@ApiProduces('application/json', 'text/csv')
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @RequirePermission('reports.read')
  @Get('completion')
  @ApiOkResponse({ type: CompletionReportDto })
  async completion(@CurrentPrincipal() me: Principal, @Query() q: CompletionQuery, @Res({ passthrough: true }) res: Response): Promise<CompletionReportDto | void> {
    const report = await this.reports.completion(me.organizationId, q);
    if (q.format !== 'csv') return report;
    sendCsv(res, `completion-by-${q.groupBy}.csv`, [...report.groups, report.total], GROUP_COLUMNS);
  }

  @RequirePermission('reports.read')
  @Get('overdue')
  @ApiOkResponse({ type: OverdueItemDto, isArray: true })
  async overdue(@CurrentPrincipal() me: Principal, @Query() q: ReportFilterQuery, @Res({ passthrough: true }) res: Response): Promise<OverdueItemDto[] | void> {
    const rows = await this.reports.overdue(me.organizationId, q);
    if (q.format !== 'csv') return rows;
    sendCsv(res, 'overdue.csv', rows, ['personId', 'personName', 'department', 'team', 'itemType', 'itemId', 'itemTitle', 'dueAt', 'daysOverdue', 'status', 'percent']);
  }

  @RequirePermission('reports.read')
  @Get('trend')
  @ApiOkResponse({ type: TrendReportDto })
  async trend(@CurrentPrincipal() me: Principal, @Query() q: TrendQuery, @Res({ passthrough: true }) res: Response): Promise<TrendReportDto | void> {
    const report = await this.reports.trend(me.organizationId, q);
    if (q.format !== 'csv') return report;
    sendCsv(res, `completion-trend-${q.interval}.csv`, report.points, ['periodStart', 'completed', 'cumulativeCompleted', 'completionRate']);
  }
}
