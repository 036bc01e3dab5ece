import type { LibraryModule } from '../types.js';

// Purchase flow, telecom. A self-employed plumber switches his mobile to Quillnet and must keep
// the number painted on his van. The journey runs from the first search to the first bill,
// and most of its friction is produced far from the shop floor: the product catalogue (no plan
// for sole traders), identity checks, the porting process, the SIM courier, switch-day
// messaging, the support hand-offs and billing. That is the point: every owning team appears.

export const journeyKeepMyNumber: LibraryModule = {
  slug: 'journey-keep-my-number',
  kind: 'purchase-flow',
  title: 'Keep my number: switching mobile provider',
  summary:
    'Walk a self-employed plumber through switching his mobile plan to Quillnet without losing the number his business runs on, from the first search to the first bill.',
  industry: 'telecom',
  estimatedMinutes: 45,
  content: {
    industry: 'telecom',
    intro:
      'In this simulation you are Bogdan, switching his mobile phone to Quillnet. Do each task as he would, with his time, his tools and his worries, and not as someone who knows how our systems work. Whenever something costs him time, money, patience or trust, log it as a pain point and choose the team whose work produces it, even when that team never speaks to customers.',
    persona: {
      name: 'Bogdan Petrescu',
      situation:
        'Bogdan, 46, is a self-employed plumber and heating engineer. His mobile number is painted on his van, printed on two thousand fridge magnets and on every invoice: most of his work comes from people calling it. His current provider has raised his price twice, so he is moving to Quillnet for a cheaper plan, and he needs to keep the number with no gap in service.',
      goals: [
        'Keep his mobile number, with no day without calls',
        'Pay less each month than he does now',
        'Get a bill his accountant can use for VAT',
      ],
      needs: [
        'A plan a sole trader can actually buy',
        'A switch date he chooses, on a quiet day',
        'Help in the evening, when he is off the tools',
        'A clear total price before he commits',
      ],
      constraints: [
        'On jobs from 7:30 to 18:00, often in basements with weak signal and wet hands',
        'Deals with paperwork in his van or at the kitchen table after 20:00',
        'English is his second language: fluent on the phone, slower with dense legal text',
        'Cannot wait at home for deliveries on weekdays',
      ],
      pressures: [
        'It is October, the start of boiler-breakdown season: his busiest months',
        'A missed call is often a lost job worth £150 to £300',
        'His accountant wants business costs separated before the tax deadline',
      ],
      quote:
        'If my phone is dead for a day, my business is dead for a day. That number is my shop window.',
    },
    stages: [
      {
        key: 'discover',
        label: 'Discover: a plan for a one-man business',
        situation:
          'Tuesday, 21:15. Bogdan sits in his van outside his last job and opens the Quillnet website on his phone. The menu splits everything into "Personal" and "Business". The Business section opens with "Plans for registered companies, 5 lines or more". The Personal section has cheaper SIM-only plans, but says nothing about invoices or VAT.',
        tasks: [
          {
            id: 'find-plan',
            prompt: 'Find a plan Bogdan can buy as a sole trader that keeps his number. Where do you look first?',
            options: [
              {
                id: 'business-section',
                label: 'Try the Business section',
                outcome:
                  'The sign-up form asks for a company registration number as its first field. Bogdan has none: sole traders are not registered companies. There is no way past the field.',
              },
              {
                id: 'personal-section',
                label: 'Go with a Personal SIM-only plan',
                outcome:
                  'A 12-month SIM-only plan at £14 a month looks right. Only a help article, three clicks away, says personal plans come with "a simplified bill, not suitable as a VAT invoice".',
              },
              {
                id: 'ask-chat',
                label: 'Ask the chat assistant',
                outcome:
                  'The assistant answers: "Our business plans are designed for registered companies. For personal plans, please see our Personal section." It does not understand "sole trader" and offers a link to the page he has just left.',
              },
            ],
          },
        ],
        friction: [
          {
            id: 'no-sole-trader',
            description: 'The catalogue has no place for a one-person business: Business needs a company number, Personal hides the invoice limitation.',
            effort: 'policy-wall',
          },
          {
            id: 'vat-hidden',
            description: 'That personal bills are not VAT invoices is only stated in a help article, not on the plan page.',
            effort: 'unclear-information',
          },
          {
            id: 'bot-loop',
            description: 'The chat assistant answers with a generic line and a link back to the same page.',
            effort: 'generic-answer',
          },
        ],
      },
      {
        key: 'compare',
        label: 'Compare: reading the small print',
        situation:
          'Bogdan compares the £14 12-month plan with a £18 30-day rolling plan. Both say "Unlimited calls*". The footnote, in grey on white, explains that prices rise every April by inflation plus 3.9%, and that a £10 connection charge applies to new lines. The coverage checker takes one postcode at a time and resets the map after each search; he works in three towns.',
        tasks: [
          {
            id: 'choose-term',
            prompt: 'Which plan do you choose for Bogdan, and why?',
            options: [
              {
                id: 'twelve-month',
                label: '£14 a month for 12 months',
                outcome:
                  'Cheaper on paper. With the April rise and the connection charge, the first year costs about £5 more than the headline suggests, and leaving early would cost the remaining months.',
              },
              {
                id: 'rolling',
                label: '£18 a month, 30-day rolling',
                outcome:
                  'More expensive, but he can leave with a month\'s notice if the coverage in basements turns out to be poor. The connection charge still applies.',
              },
            ],
          },
          {
            id: 'check-coverage',
            prompt:
              'Check coverage for the three towns Bogdan works in. Write down what you had to do and how sure you now are that his phone will work in a cellar.',
          },
        ],
        friction: [
          {
            id: 'price-rise-footnote',
            description: 'The yearly price rise and the £10 connection charge are only in a grey footnote.',
            effort: 'hidden-cost',
          },
          {
            id: 'unlimited-asterisk',
            description: '"Unlimited" carries an asterisk whose meaning is not on the same page.',
            effort: 'unclear-information',
          },
          {
            id: 'coverage-one-by-one',
            description: 'The coverage checker resets after each postcode, so three towns mean three separate searches.',
            effort: 'extra-step',
          },
        ],
      },
      {
        key: 'buy',
        label: 'Buy: ordering from the van',
        situation:
          'Bogdan orders the plan online at 21:40. The checkout asks for his porting code first ("or add it later"), then runs a credit check, then asks for a photo of his ID and a selfie. In the dim light of the van the selfie is rejected twice. After the third try a message says: "We need to verify your identity. We will call you within 2 working days."',
        tasks: [
          {
            id: 'porting-code',
            prompt: 'The checkout asks for a porting code Bogdan does not have yet. What do you do?',
            options: [
              {
                id: 'add-later',
                label: 'Choose "add it later"',
                outcome:
                  'The order goes through. Nothing tells him that the switch date will be set automatically the moment he adds the code.',
              },
              {
                id: 'stop-and-get-code',
                label: 'Stop and get the code first',
                outcome:
                  'The basket is kept for 30 minutes. The code from his old provider arrives after 40, so he starts the whole order again.',
              },
            ],
          },
          {
            id: 'identity',
            prompt:
              'Finish the identity check. Note what happens when the verification moves from the website to a phone call during Bogdan\'s working day.',
          },
        ],
        friction: [
          {
            id: 'selfie-fails',
            description: 'The selfie check fails in ordinary low light, with no advice on what to change.',
            effort: 'error',
          },
          {
            id: 'verification-call',
            description: 'Verification moves from the website to a phone call in working hours, when he is on a job.',
            effort: 'channel-switch',
          },
          {
            id: 'two-days',
            description: 'The order waits up to two working days for the verification call.',
            effort: 'wait',
          },
        ],
      },
      {
        key: 'port',
        label: 'Port: choosing the switch day',
        situation:
          'Bogdan gets his porting code from his old provider by text, along with a call offering him a discount to stay. To give the code to Quillnet he has to log in to an account he never knowingly created; the password reset e-mail lands in his spam folder. The porting form has no date field: the switch is set for the next working day. He wanted a Sunday, when nobody calls a plumber.',
        tasks: [
          {
            id: 'switch-date',
            prompt: 'Try to set the switch for Sunday. What happens?',
            options: [
              {
                id: 'accept-next-day',
                label: 'Accept the next working day',
                outcome: 'The switch is booked for Thursday, a working day, at a time nobody can tell him.',
              },
              {
                id: 'call-to-change',
                label: 'Call to ask for a different date',
                outcome:
                  'After 22 minutes on hold he is told weekend switches are not offered. The agent asks him for the order number and the porting code again.',
              },
            ],
          },
        ],
        friction: [
          {
            id: 'surprise-account',
            description: 'An account was created for him silently, so he needs a password reset whose e-mail goes to spam.',
            effort: 'extra-step',
          },
          {
            id: 'no-date-choice',
            description: 'The switch date cannot be chosen; it is set for the next working day without saying when in the day.',
            effort: 'unclear-information',
          },
          {
            id: 'code-again',
            description: 'On the phone he has to repeat the order number and porting code he has already entered online.',
            effort: 'repeat-information',
          },
        ],
      },
      {
        key: 'delivery',
        label: 'Delivery: the SIM that needs a signature',
        situation:
          'The SIM card is sent by tracked courier and needs a signature. On Tuesday and Wednesday nobody is home; the card through his door says he can collect it from a depot twenty minutes away, open 9:00 to 17:00 on weekdays. The switch is booked for Thursday morning.',
        tasks: [
          {
            id: 'get-sim',
            prompt: 'Get the SIM into Bogdan\'s hands before Thursday. What do you try?',
            options: [
              {
                id: 'redirect',
                label: 'Redirect it to a neighbour',
                outcome:
                  'Redirecting needs an account on the courier\'s own website, which he creates at 22:00. The neighbour signs for it on Wednesday evening, after a day of worrying that the SIM would not arrive before the switch.',
              },
              {
                id: 'depot',
                label: 'Drive to the depot',
                outcome:
                  'He leaves a job at 16:15 and gets the SIM at 16:50. It cost him an hour of paid work and an apology to a customer.',
              },
              {
                id: 'ask-letterbox',
                label: 'Ask Quillnet to send one by ordinary post',
                outcome:
                  'The chat agent says SIMs must be signed for "for security reasons" and cannot change the courier booking. In the end he drives to the depot on Wednesday afternoon.',
              },
            ],
          },
        ],
        friction: [
          {
            id: 'signature-required',
            description: 'A small SIM card needs a signature, so someone has to be at home on a weekday.',
            effort: 'wait',
          },
          {
            id: 'courier-site',
            description: 'Changing the delivery means creating an account with a different company.',
            effort: 'channel-switch',
          },
          {
            id: 'sim-after-switch',
            description: 'Nothing links the delivery date to the switch date, so the number can move before the SIM arrives.',
            effort: 'error',
          },
        ],
      },
      {
        key: 'switch-day',
        label: 'First use: switch day',
        situation:
          'Thursday, 10:05. Mid-call with a customer whose boiler has failed, Bogdan\'s old SIM loses signal. He puts in the new SIM: it shows "Emergency calls only" until 16:20. For six hours anyone calling his number hears "this number is not recognised". When the new SIM works, his voicemail greeting has gone back to the default and the messages left that morning are lost.',
        tasks: [
          {
            id: 'get-working',
            prompt: 'Bogdan is on a job with no working phone. What does he do?',
            options: [
              {
                id: 'wait',
                label: 'Wait, as the text message says ("up to 24 hours")',
                outcome: 'He misses four calls. Two of those customers book another plumber the same day.',
              },
              {
                id: 'borrow-phone',
                label: 'Borrow the customer\'s phone to call support',
                outcome:
                  'The phone menu asks him to call "from the number you are calling about". An agent finally says the switch is "in progress" and cannot say when it will finish.',
              },
            ],
          },
          {
            id: 'voicemail',
            prompt: 'Set up his voicemail greeting again. Write down how you found out how to do it and how long it took.',
          },
        ],
        friction: [
          {
            id: 'six-hour-gap',
            description: 'No service for six hours on a working day, with no warning of when in the day the switch would happen.',
            effort: 'wait',
          },
          {
            id: 'not-recognised',
            description: 'Callers hear "not recognised", as if the business had closed.',
            effort: 'error',
          },
          {
            id: 'caller-check',
            description: 'Support insists he calls from the number that is not working.',
            effort: 'policy-wall',
          },
          {
            id: 'voicemail-lost',
            description: 'The voicemail greeting and the morning\'s messages are lost in the switch, and nobody said they would be.',
            effort: 'unclear-information',
          },
        ],
      },
      {
        key: 'support',
        label: 'Support: asking about the lost day',
        situation:
          'That evening Bogdan opens the chat to ask whether callers got a dead line, whether the lost messages can be recovered and whether he can be compensated for a day without service. The chat agent transfers him to the "porting team", which works only by phone, 9:00 to 17:00. The next day, in his lunch break, he tells the whole story again. The porting team says the switch "completed within the standard window" and sends a link to a compensation form.',
        tasks: [
          {
            id: 'compensation',
            prompt: 'Try to get an answer about compensation for the lost day. What happens?',
            options: [
              {
                id: 'fill-form',
                label: 'Fill in the compensation form',
                outcome:
                  'The form asks for the order number, the porting code and "evidence of loss". Three weeks later, a £5 credit arrives with a standard letter.',
              },
              {
                id: 'ask-for-manager',
                label: 'Ask to speak to someone who can decide',
                outcome:
                  'He is told a manager will call back within 48 hours. The call comes at 11:00 on a Monday, while he is under a sink.',
              },
            ],
          },
        ],
        friction: [
          {
            id: 'chat-to-phone',
            description: 'The chat hands him to a team that only works by phone, in his working hours.',
            effort: 'transfer',
          },
          {
            id: 'story-again',
            description: 'He tells the whole story again to the porting team.',
            effort: 'repeat-information',
          },
          {
            id: 'standard-window',
            description: '"Completed within the standard window" answers the process, not the loss.',
            effort: 'generic-answer',
          },
          {
            id: 'second-contact',
            description: 'One question takes an evening chat, a lunchtime call and a form.',
            effort: 'repeat-contact',
          },
        ],
      },
      {
        key: 'first-bill',
        label: 'First bill',
        situation:
          'The first bill is more than twice his monthly price: the £10 connection charge, a part month and the next month in advance, on one line each with no explanation. It is the simplified personal bill, without a VAT breakdown, so his accountant cannot use it. A help article says VAT invoices can be requested by e-mail from a separate billing address. Five days later the reply says they are "not available for personal plans".',
        tasks: [
          {
            id: 'understand-bill',
            prompt: 'Work out why the first bill is so much more than the monthly price. Write down where you found each part of the explanation.',
          },
          {
            id: 'vat-invoice',
            prompt: 'What does Bogdan do about the VAT invoice?',
            options: [
              {
                id: 'accept',
                label: 'Give up and tell his accountant',
                outcome: 'He pays his accountant for an extra hour to work around it, every quarter.',
              },
              {
                id: 'move-plan',
                label: 'Ask to move to a business plan',
                outcome: 'He is told again that business plans need a company number, five lines and a new 24-month contract.',
              },
            ],
          },
        ],
        friction: [
          {
            id: 'first-bill-shock',
            description: 'The first bill is more than twice the advertised monthly price, with no warning at checkout.',
            effort: 'hidden-cost',
          },
          {
            id: 'vat-by-email',
            description: 'Asking for a VAT invoice needs an e-mail to a separate address and a five-day wait.',
            effort: 'wait',
          },
          {
            id: 'vat-refused',
            description: 'The answer is a refusal based on a plan category that never fitted him.',
            effort: 'policy-wall',
          },
        ],
      },
    ],
  },
};
