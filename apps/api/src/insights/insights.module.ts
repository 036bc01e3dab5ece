import { Module } from '@nestjs/common';
import { OrgModule } from '../org/org.module.js';
import { InsightsController } from './insights.controller.js';
import { InsightsService } from './insights.service.js';

@Module({ imports: [OrgModule], controllers: [InsightsController], providers: [InsightsService] })
export class InsightsModule {}
