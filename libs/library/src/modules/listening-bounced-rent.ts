import type { LibraryModule } from '../types.js';

// Active listening, banking, face to face. A customer's rent payment failed because of the
// bank's own overnight processing error, and her letting agent has charged a fee and warned
// her about her tenancy. She is embarrassed more than angry, and the cues are in her body
// language: a letter folded small, a glance at the queue, a lowered voice. Ideal path (four
// decisions): notice the cues and offer privacy, reflect the fear behind the letter, own the
// bank's error plainly, and put every consequence right, including the one at her landlord.
// Other branches: ID-first at the counter, sending her to the helpline, "these things happen",
// suspecting her balance, the third-party-fees rule and selling an overdraft.

export const listeningBouncedRent: LibraryModule = {
  slug: 'listening-bounced-rent',
  kind: 'active-listening',
  title: 'The rent that never left',
  summary:
    'A customer comes into the branch with a letter from her letting agent: her rent was late, and she does not know why. Read the cues, own what went wrong and put all of it right.',
  industry: 'banking',
  estimatedMinutes: 15,
  content: {
    industry: 'banking',
    intro:
      'You are a customer adviser at a Larkfield Bank branch. It is a busy lunchtime with six people in the queue. Watch as much as you listen: some customers say the least about what worries them most.',
    customer: {
      name: 'Farah Haddad',
      context:
        'Farah is a hospital pharmacist and has banked with Larkfield for nine years. Her rent goes out by standing order on the 1st of each month. This month it did not. She has come in on her lunch break with a letter from her letting agent.',
    },
    start: 'open',
    nodes: [
      {
        id: 'open',
        type: 'customer',
        text: "Hi. Um. My rent didn't go out on the first. My letting agent sent me this. There's money in the account, I checked. I don't understand what happened.",
        emotion: 'embarrassed and anxious',
        mood: 2,
        voiceTone: 'Quiet, almost a murmur; she stops and starts.',
        bodyLanguage:
          'She holds the letter folded small in her hand, glances back at the queue twice and stands close to the counter as if to keep this between you.',
        next: 'first-reply',
      },
      {
        id: 'first-reply',
        type: 'choice',
        prompt: 'What do you do first?',
        options: [
          {
            id: 'offer-privacy',
            text: "Of course, let's look at it together. Shall we sit at the desk over there, where it's quieter? Take your time.",
            feedback:
              'You read the cues (the lowered voice, the glances at the queue) and offered privacy before she had to ask. Hearing the whole story starts with giving the customer a place where she can tell it.',
            points: 10,
            next: 'sits-down',
          },
          {
            id: 'id-first',
            text: 'Right, can I see your card and some ID, please? Which account does the rent go from?',
            feedback:
              'Correct procedure, at the wrong moment and in the wrong place. Asked across the counter with a queue listening, it pushes her embarrassment higher and says "process first".',
            points: 4,
            next: 'not-here',
          },
          {
            id: 'helpline',
            text: 'For payment problems the quickest thing is to call our helpline. The number is on the back of your card.',
            feedback:
              'Sending someone to another channel when she has come to you in person is one of the surest ways to make her feel unwanted. Find out whether she has already tried it.',
            points: 0,
            next: 'already-called',
          },
        ],
      },
      {
        id: 'not-here',
        type: 'customer',
        text: "Yes... sorry, here. Could we... not do this here, maybe?",
        emotion: 'exposed, mortified',
        mood: 2,
        voiceTone: 'Even quieter, barely audible.',
        bodyLanguage: 'She slides her card across without looking up; her cheeks have gone red.',
        next: 'after-counter',
      },
      {
        id: 'after-counter',
        type: 'choice',
        prompt: 'She has asked for privacy. What do you do?',
        options: [
          {
            id: 'move',
            text: "Of course, I'm sorry. Come and sit down over here, it's much quieter.",
            feedback: 'You responded to what she asked for straight away. A small cost, quickly repaired.',
            points: 6,
            next: 'sits-down',
          },
          {
            id: 'stay-at-counter',
            text: "It'll only take a minute here, don't worry.",
            feedback:
              'Her discomfort was plain and you overrode it for speed. She stays, but she will tell you less than she would have, and you may miss what really matters to her.',
            points: 1,
            next: 'at-counter',
          },
        ],
      },
      {
        id: 'at-counter',
        type: 'customer',
        text: "It's... the agent says it was late and they've charged me sixty, and something about my tenancy. Can you just check the payment, please.",
        emotion: 'ashamed, shutting down',
        mood: 2,
        voiceTone: 'A whisper, hurried.',
        bodyLanguage: 'She keeps the letter in her hand and does not unfold it.',
        next: 'reflect',
      },
      {
        id: 'already-called',
        type: 'customer',
        text: "I did call. I waited forty minutes and then it cut off. That's why I've come in, on my lunch break.",
        emotion: 'frustrated, close to tears',
        mood: 1,
        voiceTone: 'Her voice wobbles, then goes hard.',
        bodyLanguage: 'She looks at the clock on the wall and grips the letter tighter.',
        next: 'after-helpline',
      },
      {
        id: 'after-helpline',
        type: 'choice',
        prompt: 'She has already tried the helpline. What now?',
        options: [
          {
            id: 'take-it-here',
            text: "I'm sorry, you've already tried that, and you've given up your break to come in. Let's sort it out here, now. Come and sit down.",
            feedback:
              'You acknowledged the effort she has already made and took ownership in person. It cost you a rough start, but she stays.',
            points: 6,
            next: 'sits-down',
          },
          {
            id: 'branch-cannot',
            text: "I'm afraid branch staff can't open payment investigations. It has to go through the helpline.",
            feedback:
              'A wall instead of a way. Even where a rule is real, you could have called the team with her, from the branch. She leaves feeling the bank does not want to help her.',
            points: 0,
            next: 'walks-out',
          },
        ],
      },
      {
        id: 'sits-down',
        type: 'customer',
        text: "It says my payment was late, they've charged me a sixty-pound late fee, and if it happens again they might not renew my tenancy. I've never been late with anything. I've lived in that flat four years. I read it twice in the staff room this morning.",
        emotion: 'ashamed and frightened',
        mood: 2,
        voiceTone: 'Low and careful, faster on "not renew my tenancy".',
        bodyLanguage: 'She smooths the letter flat on the desk with both hands and does not look up.',
        next: 'reflect',
      },
      {
        id: 'reflect',
        type: 'free-text',
        prompt:
          'Reply to Farah in your own words, before you look anything up. Show her you have understood what happened and what it means to her.',
        hint: 'What frightens her is not the sixty pounds: it is her home and her record. Name that feeling and say back the facts (money in the account, rent not paid, a warning about her tenancy). Do not reassure her that "these things happen".',
        maxPoints: 20,
        branches: [
          { when: { signals: { dismissal: true } }, next: 'minimised' },
          { when: { signals: { upsell: true } }, next: 'minimised' },
          { when: { minScore: 60 }, next: 'looks-up' },
          { when: { signals: { emotion: true } }, next: 'looks-up' },
          { when: { signals: { reflection: true } }, next: 'looks-up' },
        ],
        otherwise: 'waits',
      },
      {
        id: 'looks-up',
        type: 'customer',
        text: "Yes. Thank you. I felt as if I'd done something wrong. Can you see what happened?",
        emotion: 'relieved to be understood',
        mood: 3,
        voiceTone: 'Steadier.',
        bodyLanguage: 'She looks up at you for the first time, and her shoulders drop.',
        next: 'investigate',
      },
      {
        id: 'waits',
        type: 'customer',
        text: 'Can you see what happened?',
        emotion: 'anxious',
        mood: 2,
        voiceTone: 'Quiet and tight.',
        bodyLanguage: 'She watches your screen, twisting the strap of her bag.',
        next: 'investigate',
      },
      {
        id: 'minimised',
        type: 'customer',
        text: "It's not just the money. It's my home. They're talking about not renewing.",
        emotion: 'hurt',
        mood: 1,
        voiceTone: 'Sharp for a moment, then it cracks.',
        bodyLanguage: 'She pulls the letter back towards herself.',
        next: 'investigate',
      },
      {
        id: 'investigate',
        type: 'choice',
        prompt:
          'Your screen shows her balance was fine on the 1st. Her standing order was one of about 400 payments that failed in the overnight run after a bank processing error. What do you tell her?',
        options: [
          {
            id: 'own-error',
            text: "I can see it now. Your money was there. Our payment system failed overnight on the 1st, and your rent was one of the payments it missed. This was our mistake, not yours.",
            feedback:
              'Plain facts and clear ownership, with no jargon and no hedging. "Not yours" answers the question she came in with: did I do something wrong?',
            points: 10,
            next: 'not-me',
          },
          {
            id: 'glitch',
            text: 'It looks like a technical glitch. These things happen occasionally with standing orders.',
            feedback:
              '"These things happen" makes a failure that hurt her sound normal and nobody\'s. She needs to hear that it was the bank\'s error, so that she can say so to her landlord.',
            points: 4,
            next: 'happens-to-me',
          },
          {
            id: 'suspect-balance',
            text: 'The system shows the payment was returned. Could your balance have been low on the 1st?',
            feedback:
              'Asking a question your own screen already answers suggests she is to blame. Check before you ask, especially when a customer already feels judged.',
            points: 0,
            next: 'accused',
          },
        ],
      },
      {
        id: 'happens-to-me',
        type: 'customer',
        text: 'Happens occasionally? It happened to me, with my rent. So was it me or was it you?',
        emotion: 'frustrated',
        mood: 2,
        voiceTone: 'Firmer now, insisting.',
        bodyLanguage: 'She leans forward, both hands on the desk.',
        next: 'after-glitch',
      },
      {
        id: 'after-glitch',
        type: 'choice',
        prompt: 'She wants a straight answer. What do you say?',
        options: [
          {
            id: 'straight-answer',
            text: "It was us. Your money was there, and our system failed to send it. I'm sorry, I should have said that plainly.",
            feedback: 'Straight, owned and apologetic. She got her answer one turn late.',
            points: 6,
            next: 'not-me',
          },
          {
            id: 'hedge',
            text: "It's hard to say exactly; these systems are complicated.",
            feedback:
              'Hedging when the answer is on your screen feels like a cover-up. She leaves without the one sentence she needed for her landlord.',
            points: 0,
            next: 'walks-out',
          },
        ],
      },
      {
        id: 'accused',
        type: 'customer',
        text: 'No! I checked this morning. I always keep the rent there. Are you saying this is my fault?',
        emotion: 'accused, upset',
        mood: 1,
        voiceTone: 'Louder than she means to be; people in the queue look over.',
        bodyLanguage: 'She sits back sharply and crosses her arms.',
        next: 'after-accused',
      },
      {
        id: 'after-accused',
        type: 'choice',
        prompt: 'You have made her feel accused. How do you repair it?',
        options: [
          {
            id: 'retract',
            text: "No, and I'm sorry, I should have looked further before asking. I can see it now: your money was there, and the payment failed on our side.",
            feedback: 'A clear retraction and the facts. She is shaken, but she stays to hear the rest.',
            points: 5,
            next: 'not-me',
          },
          {
            id: 'standard-question',
            text: "I'm only asking the standard question.",
            feedback: 'Defending the question instead of answering hers confirms her fear that the bank thinks it was her.',
            points: 0,
            next: 'walks-out',
          },
        ],
      },
      {
        id: 'not-me',
        type: 'customer',
        text: "So it wasn't me. Okay. Okay. But the agent doesn't know that. And there's the sixty pounds, and that letter is on my file now.",
        emotion: 'relieved, still worried',
        mood: 3,
        voiceTone: 'A shaky laugh, then serious again.',
        bodyLanguage: 'She picks up the letter and holds it out to you.',
        next: 'remedy',
      },
      {
        id: 'remedy',
        type: 'choice',
        prompt: 'What do you offer?',
        options: [
          {
            id: 'put-all-right',
            text: "Here's what I'll do before you leave. I'll send the rent now as a same-day payment, so your agent has it this afternoon. I'll refund the sixty-pound fee into your account today. And I'll write to your letting agent on our letterhead, saying the late payment was the bank's error and not yours, and e-mail you a copy tonight. I'll call you on Thursday to make sure they've received it. Has this caused anything else I should know about?",
            feedback:
              'You put right every consequence, including the one outside the bank, with times and a follow-up call, and you asked an open question in case there is more. That is what "resolve" means when the mistake is yours.',
            points: 10,
            next: 'relieved',
          },
          {
            id: 'third-party-rule',
            text: "I can refund any charges from us, but I'm afraid we can't cover fees from third parties like your letting agent.",
            feedback:
              'Policy first, and unfair: the fee exists only because of the bank\'s error. If a rule gets in the way, take it to someone who can make an exception instead of handing it to the customer.',
            points: 2,
            next: 'pays-for-it',
          },
          {
            id: 'overdraft',
            text: "I'll resend it now. And to avoid this in future, you might want an arranged overdraft as a buffer. I can set one up today.",
            feedback:
              'Selling a product to fix a failure that was not hers implies it was her balance after all. She hears "this is your problem to insure against".',
            points: 0,
            next: 'pays-for-it',
          },
        ],
      },
      {
        id: 'relieved',
        type: 'customer',
        text: "No, that's everything. Thank you. I was dreading this. I thought I'd have to argue.",
        emotion: 'relieved, grateful',
        mood: 5,
        voiceTone: 'Warm, lighter.',
        bodyLanguage: 'She folds the letter away into her bag and smiles for the first time.',
        next: 'resolved',
      },
      {
        id: 'pays-for-it',
        type: 'customer',
        text: 'So I pay for your mistake? I had the money. This was never about my balance.',
        emotion: 'indignant',
        mood: 2,
        voiceTone: 'Quiet but firm; she has found her voice.',
        bodyLanguage: 'She puts the letter down and keeps her hand flat on it.',
        next: 'last',
      },
      {
        id: 'last',
        type: 'choice',
        prompt: 'She is right. What do you do?',
        options: [
          {
            id: 'make-it-right',
            text: "You're right, and I'm sorry. This was our failure, so we'll put all of it right: the rent goes today, we refund the sixty pounds, and I'll write to your agent to say it was our error. I'll e-mail you a copy tonight.",
            feedback: 'Full ownership in the end. It took her having to argue for it, which is what she came in dreading.',
            points: 6,
            next: 'resolved-late',
          },
          {
            id: 'system-allows',
            text: 'I can only do what the system allows, I\'m afraid.',
            feedback:
              'Her landlord problem stays hers. She leaves with a resent payment and a fee she did not cause, and trusts the bank less than when she came in.',
            points: 0,
            next: 'partial',
          },
        ],
      },
      {
        id: 'resolved',
        type: 'ending',
        outcome: 'resolved',
        customerFeels: 'Relieved and respected; the bank stood up for her',
        summary:
          'The rent reached the agent that afternoon, the fee was refunded and your letter cleared her record. On Thursday she told you the agent had apologised. You also logged her case with the team investigating the overnight failure, so the other 400 customers could be contacted first.',
        mood: 5,
      },
      {
        id: 'resolved-late',
        type: 'ending',
        outcome: 'resolved',
        customerFeels: 'Relieved, but tired from having to fight for it',
        summary:
          'Everything was put right in the end, but Farah had to push through a rule or a sales pitch first. She will remember the argument as much as the fix.',
        mood: 3,
      },
      {
        id: 'partial',
        type: 'ending',
        outcome: 'partial',
        customerFeels: 'Let down and out of pocket for a mistake that was not hers',
        summary:
          'The payment was resent, but the fee and the warning on her file stayed. Farah wrote a formal complaint that evening, and won it six weeks later, after far more work on both sides than one letter would have taken.',
        mood: 2,
      },
      {
        id: 'walks-out',
        type: 'ending',
        outcome: 'lost',
        customerFeels: 'Unwanted and suspected',
        summary:
          'Farah left without an answer. She opened an account with another bank the following week and moved her salary there. She had come in for one sentence: "It was our mistake, not yours."',
        mood: 1,
      },
    ],
  },
};
