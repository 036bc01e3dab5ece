import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LearningModule } from '../modules/learning-module.entity.js';
import { ProgressModule } from '../progress/progress.module.js';
import { Course } from './course.entity.js';
import { CoursesController } from './courses.controller.js';
import { CoursesService } from './courses.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Course, LearningModule]), ProgressModule],
  controllers: [CoursesController],
  providers: [CoursesService],
})
export class CoursesModule {}
