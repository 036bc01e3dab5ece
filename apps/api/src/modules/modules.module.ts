import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProgressModule } from '../progress/progress.module.js';
import { OrgModule } from '../org/org.module.js';
import { LearningModule } from './learning-module.entity.js';
import { ModuleVersion } from './module-version.entity.js';
import { ModulesController } from './modules.controller.js';
import { ModulesService } from './modules.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([LearningModule, ModuleVersion]), OrgModule, ProgressModule],
  controllers: [ModulesController],
  providers: [ModulesService],
  exports: [ModulesService],
})
export class ModulesModule {}
