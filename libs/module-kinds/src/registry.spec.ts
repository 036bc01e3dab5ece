import type { AnyModuleKind } from './kind.js';
import { ctx } from './testing.js';
import {
  MODULE_KINDS,
  MODULE_KIND_NAMES,
  getModuleKind,
  isModuleKindName,
  validateModuleContent,
} from './registry.js';
import { activeListeningSample } from './active-listening/sample.js';
import { purchaseFlowSample } from './purchase-flow/sample.js';
import { recallSample } from './recall/sample.js';

const samples = {
  recall: recallSample,
  'purchase-flow': purchaseFlowSample,
  'active-listening': activeListeningSample,
};

describe('module kind registry', () => {
  it('registers the three kinds under their own names', () => {
    expect(MODULE_KIND_NAMES).toEqual(['recall', 'purchase-flow', 'active-listening']);
    for (const name of MODULE_KIND_NAMES) expect(MODULE_KINDS[name].kind).toBe(name);
    expect(isModuleKindName('recall')).toBe(true);
    expect(isModuleKindName('toString')).toBe(false);
    expect(getModuleKind('quiz')).toBeUndefined();
  });

  it.each(MODULE_KIND_NAMES)('%s: the sample is valid, and an empty answer is a valid draft but not a submission', (name) => {
    // The way the API dispatches: by name, on content it has validated.
    const kind: AnyModuleKind = getModuleKind(name)!;
    const content = kind.validateContent(samples[name]);
    if (!content.ok) throw new Error(content.errors[0]!.message);
    const empty = kind.emptyAnswer(content.value);
    expect(kind.validateDraft(content.value, empty, ctx).ok).toBe(true);
    expect(kind.validateSubmission(content.value, empty, ctx).ok).toBe(false);
    expect(kind.progress(content.value, empty).done).toBe(0);
  });

  it('rejects content of an unknown kind', () => {
    expect(validateModuleContent('quiz', {})).toEqual({
      ok: false,
      errors: [{ path: 'kind', message: 'Unknown module kind "quiz"; known kinds: recall, purchase-flow, active-listening' }],
    });
  });

  it('rejects content that is not an object, naming the content', () => {
    expect(validateModuleContent('recall', null)).toEqual({
      ok: false,
      errors: [{ path: '', message: expect.stringMatching(/^Content: invalid input: expected object/) }],
    });
  });
});
