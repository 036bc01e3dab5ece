import type { LibraryModule } from '../types.js';

// Active listening, retail, face to face. A long-standing customer comes back to a department
// store after being stopped at the door like a shoplifter: a cashier left a security tag on his
// coat and a guard searched his bag in front of his son. He is not after money; he wants to be
// treated with respect and to know it will not happen to the next person. Ideal path (four
// decisions): apologise and invite the story, reflect the humiliation, ask what would put it
// right, then commit to specific changes and a written follow-up. Other branches: hiding behind
// security procedure, the instant voucher, "please lower your voice", defending the guard,
// "I'll pass it on" and blaming the security contractor.

export const listeningStoreAlarm: LibraryModule = {
  slug: 'listening-store-alarm',
  kind: 'active-listening',
  title: 'Stopped at the door',
  summary:
    'A customer of twenty years was searched at the door after a cashier forgot to remove a security tag. He is back, and he wants someone to understand what that felt like.',
  industry: 'retail',
  estimatedMinutes: 15,
  content: {
    industry: 'retail',
    intro:
      'You are the duty manager on the shop floor at Hollis & Vane, a department store. A customer has asked the till for "whoever is in charge". Nearby shoppers can hear. Most people are not thieves; how we treat the few moments when an alarm says otherwise is part of our service.',
    customer: {
      name: 'Tariq Hussain',
      context:
        'Tariq has shopped at the store for twenty years. Last Saturday he bought a wool coat. The cashier left a security tag on it, the door alarm sounded and a guard stopped him and searched his bag in the entrance, in front of other shoppers and his fifteen-year-old son. He has come back with the coat and the receipt.',
    },
    start: 'open',
    nodes: [
      {
        id: 'open',
        type: 'customer',
        text: "I want to return this coat. And I want somebody to know why. I bought it here on Saturday, your cashier left the tag on, your alarm went off, and your guard went through my bag at the door in front of everyone. In front of my son. Then he said, 'We get a lot of that.' A lot of what, exactly?",
        emotion: 'humiliated and angry',
        mood: 2,
        voiceTone: 'Loud enough for nearby shoppers to turn; very precise, every word chosen.',
        bodyLanguage: 'He stands very straight with his jaw tight, holding the store bag out at arm\'s length.',
        next: 'first-reply',
      },
      {
        id: 'first-reply',
        type: 'choice',
        prompt: 'What do you say first?',
        options: [
          {
            id: 'apologise-invite',
            text: "I'm sorry. Being stopped like that, in front of your son, after paying for something: that should not happen to anyone. I'd like to hear exactly what happened. Would you like to sit down over there, or would you rather talk here?",
            feedback:
              'A real apology with no "but", words for what he went through, and an invitation to tell the whole story. Offering a quieter place as a choice, not an instruction, avoids making him feel moved out of sight a second time.',
            points: 10,
            next: 'the-story',
          },
          {
            id: 'procedure',
            text: 'When the alarm sounds, our security staff have to follow a procedure, I\'m afraid.',
            feedback:
              'Explaining the procedure defends the store before you have heard him. To him it says: what happened to you was correct.',
            points: 0,
            next: 'like-a-thief',
          },
          {
            id: 'quick-voucher',
            text: "I'm really sorry about that. Let me refund the coat and give you a 20% voucher for the trouble.",
            feedback:
              'Generous, and too early. Paying him off before you have listened suggests the problem is money. He came back to be understood.',
            points: 4,
            next: 'not-a-voucher',
          },
        ],
      },
      {
        id: 'like-a-thief',
        type: 'customer',
        text: 'A procedure. So the procedure is to treat me like a thief.',
        emotion: 'contemptuous anger',
        mood: 1,
        voiceTone: 'Suddenly quiet and cold, which is worse than the loudness.',
        bodyLanguage: 'He puts the bag down on the counter and folds his arms.',
        next: 'repair',
      },
      {
        id: 'repair',
        type: 'choice',
        prompt: 'You have made it worse. How do you repair it?',
        options: [
          {
            id: 'no-excuse',
            text: "You're right, and I'm sorry. A procedure is no excuse for how you were treated. Please tell me what happened at the door.",
            feedback: 'You dropped the defence and asked for the story. He is angrier than before, but willing to talk.',
            points: 5,
            next: 'the-story',
          },
          {
            id: 'lower-voice',
            text: 'Sir, could you please lower your voice? Other customers can hear.',
            feedback:
              'Worrying about who can hear, when he was just humiliated in public, tells him the store\'s image matters more than he does. It is a "calm down" in other words, and it ends the conversation.',
            points: 0,
            next: 'leaves',
          },
        ],
      },
      {
        id: 'not-a-voucher',
        type: 'customer',
        text: "I don't want a voucher. I want you to understand what that felt like.",
        emotion: 'offended',
        mood: 2,
        voiceTone: 'Firm, lower.',
        bodyLanguage: 'He pushes the offered receipt back towards you without looking at it.',
        next: 'after-voucher',
      },
      {
        id: 'after-voucher',
        type: 'choice',
        prompt: 'He has told you what he wants. What do you say?',
        options: [
          {
            id: 'tell-me',
            text: "You're right, I jumped ahead. Please, tell me what happened.",
            feedback: 'Short, honest and back to listening. You lost a little time, not his trust.',
            points: 6,
            next: 'the-story',
          },
          {
            id: 'best-offer',
            text: 'The voucher is really the best I can offer, I\'m afraid.',
            feedback:
              'He said he did not want money and you offered money again. He concludes nobody here will listen.',
            points: 0,
            next: 'leaves',
          },
        ],
      },
      {
        id: 'the-story',
        type: 'customer',
        text: "The alarm went off. Fine, that happens. But he stood in front of me, took the bag out of my hand and went through it, right there in the doorway. People were staring. My son went red and walked off. I showed him the receipt, and he read it for a long time, as if it might be fake. Then he said 'we get a lot of that' and walked away. No sorry. Nothing.",
        emotion: 'humiliated, hurt',
        mood: 2,
        voiceTone: 'Quieter now, slower on "my son".',
        bodyLanguage: 'He looks towards the entrance while he talks, gripping the bag handles.',
        next: 'reflect',
      },
      {
        id: 'reflect',
        type: 'free-text',
        prompt: 'Respond, in your own words, to what Tariq has just told you.',
        hint: 'Name what he felt (humiliated, treated as a suspect, in front of his son) and say back what happened in your own words. Do not explain the alarm or defend the guard.',
        maxPoints: 20,
        branches: [
          { when: { signals: { dismissal: true } }, next: 'explained-to' },
          { when: { minScore: 60 }, next: 'softens' },
          { when: { signals: { emotion: true } }, next: 'softens' },
          { when: { signals: { reflection: true } }, next: 'softens' },
        ],
        otherwise: 'flat',
      },
      {
        id: 'softens',
        type: 'customer',
        text: "Yes. Humiliated, that's the word. Twenty years I've shopped here. My mother bought my school uniform here.",
        emotion: 'hurt, feeling understood',
        mood: 3,
        voiceTone: 'Lower, the edge gone; a little tired.',
        bodyLanguage: 'His eyes come back to you and he sets the bag down.',
        next: 'explore',
      },
      {
        id: 'flat',
        type: 'customer',
        text: 'Hm. So?',
        emotion: 'unconvinced',
        mood: 2,
        voiceTone: 'Flat.',
        bodyLanguage: 'Arms folded, weight on one foot, waiting.',
        next: 'explore',
      },
      {
        id: 'explained-to',
        type: 'customer',
        text: "Don't explain alarms to me. I know how alarms work. I'm telling you how I was treated.",
        emotion: 'angry',
        mood: 1,
        voiceTone: 'Sharp, loud again.',
        bodyLanguage: 'He jabs a finger towards the entrance.',
        next: 'explore',
      },
      {
        id: 'explore',
        type: 'choice',
        prompt: 'What do you do next?',
        options: [
          {
            id: 'ask-what-helps',
            text: 'Twenty years makes this worse, not better. What would help to put this right for you?',
            feedback:
              'An open question that lets him define what "right" means. You may be surprised how often the answer is not what you would have offered.',
            points: 10,
            next: 'what-he-wants',
          },
          {
            id: 'refund-now',
            text: "I'll process the refund for you straight away.",
            feedback:
              'Efficient, but it treats this as a returns case. Solving the easy part first can feel like closing the conversation on the hard one.',
            points: 4,
            next: 'not-about-coat',
          },
          {
            id: 'defend-guard',
            text: "Our guard is very experienced. I'm sure he didn't mean to upset you.",
            feedback:
              'Defending a colleague\'s intentions dismisses the customer\'s experience. What the guard meant matters less than what happened to Tariq; you can look at the guard\'s side later, away from the customer.',
            points: 0,
            next: 'meant-or-not',
          },
        ],
      },
      {
        id: 'what-he-wants',
        type: 'customer',
        text: "Honestly? I want to know it won't happen to the next person. And I'd like that guard to understand what it felt like. I'm not trying to get anyone sacked.",
        emotion: 'calmer, serious',
        mood: 3,
        voiceTone: 'Measured.',
        bodyLanguage: 'He leans on the counter, his hands open.',
        next: 'commit',
      },
      {
        id: 'not-about-coat',
        type: 'customer',
        text: "It's not about the coat. I'd have kept the coat. I want to know it won't happen to the next person.",
        emotion: 'frustrated',
        mood: 2,
        voiceTone: 'Firm, patient with an effort.',
        bodyLanguage: 'He shakes his head slowly.',
        next: 'commit',
      },
      {
        id: 'meant-or-not',
        type: 'customer',
        text: "Meant it or not, he did it. I'm not here to get him sacked. I want to know it won't happen to the next person.",
        emotion: 'angry, disappointed',
        mood: 1,
        voiceTone: 'Hard.',
        bodyLanguage: 'He picks the bag up again as if getting ready to leave.',
        next: 'commit',
      },
      {
        id: 'commit',
        type: 'choice',
        prompt: 'How do you close?',
        options: [
          {
            id: 'specific-changes',
            text: "Thank you for telling me. Here's what I'll do. I'll refund the coat now, or take the tag off properly myself if you'd still like to keep it. Today I'll sit down with our security lead about how stops are handled: a receipt check should be quiet, to one side, and end with an apology when the customer has done nothing wrong. I'll also find out why the tag was left on at the till. I'll write to you by Friday to tell you what we've changed. Could I take your e-mail address?",
            feedback:
              'You answered what he asked for (the next person), fixed the process behind the failure without blaming anyone in front of him, and promised a follow-up with a date. The refund is there, but it is not the point.',
            points: 10,
            next: 'keeps-coat',
          },
          {
            id: 'pass-on',
            text: "Thank you for your feedback. I'll pass it on to the relevant team.",
            feedback:
              'To the customer, "I\'ll pass it on" sounds like "it stops here". Who, what, and when will he hear?',
            points: 2,
            next: 'heard-that-before',
          },
          {
            id: 'contractor',
            text: "The guards are from an outside company, so really it's their procedures, not ours.",
            feedback:
              'Passing the blame to a contractor does not change whose door he was stopped at. Customers see one store, not its suppliers.',
            points: 2,
            next: 'whose-store',
          },
        ],
      },
      {
        id: 'keeps-coat',
        type: 'customer',
        text: "...Thank you. Take the tag off, then. I'll keep the coat. My son liked it on me, before all that.",
        emotion: 'respected, a little moved',
        mood: 4,
        voiceTone: 'Quiet and warm.',
        bodyLanguage: 'He unfolds the coat on the counter and almost smiles.',
        next: 'resolved',
      },
      {
        id: 'heard-that-before',
        type: 'customer',
        text: "Pass it on. That's what everyone says.",
        emotion: 'resigned',
        mood: 2,
        voiceTone: 'A dry, tired laugh.',
        bodyLanguage: 'He glances at the exit.',
        next: 'last',
      },
      {
        id: 'whose-store',
        type: 'customer',
        text: "He was standing in your doorway. Whose shop is it?",
        emotion: 'incredulous',
        mood: 2,
        voiceTone: 'Rising.',
        bodyLanguage: 'He spreads his hands towards the store around you.',
        next: 'last',
      },
      {
        id: 'last',
        type: 'choice',
        prompt: 'He is about to give up on you. What do you say?',
        options: [
          {
            id: 'own-and-follow-up',
            text: "You're right, it's our store and our responsibility. I'll talk to our security lead today about how stops are handled, find out why the tag was left on, and write to you by Friday with what we've changed.",
            feedback: 'Ownership and a dated follow-up, one turn late. He accepts it, with reservations.',
            points: 6,
            next: 'resolved-late',
          },
          {
            id: 'all-i-can-do',
            text: "I'm afraid that's all I can do from here.",
            feedback: 'He leaves with a refund and the sense that the store does not think it did anything wrong.',
            points: 0,
            next: 'partial',
          },
        ],
      },
      {
        id: 'resolved',
        type: 'ending',
        outcome: 'resolved',
        customerFeels: 'Respected again, and taken seriously',
        summary:
          'Tariq kept the coat. Your letter on Friday described the new way receipt checks are done, and the till team now checks tags as part of every sale. He replied with two lines: "Thank you. That is all I wanted."',
        mood: 5,
      },
      {
        id: 'resolved-late',
        type: 'ending',
        outcome: 'resolved',
        customerFeels: 'Satisfied, with some distance',
        summary:
          'Tariq got what he came for in the end, and your Friday letter arrived on time. The early detours (a rule, a voucher or a defence before listening) cost some of the warmth twenty years had built.',
        mood: 3,
      },
      {
        id: 'partial',
        type: 'ending',
        outcome: 'partial',
        customerFeels: 'Refunded, but still feeling like a suspect',
        summary:
          'Tariq left with his money and nothing else. He has not been back, and his son now shops elsewhere too. Nobody looked at how stops are handled, so it will happen to someone else.',
        mood: 2,
      },
      {
        id: 'leaves',
        type: 'ending',
        outcome: 'lost',
        customerFeels: 'Humiliated a second time',
        summary:
          'Tariq walked out without his refund. That evening he posted what happened, and the post was shared widely. It would have taken a few minutes of listening to prevent.',
        mood: 1,
      },
    ],
  },
};
