import type { LibraryModule } from '../types.js';

// Purchase flow, retail. A single parent on early shifts needs a washing machine in her
// third-floor kitchen this week. The journey crosses the website, a store visit, checkout,
// two-person delivery, installation, aftercare and a return, so the friction belongs to
// online sales, the stores, fulfilment, billing, the digital team and customer service.
// One good moment (the delivery crew who carry it up anyway) gives the emotion curve a peak.

export const journeyWashingMachine: LibraryModule = {
  slug: 'journey-washing-machine',
  kind: 'purchase-flow',
  title: 'A washing machine by Thursday',
  summary:
    'Walk a single parent through buying a washing machine at Hollis & Vane, from a late-night search to delivery, a faulty first wash and a return.',
  industry: 'retail',
  estimatedMinutes: 45,
  content: {
    industry: 'retail',
    intro:
      'In this simulation you are Helen, whose washing machine died on Sunday night. You buy a new one from Hollis & Vane, a department store with a website, stores and its own delivery and installation service. Take each step as she would, with her phone, her shifts and her budget. Log every moment that costs her time, money, patience or trust, and the team whose work produced it.',
    persona: {
      name: 'Helen Ferreira',
      situation:
        'Helen, 41, is a senior carer in a care home, on early shifts from 6:00 to 14:00. She lives with her children Leo (9) and Maya (6) in a third-floor flat with no lift. On Sunday night her washing machine stopped mid-cycle with the drum full of water. The nearest laundrette is a twenty-minute walk and costs £12 a load.',
      goals: [
        'A working washing machine in her kitchen by Thursday, her day off',
        'The old machine taken away',
        'Spend no more than about £450 in total',
      ],
      needs: [
        'A machine that fits a 60 cm gap',
        'Delivery on Thursday, or after 14:30 on a weekday',
        'Someone to carry it up three floors and connect it',
        'The full price before she pays',
      ],
      constraints: [
        'Her phone stays in a locker during shifts: no calls before 14:00',
        'No car: the store is two buses away',
        'Thursday is her only free day this week',
      ],
      pressures: [
        'A bin bag of school uniforms waiting by the front door',
        'Leo has a football match on Saturday and one kit',
        'Pay day is in twelve days',
      ],
      quote:
        "I don't need the best machine in the shop. I need one that's in my kitchen by Thursday and works.",
    },
    stages: [
      {
        key: 'discover',
        label: 'Discover: searching at 22:40',
        situation:
          'Sunday, 22:40, in bed with her phone. Helen filters the Hollis & Vane website for washing machines "Available for delivery this week": 38 models. Every product page says "In stock". The delivery date only appears at checkout, after she enters her postcode, and for most models it says "Earliest delivery: next Tuesday".',
        tasks: [
          {
            id: 'find-available',
            prompt: 'Find machines that can really arrive by Thursday. How do you go about it?',
            options: [
              {
                id: 'trust-filter',
                label: 'Trust the "this week" filter',
                outcome:
                  'She picks a model and gets to checkout: next Tuesday. The filter counts stock anywhere in the country, not what can reach her postcode.',
              },
              {
                id: 'basket-each',
                label: 'Put machines in the basket one by one to see their dates',
                outcome:
                  'After 25 minutes she has found four models that can come on Thursday. The basket now holds seven washing machines.',
              },
              {
                id: 'chat',
                label: 'Ask the online chat',
                outcome: 'The chat replies: "Delivery times vary by location. Please check at checkout."',
              },
            ],
          },
        ],
        friction: [
          {
            id: 'in-stock-means',
            description: '"In stock" and "this week" do not mean it can reach her this week.',
            effort: 'unclear-information',
          },
          {
            id: 'date-at-checkout',
            description: 'The delivery date is only shown at checkout, so finding it takes a basket per machine.',
            effort: 'extra-step',
          },
          {
            id: 'chat-generic',
            description: 'The chat gives a generic answer that sends her back to the checkout.',
            effort: 'generic-answer',
          },
        ],
      },
      {
        key: 'compare',
        label: 'Compare: will it fit?',
        situation:
          'Two machines remain: an 8 kg model at £379 and a 9 kg model at £429. One page gives the depth "without door", the other "with door", and neither says how much room the hoses need behind it. Her gap is 60 cm wide and 62 cm deep. Under "What\'s in the box", the 9 kg model adds: "Professional installation kit required (£25, sold separately)".',
        tasks: [
          {
            id: 'choose-model',
            prompt: 'Choose a machine for Helen.',
            options: [
              {
                id: 'eight-kg',
                label: '8 kg model, £379',
                outcome: 'Cheaper and it fits, just. The reviews mention it is loud on spin; the flat has thin floors.',
              },
              {
                id: 'nine-kg',
                label: '9 kg model, £429',
                outcome: 'Bigger loads for football kit, but with the installation kit it is now £454, over her budget before delivery.',
              },
            ],
          },
          {
            id: 'check-fit',
            prompt: 'Check whether your choice fits a 62 cm deep gap, hoses included. Write down what you found and how confident you are.',
          },
        ],
        friction: [
          {
            id: 'inconsistent-specs',
            description: 'Depth is measured differently on different product pages, and hose room is never given.',
            effort: 'unclear-information',
          },
          {
            id: 'kit-sold-separately',
            description: 'A required installation kit is mentioned only under "What\'s in the box".',
            effort: 'hidden-cost',
          },
        ],
      },
      {
        key: 'buy',
        label: 'Buy: a visit to the store',
        situation:
          'Monday at 15:10, after her shift, Helen takes two buses to the store to see the machine and make sure of Thursday. The assistant is friendly, and spends ten minutes on a three-year care plan (£89) before answering her delivery question. The shelf price of the machine she chose is £20 more than the website\'s. To get the online price she is offered a tablet on a stand to order it herself, typing all her details in.',
        tasks: [
          {
            id: 'care-plan',
            prompt: 'The assistant recommends the £89 care plan. What does Helen do?',
            options: [
              {
                id: 'decline',
                label: 'Decline politely',
                outcome: 'The assistant asks twice more, "just so you know", before moving on.',
              },
              {
                id: 'accept',
                label: 'Accept, to be safe',
                outcome: 'Her total is now well over £450. She is not sure what the plan covers that the guarantee does not.',
              },
            ],
          },
          {
            id: 'price-match',
            prompt: 'Get Helen the online price. Write down how you did it and how long it took.',
          },
        ],
        friction: [
          {
            id: 'pitch-before-answer',
            description: 'Her question about Thursday waits behind a sales pitch.',
            effort: 'wait',
          },
          {
            id: 'two-prices',
            description: 'The store and the website show different prices for the same machine.',
            effort: 'unclear-information',
          },
          {
            id: 'self-order-tablet',
            description: 'In the store she has to order online herself on a tablet to get the online price.',
            effort: 'channel-switch',
          },
        ],
      },
      {
        key: 'pay',
        label: 'Pay: the checkout',
        situation:
          'At checkout the extras arrive one page at a time: delivery £19.95, installation £30, removal of the old machine £20. On the last page a line appears: "Delivery above ground floor without a lift: £15". Helen chooses to spread the cost over three months interest-free. That opens a lender\'s website in a new window, asks for everything she has already typed, times out after 10 minutes and empties her basket.',
        tasks: [
          {
            id: 'final-price',
            prompt: 'What is the final price, and at which step did Helen first see it?',
          },
          {
            id: 'payment-method',
            prompt: 'The instalment application timed out. What now?',
            options: [
              {
                id: 'try-again',
                label: 'Start again and apply for instalments',
                outcome: 'It works the second time, after she re-enters the basket, the delivery date and her details. Thursday is still available, just.',
              },
              {
                id: 'pay-card',
                label: 'Pay the full amount by card',
                outcome: 'Done in two minutes, but it leaves her £38 for the next twelve days.',
              },
            ],
          },
        ],
        friction: [
          {
            id: 'drip-pricing',
            description: 'Delivery, installation, removal and a stairs charge are added step by step, the last one on the final page.',
            effort: 'hidden-cost',
          },
          {
            id: 'lender-window',
            description: 'Instalments mean a separate lender\'s website that asks for the same details again.',
            effort: 'repeat-information',
          },
          {
            id: 'basket-lost',
            description: 'The lender\'s page times out and empties her basket.',
            effort: 'error',
          },
        ],
      },
      {
        key: 'delivery',
        label: 'Delivery: Thursday, then Friday, then Saturday',
        situation:
          'The confirmation says "Thursday, 7:00 to 19:00". On Wednesday at 20:30 a text message says: "Your delivery is now scheduled for Friday." Helen works on Friday. The phone line opens at 8:00, when she is at work; on her break she waits 25 minutes and rebooks for Saturday, the morning of Leo\'s match. On Saturday the two-person crew says nobody told them about the third floor. They carry it up anyway, kindly and carefully, but cannot take the old machine away: "Removal isn\'t on our sheet."',
        tasks: [
          {
            id: 'rebook',
            prompt: 'Friday is impossible for Helen. How do you rebook?',
            options: [
              {
                id: 'phone',
                label: 'Call in her break',
                outcome: 'Twenty-five minutes on hold, then Saturday. The agent asks for her order number, postcode and phone number, all in the text message.',
              },
              {
                id: 'online',
                label: 'Use the "manage my delivery" link in the text',
                outcome:
                  'The link says "This delivery can no longer be changed online" and gives the phone number. She calls in her break after all and waits 25 minutes for a Saturday slot.',
              },
            ],
          },
          {
            id: 'removal',
            prompt: 'The crew cannot take the old machine she paid to have removed. What do you do, and what does it cost Helen?',
          },
        ],
        friction: [
          {
            id: 'all-day-slot',
            description: 'A twelve-hour delivery window on her only day off.',
            effort: 'wait',
          },
          {
            id: 'moved-by-text',
            description: 'The delivery is moved the evening before, by a text she cannot reply to.',
            effort: 'repeat-contact',
          },
          {
            id: 'crew-not-told',
            description: 'The crew was not told about the stairs or the removal she had paid for.',
            effort: 'error',
          },
          {
            id: 'online-dead-end',
            description: 'The "manage my delivery" link cannot change the delivery and sends her to the phone.',
            effort: 'channel-switch',
          },
        ],
      },
      {
        key: 'first-use',
        label: 'Installation and first wash',
        situation:
          'The installer finds the old water valve stiff and says company rules do not allow him to force it: "You need a plumber." He leaves the machine unconnected. A neighbour frees the valve that evening. The first wash, a load of school uniforms, stops after ten minutes with error code E21. The manual says: "E21: contact customer service."',
        tasks: [
          {
            id: 'installer-leaves',
            prompt: 'The installer will not connect the machine. What do you ask him?',
            options: [
              {
                id: 'ask-for-plumber',
                label: 'Ask whether Hollis & Vane can send a plumber',
                outcome: 'He does not know; "the office" will know. He leaves a card with the general phone number.',
              },
              {
                id: 'ask-refund-fee',
                label: 'Ask for the £30 installation fee back',
                outcome: 'He says refunds are "nothing to do with us" and that she must call customer service.',
              },
            ],
          },
          {
            id: 'error-code',
            prompt: 'Find out what E21 means and what Helen should do. Write down every place you looked.',
          },
        ],
        friction: [
          {
            id: 'rule-no-help',
            description: 'A rule stops the installer from finishing the job, and nothing is offered instead.',
            effort: 'policy-wall',
          },
          {
            id: 'manual-generic',
            description: 'The manual answers an error code with "contact customer service".',
            effort: 'generic-answer',
          },
          {
            id: 'fault-first-wash',
            description: 'The new machine fails on its first wash.',
            effort: 'error',
          },
        ],
      },
      {
        key: 'support',
        label: 'Support: getting it fixed',
        situation:
          'Helen calls the aftercare line at 14:20. The menu has four levels. She gives her order number, then the serial number, which is on a sticker behind the machine she cannot move alone. She is asked to e-mail a video of the error. The first technician visit is in eight working days. When she calls the store instead, it says faults are for aftercare; aftercare says returns in the first 30 days are for the store.',
        tasks: [
          {
            id: 'fastest-fix',
            prompt: 'What do you ask for to get Helen washing again soonest?',
            options: [
              {
                id: 'technician',
                label: 'Accept the technician in eight working days',
                outcome: 'Eight more days of laundrette trips, about £60 and four evenings.',
              },
              {
                id: 'replacement',
                label: 'Ask for a replacement machine',
                outcome: 'Aftercare says replacements are decided by the store. The store says it needs a technician\'s report first.',
              },
            ],
          },
        ],
        friction: [
          {
            id: 'phone-menu',
            description: 'A four-level phone menu before a person.',
            effort: 'wait',
          },
          {
            id: 'serial-behind',
            description: 'She has to give a serial number from behind a heavy machine, after giving the order number.',
            effort: 'repeat-information',
          },
          {
            id: 'video-by-email',
            description: 'The call ends with a request to e-mail a video.',
            effort: 'channel-switch',
          },
          {
            id: 'store-vs-aftercare',
            description: 'The store and aftercare each send her to the other.',
            effort: 'transfer',
          },
        ],
      },
      {
        key: 'return',
        label: 'Return: taking it back',
        situation:
          'Helen decides to return the machine. The store tells her opened goods can be exchanged but not refunded, although the returns page online says faulty goods can be refunded within 30 days. A collection needs her home all day again, and the machine has to be "in its original packaging", which the delivery crew took away.',
        tasks: [
          {
            id: 'return-choice',
            prompt: 'What does Helen ask for?',
            options: [
              {
                id: 'refund',
                label: 'A refund, quoting the returns page',
                outcome: 'After a supervisor checks, the refund is agreed. Collection is booked for a day she works: she swaps a shift.',
              },
              {
                id: 'exchange',
                label: 'An exchange for the same model',
                outcome: 'The exchange arrives in six days. The crew again has not been told about the stairs.',
              },
            ],
          },
          {
            id: 'look-back',
            prompt: 'Looking back over Helen\'s two weeks: which moment would she tell a friend about first? Write it in her words.',
          },
        ],
        friction: [
          {
            id: 'conflicting-rules',
            description: 'The store and the website describe different return rights for faulty goods.',
            effort: 'policy-wall',
          },
          {
            id: 'packaging-taken',
            description: 'The return asks for packaging that the crew took away.',
            effort: 'unclear-information',
          },
          {
            id: 'another-day-in',
            description: 'Another all-day wait at home for the collection.',
            effort: 'wait',
          },
        ],
      },
    ],
  },
};
