import type { ActiveListeningContent, CompletionRule, PurchaseFlowContent, RecallContent } from '#module-kinds';

/** What every built-in module carries besides its kind-specific content. */
interface LibraryModuleBase {
  /** Stable identifier; courses refer to modules by it, and the loader upserts by it. */
  slug: string;
  title: string;
  /** One or two sentences shown on the module card. */
  summary: string;
  /** The industry the module is set in, or `cross-industry`. */
  industry: LibraryIndustry;
  /** A realistic time for a first attempt, in minutes. */
  estimatedMinutes: number;
}

export type LibraryIndustry =
  | 'cross-industry'
  | 'retail'
  | 'telecom'
  | 'banking'
  | 'travel'
  | 'delivery'
  | 'software';

/** A built-in module: the kind decides the shape of its content. */
export type LibraryModule = LibraryModuleBase &
  (
    | { kind: 'recall'; content: RecallContent }
    | { kind: 'purchase-flow'; content: PurchaseFlowContent }
    | { kind: 'active-listening'; content: ActiveListeningContent }
  );

export type LibraryModuleKind = LibraryModule['kind'];

/** A built-in course: modules in the order a learner takes them. */
export interface LibraryCourse {
  slug: string;
  title: string;
  description: string;
  /** What a learner can do after the course, written from their side. */
  outcomes: string[];
  /** Module slugs, in order. */
  modules: string[];
  /** When the course counts as completed (every module, optionally with a minimum score). */
  completion: CompletionRule;
}
