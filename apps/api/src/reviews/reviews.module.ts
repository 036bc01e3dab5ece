import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttemptsModule } from '../attempts/attempts.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { LearningEventsModule } from '../learning-events/learning-events.module.js';
import { Notification } from '../notifications/notification.entity.js';
import { ProgressModule } from '../progress/progress.module.js';
import { AttemptComment } from './attempt-comment.entity.js';
import { ReviewsController } from './reviews.controller.js';
import { ReviewsService } from './reviews.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([AttemptComment, Notification]), AttemptsModule, AuditModule, ProgressModule, LearningEventsModule],
  controllers: [ReviewsController],
  providers: [ReviewsService],
})
export class ReviewsModule {}
