// Word lists the rules are written against. Forms are listed explicitly (the matcher also tries
// wink's lemma) and every entry is lower case.
const set = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** Words naming a feeling, or how hard a situation is for the person living it. */
export const EMO = set(`
  frustrating frustrated frustration frustrations stressful stressed stress stresses upsetting upset
  worrying worried worry worries worrisome scary scared frightening frightened terrifying terrified
  fear afraid distressing distressed distress awful horrible horrid terrible dreadful maddening
  infuriating infuriated annoying annoyed annoyance irritating irritated disappointing disappointed
  disappointment exhausting exhausted overwhelming overwhelmed humiliating humiliated humiliation
  embarrassing embarrassed embarrassment devastating devastated heartbreaking heartbroken painful
  hurtful hurt anxious anxiety nerve-racking nerve-wracking nervous alarming alarmed unsettling
  unsettled confusing confused angry anger furious livid sad sadness miserable grim unfair shocking
  shocked shock letdown let-down panic panicked panicking helpless ignored invisible lonely isolating
  discouraging discouraged disheartening disheartened demoralising demoralizing draining tiring
  tiresome nightmare insulting insulted outraged upheaval uncomfortable unpleasant gutted distraught
  desperate hopeless powerless cheated betrayed disruptive tough hard difficult rough pressure
  disrespectful disrespected unsafe uneasy shaken traumatic traumatising traumatizing scare blow
  heartbreak hassle ordeal mad crushed dismayed fed-up sickening infuriate frustrate upsets worries
  fears sucks rubbish unbearable agonising agonizing dispiriting troubling troubled concerning
  concerned vulnerable fed unsure powerless disruption stupid panicky gutting galling worst fright
  frightful livid maddening soul-destroying heart-breaking nerve-wracking short-changed ripped-off
  mortifying mortified shame harsh
`);

/** Intensifiers and fillers that may sit between a verb and a feeling word. */
export const DEG = set(`
  so really very incredibly truly terribly extremely quite pretty such completely totally absolutely
  deeply particularly especially genuinely super a an bit little lot of most more just understandably
  clearly naturally obviously rather awfully horribly utterly real total complete absolute big huge
  massive much the utter bloody seriously hugely properly thoroughly frankly enormously sometimes
  often always occasionally simply beyond beyond
`);

/** Apology heads. */
export const APOLOGY = set('sorry apologise apologize apologies apology apologising apologizing');

/** Nouns that make an apology generic when they are all it is about. */
export const STOCK = set(`
  inconvenience inconveniences delay delays wait waiting trouble troubles confusion issue issues
  problem problems hassle error errors mistake mistakes mix-up mixup experience situation that this
  it any the caused cause may might have has been for about with all of your our matter matters
  frustration frustrations
`);

/** People and animals the customer cares about: an apology about them refers to their experience. */
export const PERSON = set(`
  father mother dad mum mom parent parents wife husband partner son daughter child children kid kids
  baby family brother sister grandmother grandfather grandma grandpa friend dog cat pet puppy
  colleague colleagues team staff boss client clients customers
`);

/** Data the agent may need to look something up: questions about these collect data. */
export const DATA = set(`
  make number numbers code reference ref id address email e-mail name date dates time day amount total
  postcode zip phone account card digits digit version model serial browser device os size colour
  color rate price dose medication medicine prompt password username booking order policy claim
  ticket passport dob birth location store branch flight seat registration plate meter reading
  tariff plan brand item product balance invoice receipt transaction payment provider network tracking
  proof evidence documentation documents screenshot screenshots photo photos paperwork
  app operating system router extension department
`);

/** Words that make any question about the customer's experience or needs. */
export const OPEN_MARK = set(`
  feel feeling felt feelings like matter matters mattered help helpful need needs needed want hope
  hoping hoped expect expected expecting worry worries worrying worried happen happened happening
  mean meant impact impacted affect affected affecting hardest worst difficult cope coping manage
  managing concern concerns concerned prefer important comfortable fair right experience
  experienced
`);

/** Nouns that name something sold. */
export const PRODUCT = set(`
  plan plans package packages bundle bundles tier tiers membership memberships subscription
  subscriptions add-on add-ons addon addons upgrade upgrades warranty warranties protection cover
  coverage insurance tariff tariffs fare fares pass passes card cards account accounts policy
  policies model models programme program programs club clubs booster boosters suite suites seat
  seats option options edition editions deal deals offer offers promotion promotions promo promos
  discount discounts trial storage tour tours licence license licences licenses
`);

