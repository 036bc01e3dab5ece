import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ProgressModule } from '../progress/progress.module.js';
import { ReminderJobsService } from './reminder-jobs.service.js';
import { RemindersService } from './reminders.service.js';

/** Reminders, overdue notices and escalations, and the job queue that runs them and the e-mail outbox. */
@Module({ imports: [NotificationsModule, ProgressModule], providers: [RemindersService, ReminderJobsService], exports: [RemindersService, ReminderJobsService] })
export class RemindersModule {}
