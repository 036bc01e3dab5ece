import type { LibraryModule } from '../types.js';

// Purchase flow, software. A hair-salon owner, not technical, tries an online booking service
// to cut no-shows before she goes on holiday. The friction is the kind software companies make
// without meaning to: jargon, a sign-up built for someone else, set-up that assumes data she
// does not have, a payments partner with its own checks, defaults that misfire, support by
// ticket, and a renewal that costs more than she expected. Product, engineering, billing and
// support each own a part of it.

export const journeySalonBookingApp: LibraryModule = {
  slug: 'journey-salon-booking-app',
  kind: 'purchase-flow',
  title: 'From free trial to first bill',
  summary:
    'Walk a salon owner through trying, setting up and paying for Slotbook, an online booking service, from the first advert to the first renewal.',
  industry: 'software',
  estimatedMinutes: 40,
  content: {
    industry: 'software',
    intro:
      'In this simulation you are Rosa, who runs a small hair salon and wants online bookings. Slotbook, made by Pinecone Software, promises to do it in minutes. Take each step as Rosa would: on a laptop her niece set up, between clients or on a Sunday evening, without a technical word to her name. Log every moment that costs her time, money, patience or trust, and the team that produces it, whether it writes code, sets prices or answers tickets.',
    persona: {
      name: 'Rosa Delgado',
      situation:
        'Rosa, 44, owns a two-chair hair salon with one stylist, Kemi. Appointments are kept in a paper book by the till. About six clients a month do not turn up, which costs her around £250. In three weeks she goes on holiday for the first time in four years, and Kemi will run the salon alone.',
      goals: [
        'Let clients book online, day and night',
        'Cut no-shows with deposits and reminders',
        'Have it running before her holiday, so Kemi can manage',
      ],
      needs: [
        'Set-up she can finish herself in an evening',
        'A price she understands, around £20 a month',
        'Help in plain words, outside salon hours',
      ],
      constraints: [
        'Works on her feet from 9:00 to 18:00, six days a week',
        'Admin happens on Sunday evenings or in ten-minute gaps between clients',
        'Not technical: no spreadsheets, no "integrations"',
        'Her client list is a paper book and the contacts in her phone',
      ],
      pressures: [
        'The holiday is booked and paid for',
        'No-shows cost her more than the software would',
        'Kemi is nervous about running the salon alone',
      ],
      quote: 'I cut hair. I do not want to become an IT department.',
    },
    stages: [
      {
        key: 'discover',
        label: 'Discover: the advert and the website',
        situation:
          'Rosa taps an advert on her phone: "Never lose a booking again." The website talks about "omnichannel scheduling", "API access" and "calendar sync with 40+ integrations". The pricing page says "from £12/month" and shows three plans, Starter, Growth and Pro, with a table of 36 ticks and crosses.',
        tasks: [
          {
            id: 'pick-plan',
            prompt: 'Which plan does Rosa need for online booking, deposits and text reminders?',
            options: [
              {
                id: 'starter',
                label: 'Starter, £12 a month',
                outcome:
                  'The table shows a tick for "Reminders", but the small print says Starter reminders are e-mail only and deposits are not included. After ten more minutes with the table she settles on Growth after all.',
              },
              {
                id: 'growth',
                label: 'Growth, £29 a month',
                outcome: 'Deposits and "SMS reminders" are ticked. A footnote says text messages are "billed per bundle".',
              },
            ],
          },
        ],
        friction: [
          {
            id: 'jargon',
            description: 'The website speaks to software buyers, not to a hairdresser.',
            effort: 'unclear-information',
          },
          {
            id: 'from-price',
            description: '"From £12" is not the price of what she actually needs.',
            effort: 'hidden-cost',
          },
        ],
      },
      {
        key: 'sign-up',
        label: 'Sign up: the free trial',
        situation:
          'The free 14-day trial asks for a card "to avoid interruption". The confirmation e-mail goes to spam; Rosa only finds it the next evening. The first set-up screen asks for her business type: the list has "Spa", "Clinic", "Fitness" and "Other", but no hair salon.',
        tasks: [
          {
            id: 'business-type',
            prompt: 'Choose a business type for Rosa\'s salon.',
            options: [
              {
                id: 'spa',
                label: 'Spa',
                outcome: 'Her booking page is filled with sample services: hot-stone massage, facials, a "couples\' retreat".',
              },
              {
                id: 'other',
                label: 'Other',
                outcome: 'She gets an empty set-up with no examples to follow.',
              },
            ],
          },
        ],
        friction: [
          {
            id: 'card-for-trial',
            description: 'A "free" trial needs a card up front.',
            effort: 'extra-step',
          },
          {
            id: 'email-spam',
            description: 'The confirmation e-mail lands in spam, costing a day.',
            effort: 'wait',
          },
          {
            id: 'no-salon',
            description: 'Her kind of business is not on the list.',
            effort: 'unclear-information',
          },
        ],
      },
      {
        key: 'set-up',
        label: 'Set up: services, staff and clients',
        situation:
          'The set-up wizard has eleven steps. Every service needs a name, duration, price, "buffer time" and "resource". Staff hours are set per person and per weekday. To import clients it asks for a CSV file. A banner offers "a free onboarding call with an expert": the slots are weekdays between 9:00 and 17:00.',
        tasks: [
          {
            id: 'clients',
            prompt: 'Get Rosa\'s clients into Slotbook. What do you do?',
            options: [
              {
                id: 'type-them',
                label: 'Type them in one by one',
                outcome: 'Two Sunday evenings for about 180 clients. She gives up halfway and decides the rest can add themselves.',
              },
              {
                id: 'onboarding-call',
                label: 'Book the onboarding call',
                outcome: 'The first slot is Wednesday at 11:00, in the middle of a colour appointment. She takes the call in the back room, with gloves on.',
              },
              {
                id: 'skip',
                label: 'Skip it',
                outcome: 'Regulars booking online will not be recognised, and their notes (allergies, usual colour) stay in the paper book.',
              },
            ],
          },
          {
            id: 'services',
            prompt: 'Set up Rosa\'s five main services. Write down any word on the screens she would not understand, and what you guessed it meant.',
          },
        ],
        friction: [
          {
            id: 'csv-only',
            description: 'Importing clients assumes a CSV file; she has a paper book.',
            effort: 'policy-wall',
          },
          {
            id: 'buffer-resource',
            description: '"Buffer time" and "resource" are unexplained.',
            effort: 'unclear-information',
          },
          {
            id: 'help-in-salon-hours',
            description: 'Help with set-up is only offered during her working hours.',
            effort: 'wait',
          },
        ],
      },
      {
        key: 'payments',
        label: 'Pay: switching on deposits',
        situation:
          'To take deposits Rosa must connect a separate payments provider. A new window opens with a different company\'s logo, asking for her ID, a bank statement and "business structure". It says verification takes 3 to 5 working days. Meanwhile her booking page shows "Deposit required" but clients cannot pay one, and nobody tells her.',
        tasks: [
          {
            id: 'verification',
            prompt: 'Complete the payments provider\'s checks. Write down what you had to find and upload, and where you had to go for it.',
          },
          {
            id: 'while-waiting',
            prompt: 'Clients are booking while deposits are not yet working. What happens?',
            options: [
              {
                id: 'leave-it',
                label: 'Leave the booking page on',
                outcome: 'Three clients see "Deposit required" and an error when they try to pay. Two phone the salon, puzzled; one books nowhere.',
              },
              {
                id: 'turn-off',
                label: 'Turn deposits off until verified',
                outcome: 'She finds the switch in Settings, Payments, Policies, Advanced. No-shows continue for another week.',
              },
            ],
          },
        ],
        friction: [
          {
            id: 'second-company',
            description: 'Taking deposits means signing up with another company in another window.',
            effort: 'channel-switch',
          },
          {
            id: 'verification-days',
            description: 'Three to five working days of verification, with her holiday coming.',
            effort: 'wait',
          },
          {
            id: 'silent-failure',
            description: 'The booking page asks for deposits it cannot take, and no one warns her.',
            effort: 'error',
          },
        ],
      },
      {
        key: 'first-use',
        label: 'First week live',
        situation:
          'The booking page goes live on Monday. On Tuesday Kemi, whose day off is Tuesday, has two online bookings: her days off were never saved. A client books a full colour, which the system gives 30 minutes, the default. On Wednesday a client texts Rosa a screenshot: her reminder arrived at 3:12 in the morning. The account\'s time zone was set to a US city.',
        tasks: [
          {
            id: 'double-booking',
            prompt: 'Tuesday: two clients are booked with Kemi, who is off. What does Rosa do?',
            options: [
              {
                id: 'call-clients',
                label: 'Phone both clients to move them',
                outcome: 'One is understanding. The other has taken the morning off work and leaves a one-star review.',
              },
              {
                id: 'squeeze-in',
                label: 'Squeeze them in herself',
                outcome: 'She runs 40 minutes late all afternoon; her own clients wait.',
              },
            ],
          },
          {
            id: 'find-timezone',
            prompt: 'Find where the time zone is set and why it was wrong. Write down how you found it.',
          },
        ],
        friction: [
          {
            id: 'staff-hours-lost',
            description: 'Staff days off were not saved, and nothing said so.',
            effort: 'error',
          },
          {
            id: 'default-duration',
            description: 'A 30-minute default duration for every service.',
            effort: 'unclear-information',
          },
          {
            id: 'wrong-timezone',
            description: 'The time zone defaulted to a US city, so reminders went out at night.',
            effort: 'error',
          },
        ],
      },
      {
        key: 'support',
        label: 'Support: asking for help',
        situation:
          'Rosa opens "Help". The search finds articles about calendar integrations. The chat assistant offers three articles and then "Leave us a message, we reply within 24 hours". The reply, by e-mail, asks for screenshots. Her answer gets a reply from a different person, who asks which plan she is on and suggests clearing her browser cache.',
        tasks: [
          {
            id: 'get-help',
            prompt: 'How does Rosa get the Tuesday problem explained?',
            options: [
              {
                id: 'ticket',
                label: 'Carry on with the e-mail thread',
                outcome: 'Four e-mails over five days. The fourth person explains that staff hours must be saved on each weekday tab separately.',
              },
              {
                id: 'niece',
                label: 'Ask her niece to look at it',
                outcome: 'Her niece finds it in twenty minutes on Sunday, and asks why Rosa is paying for something she needs family to run.',
              },
            ],
          },
        ],
        friction: [
          {
            id: 'articles-not-her',
            description: 'Help articles answer questions she does not have.',
            effort: 'generic-answer',
          },
          {
            id: 'different-agent',
            description: 'Each reply comes from someone new, who asks for what she already sent.',
            effort: 'repeat-information',
          },
          {
            id: 'five-days',
            description: 'Five days and four e-mails for one answer.',
            effort: 'repeat-contact',
          },
        ],
      },
      {
        key: 'renew',
        label: 'Renew: the first bill',
        situation:
          'On day 15 her card is charged £348: the annual Growth plan, selected by default when she entered her card. A week later comes another £9 for a bundle of 500 text messages, which she thought were included. To switch to monthly billing or cancel, the help centre says to e-mail billing, "allow 3 working days". She leaves for her holiday before the answer comes.',
        tasks: [
          {
            id: 'annual-charge',
            prompt: 'Rosa did not mean to buy a year. What does she do?',
            options: [
              {
                id: 'email-billing',
                label: 'E-mail billing to switch to monthly',
                outcome: 'Three days later: the annual charge can be refunded "minus the monthly price for the period used", and only if she confirms within 7 days. She reads it on holiday.',
              },
              {
                id: 'keep-it',
                label: 'Keep it: at least it works now',
                outcome: 'She stays, but tells another salon owner to "watch the small print".',
              },
            ],
          },
          {
            id: 'worth-it',
            prompt: 'After a month, are fewer clients missing appointments? Write what Rosa would say, weighing the no-shows saved against the hours and money spent.',
          },
        ],
        friction: [
          {
            id: 'annual-default',
            description: 'The annual plan was pre-selected when she entered her card.',
            effort: 'hidden-cost',
          },
          {
            id: 'sms-bundle',
            description: 'Text reminders are charged in bundles she did not know about.',
            effort: 'hidden-cost',
          },
          {
            id: 'cancel-by-email',
            description: 'Changing or cancelling the plan only by e-mail, with a three-day wait.',
            effort: 'channel-switch',
          },
        ],
      },
    ],
  },
};
