import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module.js';
import { OrgModule } from '../org/org.module.js';
import { ProgressModule } from '../progress/progress.module.js';
import { PeopleImportService } from './people-import.service.js';
import { PeopleController } from './people.controller.js';
import { PeopleService } from './people.service.js';
import { Person } from './person.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([Person]), OrgModule, AuthModule, ProgressModule],
  controllers: [PeopleController],
  providers: [PeopleService, PeopleImportService],
  exports: [PeopleService],
})
export class PeopleModule {}
