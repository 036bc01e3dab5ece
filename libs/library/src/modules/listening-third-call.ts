import type { LibraryModule } from '../types.js';

// Active listening, telecom. A customer who teaches online rings for the third time in a week
// about a broadband line that drops every evening, and opens with "I want to cancel". Ideal
// path (four decisions): do not rush to cancellations or to the router script, hear the whole
// story, reflect what it has cost her, use her own notes to find the pattern, then own the
// fault with a plan she does not have to chase. Other branches: the instant transfer, the
// "restart your router" reflex, selling a faster plan, defending the equipment, the exit-fee
// wall and the vague "3-5 working days".

export const listeningThirdCall: LibraryModule = {
  slug: 'listening-third-call',
  kind: 'active-listening',
  title: 'The third call this week',
  summary:
    'An online tutor calls to cancel her broadband after a week of evening drop-outs and three calls that changed nothing. Find out what is really going on before she walks away.',
  industry: 'telecom',
  estimatedMinutes: 15,
  content: {
    industry: 'telecom',
    intro:
      'You work in Frontline Support at Quillnet, a broadband and mobile provider. The caller is on her third contact in a week, and her first words are "I want to cancel". Saving her is not the goal; understanding her is. If you do that, the rest tends to follow.',
    customer: {
      name: 'Marta Kowalczyk',
      context:
        'Marta teaches languages online from home. For a week her line has dropped almost every evening, just as her lessons start. Twice she called and was asked to restart her router; both times she was told "it looks fine from our end". She keeps notes of every drop-out.',
    },
    start: 'open',
    nodes: [
      {
        id: 'open',
        type: 'customer',
        text: "I'm calling to cancel. This is the third time this week. My internet drops every evening, I teach online, I've lost two lessons and a student, and every time I'm told to restart the router. I've restarted it more times than I can count. So please, just tell me how to cancel.",
        emotion: 'fed up, angry underneath',
        mood: 2,
        voiceTone: 'Controlled, almost too controlled: she has rehearsed this.',
        bodyLanguage: 'You hear pages turning; she has notes in front of her.',
        next: 'first-reply',
      },
      {
        id: 'first-reply',
        type: 'choice',
        prompt: 'How do you respond?',
        options: [
          {
            id: 'hear-first',
            text: "I'm sorry. Three calls in one week and lessons lost: I can hear you've had enough. I can help you cancel if that's what you decide. Before that, would you tell me what's been happening, so I don't send you round the same loop again?",
            feedback:
              'You acknowledged the effort she has already spent, respected her decision, and asked for her story without a script. Offering her the choice is what makes her willing to give you a minute.',
            points: 10,
            next: 'her-story',
          },
          {
            id: 'transfer',
            text: "I'm sorry to hear that. Let me put you through to our cancellations team.",
            feedback:
              'Doing exactly what she asked sounds respectful, but a transfer without listening tells her nobody will ever look at the actual problem. Transfers are one of the strongest marks of customer effort.',
            points: 3,
            next: 'passed-on',
          },
          {
            id: 'router-script',
            text: "Let's try to fix it first. Could you restart your router for me while we're on the line?",
            feedback:
              'She told you she has done this many times. Reaching for the standard fix before listening tells her you did not hear a word, and it is the generic answer that has already failed her twice.',
            points: 0,
            next: 'not-again',
          },
        ],
      },
      {
        id: 'passed-on',
        type: 'customer',
        text: "So you're passing me on as well. Nobody ever actually looks at it, do they?",
        emotion: 'bitter',
        mood: 2,
        voiceTone: 'A tired half-laugh, then flat.',
        bodyLanguage: 'A notebook snaps shut.',
        next: 'after-transfer',
      },
      {
        id: 'after-transfer',
        type: 'choice',
        prompt: 'She has named exactly what is wrong. What do you do?',
        options: [
          {
            id: 'stay',
            text: "You're right, you've been passed around enough. I'll stay with you on this. Will you tell me what's been happening?",
            feedback:
              'You took her words seriously and changed course. Staying with the customer is the simplest way to cut effort: she does not have to start again with someone new.',
            points: 6,
            next: 'her-story',
          },
          {
            id: 'right-team',
            text: "They're the right team for cancellations, they'll look after you.",
            feedback:
              'She leaves, and a fixable fault leaves with her. Nobody learns why her line drops, so the next customer on her street will call too.',
            points: 0,
            next: 'cancelled',
          },
        ],
      },
      {
        id: 'not-again',
        type: 'customer',
        text: "Are you joking? That is exactly what I just told you. I've restarted it twenty times!",
        emotion: 'exasperated, angry',
        mood: 1,
        voiceTone: 'Sharp, the control gone, louder with every word.',
        bodyLanguage: 'A hand slaps the desk.',
        next: 'after-script',
      },
      {
        id: 'after-script',
        type: 'choice',
        prompt: 'She is furious. What now?',
        options: [
          {
            id: 'own-script',
            text: "I'm sorry, you did tell me, and I went straight to the script. Forget the router for a moment. Tell me what happens when it drops.",
            feedback:
              'A specific apology for what you just did, then an open question. It costs a few tense seconds, but she agrees to try once more.',
            points: 5,
            next: 'her-story',
          },
          {
            id: 'insist-script',
            text: 'I understand, but it is a step I have to go through before I can raise a fault.',
            feedback:
              'Insisting on a step she has already done twice puts your checklist above her time. She hangs up and cancels in writing.',
            points: 0,
            next: 'cancelled-early',
          },
        ],
      },
      {
        id: 'her-story',
        type: 'customer',
        text: "It goes at about seven every evening, just when my lessons start. Ten minutes, sometimes twenty. On Monday I lost a lesson with a girl who has her exam next month, and her mother has found another tutor. That's real money. And each time someone tells me it looks fine from your end.",
        emotion: 'hurt, worried about her income',
        mood: 2,
        voiceTone: 'Steady, then tight on "another tutor".',
        bodyLanguage: 'Pages turning as she reads dates and times from her notes.',
        next: 'reflect',
      },
      {
        id: 'reflect',
        type: 'free-text',
        prompt:
          'Reply to Marta in your own words. Show her you understand what keeps happening and what it is costing her.',
        hint: 'Say back the pattern (every evening, around seven, right as lessons start) and the cost (lessons and a student lost). Name the feeling you hear. Do not suggest a new plan or a new router.',
        maxPoints: 20,
        branches: [
          { when: { signals: { upsell: true } }, next: 'sold-to' },
          { when: { signals: { dismissal: true } }, next: 'defended' },
          { when: { minScore: 60 }, next: 'trust' },
          { when: { signals: { reflection: true } }, next: 'trust' },
          { when: { signals: { emotion: true } }, next: 'trust' },
        ],
        otherwise: 'guarded',
      },
      {
        id: 'trust',
        type: 'customer',
        text: "Yes. That's it exactly. Thank you, that's the first time anyone has said it back to me. I've written down every drop, if that's any use.",
        emotion: 'surprised, cautiously hopeful',
        mood: 3,
        voiceTone: 'Slower, warmer; she breathes out.',
        bodyLanguage: 'The pages go still.',
        next: 'explore',
      },
      {
        id: 'guarded',
        type: 'customer',
        text: 'Okay. And?',
        emotion: 'guarded',
        mood: 2,
        voiceTone: 'Clipped.',
        bodyLanguage: 'Silence; she is waiting to see if this call is any different.',
        next: 'explore',
      },
      {
        id: 'sold-to',
        type: 'customer',
        text: "A faster plan? The plan I have doesn't work! Why would I pay you more for it?",
        emotion: 'incredulous',
        mood: 1,
        voiceTone: 'High and sharp.',
        bodyLanguage: 'A chair pushed back hard.',
        next: 'regain',
      },
      {
        id: 'defended',
        type: 'customer',
        text: "So it's my equipment now? My fault? I'm not imagining this, you know.",
        emotion: 'insulted',
        mood: 1,
        voiceTone: 'Cold, every word separate.',
        bodyLanguage: 'A long exhale through the nose.',
        next: 'regain',
      },
      {
        id: 'regain',
        type: 'choice',
        prompt: 'You have lost ground. How do you win it back?',
        options: [
          {
            id: 'refocus',
            text: "You're right, I'm sorry. This isn't about your equipment or your plan. Your line keeps dropping at the same time every evening and it's costing you lessons. Let's find out why.",
            feedback:
              'You dropped your own agenda and said back her problem in her terms. She is wary now, but still on the line.',
            points: 5,
            next: 'explore',
          },
          {
            id: 'options',
            text: "I'm only trying to give you some options.",
            feedback:
              'Defending what you said keeps the focus on you. She decides that this call is like the others and leaves.',
            points: 0,
            next: 'cancelled',
          },
        ],
      },
      {
        id: 'explore',
        type: 'choice',
        prompt: 'What do you do next?',
        options: [
          {
            id: 'use-notes',
            text: "Your notes could really help. Would you read me the times of the drop-outs? If it's always around seven, that points to the network rather than your router, and I'd like to check that against our line tests.",
            feedback:
              'You treated her as the expert on her own problem and explained why you were asking. Her notes are the evidence the last two calls never asked for.',
            points: 10,
            next: 'times',
          },
          {
            id: 'checklist',
            text: 'Is the light on your router green or red? Are you on Wi-Fi or a cable?',
            feedback:
              'Closed checklist questions she has already answered on earlier calls. They are in the contact history; asking again makes her repeat herself.',
            points: 4,
            next: 'checklist-answer',
          },
          {
            id: 'engineer-home',
            text: "I'll book an engineer to come to your home.",
            feedback:
              'A fix before a diagnosis. If the fault is on the network, a home visit costs her a day in and solves nothing. Find the pattern first.',
            points: 4,
            next: 'wait-in',
          },
        ],
      },
      {
        id: 'checklist-answer',
        type: 'customer',
        text: "Green. And I tried the cable last week, with the second person I spoke to. It's all in your notes, isn't it? It goes every evening around seven, whatever I plug in.",
        emotion: 'weary',
        mood: 2,
        voiceTone: 'Slow and patient in a way that is not patient at all.',
        bodyLanguage: 'A sigh.',
        next: 'times',
      },
      {
        id: 'wait-in',
        type: 'customer',
        text: "An engineer? I'd have to cancel more lessons to wait in. And the router has been checked twice. It goes every evening at seven, whatever I do at home.",
        emotion: 'frustrated',
        mood: 2,
        voiceTone: 'Rising on "cancel more lessons".',
        bodyLanguage: 'You hear her tapping a pen.',
        next: 'times',
      },
      {
        id: 'times',
        type: 'customer',
        text: "Monday five past seven, fifteen minutes. Tuesday ten past seven to half past. Thursday five to seven. Last night just before seven again. Always the evening. Is that useful?",
        emotion: 'hopeful, guarded',
        mood: 3,
        voiceTone: 'Businesslike, a little quicker.',
        bodyLanguage: 'Pages turning, then a pause while she waits.',
        next: 'commit',
      },
      {
        id: 'commit',
        type: 'choice',
        prompt:
          'The line test shows errors between 18:50 and 19:30 on the street cabinet that serves her. How do you close?',
        options: [
          {
            id: 'own-fault',
            text: "Very useful: those times match errors on the street cabinet that serves you, so this is a fault on our side, not your router. A network engineer will work on the cabinet tomorrow morning; you don't need to be home. I'm sending you a mobile data hotspot by courier today so you can teach tonight, and crediting this month's bill. I'll call you myself on Monday at 18:00 to check before your lesson. And if you still want to leave then, I'll cancel with no exit fee.",
            feedback:
              'You owned the fault, covered tonight as well as the repair, put a name and a time on the follow-up and were honest about her right to leave. She no longer has to chase anyone.',
            points: 10,
            next: 'stays',
          },
          {
            id: 'exit-fee',
            text: "I've raised a network fault. If you still want to cancel, the early-exit fee is £120 unless the fault is confirmed.",
            feedback:
              'Leading with the fee reads as a threat. The rule might even work in her favour, but said this way it sounds like paying to leave a service that does not work.',
            points: 2,
            next: 'fee',
          },
          {
            id: 'escalate-vague',
            text: "I'll escalate this to our technical team and they'll be in touch within three to five working days.",
            feedback:
              'Nobody, sometime: the same promise she heard on Monday. Without a name, a time and a plan for tonight, she is left waiting again.',
            points: 3,
            next: 'more-waiting',
          },
        ],
      },
      {
        id: 'stays',
        type: 'customer',
        text: "Okay. Okay, that's... that's the first real answer I've had. Monday at six, then. Thank you.",
        emotion: 'relieved, tentatively trusting',
        mood: 4,
        voiceTone: 'Warmer, a small laugh at the end.',
        bodyLanguage: 'You hear her write the time down.',
        next: 'resolved',
      },
      {
        id: 'fee',
        type: 'customer',
        text: 'So I would pay you to leave a service that does not work. Right. Good to know.',
        emotion: 'cold anger',
        mood: 1,
        voiceTone: 'Quiet and final.',
        bodyLanguage: 'A notebook closes.',
        next: 'cancelled',
      },
      {
        id: 'more-waiting',
        type: 'customer',
        text: "Three to five days is two more lessons. And 'they'll be in touch' is what I heard on Monday.",
        emotion: 'disbelieving',
        mood: 2,
        voiceTone: 'Flat, tired.',
        bodyLanguage: 'A long pause.',
        next: 'last',
      },
      {
        id: 'last',
        type: 'choice',
        prompt: 'One more chance to make it concrete. What do you say?',
        options: [
          {
            id: 'concrete',
            text: "You're right, that's not good enough. The engineer is booked for the cabinet tomorrow morning, I'm sending a mobile hotspot today so you can teach tonight, and I'll call you on Monday at 18:00 myself.",
            feedback:
              'Concrete and owned, and it covers tonight. It came one turn late, so she accepts it but keeps her guard up.',
            points: 6,
            next: 'resolved-late',
          },
          {
            id: 'process',
            text: "I'm afraid that's how our escalation process works.",
            feedback: 'The process is not her problem. She leaves with nothing for tonight and no reason to trust Monday.',
            points: 0,
            next: 'partial',
          },
        ],
      },
      {
        id: 'resolved',
        type: 'ending',
        outcome: 'resolved',
        customerFeels: 'Believed, and relieved that someone owns it',
        summary:
          'Marta taught that evening on the hotspot. The cabinet was repaired the next morning, and your Monday call found her line stable. She stayed, and told a neighbour with the same problem to ask for the cabinet check.',
        mood: 5,
      },
      {
        id: 'resolved-late',
        type: 'ending',
        outcome: 'resolved',
        customerFeels: 'Relieved, but still keeping score',
        summary:
          'The fault was fixed and Marta stayed, but the call took detours through scripts and vague promises she had heard before. She will judge the company on the next evening her line holds, or does not.',
        mood: 4,
      },
      {
        id: 'partial',
        type: 'ending',
        outcome: 'partial',
        customerFeels: 'Resigned and doubtful',
        summary:
          'A fault ticket exists, but Marta has no plan for tonight and no name to call. She lost another lesson that evening and is comparing other providers.',
        mood: 2,
      },
      {
        id: 'cancelled',
        type: 'ending',
        outcome: 'lost',
        customerFeels: 'Unheard; convinced nobody there will ever look at the real problem',
        summary:
          'Marta cancelled. The cabinet fault behind her drop-outs stayed unreported, so her neighbours kept losing their evenings and calling too. One listened-to call could have found it.',
        mood: 1,
      },
      {
        id: 'cancelled-early',
        type: 'ending',
        outcome: 'lost',
        customerFeels: 'Dismissed and angry',
        summary:
          'Marta hung up and cancelled by e-mail that night. Insisting on a step she had already done twice told her that your checklist mattered more than her time.',
        mood: 1,
      },
    ],
  },
};
