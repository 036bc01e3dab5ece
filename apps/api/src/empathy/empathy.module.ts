import { Module } from '@nestjs/common';
import { EmpathyController } from './empathy.controller.js';

@Module({ controllers: [EmpathyController] })
export class EmpathyModule {}
