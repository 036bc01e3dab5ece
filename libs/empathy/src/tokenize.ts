// The lean tokenizer the analyzer runs on: one regular-expression pass for tokens, a sentence
// splitter that knows common abbreviations, contraction splitting, a coarse part-of-speech tag from
// closed word classes, an irregular-lemma table and a light stemmer. It does far less than
// wink-nlp, but it is what fits the budget of 20,000 replies a second (see README.md: wink-nlp's
// tokenizer and tagger alone took more than half that budget).
import { IMPERATIVE } from './lexicon.js';
import { cleanText, lemmaOf, markNegation, stemOf, type Sentence, type Token, type Tokenized } from './tokens.js';

const TOKEN_RE = /[\p{L}\p{N}]+(?:['\-.][\p{L}\p{N}]+)*'?|\.{2,}|[?!]+|[^\s]/gu;

const set = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));
const AUX = set(`
  be am is are was were been being have has had having do does did will would shall should can could
  may might must ought 'm 're 's 've 'll 'd ca wo sha
`);
const PRON = set(`
  i me my mine myself you your yours yourself yourselves he him his himself she her hers herself it its
  itself we us our ours ourselves they them their theirs themselves this that these those who whom
  whose which what whatever anyone anybody someone somebody everyone everybody nobody noone nothing
  something anything everything one
`);
const DET = set('a an the some any no every each all both either neither another such much many few several');
const ADP = set(`
  of in on at to for from with by about over under into onto through thru across after before since
  during without within between among against around along behind beyond near off out up down per via
  upon toward towards than like despite
`);
const CCONJ = set('and or but nor yet so plus');
const SCONJ = set('because if when while although though unless until whereas whether once as since');
const NUMBER_WORDS = set(`
  one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
  seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand
  million twice once half dozen
`);
const ABBREV = set(`
  mr mrs ms dr st prof sr jr vs etc eg ie e.g i.e approx dept no tel ext inc ltd co mt ave rd jan feb
  mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun a.m p.m am pm
`);

// Contractions typed whole or without their apostrophe: [first norm, first POS, second norm, second POS, cut from end].
const FUSED = new Map<string, [string, string, string, string, number]>(Object.entries({
  im: ['i', 'PRON', 'am', 'AUX', 1],
  whats: ['what', 'PRON', 'is', 'AUX', 1],
  hows: ['how', 'SCONJ', 'is', 'AUX', 1],
  wheres: ['where', 'SCONJ', 'is', 'AUX', 1],
  theres: ['there', 'PRON', 'is', 'AUX', 1],
  heres: ['here', 'WORD', 'is', 'AUX', 1],
  ive: ['i', 'PRON', 'have', 'AUX', 2],
  thats: ['that', 'PRON', 'is', 'AUX', 1],
  youre: ['you', 'PRON', 'are', 'AUX', 2],
  theyre: ['they', 'PRON', 'are', 'AUX', 2],
  dont: ['do', 'AUX', 'not', 'PART', 2],
  cant: ['can', 'AUX', 'not', 'PART', 1],
  didnt: ['did', 'AUX', 'not', 'PART', 2],
  doesnt: ['does', 'AUX', 'not', 'PART', 2],
  isnt: ['is', 'AUX', 'not', 'PART', 2],
  wasnt: ['was', 'AUX', 'not', 'PART', 2],
  werent: ['were', 'AUX', 'not', 'PART', 2],
  arent: ['are', 'AUX', 'not', 'PART', 2],
  havent: ['have', 'AUX', 'not', 'PART', 2],
  hasnt: ['has', 'AUX', 'not', 'PART', 2],
  shouldnt: ['should', 'AUX', 'not', 'PART', 2],
  wouldnt: ['would', 'AUX', 'not', 'PART', 2],
  couldnt: ['could', 'AUX', 'not', 'PART', 2],
  cannot: ['can', 'AUX', 'not', 'PART', 3],
  wont: ['will', 'AUX', 'not', 'PART', 1],
}));
const NT_BASE = new Map(Object.entries({ ca: 'can', wo: 'will', sha: 'shall', ai: 'is' }));
const CLITIC = new Map(Object.entries({ "'m": 'am', "'re": 'are', "'ve": 'have', "'ll": 'will', "'d": 'would', "'s": 'is' }));
// "'s" after these is "is" or "has"; after anything else it marks a possessive.
const S_IS = set("it that what there here he she who where how everything nothing something everyone let");

const CLOSED = new Map<string, string>();
for (const [tag, words] of [['AUX', AUX], ['PRON', PRON], ['DET', DET], ['CCONJ', CCONJ], ['SCONJ', SCONJ], ['ADP', ADP], ['NUM', NUMBER_WORDS]] as const) {
  for (const w of words) if (!CLOSED.has(w)) CLOSED.set(w, tag);
}
CLOSED.set('not', 'PART');
CLOSED.set('to', 'PART');
const SYMBOLS = new Set('$ £ € ¥ % # @ & + = * ^ ~ < > | \\ /'.split(' '));

