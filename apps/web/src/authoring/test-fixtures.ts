import { activeListeningSample } from '../../../../libs/module-kinds/src/active-listening/sample';
import { purchaseFlowSample } from '../../../../libs/module-kinds/src/purchase-flow/sample';
import { recallSample } from '../../../../libs/module-kinds/src/recall/sample';
import type { ModuleDetail, ModuleKindName } from './api';

const CONTENT: Record<ModuleKindName, unknown> = {
  recall: recallSample,
  'purchase-flow': purchaseFlowSample,
  'active-listening': activeListeningSample,
};

/** A module as GET /api/modules/:id returns it to an author. */
export function makeModule(kind: ModuleKindName, overrides: Partial<ModuleDetail> = {}): ModuleDetail {
  return {
    id: 'm-1',
    slug: 'the-module',
    kind,
    title: 'The missed parcel',
    summary: 'A customer whose parcel never came.',
    industry: 'delivery',
    estimatedMinutes: 10,
    status: 'draft',
    publishedVersion: 0,
    version: 3,
    updatedAt: '2026-11-20T10:00:00.000Z',
    content: null,
    draftContent: structuredClone(CONTENT[kind]) as Record<string, unknown>,
    issues: [],
    ...overrides,
  };
}
