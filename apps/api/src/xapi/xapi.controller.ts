import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CurrentPrincipal, RequirePermission } from '../auth/policy.decorators.js';
import type { Principal } from '../auth/principal.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { StatementResultDto, StatementsQuery } from './dto/xapi.dto.js';
import { toStatement, type EventRow } from './xapi-statement.js';

/**
 * The learning-event log as xAPI statements, for an organization's learning record store or
 * BI tools. Practice attempts are private and never exported. Paged by event id.
 */
@ApiTags('xapi')
@ApiCookieAuth()
@ApiBearerAuth()
@Controller('xapi')
export class XapiController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @RequirePermission('xapi.export')
  @Get('statements')
  @ApiOkResponse({ type: StatementResultDto })
  async statements(@CurrentPrincipal() me: Principal, @Query() q: StatementsQuery): Promise<StatementResultDto> {
    const rows: EventRow[] = await this.db.query(
      `SELECT e.id, e.organization_id, e.actor_id, e.module_id, e.module_version_id, e.attempt_id, e.verb, e.result, e.at, v.title, v.kind, v.number
         FROM learning_event e JOIN module_version v ON v.id = e.module_version_id
        WHERE e.organization_id = $1 AND NOT e.practice AND e.id > $2 AND ($3::timestamptz IS NULL OR e.at > $3)
        ORDER BY e.id LIMIT $4`,
      [me.organizationId, q.after ?? 0, q.since ?? null, q.limit + 1],
    );
    const page = rows.slice(0, q.limit);
    const homePage = (this.config.publicUrl ?? 'https://footsteps.local').replace(/\/$/, '');
    return { statements: page.map((e) => toStatement(e, homePage)), more: rows.length > q.limit ? Number(page[page.length - 1]!.id) : null };
  }
}
