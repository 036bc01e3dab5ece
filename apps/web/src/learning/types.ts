import type { components } from '../api/schema';

type Schemas = components['schemas'];

export type InboxItem = Schemas['InboxItemDto'];
export type Progress = Schemas['ProgressDto'];
export type ProgressStatus = Schemas['ProgressStatus'];
export type Course = Schemas['CourseDto'];
export type CourseModule = Schemas['CourseModuleDto'];
export type CourseProgress = Schemas['CourseProgressDto'];
export type ModuleSummary = Schemas['ModuleSummaryDto'];
export type ModuleDetail = Schemas['ModuleDetailDto'];
export type ModuleProgress = Schemas['ModuleProgressDto'];
export type ModuleKindName = Schemas['ModuleKindName'];
export type AttemptListItem = Schemas['AttemptListItemDto'];
export type Attempt = Schemas['AttemptDto'];
export type StartedAttempt = Schemas['StartedAttemptDto'];
export type ScoreLine = Schemas['ScoreLineDto'];
export type EmpathyAnalysis = Schemas['EmpathyAnalysisDto'];
export type EmpathySignal = Schemas['EmpathySignal'];
