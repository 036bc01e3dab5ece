import { ANALOGOUS_INDUSTRIES, ORGANIZATION_JOURNEY_STAGES } from '../journey-stages.js';
import type { LibraryModule } from '../types.js';

// Recall, cross-industry, focused on service recovery: the moment after something goes wrong.
// The best experience is a failure put right so well that trust grew; the worst, a problem that
// got worse once raised. The elements are the moves of good recovery (hear the whole story,
// acknowledge, apologise with ownership, resolve, fix the cause, follow up), so the learner
// meets them first in their own memories before practising them in the listening scenarios.

export const recallWhenItWentWrong: LibraryModule = {
  slug: 'recall-when-it-went-wrong',
  kind: 'recall',
  title: 'When something went wrong',
  summary:
    'Recall a problem a company put right so well that you trusted it more, and one that got worse the moment you raised it. Find the moves that made the difference.',
  industry: 'cross-industry',
  estimatedMinutes: 25,
  content: {
    intro:
      'Things go wrong in every business: parcels go astray, systems fail, people make mistakes. What customers remember is often not the mistake but what happened next. In this exercise you recall two problems you lived through as a customer, one handled brilliantly and one handled badly, and look closely at the first words, the apology, who owned it and how it ended. Your notes are visible only to you and your coach.',
    bestPrompt:
      'Think of a time something went wrong for you as a customer and the company put it right so well that you trusted them more afterwards. What went wrong, how did you raise it, and what did they do?',
    worstPrompt:
      'Now think of a time you raised a problem and it got worse: you were passed around, doubted, given a stock answer or simply forgotten. What went wrong in the first place, and what happened after you spoke up?',
    elements: [
      {
        key: 'first-response',
        label: 'The first response',
        hint: 'What were the very first words you heard after raising the problem? Did they open the conversation or close it?',
      },
      {
        key: 'being-heard',
        label: 'Being heard out',
        hint: 'Could you tell the whole story without being interrupted, rushed to a form, or asked for your account number first?',
      },
      {
        key: 'acknowledgement',
        label: 'Acknowledgement of how it affected you',
        hint: 'Did anyone say out loud what the problem had cost you: time, money, worry, face?',
      },
      {
        key: 'apology',
        label: 'The apology',
        hint: 'Was it sincere and owned ("we got this wrong") or scripted ("sorry for any inconvenience"), or followed by a "but"?',
      },
      {
        key: 'ownership',
        label: 'Ownership',
        hint: 'Did one person take it on, or were you handed from team to team and channel to channel?',
      },
      {
        key: 'effort',
        label: 'Effort',
        hint: 'How many contacts did it take? Did you have to repeat yourself, wait on hold, fill in forms, chase?',
      },
      {
        key: 'speed',
        label: 'Speed of the fix',
        hint: 'How long from raising it to it being solved, and were you told how long it would take?',
      },
      {
        key: 'fairness',
        label: 'Fairness of the remedy',
        hint: 'Did the remedy match the harm done? Did you have to argue for it? Were you treated as honest?',
      },
      {
        key: 'authority',
        label: 'Freedom to help',
        hint: 'Could the person you spoke to actually decide, or did every answer depend on a rule, a system or a manager?',
      },
      {
        key: 'follow-through',
        label: 'Follow-through',
        hint: 'Did anyone come back to you, when they said they would, to check it had really been fixed?',
      },
      {
        key: 'root-cause',
        label: 'Fixing the cause',
        hint: 'Did they change something so it would not happen again, to you or to the next person, and did they tell you?',
      },
    ],
    minElements: 3,
    whyItStuckPrompt:
      'Why do you still remember this one? Think of the turning point: the moment it got much better or much worse. And think of the end: how did you feel as it closed, and what did you tell other people afterwards?',
    journeyStages: ORGANIZATION_JOURNEY_STAGES,
    reflectionPrompts: [
      'What did the first response in your worst story sound like? Have you ever heard it, or said it, in our organization?',
      'Which of the moves in your best story (hearing you out, owning it, fixing the cause, following up) do our customers reliably get from us, and which depend on who they happen to reach?',
      'Where in our customers\' journey do things most often go wrong, and which team would need to change something for the cause to go away rather than just the complaint?',
      'What rule, system or habit in our organization makes it hard for someone to do what the person in your best story did?',
    ],
    analogousIndustries: ANALOGOUS_INDUSTRIES,
    analogyPrompt:
      'Pick an industry where things go wrong in public and under pressure (airlines with cancellations, hospitals, roadside recovery). What does the best of them do in the first minutes after a failure that we could borrow?',
    actionPrompt:
      'Commit to one thing you will do the next time a customer or colleague brings you a problem: a first sentence you will use, a question you will ask, or a follow-up you will make. Write it as you would say it.',
    sharingPrompt:
      'Recovery stories teach better than any policy. Would you like to share your stories, without your name and with any identifying detail of you or the businesses removed, in our organization\'s story library?',
  },
};
