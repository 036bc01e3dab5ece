import { ANALOGOUS_INDUSTRIES, ORGANIZATION_JOURNEY_STAGES } from '../journey-stages.js';
import type { LibraryModule } from '../types.js';

// Recall, cross-industry: the foundation exercise. Everyone has been a customer; recalling a
// best and a worst experience brings back the feeling, and breaking it into elements turns the
// feeling into something you can design for. The reflection then asks the uncomfortable
// question: have we created experiences like these ourselves?

export const recallBestAndWorst: LibraryModule = {
  slug: 'recall-best-and-worst',
  kind: 'recall',
  title: 'Your best and worst day as a customer',
  summary:
    'Go back to the best and the worst experience you have had as a customer, take each apart, and ask where our own customers might be living the same thing.',
  industry: 'cross-industry',
  estimatedMinutes: 25,
  content: {
    intro:
      'Before you are anyone\'s colleague, you are somebody\'s customer: at the supermarket, on the phone to your bank, waiting in for a parcel. You already know, from the inside, what great and terrible service feel like. In this exercise you bring back two of those moments, take them apart to see what they were made of, and then look at our own customers\' experience with the same eyes. There are no right answers, and your notes are visible only to you and your coach.',
    bestPrompt:
      'Think of the best experience you have ever had as a customer, anywhere: a shop, a restaurant, a hospital, a helpline, a website. Choose one you can still picture clearly. Where were you, what did you need, and what happened? Tell it as you would tell a friend.',
    worstPrompt:
      'Now think of the worst experience you have had as a customer. Not a small annoyance: one that still makes your shoulders rise when you think about it. What were you trying to do, what went wrong, and how did it end?',
    elements: [
      {
        key: 'speed',
        label: 'Speed and timing',
        hint: 'How long did it take, and did the wait feel fair? Was there a moment when time suddenly mattered a great deal?',
      },
      {
        key: 'attitude',
        label: 'Attitude and warmth',
        hint: 'Did the people seem glad to help, or did you feel like an interruption to their day?',
      },
      {
        key: 'knowledge',
        label: 'Knowledge and competence',
        hint: 'Did they know the answer, find it out, or guess? Did you trust what they told you?',
      },
      {
        key: 'effort',
        label: 'Effort',
        hint: 'How much work was it for you: forms, phone menus, repeating your story, being moved from chat to phone, chasing for an answer?',
      },
      {
        key: 'personal-touch',
        label: 'Personal touch',
        hint: 'Were you treated as a person with a name and a situation, or as a case number? Did anyone remember something about you?',
      },
      {
        key: 'fairness-trust',
        label: 'Fairness and trust',
        hint: 'Were the price, the rules and the promises honest and clear? Did they trust you, or did you feel suspected?',
      },
      {
        key: 'follow-through',
        label: 'Follow-through',
        hint: 'Did someone own it until it was done, and tell you what happened without you having to ask?',
      },
      {
        key: 'communication',
        label: 'Clear communication',
        hint: 'Did you always know what would happen next, and when? Were letters, screens and messages easy to understand?',
      },
      {
        key: 'environment',
        label: 'Environment',
        hint: 'The place, the website, the app, the hold music, the queue: did the surroundings make things easier or harder?',
      },
      {
        key: 'putting-right',
        label: 'Putting things right',
        hint: 'If something went wrong, what happened once they knew? Did they own it, or defend themselves?',
      },
      {
        key: 'beyond-expectation',
        label: 'A moment beyond expectation',
        hint: 'Did someone do something they did not have to, small or large, that surprised you?',
      },
    ],
    minElements: 3,
    whyItStuckPrompt:
      'Why has this stayed with you, maybe for years? We tend to remember two moments above all: the most intense one and the way it ended. Which moment in this story was the peak, good or bad, and how did it end? Was there a moment when you felt understood, surprised, proud, or small?',
    journeyStages: ORGANIZATION_JOURNEY_STAGES,
    reflectionPrompts: [
      'Be honest: has our organization ever given a customer an experience like your worst one? What happened, as far as you know?',
      'Where in our customers\' journey could something like your worst experience happen, and which team\'s work shapes that moment?',
      'What made your best experience possible: a person, a rule they were allowed to break, a system that just worked? Do our people have the same freedom and tools?',
      'Think of the peak and the end of your two stories. What is the peak moment, and the last moment, of a typical customer\'s experience with us?',
      'If one of our customers told your worst story about us to a friend, what would they say first?',
    ],
    analogousIndustries: ANALOGOUS_INDUSTRIES,
    analogyPrompt:
      'Our customers compare us with every company they deal with, not just our competitors. Which other industry has a moment that resembles one in our customers\' journey (waiting for a delivery, disputing a bill, being put on hold), and what does the best company you know in that industry do that we could learn from?',
    actionPrompt:
      'Commit to one concrete thing you will do differently in your own work in the next two weeks because of these two stories. Make it small enough to actually do, and say how you will know you did it.',
    sharingPrompt:
      'Stories move people more than numbers do. Would you like to share your stories, without your name and with any detail that could identify you or a business removed, in our organization\'s story library, so that colleagues can learn from them?',
  },
};
