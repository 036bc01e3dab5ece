// The content shapes of each module kind, as the kinds' own zod schemas define them. Types only:
// nothing of the library is bundled, and the API stays the one judge of what is valid.
export type {
  RecallContent,
  RecallElement,
  JourneyStageOption,
} from '../../../../libs/module-kinds/src/recall/content';
export type {
  PurchaseFlowContent,
  PurchaseStage,
  StageTask,
  TaskOption,
  FrictionItem,
  Persona,
  EffortMarker,
} from '../../../../libs/module-kinds/src/purchase-flow/content';
export type {
  ActiveListeningContent,
  ScenarioNode,
  CustomerNode,
  ChoiceNode,
  ChoiceOption,
  FreeTextNode,
  BranchRule,
  BranchCondition,
  EndingNode,
  Outcome,
} from '../../../../libs/module-kinds/src/active-listening/content';
export type { ReplySignal } from '../../../../libs/module-kinds/src/context';
