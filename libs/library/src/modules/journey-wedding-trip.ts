import type { LibraryModule } from '../types.js';

// Purchase flow, travel. A daughter books train and hotel for her mother, who needs a
// wheelchair for longer distances, to get to a family wedding. Accessibility is where travel
// journeys most often break, and where each break lands hardest. The journey has real highs
// (assistance at the first station, a hotel manager who fixes it) as well as lows, so the
// emotion curve shows that what people remember is the worst moment and the ending.

export const journeyWeddingTrip: LibraryModule = {
  slug: 'journey-wedding-trip',
  kind: 'purchase-flow',
  title: 'Getting Mum to the wedding',
  summary:
    'Book and take a train-and-hotel trip for a mother who uses a wheelchair, through Tidewater Journeys: from the first search to the refund claim.',
  industry: 'travel',
  estimatedMinutes: 40,
  content: {
    industry: 'travel',
    intro:
      'In this simulation you are Niamh, booking a trip with Tidewater Journeys, which sells train travel and hotels together. You book for her mother, who needs help getting around, so every promise about access matters. Take each step as Niamh would, in her lunch breaks and on her phone. Log every moment that costs them time, money, patience, dignity or trust, and the team that produces it.',
    persona: {
      name: "Niamh O'Connell",
      situation:
        "Niamh, 38, is a project manager. Her niece is getting married on Saturday the 14th, four hours away by train with one change. Niamh is taking her mother, Bernadette, 77, who walks with a stick and uses a wheelchair for anything over a hundred metres. Since a fall last year Bernadette has been anxious about travelling, and she has no smartphone. They need two nights in a hotel near the venue.",
      goals: [
        'Get her mother to the wedding and home again safely and without fuss',
        'Know every step in advance, so she can explain it to her mother',
        'Stay within a budget of about £600 for both of them',
      ],
      needs: [
        'Help boarding and leaving both trains, including at the change',
        'A wheelchair space on the train, next to her mother\'s seat',
        'A step-free hotel room with a walk-in shower and grab rails',
        'Written confirmation of each of these',
      ],
      constraints: [
        'Books in 45-minute lunch breaks at work',
        'The change of trains allows twelve minutes',
        'Her mother cannot use an app or an e-mail confirmation herself',
      ],
      pressures: [
        'The wedding date is fixed',
        'Her mother says she will only go "if it is all arranged properly"',
        'Her brother texts every day: "Is it booked yet?"',
      ],
      quote:
        'Mum will only come if she knows exactly what happens at every step. So I need to know too, and I need to be able to trust it.',
    },
    stages: [
      {
        key: 'discover',
        label: 'Discover: what "accessible" means here',
        situation:
          'Niamh searches the Tidewater Journeys site in her lunch break. Hotels can be filtered by "Accessible", trains cannot. The link "Travelling with reduced mobility" opens a 14-page PDF guide, last updated three years ago, which mentions a phone number for "assistance bookings" that now plays a message about a new number.',
        tasks: [
          {
            id: 'find-info',
            prompt: 'Find out how Tidewater helps a passenger in a wheelchair change trains. Where do you look?',
            options: [
              {
                id: 'pdf',
                label: 'Read the PDF guide',
                outcome: 'It explains the old process and gives a phone number that no longer works. It takes her most of her lunch break on a phone screen.',
              },
              {
                id: 'help-search',
                label: 'Search the help centre for "wheelchair"',
                outcome: 'Three articles about folding wheelchairs as luggage. Nothing about help at a change.',
              },
            ],
          },
        ],
        friction: [
          {
            id: 'no-train-filter',
            description: 'Hotels can be filtered for access, train journeys cannot.',
            effort: 'unclear-information',
          },
          {
            id: 'outdated-pdf',
            description: 'The only guide is an out-of-date PDF with a dead phone number.',
            effort: 'error',
          },
        ],
      },
      {
        key: 'compare',
        label: 'Compare: three "accessible" hotels',
        situation:
          'Three hotels near the venue carry the "Accessible room available" label. One gallery shows a bathroom with a high-sided bath. None says whether the entrance is step-free. Niamh sends a question to one hotel through the booking site\'s messaging. The answer comes three days later: "Please contact the hotel directly."',
        tasks: [
          {
            id: 'choose-hotel',
            prompt: 'Choose a hotel for Niamh and Bernadette.',
            options: [
              {
                id: 'closest',
                label: 'The closest to the venue',
                outcome: 'Five minutes from the church, but the only bathroom photo shows a bath. It might not be the accessible room.',
              },
              {
                id: 'chain',
                label: 'The chain hotel with the longest accessibility description',
                outcome: 'The text lists grab rails and a roll-in shower; it is fifteen minutes away by taxi.',
              },
              {
                id: 'call-hotels',
                label: 'Phone each hotel in her lunch break',
                outcome: 'Two answer. One confirms a walk-in shower and a ramp. The third never picks up.',
              },
            ],
          },
        ],
        friction: [
          {
            id: 'label-vague',
            description: '"Accessible room available" does not say what the room or the entrance is like.',
            effort: 'unclear-information',
          },
          {
            id: 'message-slow',
            description: 'A question sent through the site takes three days and ends in "contact the hotel directly".',
            effort: 'channel-switch',
          },
        ],
      },
      {
        key: 'book',
        label: 'Book: train, seats and assistance',
        situation:
          'The package booking goes smoothly until seats: a wheelchair space cannot be reserved online ("please call Travel Assistance"). Assistance at the stations is booked through a separate form, with its own reference number, which asks again for both passengers\' names, the journey, dates and times. The form ends with "We will confirm by e-mail within 3 working days."',
        tasks: [
          {
            id: 'wheelchair-space',
            prompt: 'Reserve the wheelchair space. What happens?',
            options: [
              {
                id: 'call',
                label: 'Call Travel Assistance',
                outcome: 'Eighteen minutes on hold. The agent is kind and thorough and books the space next to Niamh\'s seat, under a third reference number.',
              },
              {
                id: 'skip',
                label: 'Leave it and ask on the day',
                outcome:
                  'The help page says spaces cannot be guaranteed on the day, and Friday afternoon trains are usually full. The next lunchtime she calls after all: 25 minutes on hold.',
              },
            ],
          },
          {
            id: 'assistance-form',
            prompt: 'Fill in the assistance form. Write down which details you typed for the second time.',
          },
        ],
        friction: [
          {
            id: 'space-by-phone',
            description: 'The wheelchair space cannot be booked online, only by phone.',
            effort: 'channel-switch',
          },
          {
            id: 'assistance-form-retype',
            description: 'The assistance form asks again for names, journey and times she already entered.',
            effort: 'repeat-information',
          },
          {
            id: 'three-references',
            description: 'One trip now has three reference numbers from three systems.',
            effort: 'extra-step',
          },
        ],
      },
      {
        key: 'pay',
        label: 'Pay: the price moves',
        situation:
          'At payment the total rises by £34: "The fare you selected is no longer available." A £12.50 booking fee appears for the first time. Beside the hotel it now says: "Accessible room: requested, subject to availability." Nothing earlier said the room was only a request.',
        tasks: [
          {
            id: 'pay-or-not',
            prompt: 'What does Niamh do at the payment page?',
            options: [
              {
                id: 'pay',
                label: 'Pay now before the price rises again',
                outcome: 'Booked. The accessible room is still only "requested".',
              },
              {
                id: 'ask-guarantee',
                label: 'Call to ask for a guaranteed accessible room before paying',
                outcome: 'The agent says rooms are "allocated by the hotel on arrival". By the time she hangs up, the fare has gone up another £9.',
              },
            ],
          },
        ],
        friction: [
          {
            id: 'fare-jump',
            description: 'The fare changes between the search and the payment.',
            effort: 'hidden-cost',
          },
          {
            id: 'booking-fee',
            description: 'A booking fee appears only on the payment page.',
            effort: 'hidden-cost',
          },
          {
            id: 'room-not-guaranteed',
            description: 'The accessible room turns out to be a request, not a booking.',
            effort: 'policy-wall',
          },
        ],
      },
      {
        key: 'before-travel',
        label: 'Before travel: the engineering works',
        situation:
          'On the Tuesday before the trip an e-mail says part of the return journey is replaced by a bus. It does not say whether the bus takes wheelchairs or whether the assistance booking moves with it. Niamh calls: 45 minutes on hold. The agent says assistance is "a separate system" and gives her another number, where she repeats everything.',
        tasks: [
          {
            id: 'bus-access',
            prompt: 'Find out whether Bernadette can travel on the replacement bus. Write down every contact it takes.',
          },
          {
            id: 'tell-mum',
            prompt: 'Bernadette calls to ask whether everything is arranged. What does Niamh tell her?',
            options: [
              {
                id: 'all-fine',
                label: '"It\'s all arranged, Mum."',
                outcome: 'Her mother is reassured. Niamh is not sure it is true.',
              },
              {
                id: 'honest',
                label: '"Mostly. I\'m still checking the bus."',
                outcome: 'Her mother sleeps badly and asks again the next day whether they should go at all.',
              },
            ],
          },
        ],
        friction: [
          {
            id: 'email-silent',
            description: 'The change notice is silent on access and on the assistance booking.',
            effort: 'unclear-information',
          },
          {
            id: 'long-hold',
            description: '45 minutes on hold to ask one question.',
            effort: 'wait',
          },
          {
            id: 'separate-system',
            description: 'She is passed to another team and number, and repeats the whole journey.',
            effort: 'transfer',
          },
        ],
      },
      {
        key: 'travel-day',
        label: 'Travel day',
        situation:
          'Friday. At the first station an assistant is waiting by the entrance with a wheelchair, knows Bernadette\'s name and has her on board with ten minutes to spare. Bernadette beams. At the change, nobody comes. The train pulls away and they are alone on the platform with the bags and twelve minutes to make a connection.',
        tasks: [
          {
            id: 'at-the-change',
            prompt: 'Nobody is at the change. What does Niamh do?',
            options: [
              {
                id: 'call-line',
                label: 'Call the assistance line',
                outcome:
                  'A recorded message, then a person who asks for the booking reference: the third of the three. After 25 minutes and two more calls, staff arrive with a ramp. They miss the connection, and the next train has no free wheelchair space.',
              },
              {
                id: 'find-staff',
                label: 'Leave her mother for a moment to find staff',
                outcome:
                  'She finds a guard at the far end of the platform, who radios for help; a ramp arrives twenty minutes later. Bernadette waited alone with the bags, frightened. They miss the connection, and the next train has no free wheelchair space.',
              },
            ],
          },
          {
            id: 'best-moment',
            prompt: 'Describe the best moment of the day from Bernadette\'s side, and what made it so.',
          },
        ],
        friction: [
          {
            id: 'no-show',
            description: 'The booked assistance does not appear at the change.',
            effort: 'error',
          },
          {
            id: 'platform-wait',
            description: 'Twenty minutes or more on a platform with an anxious 77-year-old, and a missed connection.',
            effort: 'wait',
          },
          {
            id: 'which-reference',
            description: 'In the moment of need she has to find the right one of three references.',
            effort: 'repeat-information',
          },
        ],
      },
      {
        key: 'stay',
        label: 'Stay: the room',
        situation:
          'They arrive two hours late. At check-in the receptionist says the accessible room "has been given to another guest with a need". They are offered a standard ground-floor room with a bath. Niamh asks for the manager, who is "on his way".',
        tasks: [
          {
            id: 'room-choice',
            prompt: 'What does Niamh accept?',
            options: [
              {
                id: 'standard-room',
                label: 'The standard room with a bath, tonight',
                outcome: 'Bernadette cannot shower safely and washes at the sink before the wedding.',
              },
              {
                id: 'wait-manager',
                label: 'Wait for the manager',
                outcome:
                  'Forty more minutes in the lobby. Then the manager finds an accessible room at a sister hotel nearby, pays for the taxi and sends up tea. Bernadette calls him "a proper gentleman".',
              },
            ],
          },
        ],
        friction: [
          {
            id: 'room-gone',
            description: 'The room she had "requested" was given away.',
            effort: 'policy-wall',
          },
          {
            id: 'lobby-wait',
            description: 'Forty minutes in the lobby after a long, late journey.',
            effort: 'wait',
          },
        ],
      },
      {
        key: 'after-trip',
        label: 'After the trip: the claim',
        situation:
          'Back home, Niamh claims delay compensation and asks for the booking fee back. The form wants one claim per journey leg, each with its own reference, and scanned tickets. Her complaint about the missing assistance gets an automatic reply, and two weeks later: "Thank you, your feedback has been passed on." Five weeks later, £8.40 arrives.',
        tasks: [
          {
            id: 'claim',
            prompt: 'Make the claim. Write down how many forms and references it took.',
          },
          {
            id: 'would-she-rebook',
            prompt: 'Bernadette\'s sister asks Niamh whether she would book with Tidewater again. What does she say?',
            options: [
              {
                id: 'maybe',
                label: '"The people were lovely. The system wasn\'t."',
                outcome: 'The people they met did their best, and the first station was wonderful; the process around them nearly ruined the trip.',
              },
              {
                id: 'no',
                label: '"Never again, not with Mum."',
                outcome: 'What Bernadette remembers best is twenty-five minutes alone on a platform.',
              },
            ],
          },
        ],
        friction: [
          {
            id: 'claim-per-leg',
            description: 'A separate claim for each leg, each with its own reference and scanned tickets.',
            effort: 'extra-step',
          },
          {
            id: 'passed-on',
            description: 'The complaint gets "your feedback has been passed on" and nothing else.',
            effort: 'generic-answer',
          },
          {
            id: 'five-weeks',
            description: 'Five weeks for £8.40.',
            effort: 'wait',
          },
        ],
      },
    ],
  },
};
