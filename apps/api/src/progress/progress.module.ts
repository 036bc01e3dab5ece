import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssignmentProgress } from './assignment-progress.entity.js';
import { AssignmentProgressService } from './assignment-progress.service.js';
import { ModuleProgress } from './module-progress.entity.js';
import { ProgressService } from './progress.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([ModuleProgress, AssignmentProgress])],
  providers: [ProgressService, AssignmentProgressService],
  exports: [ProgressService, AssignmentProgressService],
})
export class ProgressModule {}
