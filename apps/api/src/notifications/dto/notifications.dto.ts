import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { NOTIFICATION_KINDS } from '../notification.entity.js';

export class ListNotificationsQuery {
  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 200, description: 'How many of the newest to return' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

export class NotificationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS, enumName: 'NotificationKind' }) kind: string;
  @ApiProperty() title: string;
  @ApiProperty() body: string;
  @ApiProperty({ nullable: true, type: String, description: 'Where in the app it leads, e.g. `/learning`' }) link: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) readAt: string | null;
}

export class NotificationListDto {
  @ApiProperty({ type: NotificationDto, isArray: true, description: 'Newest first' }) items: NotificationDto[];
  @ApiProperty({ description: 'Unread notifications in all (not only those listed)' }) unread: number;
}
