import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LearningEvent } from './learning-event.entity.js';
import { LearningEventsService } from './learning-events.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([LearningEvent])],
  providers: [LearningEventsService],
  exports: [LearningEventsService],
})
export class LearningEventsModule {}
