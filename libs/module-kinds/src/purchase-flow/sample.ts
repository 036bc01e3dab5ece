import type { PurchaseFlowContent } from './content.js';

/** A small but complete purchase-flow simulation, used by the tests and as an example. */
export const purchaseFlowSample: PurchaseFlowContent = {
  industry: 'telecom',
  intro:
    'You will get fibre broadband at a new flat, the way one of our customers does: from the first search to the first evening online. Do every task as she would, and log every moment that costs her time, money, patience or trust.',
  persona: {
    name: 'Amira',
    situation:
      'A night-shift nurse moving into a new flat in three weeks. She starts an online course the week after the move and needs a working connection by then.',
    goals: ['Be online the day her course starts', 'Pay a price she understood up front'],
    needs: ['An installation slot that fits her shifts', 'Clear answers without a long call'],
    constraints: ['Sleeps during the day', 'Can only take calls on her breaks'],
    pressures: ['Course starts on a fixed date', 'Moving costs have stretched her budget'],
    quote: 'I do not mind paying, I mind finding out what I am paying for after I have signed.',
  },
  stages: [
    {
      key: 'compare',
      label: 'Compare plans',
      situation:
        'Amira opens the plans page on her phone during a break. Three fibre plans are shown with monthly prices; the setup fee sits behind a small "details" link.',
      tasks: [
        {
          id: 'pick-plan',
          prompt: 'Choose a plan for Amira.',
          options: [
            { id: 'basic', label: 'Fibre 150', outcome: 'Cheapest monthly price; the details reveal a setup fee of 60.' },
            { id: 'mid', label: 'Fibre 500', outcome: 'Comfortable for video lectures; the same setup fee, hidden the same way.' },
          ],
        },
      ],
      friction: [
        { id: 'hidden-fee', description: 'The setup fee only appears behind a small link.', effort: 'hidden-cost' },
      ],
    },
    {
      key: 'buy',
      label: 'Order online',
      situation:
        'At checkout the address lookup does not know her new building, and the form says "Please call us to complete your order".',
      tasks: [
        { id: 'enter-address', prompt: 'Try to finish the order. What do you do, and what happens?' },
      ],
      friction: [
        { id: 'address-missing', description: 'The new building is missing from the address lookup.', effort: 'error' },
        { id: 'call-us', description: 'The web order cannot be finished online; she is sent to the phone line.', effort: 'channel-switch' },
      ],
    },
    {
      key: 'install',
      label: 'Installation',
      situation:
        'The phone agent offers an installation "between 8:00 and 18:00" and asks again for the order details she typed online.',
      tasks: [
        {
          id: 'book-slot',
          prompt: 'Book the installation.',
          options: [
            { id: 'accept', label: 'Accept the all-day slot', outcome: 'She loses a day of sleep after a night shift.' },
            { id: 'ask-later', label: 'Ask for an evening slot', outcome: 'The agent transfers her to scheduling, where she waits twelve minutes.' },
          ],
        },
      ],
      friction: [
        { id: 'all-day', description: 'A ten-hour installation window.', effort: 'wait' },
        { id: 'retype', description: 'She has to repeat everything she entered online.', effort: 'repeat-information' },
      ],
    },
    {
      key: 'first-use',
      label: 'First evening online',
      situation:
        'The router is installed, but the network name on the card does not match the one her laptop shows. The help page says "restart your router".',
      tasks: [{ id: 'connect', prompt: 'Get Amira online. What do you try, and what happens?' }],
      friction: [
        { id: 'generic-help', description: 'The help page gives a generic answer that does not fit.', effort: 'generic-answer' },
      ],
    },
  ],
};
