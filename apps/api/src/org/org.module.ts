import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Department } from './department.entity.js';
import { OrgStructureController } from './org-structure.controller.js';
import { OrgStructureService } from './org-structure.service.js';
import { Organization } from './organization.entity.js';
import { TeamCoach } from './team-coach.entity.js';
import { Team } from './team.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([Organization, Department, Team, TeamCoach])],
  controllers: [OrgStructureController],
  providers: [OrgStructureService],
  exports: [OrgStructureService],
})
export class OrgModule {}
