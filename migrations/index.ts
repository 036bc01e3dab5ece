import { Init1795364288221 } from './1795364288221-Init.js';
import { LearningModules1795364813296 } from './1795364813296-LearningModules.js';
import { LearningEventsAppendOnly1795364813297 } from './1795364813297-LearningEventsAppendOnly.js';
import { Coaching1795365041027 } from './1795365041027-Coaching.js';
import { AssignmentProgress1795373233794 } from './1795373233794-AssignmentProgress.js';

/** Every migration, in order. A new migration is generated into this folder and added here. */
export const MIGRATIONS: (new () => object)[] = [Init1795364288221, LearningModules1795364813296, LearningEventsAppendOnly1795364813297, Coaching1795365041027, AssignmentProgress1795373233794];
