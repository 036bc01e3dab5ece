import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequirePermission } from '../auth/policy.decorators.js';
import type { Principal } from '../auth/principal.js';
import { ListNotificationsQuery, NotificationDto, NotificationListDto } from './dto/notifications.dto.js';
import { NotificationsService } from './notifications.service.js';

@ApiTags('notifications')
@ApiCookieAuth()
@ApiBearerAuth()
@Controller('me/notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @RequirePermission('profile.read')
  @Get()
  @ApiOkResponse({ type: NotificationListDto })
  list(@CurrentPrincipal() me: Principal, @Query() query: ListNotificationsQuery): Promise<NotificationListDto> {
    return this.notifications.listMine(me, query.limit);
  }

  @RequirePermission('profile.read')
  @Post(':id/read')
  @HttpCode(200)
  @ApiOkResponse({ type: NotificationDto })
  markRead(@CurrentPrincipal() me: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<NotificationDto> {
    return this.notifications.markRead(me, id);
  }
}
