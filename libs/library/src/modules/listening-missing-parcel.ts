import type { LibraryModule } from '../types.js';

// Active listening, delivery. A parcel marked "delivered" never reached the door, and the suit
// inside is for the customer's daughter's wedding tomorrow. Ideal path (four decisions): open
// without making him repeat himself, reflect the facts and the feeling in his own terms, look
// at the evidence with him, and close with a plan that has a name, a time and a fallback.
// Other branches are the mistakes agents really make here: asking for the tracking number
// again, defending the driver, quoting the claim rule, selling an upgrade, "calm down",
// a stock apology and blaming a colleague. Only "calm down" and blaming the customer end early.

export const listeningMissingParcel: LibraryModule = {
  slug: 'listening-missing-parcel',
  kind: 'active-listening',
  title: 'Delivered, it says',
  summary:
    "A father calls for the second time today: the tracking says the suit for his daughter's wedding was delivered, but there is nothing at his door. Hear him out, find the parcel and earn back his trust.",
  industry: 'delivery',
  estimatedMinutes: 15,
  content: {
    industry: 'delivery',
    intro:
      'You answer the customer line at Larkspur Deliveries, a parcel carrier. It is Friday, 15:40. The next caller already rang once this morning. Listen for the facts and for the feeling behind them, and remember that a problem does not have to be your fault to be yours to solve.',
    customer: {
      name: 'Samuel Osei',
      context:
        'Samuel ordered a suit from an online tailor for his daughter Abena\'s wedding, tomorrow at 11:00. The tracking page says "Delivered, left in a safe place, 14:02". He has been at home all afternoon. On his first call this morning he was told to wait until 20:00 in case the parcel was still on the van.',
    },
    start: 'open',
    nodes: [
      {
        id: 'open',
        type: 'customer',
        text: "Hello. Your app says my parcel was delivered at two o'clock. I have been at home the whole afternoon. There is nothing on the step, nothing with the neighbours, nothing. It is my suit for my daughter's wedding. The wedding is tomorrow. And this is the second time I am calling you today.",
        emotion: 'frustrated and anxious',
        mood: 2,
        voiceTone: 'Fast and clipped; his voice rises on "second time".',
        bodyLanguage: 'You can hear him walking from room to room, and a door pushed shut hard.',
        next: 'first-reply',
      },
      {
        id: 'first-reply',
        type: 'choice',
        prompt: 'How do you open?',
        options: [
          {
            id: 'hear-him',
            text: "That sounds really worrying, with the wedding tomorrow, and I'm sorry you've had to call twice. Tell me what you were told this morning and where you've already looked, so you don't have to repeat yourself.",
            feedback:
              'You named the worry and the deadline, owned the repeat call and asked an open question that spares him telling the story a third time. He feels heard before you have touched the system.',
            points: 10,
            next: 'heard',
          },
          {
            id: 'ask-number',
            text: 'I can help with that. Can I take the tracking number and your postcode, please?',
            feedback:
              'Efficient, but it skips what he just told you: he is worried and has already called once. Asking again for details he gave this morning makes him repeat himself, one of the clearest signs of a high-effort contact.',
            points: 4,
            next: 'repeating',
          },
          {
            id: 'defend-driver',
            text: 'Our drivers photograph every parcel they leave, so it will be there somewhere. Have you checked behind the bins?',
            feedback:
              'This defends the company and suggests he has not looked properly. He hears "you are wrong" before he hears "I will help". Check the evidence before offering theories.',
            points: 0,
            next: 'insulted',
          },
        ],
      },
      {
        id: 'heard',
        type: 'customer',
        text: "I looked on the porch, by the side gate, and I asked both neighbours. This morning a lady told me to wait until eight tonight, in case it was still on the van. But it says delivered! How can it be on the van if it is delivered?",
        emotion: 'confused, a little calmer',
        mood: 3,
        voiceTone: 'Still quick, but lower; the edge has gone.',
        bodyLanguage: 'A long breath out. The footsteps stop.',
        next: 'reflect',
      },
      {
        id: 'repeating',
        type: 'customer',
        text: "It is the same number I gave this morning. You don't have it? ...Fine. L K four four seven one, nine zero two.",
        emotion: 'exasperated',
        mood: 2,
        voiceTone: 'Flat; every digit bitten off on its own.',
        bodyLanguage: 'A heavy sigh and the rustle of a confirmation e-mail being printed out or unfolded.',
        next: 'after-repeat',
      },
      {
        id: 'after-repeat',
        type: 'choice',
        prompt: 'He has had to give the number twice. What now?',
        options: [
          {
            id: 'own-repeat',
            text: "You're right, you shouldn't have had to give it again, I'm sorry. I can see this morning's note now. Where have you looked since then?",
            feedback:
              'A short apology that names exactly what went wrong, then an open question. The repeat cost you some goodwill; owning it quickly stops the cost from growing.',
            points: 6,
            next: 'heard',
          },
          {
            id: 'quote-rule',
            text: "Thank you. As the system shows it as delivered, I'm afraid I have to wait 24 hours before I can open a lost-parcel claim.",
            feedback:
              "Policy first. The rule may be real, but leading with it tells him the process matters more than his daughter's wedding. Find out what happened before you explain what you cannot do.",
            points: 0,
            next: 'rule-anger',
          },
        ],
      },
      {
        id: 'rule-anger',
        type: 'customer',
        text: 'Twenty-four hours? The wedding is tomorrow morning! Are you listening to me at all?',
        emotion: 'angry and desperate',
        mood: 1,
        voiceTone: 'Loud, close to shouting, then breaking on "tomorrow morning".',
        bodyLanguage: 'Something is put down on a table with a bang.',
        next: 'last-chance',
      },
      {
        id: 'last-chance',
        type: 'choice',
        prompt: 'He is close to hanging up. What do you say?',
        options: [
          {
            id: 'come-back',
            text: "You're right, I was talking about our process instead of your problem, and I'm sorry. Tomorrow morning is what matters. Tell me where you've already looked, and I'll check right now where the driver actually left it.",
            feedback:
              'You owned the mistake without a "but" and came back to what matters to him. He is still hurt, but the conversation is open again. Recoveries like this are possible; they cost trust you then have to rebuild.',
            points: 5,
            next: 'heard',
          },
          {
            id: 'rules-are-rules',
            text: "I do understand, but I can't change the rules. It's 24 hours for everyone.",
            feedback:
              '"I understand, but" cancels the understanding, and "for everyone" tells him he is a case number. With no way forward left, he gives up on you.',
            points: 0,
            next: 'hung-up',
          },
        ],
      },
      {
        id: 'insulted',
        type: 'customer',
        text: "Behind the bins? I am not a fool. I have looked everywhere. You think I cannot find a box on my own doorstep?",
        emotion: 'insulted and angry',
        mood: 1,
        voiceTone: 'Sharp and loud, with a short laugh that has no humour in it.',
        bodyLanguage: 'You hear the front door open and bang shut, as if he is checking once more.',
        next: 'repair',
      },
      {
        id: 'repair',
        type: 'choice',
        prompt: 'You have offended him. How do you repair it?',
        options: [
          {
            id: 'apologise-specifically',
            text: "I'm sorry, that sounded as if I doubted you, and I don't. Tell me where you've already looked, and I'll check exactly what the driver recorded.",
            feedback:
              'You apologised for the specific thing you did, believed him and asked him to tell you more. That is how a slip becomes a recovery, at the cost of a few tense minutes.',
            points: 6,
            next: 'heard',
          },
          {
            id: 'calm-down',
            text: "I can hear you're upset, but I need you to calm down so that I can help you.",
            feedback:
              'Telling an upset customer to calm down tells him that his feeling is the problem. It almost never calms anyone, and here it ends the call.',
            points: 0,
            next: 'hung-up',
          },
          {
            id: 'blame-choice',
            text: "If you choose a collection point next time, this can't happen. Shall I set that as your default?",
            feedback:
              'This blames his choice and sells a change before solving today\'s problem. He needs a suit for tomorrow, not advice for next time.',
            points: 0,
            next: 'hung-up',
          },
        ],
      },
      {
        id: 'reflect',
        type: 'free-text',
        prompt:
          'Samuel has told you where he looked and what he was told this morning. In your own words, show him you understand both what has happened and how he feels, before you do anything else.',
        hint: 'Name the feeling you hear, say back the key facts in your own words (delivered on the screen, nothing at the door, the wedding tomorrow), and keep any explanation of how tracking works for later.',
        maxPoints: 20,
        branches: [
          { when: { signals: { dismissal: true } }, next: 'dismissed' },
          { when: { minScore: 60 }, next: 'opens-up' },
          { when: { signals: { emotion: true } }, next: 'opens-up' },
          { when: { signals: { reflection: true } }, next: 'opens-up' },
        ],
        otherwise: 'still-tense',
      },
      {
        id: 'opens-up',
        type: 'customer',
        text: "Yes. That is exactly it. I just... I am walking her down the aisle. I wanted to look right for her. I don't want to tell her there is a problem the night before.",
        emotion: 'relieved to be understood, still worried',
        mood: 3,
        voiceTone: 'Softer and slower, catching on "walking her down the aisle".',
        bodyLanguage: 'A pause; a chair scrapes as he sits down.',
        next: 'next-step',
      },
      {
        id: 'still-tense',
        type: 'customer',
        text: 'Right. So what are you actually going to do?',
        emotion: 'impatient',
        mood: 2,
        voiceTone: 'Clipped and level, waiting.',
        bodyLanguage: 'Fingers drumming on a table.',
        next: 'next-step',
      },
      {
        id: 'dismissed',
        type: 'customer',
        text: "I don't care how your system works. I care that I have no suit for tomorrow.",
        emotion: 'angry',
        mood: 1,
        voiceTone: 'Raised, every word pressed hard.',
        bodyLanguage: 'A sharp breath in.',
        next: 'next-step',
      },
      {
        id: 'next-step',
        type: 'choice',
        prompt: 'What do you do next?',
        options: [
          {
            id: 'check-together',
            text: "I'm opening the driver's delivery record now, while you're on the line: it has a photo and a location, and I'm texting you the photo. While it comes through, can you describe your front door for me?",
            feedback:
              'You act on the evidence straight away and keep him involved. Doing it together, on the call, is what turns "we will investigate" into something he can believe.',
            points: 10,
            next: 'photo',
          },
          {
            id: 'open-claim',
            text: "I'll raise a lost-parcel claim for you now. You'll hear back within five working days.",
            feedback:
              'A fix, but for a problem he does not have. A claim gets him money back; he needs a suit by tomorrow morning. Reaching for the standard fix before you understand the real need feels like being processed.',
            points: 3,
            next: 'claim-too-slow',
          },
          {
            id: 'sell-upgrade',
            text: "I'll sort this out. And so it never happens again, our Priority Plus membership gives you a one-hour delivery slot. Shall I add it?",
            feedback:
              'Selling while a customer is upset reads as profiting from his problem. Keep offers out of complaints until the problem is solved, and usually out of them altogether.',
            points: 0,
            next: 'sold-to',
          },
        ],
      },
      {
        id: 'claim-too-slow',
        type: 'customer',
        text: 'Five working days? The wedding is tomorrow. Money back does not put a suit on me in the morning.',
        emotion: 'despairing',
        mood: 2,
        voiceTone: 'Quieter now, tired rather than loud.',
        bodyLanguage: 'A long silence before he answers.',
        next: 'after-claim',
      },
      {
        id: 'after-claim',
        type: 'choice',
        prompt: 'He has told you the claim does not help. How do you respond?',
        options: [
          {
            id: 'change-course',
            text: "You're right, a claim doesn't get the suit to you tomorrow. Let me look right now at where the driver actually left it: I'm texting you the delivery photo. Can you describe your front door while it comes through?",
            feedback:
              'You took his correction and changed course. Customers forgive a wrong first guess far more easily than an agent who will not let go of it.',
            points: 5,
            next: 'photo',
          },
          {
            id: 'repeat-standard',
            text: "I'm afraid five working days is the standard time for all claims.",
            feedback:
              'Repeating the rule to someone who has just told you it does not solve his problem closes the conversation. He now expects nothing from you.',
            points: 0,
            next: 'lost',
          },
        ],
      },
      {
        id: 'sold-to',
        type: 'customer',
        text: 'Are you seriously trying to sell me something right now?',
        emotion: 'disbelieving, angry',
        mood: 1,
        voiceTone: 'Very quiet and very cold.',
        bodyLanguage: 'The background noise stops, as if he has pressed the phone to his ear.',
        next: 'after-upsell',
      },
      {
        id: 'after-upsell',
        type: 'choice',
        prompt: 'He is offended by the offer. What do you say?',
        options: [
          {
            id: 'drop-offer',
            text: "No, and I'm sorry, that was the wrong moment. Let's find your suit. I'm texting you the photo from the driver's delivery record now: can you describe your front door for me?",
            feedback:
              'You dropped the offer completely and went back to his problem. Some trust is gone for this call, but he is willing to carry on.',
            points: 5,
            next: 'photo',
          },
          {
            id: 'justify-offer',
            text: "It's only so that you don't have this problem in the future.",
            feedback:
              'Justifying the offer tells him you still care more about the sale than about tomorrow morning. He ends the conversation.',
            points: 0,
            next: 'lost',
          },
        ],
      },
      {
        id: 'photo',
        type: 'customer',
        text: "A blue door, number 14, with a lemon tree in a pot beside it... Hold on, your text has come through. Is that the photo? That is a green door. That is not my house!",
        emotion: 'surprised, then hopeful',
        mood: 3,
        voiceTone: 'Quickening, rising at the end.',
        bodyLanguage: 'You hear his breath catch, then his steps going to the window.',
        next: 'commit',
      },
      {
        id: 'commit',
        type: 'choice',
        prompt: 'Now you know what happened. How do you close?',
        options: [
          {
            id: 'owned-plan',
            text: "That's a green door, so it was left at the wrong house, and that's our mistake. Here's what happens now: I'm sending the driver's exact location to our local depot, and Sam, the depot manager, will call you before 17:00. A driver will collect it from that house and bring it to you by 19:00 tonight. If nobody is home there, Sam will still call you, and we'll be at their door at 07:30 tomorrow, well before you need to leave. Does that work for you?",
            feedback:
              'Ownership without excuses, a plan with a named person, a time and a fallback, and a check that it works for him. He will not need to call again, and that is what makes it feel resolved.',
            points: 10,
            next: 'relief',
          },
          {
            id: 'stock-apology',
            text: "We apologise for any inconvenience caused. I've logged a ticket and someone will be in touch.",
            feedback:
              'A stock apology and an anonymous "someone" leave him nothing to hold on to. Who will call, and when? Without that he will be watching his phone all evening, and probably calling a third time.',
            points: 2,
            next: 'vague',
          },
          {
            id: 'blame-colleague',
            text: "Honestly, that driver is new and keeps doing this. I'll report him.",
            feedback:
              'Blaming a colleague does not help the customer and makes the whole company look careless. Look into what went wrong in the process afterwards, without pointing at a person in front of the customer.',
            points: 3,
            next: 'uneasy',
          },
        ],
      },
      {
        id: 'relief',
        type: 'customer',
        text: 'Yes. Yes, that works. Thank you. Really, thank you for actually looking.',
        emotion: 'relieved',
        mood: 5,
        voiceTone: 'Warm, with a small laugh of relief.',
        bodyLanguage: 'He lets out a long breath; the tension has gone from his voice.',
        next: 'resolved',
      },
      {
        id: 'vague',
        type: 'customer',
        text: 'Someone? When? I heard that this morning already. I need to know the suit will be here.',
        emotion: 'distrustful',
        mood: 2,
        voiceTone: 'Flat and tired.',
        bodyLanguage: 'A pause long enough that you wonder whether he is still there.',
        next: 'last',
      },
      {
        id: 'uneasy',
        type: 'customer',
        text: "I don't care who did it. I just need the suit here for tomorrow.",
        emotion: 'uneasy, impatient',
        mood: 3,
        voiceTone: 'Even, a little cool.',
        bodyLanguage: 'A short pause.',
        next: 'last',
      },
      {
        id: 'last',
        type: 'choice',
        prompt: 'He needs something concrete. What do you offer?',
        options: [
          {
            id: 'late-plan',
            text: "Fair enough. Sam, the depot manager, will call you before 17:00, and a driver will bring the parcel from the house where it was left to you by 19:00. I'm texting you the reference and Sam's direct number now.",
            feedback:
              'A name, a time and something in writing. It came later than it could have, so he ends the call relieved but not delighted.',
            points: 6,
            next: 'resolved-late',
          },
          {
            id: 'should-be',
            text: 'It should be sorted within 48 hours.',
            feedback: '"Should" and "48 hours" do not meet his deadline. He is left hoping rather than knowing.',
            points: 0,
            next: 'partial',
          },
        ],
      },
      {
        id: 'resolved',
        type: 'ending',
        outcome: 'resolved',
        customerFeels: 'Relieved and reassured, and a little surprised that someone took his side',
        summary:
          'You heard Samuel out, reflected his worry and looked at the evidence with him. The plan had a name, a time and a fallback, so he did not need to call again. The driver brought the suit at 18:20, and Abena never knew there had been a problem.',
        mood: 5,
      },
      {
        id: 'resolved-late',
        type: 'ending',
        outcome: 'resolved',
        customerFeels: 'Relieved, though the wobble in the middle of the call stays with him',
        summary:
          'The suit arrived that evening and Samuel got what he needed. The detours cost time and trust: each time he met a script or a request to repeat himself, he had to push to be heard.',
        mood: 4,
      },
      {
        id: 'partial',
        type: 'ending',
        outcome: 'partial',
        customerFeels: 'Uneasy, holding a ticket number but no reason to believe it',
        summary:
          'You found out what went wrong but left Samuel without a person, a time or a fallback. He called a third time at 19:30, and the suit arrived late that night. A clear commitment would have saved both calls and his evening.',
        mood: 2,
      },
      {
        id: 'lost',
        type: 'ending',
        outcome: 'lost',
        customerFeels: 'Unheard and angry; he believes the company cares about its rules, not his family',
        summary:
          'Samuel ended the call and hired a suit in town that evening at his own expense. His review reads: "They could see where it was and still did nothing." The rule and the offer came before his problem.',
        mood: 1,
      },
      {
        id: 'hung-up',
        type: 'ending',
        outcome: 'lost',
        customerFeels: 'Insulted and blamed for a mistake that was not his',
        summary:
          'Samuel hung up. Telling an upset customer how to feel, or blaming his choices, ended the call before anyone had looked at what happened. The parcel was sitting at number 41, two streets away.',
        mood: 1,
      },
    ],
  },
};
