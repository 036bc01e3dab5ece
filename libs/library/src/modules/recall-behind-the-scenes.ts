import { ANALOGOUS_INDUSTRIES, ORGANIZATION_JOURNEY_STAGES } from '../journey-stages.js';
import type { LibraryModule } from '../types.js';

// Recall, cross-industry, for teams far from the front line: billing, operations, IT, product,
// HR. The experiences to recall are ones decided by something nobody saw being made: a bill, a
// form, an app, a delivery slot, a rule, a hand-off. The reflection asks which of our
// customers' moments the learner's own work produces, and reminds them that as an employee
// they rarely go through our journey as an ordinary customer would.

export const recallBehindTheScenes: LibraryModule = {
  slug: 'recall-behind-the-scenes',
  kind: 'recall',
  title: 'The part nobody sees',
  summary:
    'Recall a great and a terrible customer experience that was decided behind the scenes, by a bill, an app, a form or a rule, and find the moments your own work shapes.',
  industry: 'cross-industry',
  estimatedMinutes: 25,
  content: {
    intro:
      'Many of the moments customers remember are never touched by a customer-facing employee. They are made in billing runs, delivery schedules, app releases, letter templates, pricing rules and the hand-offs between teams. If you rarely speak to customers, this exercise is especially for you: you recall two experiences as a customer that were decided behind the scenes, and then look for the moments in our own customers\' journey that your work produces. Your notes are visible only to you and your coach.',
    bestPrompt:
      'Think of a time something behind the scenes made your life as a customer easy: a bill you understood at a glance, an app that did exactly what you needed, a delivery that told you what was happening before you wondered, a form that was already filled in. What was it, and how did you feel?',
    worstPrompt:
      'Now think of a time something behind the scenes made your life hard: a bill that made no sense, a website that failed at the last step, a letter full of jargon, a rule nobody could explain, a team that did not know what the previous one had told you. What happened, and what did it cost you?',
    elements: [
      {
        key: 'accuracy',
        label: 'Accuracy',
        hint: 'Was the bill, order, address or booking right the first time? How did you find out when it was not?',
      },
      {
        key: 'clarity',
        label: 'Clarity of documents and screens',
        hint: 'Could you understand the letter, bill, e-mail or screen without help? Were there words you had to guess?',
      },
      {
        key: 'reliability',
        label: 'Reliability',
        hint: 'Did the website, app or system work when you needed it, including at the last step?',
      },
      {
        key: 'effort',
        label: 'Effort',
        hint: 'How many steps, forms, log-ins, codes or channels did it take? Did you have to type the same thing twice?',
      },
      {
        key: 'speed',
        label: 'Speed and waiting',
        hint: 'How long did processing, delivery or a reply take, and were you told how long to expect?',
      },
      {
        key: 'fairness',
        label: 'Fairness of rules and prices',
        hint: 'Were fees, conditions and rules visible up front and reasonable? Did a rule work against you for no reason you could see?',
      },
      {
        key: 'hand-offs',
        label: 'Hand-offs between teams',
        hint: 'Did what you told one department reach the next? Did you have to start again each time you were passed on?',
      },
      {
        key: 'proactive',
        label: 'Keeping you informed',
        hint: 'Did they tell you about a delay, a change or a problem before you had to ask?',
      },
      {
        key: 'consistency',
        label: 'Consistency',
        hint: 'Did the website, the store, the app and the phone line all tell you the same thing?',
      },
      {
        key: 'design',
        label: 'Design that fits real life',
        hint: 'Was it built for someone like you, with your time, device and abilities, or for an ideal user?',
      },
      {
        key: 'follow-through',
        label: 'Follow-through',
        hint: 'When something was promised (a refund, a callback, a correction), did it actually happen?',
      },
    ],
    minElements: 3,
    whyItStuckPrompt:
      'Why do you still remember it? Often it is one sharp moment (a total at checkout, an error after twenty minutes of typing, a letter that frightened you) and the way it ended. Which moment was it here, and how did the story end for you?',
    journeyStages: ORGANIZATION_JOURNEY_STAGES,
    reflectionPrompts: [
      'Which things your team produces (a bill, a screen, a rule, a report, a delivery plan, a letter, a line of code) eventually reach a customer? Name one.',
      'Could a customer of ours have your worst experience because of something your team makes or decides? Where in their journey would it happen?',
      'When did you last go through our own journey as an ordinary customer would: without a staff discount, a colleague to call or an internal shortcut? What did you notice, or what do you think you would notice?',
      'Who are the internal customers of your work, the colleagues who depend on what you hand over? What would their best and worst experience of your team look like?',
    ],
    analogousIndustries: ANALOGOUS_INDUSTRIES,
    analogyPrompt:
      'Choose an industry whose back office you meet as a customer (your energy supplier\'s bills, an airline\'s app, your council\'s forms). What does the best of them do behind the scenes that we could copy in our own?',
    actionPrompt:
      'Commit to one concrete change to something your team produces that a customer will see, or to one time you will walk through our journey as an ordinary customer in the next month. Say what you will do and when.',
    sharingPrompt:
      'These stories help colleagues who never meet customers see how their work lands. Would you like to share yours, without your name and with any identifying detail of you or the businesses removed, in our organization\'s story library?',
  },
};
