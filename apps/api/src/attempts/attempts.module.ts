import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LearningEventsModule } from '../learning-events/learning-events.module.js';
import { LearningModule } from '../modules/learning-module.entity.js';
import { ModuleVersion } from '../modules/module-version.entity.js';
import { ProgressModule } from '../progress/progress.module.js';
import { Attempt } from './attempt.entity.js';
import { AttemptsController } from './attempts.controller.js';
import { AttemptsService } from './attempts.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Attempt, LearningModule, ModuleVersion]), ProgressModule, LearningEventsModule],
  controllers: [AttemptsController],
  providers: [AttemptsService],
  exports: [AttemptsService],
})
export class AttemptsModule {}
