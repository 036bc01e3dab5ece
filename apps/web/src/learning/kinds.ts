/**
 * The module kinds' content, answer and play-state TYPES, straight from libs/module-kinds so the
 * players follow the same shapes the API validates. Types only: nothing here reaches the bundle
 * (the kinds' runtime pulls in zod, which the web app does not need).
 */
export type {
  RecallContent,
  RecallDraft,
  RecallElement,
  CreatedSimilar,
  PurchaseFlowContent,
  PurchaseFlowDraft,
  PurchaseStage,
  PlayedPurchaseStage,
  StageTask,
  Persona,
  PainPointEmotion,
  Severity,
  EmotionPoint,
  PurchaseFlowScoreDetails,
  StageFrictionResult,
  ActiveListeningContent,
  ActiveListeningAnswer,
  ActiveListeningScoreDetails,
  Step,
  Transcript,
  TranscriptEntry,
  CustomerEntry,
  ChoiceEntry,
  FreeTextEntry,
  EndingEntry,
  PendingDecision,
  Outcome,
  ReplySignal,
  ReplyAnalysis,
  EffortMarker,
} from '../../../../libs/module-kinds/src/index.js';

import type { ActiveListeningContent } from '../../../../libs/module-kinds/src/index.js';

/** What a learner sees of an active-listening scenario: the graph stays on the server. */
export type ActiveListeningFraming = Omit<ActiveListeningContent, 'nodes' | 'start'>;
