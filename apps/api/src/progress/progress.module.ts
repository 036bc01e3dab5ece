import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ModuleProgress } from './module-progress.entity.js';
import { ProgressService } from './progress.service.js';

@Module({ imports: [TypeOrmModule.forFeature([ModuleProgress])], providers: [ProgressService], exports: [ProgressService] })
export class ProgressModule {}
