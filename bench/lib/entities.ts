import { Assignment } from '../../apps/api/src/assignments/assignment.entity.js';
import { Attempt } from '../../apps/api/src/attempts/attempt.entity.js';
import { AuditEntry } from '../../apps/api/src/audit/audit-entry.entity.js';
import { LoginFailure } from '../../apps/api/src/auth/login-failure.entity.js';
import { Session } from '../../apps/api/src/auth/session.entity.js';
import { Course } from '../../apps/api/src/courses/course.entity.js';
import { LearningEvent } from '../../apps/api/src/learning-events/learning-event.entity.js';
import { LearningModule } from '../../apps/api/src/modules/learning-module.entity.js';
import { ModuleVersion } from '../../apps/api/src/modules/module-version.entity.js';
import { Department } from '../../apps/api/src/org/department.entity.js';
import { Organization } from '../../apps/api/src/org/organization.entity.js';
import { TeamCoach } from '../../apps/api/src/org/team-coach.entity.js';
import { Team } from '../../apps/api/src/org/team.entity.js';
import { Person } from '../../apps/api/src/people/person.entity.js';
import { AssignmentProgress } from '../../apps/api/src/progress/assignment-progress.entity.js';
import { ModuleProgress } from '../../apps/api/src/progress/module-progress.entity.js';
import { AttemptComment } from '../../apps/api/src/reviews/attempt-comment.entity.js';

/** The API's entities, for a TypeORM data source outside the app (loading the built-in library). */
export const ENTITIES = [
  Assignment, Attempt, AuditEntry, LoginFailure, Session, Course, LearningEvent, LearningModule, ModuleVersion,
  Department, Organization, TeamCoach, Team, Person, ModuleProgress, AssignmentProgress, AttemptComment,
];
