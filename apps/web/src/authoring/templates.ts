import type { ModuleKindName } from './api';
import { RECALL_ELEMENTS, RECALL_JOURNEY_STAGES } from '../../../../libs/module-kinds/src/recall/taxonomy';
import type { ActiveListeningContent, PurchaseFlowContent, RecallContent } from './content-types';

/**
 * What a new module starts from, per kind: the structure good practice recommends, with the
 * words left for the author. Empty texts are listed as "to write" until filled in, so the
 * module cannot be published half-written. Reusable parts (the recall taxonomy, the usual
 * purchase stages) come filled in, ready to adapt.
 */

/** Loosely typed: a template is a draft and may not be valid yet. */
export type DraftContent = Record<string, unknown>;

export function recallTemplate(): RecallContent {
  return {
    intro:
      'You are somebody else’s customer every day. In this exercise you bring back two moments you lived as a customer, one that went very well and one that went badly, take them apart, and then look at our own customers’ journey with the same eyes.',
    bestPrompt:
      'Think of the best experience you have had as a customer, anywhere. Pick one you still remember clearly. What happened?',
    worstPrompt:
      'Now think of the worst experience you have had as a customer: one that still makes you tense when you think of it. What happened?',
    elements: RECALL_ELEMENTS.map((e) => ({ ...e })),
    minElements: 2,
    whyItStuckPrompt:
      'Why has this stayed with you? Think of the most intense moment and of how it ended.',
    journeyStages: RECALL_JOURNEY_STAGES.map((st) => ({ ...st })),
    reflectionPrompts: [
      'Has our organization created an experience like your best or your worst one for one of our customers?',
      'Where in our customers’ journey does it happen, and which team shapes that moment?',
    ],
    analogousIndustries: ['Hotels', 'Airlines', 'Restaurants'],
    analogyPrompt: 'Which other industry faces a moment like this, and what could we learn from the best of them?',
    actionPrompt: 'Name one concrete thing you will do differently in your work in the next few weeks.',
    sharingPrompt:
      'May we add your story, without your name or any detail that identifies you, to our organization’s story library?',
  };
}

function emptyStage(key: string, label: string) {
  return { key, label, situation: '', tasks: [{ id: 'task-1', prompt: '' }], friction: [] };
}

export function purchaseFlowTemplate(): PurchaseFlowContent {
  return {
    industry: '',
    intro: '',
    persona: { name: '', situation: '', goals: [''], needs: [''], constraints: [], pressures: [], quote: '' },
    stages: [
      emptyStage('discover', 'Discover'),
      emptyStage('compare', 'Compare'),
      emptyStage('buy', 'Buy'),
      emptyStage('pay', 'Pay'),
      emptyStage('first-use', 'First use'),
      emptyStage('support', 'Get help'),
    ],
  };
}

/**
 * The ideal path first (a customer opening, a choice, a free-text reply), with one realistic
 * mistake that can be recovered from, and two endings.
 */
export function activeListeningTemplate(): ActiveListeningContent {
  const customer = (id: string, next: string, mood: number) => ({
    id,
    type: 'customer' as const,
    text: '',
    emotion: '',
    mood,
    voiceTone: '',
    bodyLanguage: '',
    next,
  });
  return {
    industry: '',
    intro: '',
    customer: { name: '', context: '' },
    start: 'opening',
    nodes: [
      customer('opening', 'first-reply', 2),
      {
        id: 'first-reply',
        type: 'choice',
        prompt: 'What do you say first?',
        options: [
          { id: 'acknowledge', text: '', feedback: '', points: 10, next: 'calmer' },
          { id: 'rush-to-fix', text: '', feedback: '', points: 3, next: 'still-upset' },
        ],
      },
      customer('calmer', 'own-words', 3),
      customer('still-upset', 'own-words', 2),
      {
        id: 'own-words',
        type: 'free-text',
        prompt: 'Reply in your own words.',
        maxPoints: 10,
        branches: [{ when: { minScore: 60 }, next: 'resolved' }],
        otherwise: 'partial',
      },
      { id: 'resolved', type: 'ending', outcome: 'resolved', customerFeels: '', summary: '', mood: 5 },
      { id: 'partial', type: 'ending', outcome: 'partial', customerFeels: '', summary: '', mood: 3 },
    ],
  } as ActiveListeningContent;
}

export function templateFor(kind: ModuleKindName): DraftContent {
  switch (kind) {
    case 'recall':
      return recallTemplate() as unknown as DraftContent;
    case 'purchase-flow':
      return purchaseFlowTemplate() as unknown as DraftContent;
    case 'active-listening':
      return activeListeningTemplate() as unknown as DraftContent;
  }
}

export const KIND_NAMES: Record<ModuleKindName, string> = {
  recall: 'Recall: best and worst experience',
  'purchase-flow': 'Purchase-flow simulation',
  'active-listening': 'Active-listening scenario',
};

export const KIND_SHORT: Record<ModuleKindName, string> = {
  recall: 'Recall',
  'purchase-flow': 'Purchase flow',
  'active-listening': 'Active listening',
};
