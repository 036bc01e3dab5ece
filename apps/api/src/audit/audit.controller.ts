import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequirePermission } from '../auth/policy.decorators.js';
import type { Principal } from '../auth/principal.js';
import { AuditService } from './audit.service.js';
import { AuditPageDto, AuditQuery } from './dto/audit.dto.js';

@ApiTags('audit')
@ApiCookieAuth()
@ApiBearerAuth()
@Controller('audit-log')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @RequirePermission('audit.read')
  @Get()
  @ApiOkResponse({ type: AuditPageDto })
  page(@CurrentPrincipal() me: Principal, @Query() q: AuditQuery): Promise<AuditPageDto> {
    return this.audit.page(me.organizationId, q.page, q.pageSize);
  }
}