/** Product nouns that "our" alone is enough to make a pitch ("our Family bundle", not "our policy"). */
export const PRODUCT_OURS = set(`
  plan plans package packages bundle bundles tier tiers membership memberships subscription
  subscriptions add-on add-ons addon addons upgrade upgrades warranty warranties tariff tariffs
  booster boosters programme program club
`);

/** Adjectives that turn a noun into a sold product. */
export const PRODUCT_ADJ = set(`
  premium pro plus gold platinum silver bronze deluxe unlimited enterprise vip priority express
  extended annual ultra elite max advanced business family superfast fibre fiber 5g gigabit
  exclusive luxury signature flex comfort
`);

/** Words that sell. */
export const SELL = set(`
  upgrade upgrading switch switching sign join joining add adding buy buying purchase purchasing try
  trying consider considering recommend recommending suggest interested move moving lock reserve
  subscribe subscribing enrol enroll opt
`);

/** A gift that makes amends, not a sale. */
export const COMP = set(`
  free complimentary goodwill waived waive waiving refund refunded refunding compensation
  compensate credited credit apology
`);

/** Opening words to skip before deciding what kind of question a sentence is. */
export const LEAD = set(`
  so and okay ok right well now also just then but and, oh alright first lastly finally honestly
  please sure great thanks thank understood
`);

/** Light verbs and function words that carry no content of the customer's story. */
export const LIGHT = set(`
  be have do get go make say tell want know think try let use keep give put seem look still just even
  also really very never again so then now there here only always ever can could would will should
  shall may might must not no yes ok okay thing things something anything everything nothing lot
  way time bit get got going come came able please thank thanks sorry hello hi sir madam yeah
  yet already much many more most some any every all each other another such own same also too
  one i me my we us our you your he him his she her they them their it its this that these those
  what which who whom whose when where why how whether if because as than while about
`);

/** Number words, mapped to digits so "forty minutes" matches "40 minutes". */
export const NUMBER = new Map<string, string>(Object.entries({
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
  ten: '10', eleven: '11', twelve: '12', fifteen: '15', twenty: '20', thirty: '30', forty: '40',
  fifty: '50', sixty: '60', hundred: '100', twice: '2', once: '1', single: '1', double: '2',
  doubled: '2', doubles: '2', half: 'half', halfway: 'half', dozen: '12',
}));

/**
 * Small families of words that paraphrases swap for each other. Each word maps to its family's
 * first member. Kept to everyday service vocabulary.
 */
const FAMILIES = `
  parcel package delivery order shipment item items
  charge charged charges bill billed billing pay paid payment fee fees cost costs overcharge overcharged overcharging overpay overpaid overpaying debit debited
  refund refunded refunds reimburse reimbursed money
  cancel cancelled canceled cancellation cancellations
  arrive arrived come came turn turned show showed land landed reach reached deliver delivered
  lose lost losing missing miss missed misses vanish vanished disappear disappeared gone
  wait waited waiting hold delay delayed late
  break broke broken smash smashed crack cracked damage damaged faulty fault torn tear ruin ruined spoil spoiled spoilt
  kid kids child children son daughter baby
  stuck strand stranded trapped
  rude shout shouted laugh laughed
  fix fixed repair repaired
  call called calls phone phoned ring rang line
  internet connection broadband wifi wi-fi signal
  house home flat
  car vehicle
  refuse refused reject rejected deny denied decline declined block blocked
  email emailed emails message messages
  work job
  ignore ignored listen listened
  suitcase bag bags luggage baggage
  hotel room
  flight plane airline
  day days
  week weeks weekend
  hour hours
  minute minutes
  month months
  year years
  drop dropped dropping cut disconnect disconnected outage
  wrong incorrect error errors mistake mistakes
  loan loans borrow borrowed borrowing lend lent
  double twice
  lock locked shut
`;
export const FAMILY = new Map<string, string>();
for (const line of FAMILIES.trim().split('\n')) {
  const words = line.trim().split(/\s+/);
  for (const w of words) if (!FAMILY.has(w)) FAMILY.set(w, words[0]);
}

/** Base-form verbs that open instructions ("Go to Settings", "Check your spam folder"). */
export const IMPERATIVE = set(`
  go check try call restart reset click open send contact visit read see make take keep use switch turn
  toggle log sign enter fill follow provide reply email text wait bring give get let tell look come
  put find ask pay apply change choose select update install remove delete add buy order book cancel
  return please bear hold sit stay note remember consider calm relax
`);

/** Words that cannot be the subject of a generic "X happen(s)" / "X take(s) time" statement. */
export const NOTSUBJ = set(`
  what which who whom that this if when whenever whatever how why where i you we they he she to will
  would can could should may might must do does did not never let make see watch
`);
