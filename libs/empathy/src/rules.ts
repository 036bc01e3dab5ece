// The phrase-level rules, grouped by what they detect. Sentence-level decisions (apology scope,
// question type, restatement of the customer's words, "but" cancelling an apology) live in
// analyze.ts; these patterns only find the cues.
import { compile, PatternSet, type Lexicons, type Pattern } from './pattern.js';
import * as L from './lexicon.js';

export type DismissalKind = 'feeling' | 'blame' | 'minimize' | 'policy' | 'argue' | 'excuse';

export type CueKind =
  | 'emotion' // acknowledges a feeling
  | 'understand' // "I can imagine / understand / see how ..." (needs a feeling word after it)
  | 'reflect' // explicit paraphrase frame ("it sounds like", "if I understand")
  | 'reflect-tag' // check tag after a paraphrase ("is that right?")
  | 'invite' // invitation to say more ("tell me more")
  | 'not-emotion' // phrases that look like feelings but are not ("I'm afraid we ...")
  | DismissalKind;

export interface Rule {
  kind: CueKind;
  pattern: Pattern;
  /** Drop the match when its key token lies inside a negation scope. */
  negatable: boolean;
}

const lex: Lexicons = {
  EMO: L.EMO,
  DEG: L.DEG,
  DATA: L.DATA,
  PERSON: L.PERSON,
  NOTSUBJ: L.NOTSUBJ,
  MOD: new Set('must might may would will could should can'.split(' ')),
  BE: new Set("be is are was were been being am 's 're 'm".split(' ')),
  SUBJ: new Set('i we you he she they it that this there'.split(' ')),
  STAFF: new Set(
    'staff driver drivers nurse nurses doctor doctors team agent agents engineer engineers technician technicians employee employees people chef colleagues couriers courier surgeons crew receptionist cashier guard guards'.split(' '),
  ),
  THIRD: new Set(
    "them courier manufacturer airline bank seller retailer store insurer provider carrier supplier landlord council post office police".split(' '),
  ),
};

type Spec = [CueKind, string, boolean?];

