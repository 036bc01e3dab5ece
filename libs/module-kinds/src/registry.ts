import { z } from 'zod';
import type { ContentContext } from './context.js';
import type { AnyModuleKind } from './kind.js';
import { activeListeningKind } from './active-listening/kind.js';
import { purchaseFlowKind } from './purchase-flow/kind.js';
import { recallKind } from './recall/kind.js';
import { fail, type Result } from './result.js';

/**
 * Every module kind Footsteps knows, by name. A new kind is a folder `src/<kind>/` exporting a
 * `ModuleKind`, plus one line here.
 */
export const MODULE_KINDS = {
  recall: recallKind,
  'purchase-flow': purchaseFlowKind,
  'active-listening': activeListeningKind,
} as const satisfies Record<string, AnyModuleKind>;

export type ModuleKindName = keyof typeof MODULE_KINDS;
export const MODULE_KIND_NAMES = Object.keys(MODULE_KINDS) as ModuleKindName[];
export const moduleKindNameSchema = z.enum(MODULE_KIND_NAMES as [ModuleKindName, ...ModuleKindName[]]);

export function isModuleKindName(name: unknown): name is ModuleKindName {
  return typeof name === 'string' && Object.hasOwn(MODULE_KINDS, name);
}

/** The kind registered under `name`, or undefined. */
export function getModuleKind(name: string): AnyModuleKind | undefined {
  return isModuleKindName(name) ? MODULE_KINDS[name] : undefined;
}

/** Validates content of the named kind; an unknown kind is an error on `kind`. */
export function validateModuleContent(kind: string, content: unknown, ctx: ContentContext = {}): Result<unknown> {
  const registered = getModuleKind(kind);
  if (!registered) {
    return fail([{ path: 'kind', message: `Unknown module kind "${kind}"; known kinds: ${MODULE_KIND_NAMES.join(', ')}` }]);
  }
  return registered.validateContent(content, ctx);
}