function tagOf(norm: string): string {
  const closed = CLOSED.get(norm);
  if (closed) return closed;
  const dash = norm.indexOf('-');
  if (dash > 0 && NUMBER_WORDS.has(norm.slice(0, dash))) return 'NUM'; // "forty-five"
  const c = norm.charCodeAt(0);
  if (c >= 48 && c <= 57) return 'NUM';
  if (!(c >= 97 && c <= 122) && !/^\p{L}/u.test(norm)) return SYMBOLS.has(norm) ? 'SYM' : 'PUNCT';
  if (IMPERATIVE.has(norm) || (norm.length > 4 && (norm.endsWith('ed') || norm.endsWith('ing')))) return 'VERB';
  return 'WORD';
}

function push(tokens: Token[], text: string, norm: string, start: number, sent: number, pos?: string): void {
  const tag = pos ?? tagOf(norm);
  const content = tag === 'WORD' || tag === 'VERB';
  tokens.push({ text, norm, lemma: lemmaOf(norm), stem: content ? stemOf(norm) : norm, pos: tag, start, end: start + text.length, neg: false, sent });
}

export function tokenize(raw: string): Tokenized {
  const text = cleanText(raw);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let sent = 0;
  let sentFrom = 0;
  let prevEnd = 0;
  let nextBreak = text.indexOf('\n');
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    let value = m[0];
    const start = m.index;
    // A blank line or a line break after text closes the sentence even without punctuation.
    if (nextBreak >= 0 && nextBreak < start) {
      if (tokens.length > sentFrom && nextBreak >= prevEnd) {
        sentences.push({ from: sentFrom, to: tokens.length });
        sentFrom = tokens.length;
        sent++;
      }
      nextBreak = text.indexOf('\n', start);
    }
    prevEnd = start + value.length;
    if (value.endsWith("'") && value.length > 1) {
      value = value.slice(0, -1);
      TOKEN_RE.lastIndex = start + value.length;
      prevEnd = start + value.length;
    }
    const lower = value.toLowerCase();
    const fused = FUSED.get(lower);
    if (fused) {
      const cut = value.length - fused[4];
      push(tokens, value.slice(0, cut), fused[0], start, sent, fused[1]);
      push(tokens, value.slice(cut), fused[2], start + cut, sent, fused[3]);
    } else if (lower.endsWith("n't") && lower.length > 3) {
      const base = lower.slice(0, -3);
      push(tokens, value.slice(0, -3), NT_BASE.get(base) ?? base, start, sent, 'AUX');
      push(tokens, value.slice(-3), 'not', start + value.length - 3, sent, 'PART');
    } else {
      const q = lower.lastIndexOf("'");
      const clitic = q > 0 ? lower.slice(q) : '';
      const expanded = clitic ? CLITIC.get(clitic) : undefined;
      if (expanded) {
        const head = lower.slice(0, q);
        const norm = clitic === "'s" && !S_IS.has(head) ? "'s" : expanded;
        push(tokens, value.slice(0, q), head, start, sent, head === 'let' ? 'VERB' : undefined);
        push(tokens, value.slice(q), head === 'let' && clitic === "'s" ? 'us' : norm, start + q, sent, norm === "'s" ? 'PART' : head === 'let' ? 'PRON' : 'AUX');
      } else {
        push(tokens, value, lower, start, sent);
      }
    }
    // sentence end: terminal punctuation, unless it ends an abbreviation ("Mr.") or sits inside a number
    const last = tokens[tokens.length - 1];
    if (last.pos === 'PUNCT' && /^(?:[.!?]+|\.{2,}|…)$/.test(last.norm)) {
      const prev = tokens.length >= 2 ? tokens[tokens.length - 2].norm : '';
      const next = text.charAt(prevEnd);
      const abbrev = last.norm === '.' && ABBREV.has(prev);
      const closes = next === '' || /\s|["')\]]/.test(next);
      if (!abbrev && closes) {
        // swallow closing quotes or brackets into this sentence
        sentences.push({ from: sentFrom, to: tokens.length });
        sentFrom = tokens.length;
        sent++;
      }
    }
  }
  if (tokens.length > sentFrom) sentences.push({ from: sentFrom, to: tokens.length });
  for (let s = 0; s < sentences.length; s++) for (let t = sentences[s].from; t < sentences[s].to; t++) tokens[t].sent = s;
  // "'d" before a past participle is "had" ("you'd fasted"), not "would".
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].text === "'d" && /(?:ed|en|wn|ght)$/.test(tokens[i + 1].norm)) {
      tokens[i].norm = 'had';
      tokens[i].lemma = 'have';
    }
  }
  markNegation(tokens);
  return { text, tokens, sentences };
}