const SPECS: Spec[] = [
  // ---- emotion: naming or acknowledging the feeling ----
  ['emotion', 'must|might|may|would|will|could have? been|be|feel|felt|seem|seemed|sound|sounded @DEG* ^@EMO', true],
  ['emotion', 'must|might|would|could have? leave|left|make|made you|anyone|anybody|me|someone feel|feeling|felt @DEG* ^@EMO', true],
  ['emotion', 'would|will|could ^@EMO|worry|frighten|scare|upset|unsettle|alarm|annoy|stress|rattle anyone|anybody|someone|me|you', true],
  ['emotion', '@BE|sounds|sound|seems|seem|looks|look|feels|feel|felt|getting|get|got @DEG* ^@EMO', true],
  ['emotion', 'makes|made|make|making|leave|leaves|left you|anyone|anybody|everyone|people|one feel|feeling @DEG* ^@EMO', true],
  ['emotion', 'leave|left|leaves|leaving you|anyone|anybody|someone|people @DEG* ^@EMO', true],
  ['emotion', 'drive|drives|driving|drove anyone|anybody|you|me|someone up the wall|mad|crazy|round', true],
  ['emotion', 'upside down', false],
  ['emotion', 'the last thing you want|wanted|need|needed', false],
  ['emotion', 'no wonder', false],
  ['emotion', 'you have|had every right to', false],
  ['emotion', 'it|that|this is|was|\'s @DEG* understandable|natural|normal|fair to feel|be', false],
  ['emotion', 'it|that|this is|\'s @DEG* understandable $', false],
  ['emotion', 'i would|\'d|will feel|be|have the same', false],
  ['emotion', 'would|\'d|will find|found it|that|this @DEG* ^@EMO', true],
  ['emotion', 'i do not|don\'t blame you', false],
  ['emotion', 'i can|could not|n\'t|cannot imagine', false],
  ['emotion', 'you should|shouldn\'t not? have had|need to|have to', false],
  ['emotion', 'nobody should|deserves', false],
  ['emotion', 'no one should|deserves', false],
  ['emotion', 'you deserve|deserved|deserves better|more', false],
  ['emotion', 'are|is you|everyone|anyone|your|everybody _? _? ok|okay|alright|safe|hurt|injured|well', false],
  ['emotion', 'are you and _ _? _? ok|okay|alright|safe|hurt|well', false],
  ['emotion', 'oh no', false],
  ['emotion', 'what a|an @DEG* ^@EMO|nightmare|ordeal|mess|shame|pain', true],
  ['understand', 'i|we can|could|completely|totally|fully|really|certainly|absolutely|only|truly|definitely|do|honestly|genuinely* understand|imagine|see|hear|get|appreciate|sense|tell|know|recognise|recognize', true],
  ['not-emotion', 'i|we am|\'m|are|\'re afraid', false],
  ['not-emotion', 'hard|difficult|tough to say|tell|find|know|get', false],

  // ---- reflection frames ----
  ['reflect', 'it? sounds|seems|looks|sound|seem like|as', false],
  ['reflect', 'if i have|\'ve|am|\'m? understand|understood|hear|heard|hearing|get|got|follow|followed|read|caught', false],
  ['reflect', 'what i am|\'m hearing|getting|understanding', false],
  ['reflect', 'what you are|\'re saying|telling|describing', false],
  ['reflect', 'you are|\'re saying|telling|describing', false],
  ['reflect', 'you mentioned|said|told|explained|described|wrote', false],
  ['reflect', 'you have|\'ve mentioned|said|told|explained|described', false],
  ['reflect', 'let me make|check|see sure|if|whether? i have|\'ve? got|understand|understood|heard', false],
  ['reflect', 'just to confirm|check|clarify|recap|be clear|make sure', false],
  ['reflect', 'to recap|sum|summarise|summarize|confirm', false],
  ['reflect', 'in other words', false],
  ['reflect', 'correct me if', false],
  ['reflect-tag', 'have|did|do i got|get|understood|understand|heard|have (that|this|it|you|everything|things)? right|correctly|straight', false],
  ['reflect-tag', 'have i understood|got', false],
  ['reflect-tag', 'am i right|correct', false],
  ['reflect-tag', 'is|was that right|correct|accurate|it|fair|the situation|the gist|the case $', false],
  ['reflect-tag', 'is that what you are|\'re seeing|saying|experiencing|getting|dealing', false],
  ['reflect-tag', 'that is|\'s the gist|situation|picture|story|long and short|problem $', false],
  ['reflect-tag', 'that is|\'s what you are|\'re seeing|saying|experiencing|dealing|getting', false],
  ['reflect-tag', ', right $', false],

  // ---- invitations to say more ----
  ['invite', 'tell|telling|tells me|us a? bit|little? more|about|what|how|why|everything|anything|the|your|whatever', false],
  ['invite', 'walk|talk|take me|us through', false],
  ['invite', 'help me understand|see|get', false],
  ['invite', 'i would|\'d|want|love|like to? hear|understand|know|learn|find out more|about|what|how|why|your|if|whether|a|the', false],
  ['invite', 'i would|\'d like|love to hear|understand|know|learn', false],
  ['invite', 'i am|\'m curious|wondering|keen|interested to? about|what|how|why|hear|know|understand', false],
  ['invite', 'say|share a? bit|little? more', false],
  ['invite', 'share what|how|why|your|more|anything', false],
  ['invite', 'anything else you _? _? like|want|wish|need to share|tell|add|mention|say|raise', false],
  ['invite', 'feel free to tell|share|say|add', false],
  ['invite', 'would|will|could you be willing|comfortable|happy|open|able to? tell|telling|share|sharing|say|saying|talk|talking|describe|describing|explain|explaining', false],

  // ---- dismissal: telling the customer how to feel ----
  ['feeling', 'calm|settle down', false],
  ['feeling', '^relax', false],
  ['feeling', 'do not|never panic|overreact|exaggerate|shout|yell|fret|stress|freak', false],
  ['feeling', 'do not|never be|get @DEG* angry|upset|mad|so|dramatic|silly|rude|like|worked|emotional|annoyed|cross|excited|aggressive', false],
  ['feeling', 'no need|reason to|for be|get|feel|shout|yell|panic|that|this|such', false],
  ['feeling', 'nothing to worry|panic|stress|fret|get', false],
  ['feeling', '@EMO|panicking|shouting|yelling|getting|complaining|worrying|being will|would|does|do|is not|n\'t help|change|achieve|fix|solve', false],
  ['feeling', 'you are|\'re overreacting|exaggerating', false],
  ['feeling', 'you are|\'re being @DEG* dramatic|unreasonable|difficult|rude|silly|emotional|aggressive|hysterical', false],
  ['feeling', 'cheer up', false],
  ['feeling', 'take it personally', false],
  ['feeling', 'you should|shouldn\'t|must not|n\'t be|feel|get @DEG* @EMO|angry|upset|mad|worried', false],
  ['feeling', 'need|have|will|got to? be patient', false],
  ['feeling', 'just be patient', false],
  ['feeling', 'i am|\'m sorry you feel|think|see|felt|take it|that', false],
  ['feeling', 'i am|\'m|we are|\'re sorry if', false],
  ['feeling', 'i|we apologise|apologize if', false],
  ['feeling', 'sorry you feel that|this way', false],

  // ---- dismissal: blaming the customer ----
  ['blame', 'you should have|\'ve', false],
  ['blame', 'you ought to have', false],
  ['blame', 'you should|could not|n\'t have !had|to', false],
  ['blame', 'you must have !been|had|felt|found|thought|wondered|worried|panicked|gone|waited', false],
  ['blame', 'so it|you|they|he|she must have', false],
  ['blame', 'you did|do not|n\'t|never read|follow|check|save|update|register|activate|open|plug|enter|type|press|tell|listen|bother|backup|back', false],
  ['blame', 'maybe|perhaps|probably|possibly you did|do not|n\'t|never', false],
  ['blame', 'you failed|forgot|neglected|omitted to', false],
  ['blame', 'your own? ^fault|mistake|responsibility|error|doing|problem|choice|decision', true],
  ['blame', 'that is|\'s on you', false],
  ['blame', 'you are|were|\'re ^responsible|liable|accountable', true],
  ['blame', 'you ^agreed|accepted|signed|consented|ticked|chose|opted|confirmed|approved', true],
  ['blame', 'because you|your keep|kept|typed|entered|did|didn|forgot|used|clicked|pressed|broke|dropped|chose|failed', false],
  ['blame', 'probably|likely|obviously|clearly because you|your', false],
  ['blame', 'it|that is|\'s|was @DEG? because you', false],
  ['blame', 'user|operator error', false],
  ['blame', 'are|were you sure|certain you|that', false],
  ['blame', 'did|have you even', false],
  ['blame', 'if you had|\'d #VERB|read|checked|called|followed|listened|looked|paid|booked|told', false],
  ['blame', 'once|if you read|follow|check|learn|look', false],
  ['blame', 'you need|needed|have|had to read|learn|pay|be', false],
  ['blame', 'you were supposed|meant|told|informed|warned|notified|advised', false],
  ['blame', 'not|n\'t made|designed|built|meant|intended to be|for', false],
  ['blame', 'you keep|kept #VERB _* wrong|incorrectly', false],
  ['blame', 'why did|would not|n\'t you', false],
  ['blame', 'why would you', false],
  ['argue', 'i do|did|can not|n\'t|cannot really? understand|see|get|know why|what|how you', false],

  // ---- dismissal: minimizing ----
  ['minimize', 'it|that|this|these is|\'s|are only|just a|an|one|some|the|minor|small|little', false],
  ['minimize', 'not|no a? big deal', false],
  ['minimize', 'not|n\'t that|so bad|big|serious|hard|long|difficult|complicated|important|much', false],
  ['minimize', 'not the end of the world', false],
  ['minimize', '!@NOTSUBJ =happen|=happens', false],
  ['minimize', 'like this|that =happen|=happens', false],
  ['minimize', 'all the time', false],
  ['minimize', 'happen|happens to everyone|everybody|the best', false],
  ['minimize', '@BE @DEG* normal|common|standard|usual|routine|typical|expected $', false],
  ['minimize', '@BE @DEG* normal|common|standard|usual|routine|typical across|in|for|at|these|this|practice|procedure', false],
  ['minimize', 'pretty|fairly|actually|reasonably|relatively quick|fast|reasonable|minor|short|small|quickly|normal', false],
  ['minimize', 'compared to|with other|others|most|everyone|many|competitors|the industry|elsewhere', false],
  ['minimize', 'at least you|it|they|we|the|your|nobody|no|nothing', false],
  ['minimize', 'could|could\'ve have|\'ve been worse', false],
  ['minimize', 'worse things happen', false],
  ['minimize', 'will|\'ll probably|surely|likely|definitely turn|show up', false],
  ['minimize', 'probably|surely turn|show up', false],
  ['minimize', 'always|usually work|works|sort out', false],
  ['minimize', 'sort|sorts itself out', false],
  ['minimize', '!@NOTSUBJ take|takes time $', false],
  ['minimize', 'nothing|no system is @DEG* perfect|100|foolproof|reliable', false],
  ['minimize', 'most|many people|customers|guests|users|clients|patients|members|travellers|passengers manage|find|use|are|do|prefer|seem|cope|never|like|get', false],
  ['minimize', 'everyone|everybody|nobody else', false],
  ['minimize', 'no one else', false],
  ['minimize', 'no one|nobody else has|have|is|complained|reported|had', false],
  ['minimize', 'work|works|worked fine|ok|okay|perfectly for', false],
  ['minimize', 'gone|go|went|goes up for everyone|everybody|all', false],
  ['minimize', 'can|could have|fail|break|happen|go _? at any time', false],
  ['minimize', 'can|may|will|do have problems|issues|faults', false],
  ['minimize', 'go|goes|went missing|wrong all|sometimes|occasionally|now|from', false],

  // ---- dismissal: hiding behind policy or terms ----
  ['policy', 'our|company|store|bank|strict|standard|returns|refund|return|cancellation|privacy|booking|house|hotel|airline|company\'s|bank\'s ^policy|policies|rules|procedure|procedures|regulations|guidelines|protocol', true],
  ['policy', 'that|this|it is|\'s ^policy|procedure|protocol', true],
  ['policy', 'against|per|under|by policy|the|our rules|regulations|policy', false],
  ['policy', 'against|per|by policy', false],
  ['policy', 'terms and|& conditions', false],
  ['policy', 'our|the|policy|booking|fare|contract ^terms|conditions|t&cs|small|fine', true],
  ['policy', 'under|per|in our|the terms|conditions|contract|agreement|regulations|rules|sla', false],
  ['policy', 'as per', false],
  ['policy', 'per our', false],
  ['policy', 'as stated|mentioned|outlined|explained|listed|noted|specified|set|shown|written|detailed|advertised|indicated', false],
  ['policy', 'clearly stated|listed|shown|written|explained|marked|displayed', false],
  ['policy', 'stated|listed|shown|written|explained|published|set in|on|out our|the|your website|site|contract|terms|agreement|clause|section|sla|conditions|documentation|policy|faq|receipt', false],
  ['policy', '@BE|it\'s|all on our|the website|site|faq', false],
  ['policy', 'clause|section|paragraph #NUM', false],
  ['policy', 'subject to availability|approval|change|conditions|terms', false],
  ['policy', 'not|n\'t ^guaranteed|covered|refundable|eligible|obliged|obligated|permitted|allowed|included', false],
  ['policy', 'there is|\'s|was nothing more|else? i|we can|could do', false],
  ['policy', 'nothing i|we can|could do', false],
  ['policy', 'i|we can|could not|n\'t do anything|much|more', false],
  ['policy', 'i|we can|could not|n\'t help', false],
  ['policy', 'out of my|our hands|control', false],
  ['policy', 'i|we can|could not|n\'t control', false],
  ['policy', 'i|we do not|don\'t make the rules', false],
  ['policy', 'just|simply how it|things|this works|work|is|are', false],
  ['policy', 'rules are rules', false],
  ['policy', 'hands are tied', false],
  ['policy', 'not up to me|us', false],
  ['policy', 'not|n\'t my|our department|job|responsibility|problem|fault|call|area|decision', false],
  ['policy', 'not ours', false],
  ['policy', "='s responsibility|fault|problem|department|issue|job", false],
  ['policy', 'i|we am|\'m|are|\'re not|unable able|allowed|authorised|authorized|permitted to', false],
  ['policy', 'i|we can|could not|n\'t|cannot|won\'t|will not share|give|refund|offer|make|authorise|authorize|change|accept|process|cancel|issue|release|discuss|provide|waive|extend|replace|exchange|reverse|remove|override|do|disclose|reopen|approve|honour|honor|grant', false],
  ['policy', 'i|we am|\'m|are|\'re unable to', false],
  ['policy', 'according to our|the|company|workload|policy|procedure|terms|system|rules', false],
  ['policy', 'within the|our time? limit|timeframe|deadline|window|sla|timescale', false],
  ['policy', 'you will|would|had|must? need|have|got to contact|call|file|take|ask|speak|write|email|complain|go|talk|raise|chase|reach|deal _* @THIRD|them|another|their|directly', false],

  // ---- dismissal: arguing ----
  ['argue', 'that|this|it is|\'s|was simply|just|actually|completely|totally|absolutely? not|n\'t true|possible|correct|the|what|accurate', false],
  ['argue', 'that|this|it is|\'s|was simply|just|actually|completely|totally|absolutely? impossible|untrue|incorrect|false|nonsense', false],
  ['argue', 'that|this|it can|could not|n\'t be right|true|correct|possible', false],
  ['argue', 'i|we disagree', false],
  ['argue', 'was|is|were|are @DEG* correct|accurate|valid when|before we|it|you', false],
  ['argue', 'you are|\'re wrong|mistaken|incorrect', false],
  ['argue', 'i am|\'m sure he|she|they|our|the|nobody|everyone|staff', false],
  ['argue', 'did not|n\'t mean it|anything|any|to', false],
  ['argue', 'our|the @STAFF are|is|were @DEG* experienced|trained|professionals|professional|qualified|careful|polite|excellent|highly-trained|reliable|thorough|skilled', false],
  ['argue', 'our @STAFF always', false],
  ['argue', 'does|do not|n\'t mean anything', false],
  ['argue', 'not a fair comparison', false],
  ['argue', 'can|could not|n\'t compare', false],
  ['argue', 'should|shouldn\'t not|n\'t be a|any surprise', false],
  ['argue', 'as you know|can see|are aware', false],
  ['argue', 'so the|your|this|that|our _? _? is|are|was|were correct|valid|accurate|justified|legitimate', false],
  ['argue', 'so the|your|this|that|our _? _? stands|remains|applies|stand|remain|apply $', false],
  ['argue', 'the|this|that|your _? charge|charges|fee|fees|bill|decision|deduction|collection is|are correct|valid|accurate|justified|fair|legitimate', false],
  ['argue', 'you need|have|\'ll have|will have to understand', false],
  ['argue', 'you must|should understand', false],

  // ---- dismissal: excuses ----
  ['excuse', 'we are|\'re|were @DEG* busy|short-staffed|understaffed|swamped|overwhelmed|inundated|stretched', false],
  ['excuse', 'high|huge|heavy|record call|volume|volumes|demand', false],
  ['excuse', 'are|is|get|gets always|usually|often|normally busy|hectic|mad|crazy|packed|slammed', false],
  ['excuse', 'we|i cannot|can\'t|can not|could not|couldn\'t control', false],
];

export const RULES: Rule[] = SPECS.map(([kind, src, negatable]) => ({ kind, pattern: compile(src, lex), negatable: negatable ?? false }));
export const RULE_SET = new PatternSet(RULES);
