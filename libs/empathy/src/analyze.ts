// The empathy analyzer: finds the five signals in a learner's reply to a customer, with the words
// that earned each one, a score and one suggestion. Phrase cues come from rules.ts; this file makes
// the sentence-level decisions that need more than a phrase: what an apology is about, whether a
// question is open or only collects data, whether a sentence restates the customer's own story,
// and whether a "but" takes back the acknowledgement before it.
import type {
  EmpathyAnalysis,
  EmpathyEvidence,
  EmpathyInput,
  EmpathySignal,
  EmpathySignals,
} from './types.js';
import { tokenize } from './tokenize.js';
import { stemOf, type Sentence, type Token, type Tokenized, type Tokenizer } from './tokens.js';
import { RULE_SET, type CueKind, type DismissalKind, type Rule } from './rules.js';
import * as L from './lexicon.js';

/** Points per move. The score is BASE plus the moves present, clamped to 0-100. */
export const EMPATHY_SCORE_WEIGHTS = {
  base: 10,
  emotion: 35,
  reflection: 30,
  exploration: 25,
  upsell: -25,
  dismissal: -40,
} as const;

/** Characters of the reply, and of the customer's message, that are analysed; the rest is ignored. */
export const EMPATHY_MAX_TEXT_LENGTH = 5000;

interface Hit {
  kind: CueKind;
  start: number;
  end: number;
  key: number;
}

interface Span {
  signal: EmpathySignal;
  start: number;
  end: number;
  /** For dismissals: which kind, to aim the suggestion. */
  kind?: DismissalKind;
}

const WH = new Set(['what', 'how', 'why', 'when', 'where', 'which', 'who', 'whose', 'whom', 'whereabouts']);
const AUX_Q = new Set(
  'do does did is are was were have has had can could would will should shall may might am'.split(' '),
);
const BUT = new Set(['but', 'however', 'although', 'though']);
const CLAUSE_END = new Set(['.', '!', '?', ';', ':', '…', '...', '—', '–']);
const FUNCTION_POS = new Set(['PUNCT', 'SYM', 'PRON', 'DET', 'AUX', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'X', 'SPACE']);
const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself', 'yourselves']);
const FIRST_PERSON = new Set(['i', 'we']);
const MODAL = new Set(['would', 'could', 'can', 'will', 'might', 'should', 'may', 'must', 'shall']);
const HOW_CLOSED = new Set(
  'long many much old often far soon late early big large bad quickly fast frequently'.split(' '),
);
const FEEL_WORDS = new Set('feel feels felt feeling through pressure dealing hurt'.split(' '));
const OPEN_OVERRIDE = new Set(
  'feel feeling felt like matter matters worry worries hardest worst affect affected affecting impact mean meant cope coping manageable comfortable fair experience'.split(
    ' ',
  ),
);
const COMMIT_VERB = new Set(
  'will can want am going promise would make let need help see look check fix sort get'.split(' '),
);
const SELF_BLAME = /\b(stupid|silly|idiot|dumb|my (own )?fault|my mistake|blame myself|feel (like )?an? fool)\b/i;
const MONEY = new Set(['$', '£', '€', '¥']);
const PERIOD = new Set('month year day night week monthly annually yearly weekly'.split(' '));
const PRICE_WORDS = new Set('just only extra more'.split(' '));
const PROMO_ADJ = new Set(
  'brilliant great special exclusive limited amazing fantastic fabulous unbeatable huge big best new introductory'.split(' '),
);
const PROMO_NOUN = new Set('deal deals offer offers promotion promotions promo bargain discount discounts sale'.split(' '));
const COMP_PHRASE = new Set(['complimentary', 'goodwill', 'waived', 'waive', 'compensation', 'refund', 'refunded']);

// ---------------------------------------------------------------- customer side

interface CustomerProfile {
  keys: Set<string>;
  /** Verbs the customer negated ("never arrive"): a reply insisting "they do arrive" argues. */
  negated: Set<string>;
  /** The first feeling word the customer used, if any. */
  feeling: string | null;
  selfBlame: boolean;
}

const profileCache = new Map<string, CustomerProfile>();
const PROFILE_CACHE_SIZE = 64;

function contentKey(t: Token): string | null {
  const num = L.NUMBER.get(t.norm);
  if (num) return num;
  if (FUNCTION_POS.has(t.pos)) return null;
  if (t.pos === 'NUM') return t.norm.replace(/[,.]0+$/, '');
  if (L.LIGHT.has(t.norm) || L.LIGHT.has(t.lemma) || L.EMO.has(t.norm) || t.norm.length < 2) return null;
  return L.FAMILY.get(t.norm) ?? L.FAMILY.get(t.lemma) ?? t.stem;
}

function partKey(part: string): string | null {
  if (part.length < 2) return null;
  const num = L.NUMBER.get(part);
  if (num) return num;
  if (L.LIGHT.has(part) || L.EMO.has(part)) return null;
  return L.FAMILY.get(part) ?? stemOf(part);
}

function profileCustomer(customer: string, tokenizer: Tokenizer): CustomerProfile {
  const cached = tokenizer === tokenize ? profileCache.get(customer) : undefined;
  if (cached) return cached;
  const { tokens } = tokenizer(customer);
  const keys = new Set<string>();
  const negated = new Set<string>();
  let feeling: string | null = null;
  for (const t of tokens) {
    const k = contentKey(t);
    if (k) keys.add(k);
    // "ten-hour" also counts as "ten" and "hour"
    if (k && t.norm.includes('-')) for (const part of t.norm.split('-')) { const pk = partKey(part); if (pk) keys.add(pk); }
    if (t.neg && k) negated.add(t.stem);
    if (!feeling && L.EMO.has(t.norm) && !t.neg) feeling = t.norm;
  }
  const profile = { keys, negated, feeling, selfBlame: SELF_BLAME.test(customer) };
  if (tokenizer === tokenize) {
    if (profileCache.size >= PROFILE_CACHE_SIZE) profileCache.delete(profileCache.keys().next().value as string);
    profileCache.set(customer, profile);
  }
  return profile;
}

// ---------------------------------------------------------------- helpers over the reply

class Reply {
  readonly tokens: Token[];
  readonly sentEnd: Int32Array;
  /** Tokens inside an apology or "I understand how ..." complement: not a restatement. */
  readonly inComplement: Uint8Array;
  /** contentKey of each token, computed once. */
  readonly keys: (string | null)[];

  constructor(readonly tk: Tokenized) {
    this.tokens = tk.tokens;
    this.keys = this.tokens.map(contentKey);
    this.sentEnd = new Int32Array(this.tokens.length);
    for (const s of tk.sentences) for (let i = s.from; i < s.to; i++) this.sentEnd[i] = s.to;
    this.inComplement = new Uint8Array(this.tokens.length);
  }

  norm(i: number): string {
    return i >= 0 && i < this.tokens.length ? this.tokens[i].norm : '';
  }

  /** End (exclusive) of the clause starting at i: next clause punctuation, "but", or sentence end. */
  clauseEnd(i: number, stopAtComma: boolean): number {
    const end = this.sentEnd[i];
    for (let j = i; j < end; j++) {
      const t = this.tokens[j];
      if (CLAUSE_END.has(t.norm) || BUT.has(t.norm) || (stopAtComma && t.norm === ',')) return j;
    }
    return end;
  }

  /** First token of the sentence after skipping openers such as "so", "okay", commas. */
  firstWord(from: number, to: number, skipLead: boolean): number {
    let i = from;
    while (i < to) {
      const t = this.tokens[i];
      if (t.pos === 'PUNCT' || t.pos === 'SYM' || (skipLead && L.LEAD.has(t.norm))) i++;
      else break;
    }
    return i;
  }
}

/** Distinct content words of tokens [from, to) that also occur in the customer's message. */
function overlapIn(r: Reply, profile: CustomerProfile, from: number, to: number, seen = new Set<string>()): number {
  let n = 0;
  for (let j = from; j < to; j++) {
    if (r.inComplement[j]) continue;
    const k = r.keys[j];
    if (k && profile.keys.has(k) && !seen.has(k)) {
      seen.add(k);
      n++;
    } else if (k && r.tokens[j].norm.includes('-')) {
      for (const part of r.tokens[j].norm.split('-')) {
        const pk = partKey(part);
        if (pk && profile.keys.has(pk) && !seen.has(pk)) {
          seen.add(pk);
          n++;
        }
      }
    }
  }
  return n;
}

const AGENT_DONE = new Set(
  'refunded lifted removed fixed cancelled canceled processed sent resolved reversed waived credited updated reopened escalated booked arranged approved restored unlocked replaced'.split(' '),
);
const NEWS_TIME = new Set(
  'today tonight tomorrow soon shortly am pm monday tuesday wednesday thursday friday saturday sunday morning afternoon'.split(' '),
);
const REPORTING = new Set('know knew said told thought think thinking heard that mentioned promised'.split(' '));
const GENERIC_ADV = new Set('usually always sometimes often normally generally typically automatically occasionally'.split(' '));
const GENERIC_SUBJECT = new Set('everyone everybody anyone anybody all most customers people'.split(' '));
const TIME_UNIT = new Set(
  'minute minutes hour hours day days night nights week weeks weekend month months year years morning evening monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(' '),
);

/** "Tickets are closed automatically", "Everyone in the queue has been waiting": how things go in
 * general, or for everybody, is not this customer's story. */
function genericClause(r: Reply, from: number, to: number): boolean {
  const f = r.firstWord(from, to, true);
  if (f < to && GENERIC_SUBJECT.has(r.tokens[f].norm)) return true;
  for (let j = from; j < to; j++) if (!r.inComplement[j] && GENERIC_ADV.has(r.tokens[j].norm)) return true;
  return barePluralPresent(r, from, to);
}

/** "Orders placed after 2pm are dispatched the next day", "Drivers leave parcels in a safe place":
 * a bare plural subject in the present tense states a rule, not an event. */
function barePluralPresent(r: Reply, from: number, to: number): boolean {
  const T = r.tokens;
  const f = r.firstWord(from, to, true);
  if (f >= to || T[f].pos !== 'WORD' && T[f].pos !== 'VERB') return false;
  // the subject noun phrase: up to three words, the last one plural
  let head = -1;
  for (let j = f; j < Math.min(to, f + 3); j++) {
    const t = T[j];
    if (t.pos !== 'WORD') break;
    if (t.norm.endsWith('s') && !t.norm.endsWith('ss') && t.norm.length > 3 && !TIME_UNIT.has(t.norm)) head = j;
  }
  if (head < 0) return false;
  for (let j = head + 1; j < to; j++) {
    const n = T[j].norm;
    if (/^(was|were|had|has|have|did|been|will)$/.test(n) || T[j].pos === 'NUM' && j === f) return false;
    if (T[j].pos === 'VERB' && n.endsWith('ed') && j > head + 1 && /^(are|is|get|gets)$/.test(r.norm(j - 1))) return true; // "are dispatched"
  }
  return true;
}

/** A restatement is about this customer's case: it mentions them, tells what happened (a past or
 * perfect verb), carries a number, or is a fragment with no verb at all ("Brown water for a whole
 * week"). The company's own account ("Our team inspected the room") needs the customer in it. */
function specificRun(r: Reply, from: number, to: number): boolean {
  const T = r.tokens;
  let you = false;
  let past = false;
  let num = false;
  let verb = false;
  let ours = false;
  const f = r.firstWord(from, to, true);
  if (f < to && T[f].norm === 'our') ours = true;
  for (let j = from; j < to; j++) {
    const t = T[j];
    if (r.inComplement[j]) continue;
    if (SECOND_PERSON.has(t.norm)) you = true;
    if (t.pos === 'NUM' || TIME_UNIT.has(t.norm)) num = true;
    if (t.norm.length > 4 && t.norm.endsWith('ing') && !FUNCTION_POS.has(t.pos)) past = true; // "losing months of work", "a fridge arriving with a dent"
    if (t.pos === 'AUX' || t.pos === 'VERB') verb = true;
    if (/^(was|were|had|has|have|been|did)$/.test(t.norm) || (t.pos === 'VERB' && t.norm.endsWith('ed')) || (t.lemma !== t.norm && !FUNCTION_POS.has(t.pos))) {
      past = true;
      verb = true;
    }
  }
  if (ours && !you) return false;
  return you || past || num || !verb;
}

function isDismissal(k: CueKind): k is DismissalKind {
  return k === 'feeling' || k === 'blame' || k === 'minimize' || k === 'policy' || k === 'argue' || k === 'excuse';
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

// ---------------------------------------------------------------- apologies

interface Apology {
  start: number;
  end: number;
  specific: boolean;
  /** Nothing follows the apology in its clause ("..., and I'm truly sorry."). */
  bare: boolean;
}

function findApologies(r: Reply, customer: CustomerProfile): Apology[] {
  const out: Apology[] = [];
  const T = r.tokens;
  for (let i = 0; i < T.length; i++) {
    const t = T[i];
    if (!L.APOLOGY.has(t.norm)) continue;
    // "as an apology" describes a gesture; it is not an apology to the customer
    if ((t.norm === 'apology' || t.norm === 'apologies') && /^(an|as|the|a|any)$/.test(r.norm(i - 1))) continue;
    if (t.norm === 'sorry' && (r.norm(i + 1) === 'for' && r.norm(i + 2) === 'what')) {
      // "sorry for what you've been through": fall through, complement handles it
    }
    // Start of the apology phrase: "I'm so sorry", "we sincerely apologise", "my apologies".
    let start = i;
    while (start > 0 && T[start - 1].sent === t.sent && /^(i|we|am|'m|are|'re|so|really|truly|very|terribly|deeply|sincerely|genuinely|incredibly|my|our|do|just|again|completely|extremely|awfully|most)$/.test(T[start - 1].norm)) start--;
    const compFrom = i + 1;
    const compTo = r.clauseEnd(compFrom, true);
    let specific = false;
    let skip = false;
    const first = r.norm(compFrom);
    if (first === 'if' || (first === 'you' && /^(feel|think|see|felt)$/.test(r.norm(compFrom + 1)))) skip = true; // non-apology
    if (!skip) {
      for (let j = compFrom; j < compTo; j++) {
        const c = T[j];
        if (SECOND_PERSON.has(c.norm) || L.PERSON.has(c.norm) || (L.EMO.has(c.norm) && !c.neg)) { specific = true; break; }
        if (c.norm === 'what' && (r.norm(j + 1) === 'you' || r.norm(j + 1) === 'happened')) { specific = true; break; }
        const k = r.keys[j];
        if (k && !L.STOCK.has(c.norm) && !L.STOCK.has(c.lemma) && customer.keys.has(k)) { specific = true; break; }
      }
      for (let j = compFrom; j < compTo; j++) r.inComplement[j] = 1;
    }
    out.push({ start, end: Math.max(compTo, i + 1), specific: specific && !skip, bare: !skip && compTo <= compFrom });
    i = compTo - 1 > i ? compTo - 1 : i;
  }
  return out;
}

/** Does the clause that follows "but" commit to helping, rather than excuse or refuse? */
function commits(r: Reply, from: number, to: number): boolean {
  const i = r.firstWord(from, to, false);
  const a = r.norm(i);
  const b = r.norm(i + 1);
  const c = r.norm(i + 2);
  if (a === 'let' || a === "let's" || a === 'here' || a === 'what') return true;
  if ((a === 'i' || a === 'we') && COMMIT_VERB.has(b) && c !== 'not') return true;
  if ((a === 'i' || a === 'we') && (b === 'am' || b === 'are') && (c === 'going' || c === 'here' || c === 'on')) return true;
  return false;
}

/** Token range of the "but" clause that follows position `after` (same sentence, or a next sentence opening with but/however). */
function butClause(r: Reply, after: number): [number, number] | null {
  const T = r.tokens;
  if (after >= T.length) return null;
  const sentEnd = r.sentEnd[Math.min(after, T.length - 1)];
  for (let j = after; j < sentEnd; j++) {
    if (BUT.has(T[j].norm)) return r.firstWord(j + 1, sentEnd, false) < sentEnd ? [j + 1, sentEnd] : null;
  }
  // next sentence opening with "But" / "However"
  if (sentEnd < T.length) {
    const k = r.firstWord(sentEnd, r.sentEnd[sentEnd], false);
    if (k < T.length && (T[k].norm === 'but' || T[k].norm === 'however')) return [k + 1, r.sentEnd[sentEnd]];
  }
  return null;
}

// ---------------------------------------------------------------- questions

type QuestionType = 'open' | 'closed' | 'none';

/** Is the "what ..." at index w asking for a piece of data (order number, date, version)? */
function whatIsData(r: Reply, w: number, end: number): boolean {
  const T = r.tokens;
  let j = w + 1;
  if (j < end && /^(kind|type|sort)$/.test(T[j].norm) && r.norm(j + 1) === 'of') j += 2;
  if (j < end && (T[j].lemma === 'be' || T[j].norm === 'is')) j++;
  // scan the noun phrase
  for (let n = 0; j < end && n < 6; j++, n++) {
    const t = T[j];
    if (L.DATA.has(t.norm) || (t.lemma !== 'make' && L.DATA.has(t.lemma))) return true;
    if ((t.pos === 'VERB' && !t.norm.endsWith('ing')) || t.pos === 'AUX' || t.pos === 'PUNCT' || (t.pos === 'ADP' && t.norm !== 'of') || t.pos === 'PRON' && !/^(your|my|his|her|their|its|our)$/.test(t.norm)) break;
  }
  return false;
}

function hasOverride(r: Reply, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (OPEN_OVERRIDE.has(r.tokens[j].norm) || OPEN_OVERRIDE.has(r.tokens[j].lemma)) return true;
  return false;
}

/** Classify a wh-word at w as opening an open or a closed question. */
function whType(r: Reply, w: number, end: number): QuestionType {
  const T = r.tokens;
  const q = T[w].norm;
  const next = r.norm(w + 1);
  if (q === 'what') {
    if (next === 'a' || next === 'an') return 'none'; // "what a nightmare"
    // "What was inside?", "What was in the parcel?": its contents are data
    if (/^(was|is|were|are)$/.test(next) && /^(inside|in)$/.test(r.norm(w + 2)) && !hasOverride(r, w, end)) return 'closed';
    if (whatIsData(r, w, end) && !hasOverride(r, w, end)) return 'closed';
    return 'open';
  }
  if (q === 'how') {
    if (next === 'come') return 'open';
    // "How did you send them?" asks for a procedure, not an experience
    if (/^(did|do|have|are)$/.test(next) && r.norm(w + 2) === 'you') {
      const v = r.norm(w + 3) === 'been' ? r.tokens[w + 4] : r.tokens[w + 3];
      if (v && /^(send|pay|book|order|contact|apply|submit|cancel|log|set|install|buy|register|enter|upload|call|email|access|save|reset)/.test(v.norm)) return 'closed';
    }
    if (HOW_CLOSED.has(next)) return hasOverride(r, w, end) ? 'open' : 'closed'; // "how much of an impact ..." is open
    if ((next === 'can' || next === 'may') && (r.norm(w + 2) === 'i' || r.norm(w + 2) === 'we') && r.norm(w + 3) === 'help') {
      // "How can I help you today?" opens a call; it does not explore this customer's story.
      let k = w + 4;
      if (r.norm(k) === 'you') k++;
      if (k >= end || /^(today|further|now|\?|\.)$/.test(r.norm(k))) return 'closed';
    }
    // "How filthy are we talking?", "How bad is it?": a question of degree
    const t = w + 1 < end ? T[w + 1] : null;
    if (t && L.EMO.has(t.norm)) return 'none';
    if (t && !FUNCTION_POS.has(t.pos) && !/ly$/.test(t.norm) && w + 2 < end && (T[w + 2].pos === 'AUX' || T[w + 2].pos === 'PRON')) return 'closed';
    return 'open';
  }
  if (q === 'why') {
    if (next === 'not') return 'closed';
    if ((next === 'did' || next === 'would' || next === 'do') && (r.norm(w + 2) === 'not' || r.norm(w + 2) === 'you')) {
      return r.norm(w + 2) === 'not' || next === 'would' ? 'closed' : 'open';
    }
    return 'open';
  }
  return 'closed';
}

// ---------------------------------------------------------------- main

/** The analyzer over a given tokenizer; analyzeReply uses the lean one. */
export function createAnalyzer(tokenizer: Tokenizer): (input: EmpathyInput) => EmpathyAnalysis {
  return (input) => analyzeWith(tokenizer, input);
}

/** Analyze a learner's reply to what the customer said. Throws TypeError on malformed input. */
export function analyzeReply(input: EmpathyInput): EmpathyAnalysis {
  return analyzeWith(tokenize, input);
}

function analyzeWith(tokenizer: Tokenizer, input: EmpathyInput): EmpathyAnalysis {
  if (input === null || typeof input !== 'object') throw new TypeError('expected an object with "customer" and "reply"');
  const { customer, reply } = input;
  if (typeof reply !== 'string') throw new TypeError('"reply" must be a string');
  if (customer !== undefined && customer !== null && typeof customer !== 'string') throw new TypeError('"customer" must be a string');

  const signals: EmpathySignals = { emotion: false, reflection: false, exploration: false, upsell: false, dismissal: false };
  if (reply.trim() === '') {
    return { score: 0, signals, evidence: [], suggestion: 'Write a reply that names how the customer feels and asks what happened.' };
  }

  // Only the first EMPATHY_MAX_TEXT_LENGTH characters are read, which bounds the time per call.
  const profile = profileCustomer(typeof customer === 'string' ? customer.slice(0, EMPATHY_MAX_TEXT_LENGTH) : '', tokenizer);
  const r = new Reply(tokenizer(reply.length > EMPATHY_MAX_TEXT_LENGTH ? reply.slice(0, EMPATHY_MAX_TEXT_LENGTH) : reply));
  const T = r.tokens;

  // 1. phrase cues
  const hits: Hit[] = [];
  RULE_SET.matchAll(T, (i) => r.sentEnd[i], (rule: Rule, m) => {
    if (rule.negatable && T[m.key].neg) return;
    if (rule.kind === 'minimize' && /^(if|when|whenever|until|unless|in case)$/.test(r.norm(m.start - 1))) return;
    hits.push({ kind: rule.kind, start: m.start, end: m.end, key: m.key });
  });

  const spans: Span[] = [];
  const dismissals: Span[] = [];
  for (const h of hits) {
    if (!isDismissal(h.kind)) continue;
    // "you know that can't be right" reports the customer's view; it does not argue with it
    if (h.kind === 'argue' && /^(know|think|feel|sure|said|say|says|believe|thought|felt)$/.test(r.norm(h.start - 1))) continue;
    dismissals.push({ signal: 'dismissal', start: h.start, end: h.end, kind: h.kind });
  }
  const vetoes = hits.filter((h) => h.kind === 'not-emotion');
  // "They do arrive" against "your emails never arrive": insisting on the opposite of what the customer said.
  for (let i = 1; i + 1 < T.length; i++) {
    const t = T[i];
    if (!/^(do|does|did)$/.test(t.norm) || T[i + 1].neg || FUNCTION_POS.has(T[i + 1].pos)) continue;
    const subj = T[i - 1];
    if (subj.pos === 'PUNCT' || subj.pos === 'AUX' || subj.norm === 'how' || subj.norm === 'what' || subj.norm === 'why') continue;
    // "the alarm did go off", "they do arrive": insisting, against the customer's account
    const insisting = !/^(i|we|you)$/.test(subj.norm) && (subj.pos === 'PRON' || subj.pos === 'WORD' || subj.pos === 'NOUN') && r.norm(i - 2) !== 'how';
    if (profile.negated.has(T[i + 1].stem) || insisting) dismissals.push({ signal: 'dismissal', start: i - 1, end: i + 2, kind: 'argue' });
  }

  // 2. apologies: specific ones acknowledge the customer; "sorry, but ..." turns into an excuse
  const apologies = findApologies(r, profile);
  const emotionSpans: Span[] = [];
  for (const a of apologies) {
    const but = butClause(r, a.end);
    const adjacent = but && but[0] - 1 <= a.end + 1 && r.tokens[but[0] - 1].sent === r.tokens[a.start].sent;
    if (but && (adjacent || r.tokens[but[0] - 1].sent !== r.tokens[a.start].sent) && !commits(r, but[0], but[1])) {
      if (adjacent || dismissals.some((d) => d.start >= but[0] && d.start < but[1])) {
        dismissals.push({ signal: 'dismissal', start: a.start, end: but[1], kind: 'excuse' });
        continue;
      }
    }
    let specific = a.specific;
    if (!specific && a.bare) {
      // "Two days without power and a freezer full of spoiled food. I'm sorry." apologises for
      // the situation just restated, which makes it specific.
      const sent = T[a.start].sent;
      const from = sent > 0 ? r.tk.sentences[sent - 1].from : r.tk.sentences[sent].from;
      specific = overlapIn(r, profile, from, a.start) >= 2;
    }
    if (specific) emotionSpans.push({ signal: 'emotion', start: a.start, end: a.end });
  }

  // 3. other emotion cues, and "I can imagine / I understand how ..." frames
  const reflectFrames: Hit[] = [];
  for (const h of hits) {
    if (h.kind === 'emotion') {
      if (dismissals.some((d) => overlaps(d, h)) || vetoes.some((v) => overlaps(v, h))) continue;
      emotionSpans.push({ signal: 'emotion', start: h.start, end: h.end });
      // The words of the acknowledgement, and what "no wonder" introduces, are not a restatement.
      const to = T[h.start].norm === 'no' && r.norm(h.start + 1) === 'wonder' ? r.clauseEnd(h.end, true) : h.end;
      for (let j = h.start; j < to; j++) r.inComplement[j] = 1;
    } else if (h.kind === 'understand') {
      const end = r.clauseEnd(h.end, true);
      let found = -1;
      for (let j = h.end; j < end; j++) {
        const t = T[j];
        if ((L.EMO.has(t.norm) || FEEL_WORDS.has(t.norm)) && !(t.neg && h.key !== j && T[h.key].neg === false && false)) { found = j; break; }
      }
      if (found >= 0 && !dismissals.some((d) => overlaps(d, { start: h.start, end: found + 1 }))) {
        emotionSpans.push({ signal: 'emotion', start: h.start, end: found + 1 });
        for (let j = h.end; j < end; j++) r.inComplement[j] = 1;
      } else if (found < 0 && (/^(understand|hear|gather)$/.test(T[h.key].lemma) || (T[h.key].norm === 'see' && /^(you|your|that)$/.test(r.norm(h.end)))) && end - h.end >= 3) {
        reflectFrames.push({ kind: 'reflect', start: h.start, end, key: h.key });
      }
    } else if (h.kind === 'reflect' || h.kind === 'reflect-tag') {
      // "sounds like" opens a paraphrase only at the head of a clause ("it sounds like ..."), not
      // inside one ("what the damage looks like")
      const head = T[h.start].norm;
      if (/^(sounds|seems|looks|sound|seem|to|just)$/.test(head) && h.start > 0 && T[h.start - 1].sent === T[h.start].sent && T[h.start - 1].pos !== 'PUNCT' && !L.LEAD.has(T[h.start - 1].norm)) continue;
      reflectFrames.push(h);
    }
  }
  // An exclamation that is only a feeling word: "Gutting, right at the finale." "Awful!"
  for (const s of r.tk.sentences) {
    const f = r.firstWord(s.from, s.to, true);
    if (f < s.to && L.EMO.has(T[f].norm) && !T[f].neg && (f + 1 >= s.to || T[f + 1].pos === 'PUNCT') && !/^(sorry|worry|upset|concerned)$/.test(T[f].norm)) {
      emotionSpans.push({ signal: 'emotion', start: f, end: f + 1 });
      r.inComplement[f] = 1;
    }
  }
  // "With the baby due any day, that must be so worrying": the "with" phrase sets the scene for
  // the acknowledgement rather than restating the story in its own right.
  for (const e of emotionSpans) {
    const s = r.tk.sentences[T[e.start].sent];
    for (let w = s.from; w < e.start; w++) {
      if (T[w].norm !== 'with' || (w > s.from && T[w - 1].pos !== 'PUNCT' && !L.LEAD.has(T[w - 1].norm))) continue;
      for (let j = w; j < e.start && T[j].norm !== ','; j++) r.inComplement[j] = 1;
      break;
    }
  }
  // "It's not your fault" answers a customer who blames themselves.
  if (profile.selfBlame) {
    for (let i = 0; i + 2 < T.length; i++) {
      if (T[i].norm === 'not' && T[i + 1].norm === 'your' && T[i + 2].norm === 'fault') emotionSpans.push({ signal: 'emotion', start: i, end: i + 3 });
      if (T[i].norm === 'nothing' && /^(stupid|silly|wrong|dumb)$/.test(r.norm(i + 1))) {
        emotionSpans.push({ signal: 'emotion', start: i, end: i + 2 });
        r.inComplement[i + 1] = 1;
      }
    }
  }
  // A "but" that leads into a dismissal takes the acknowledgement back.
  const keptEmotion = emotionSpans.filter((e) => {
    const but = butClause(r, e.end);
    if (!but) return true;
    if (commits(r, but[0], but[1])) return true;
    return !dismissals.some((d) => d.start >= but[0] && d.start < but[1]);
  });
  spans.push(...keptEmotion);
  const hasEmotion = keptEmotion.length > 0;

  // Citing policy is hiding behind it when policy is the answer. It is not when the sentence
  // goes on to what can be done ("..., but let me see what I can do"), when the policy is on the
  // customer's side ("you're well within our returns policy"), or inside a question about it.
  const keptDismissals = dismissals.filter((d) => {
    if (d.kind !== 'policy') return true;
    const sFrom = r.tk.sentences[T[d.start].sent].from;
    const sEnd = r.sentEnd[d.start];
    for (let j = d.start; j < sEnd; j++) if (T[j].norm === '?') return false;
    const but = butClause(r, d.end);
    if (but && T[but[0] - 1].sent === T[d.start].sent && commits(r, but[0], but[1])) return false;
    for (let j = sFrom; j < sEnd; j++) {
      const n = T[j].norm;
      if (T[j].neg) continue;
      if (/^(entitled|eligible|qualify|qualifies)$/.test(n)) return false;
      if (n === 'good' && r.norm(j + 1) === 'news') return false;
      if (n === 'within' && (r.norm(j - 1) === 'well' || ((r.norm(j - 1) === 'are' || r.norm(j - 1) === 'still') && r.norm(j - 2) === 'you'))) return false;
      if (n === 'can' && /^(you|we|i)$/.test(r.norm(j - 1)) && /^(still|claim|get|return|offer|refund|replace|exchange|send|arrange|cover)$/.test(r.norm(j + 1))) return false;
    }
    return true;
  });
  spans.push(...keptDismissals);

  // 4. sentence by sentence: exploration, reflection, upsell
  const featureCache: UpsellFeatures[] = [];
  const pitched: boolean[] = [];
  for (const s of r.tk.sentences) {
    const { from, to } = s;
    if (from >= to) continue;
    let hasQ = false;
    for (let j = from; j < to; j++) if (T[j].norm === '?') hasQ = true;
    const sentDismissal = keptDismissals.some((d) => d.start >= from && d.start < to);

    // --- exploration
    let first = r.firstWord(from, to, true);
    // "Can I ask what happened?" / "I was wondering how ..." behave like the wh-question inside them
    if ((r.norm(first) === 'can' || r.norm(first) === 'may') && r.norm(first + 1) === 'i' && r.norm(first + 2) === 'ask') first += 3;
    let explored = false;
    const fw = r.norm(first);
    if (WH.has(fw)) {
      const statementFrame =
        !hasQ && (/^(i|you|we)$/.test(r.norm(first + 1)) || (fw === 'how' && T[first + 1] && L.EMO.has(T[first + 1].norm)));
      if (!statementFrame && whType(r, first, to) === 'open') explored = true;
    }
    for (const h of hits) {
      if (h.kind !== 'invite' || h.start < from || h.start >= to) continue;
      if (T[h.key].neg) continue;
      // what follows the invitation: a data item ("tell me your order number") is not exploration
      let after = r.firstWord(h.end, to, false);
      if (r.norm(after) === 'me' || r.norm(after) === 'us') after = r.firstWord(after + 1, to, false);
      const a = r.norm(after);
      const strong = /^(walk|talk|take)$/.test(T[h.start].norm) || T.slice(h.start, h.end).some((t) => t.norm === 'more' || t.norm === 'willing' || t.norm === 'comfortable');
      if (strong || a === 'more' || a === 'how' || a === 'why' || a === 'about' || (a === 'what' && whType(r, after, to) === 'open') || a === 'happened') {
        explored = true;
      } else if (a === 'what' || a === 'when' || a === 'where' || a === 'which' || a === 'who') {
        // data or scheduling
      } else {
        let data = false;
        for (let j = after; j < Math.min(to, after + 5); j++) if (L.DATA.has(T[j].norm) || L.DATA.has(T[j].lemma)) data = true;
        if (!data || hasOverride(r, after, to)) explored = true;
      }
    }
    if (explored && !sentDismissal) spans.push({ signal: 'exploration', start: from, end: to });

    // --- upsell (a pitch may put the price in the next sentence: "Have you thought about rental cover? It's only $3 a month.")
    const si = T[from].sent;
    const feats = (featureCache[si] ??= upsellFeatures(r, from, to));
    let upsell = isPitch(feats);
    if (!upsell && (feats.weak || feats.sell || feats.ask) && !feats.comp && si + 1 < r.tk.sentences.length) {
      const next = r.tk.sentences[si + 1];
      const nf = (featureCache[si + 1] ??= upsellFeatures(r, next.from, next.to));
      if (nf.price && !nf.comp) upsell = true;
    }
    // "It keeps your shop online during incidents." goes on selling what the sentence before pitched
    if (!upsell && si > 0 && /^(it|this|that|they|these|which)$/.test(r.norm(r.firstWord(from, to, true))) && pitched[si - 1]) upsell = true;
    pitched[si] = upsell;
    if (upsell) spans.push({ signal: 'upsell', start: from, end: to });

    // --- reflection
    if (!sentDismissal && !upsell) {
      const frames = reflectFrames.filter((h) => h.start >= from && h.start < to);
      const lead = r.firstWord(from, to, false);
      const leadNorm = r.norm(lead);
      const isWhQuestion = WH.has(r.norm(first)) && !frames.length;
      const asksCustomer = AUX_Q.has(r.norm(first)) && r.norm(first + 1) === 'you';
      let soFrame = false;
      if (leadNorm === 'so' || (L.LEAD.has(leadNorm) && r.norm(r.firstWord(lead + 1, to, false)) === 'so')) {
        const k = leadNorm === 'so' ? lead + 1 : r.firstWord(lead + 1, to, false) + 1;
        const nx = r.firstWord(k, to, false);
        const n = r.norm(nx);
        soFrame = !/^(sorry|much|many|glad|happy|please|far|i|we|let|let's|that|long|pleased|thank|thanks)$/.test(n) && !WH.has(n);
      }
      // hypothetical or instruction ("you could", "you'll need to") is not a restatement
      let hypothetical = false;
      for (let j = from; j < to - 1; j++) {
        if (r.inComplement[j]) continue; // "you shouldn't have had to ..." is an acknowledgement, not advice
        // "you can't eat" states the customer's situation; "you could upgrade" is a suggestion
        // what will happen is not what happened (unless it is the customer's worry: "if it will be there")
        if (T[j].norm === 'will' && !T[j].neg && !/^(if|whether)$/.test(r.norm(j - 1)) && !/^(if|whether)$/.test(r.norm(j - 2)) && !/^(if|whether)$/.test(r.norm(j - 3)) && !/^(if|whether)$/.test(r.norm(j - 4))) hypothetical = true;
        if (/^(has|have)$/.test(T[j].norm) && r.norm(j + 1) === 'been' && AGENT_DONE.has(r.norm(j + 2))) hypothetical = true; // "the block has been lifted"
        if (T[j].norm === 'you' && (j === 0 || (T[j - 1].pos !== 'ADP' && !REPORTING.has(T[j - 1].norm))) && MODAL.has(T[j + 1].norm) && r.norm(j + 2) !== 'not' && !(T[j + 1].norm === 'must' && (r.norm(j + 2) === 'have' || r.norm(j + 2) === 'be'))) hypothetical = true;
        // "kettles shouldn't break that often" judges; a restatement reports
        if (T[j].norm === 'should' || T[j].norm === 'ought') hypothetical = true;
        // "you don't need a new card": telling, not restating
        if (T[j].norm === 'you' && /^(do|did)$/.test(T[j + 1].norm) && r.norm(j + 2) === 'not' && /^(need|have)$/.test(r.norm(j + 3))) hypothetical = true;
      }
      const overlap = overlapIn(r, profile, from, to);
      let reflected = false;
      // "it sounds like you've had to ..." is a reflection even in other words; "it sounds like a
      // router fault" needs to share something with what the customer said
      const strongFrame = frames.some(
        (h) => h.kind === 'reflect-tag' || !/^(sounds|seems|looks|sound|seem|it)$/.test(T[h.start].norm) || /^(you|your|they|he|she|we)$/.test(r.norm(h.end)),
      );
      if (frames.length) {
        // "it sounds like a nightmare" names a feeling; "it sounds like the parcel never came" restates
        const soundsOnly = frames.every((h) => {
          if (!/^(it|sounds|seems|looks|sound|seem)$/.test(T[h.start].norm)) return false;
          for (let j = h.end; j < Math.min(to, h.end + 4); j++) if (L.EMO.has(T[j].norm)) return true;
          return false;
        });
        if (!soundsOnly && (overlap >= 1 || strongFrame)) reflected = true;
      }
      if (!reflected && soFrame && !hypothetical && overlap >= 1) reflected = true;
      // A statement turned into a question ("Since March?", "You were charged twice?") checks the
      // customer's story with them: a reflection phrased as a yes/no question.
      if (!reflected && hasQ && !WH.has(r.norm(first)) && !AUX_Q.has(r.norm(first)) && !hypothetical && overlap >= 1) {
        let data = false;
        for (let j = from; j < to; j++) if (L.DATA.has(T[j].norm)) data = true;
        if (!data && !FIRST_PERSON.has(r.norm(first))) reflected = true;
      }
      if (!reflected && !isWhQuestion && !asksCustomer && !hypothetical && overlap >= 2) {
        // Implicit restatement: a run of clauses, none of them the agent acting or instructing,
        // that between them repeat at least two things from the customer's story.
        let run = 0;
        let runStart = from;
        const runFrom = (c0: number, n: number) => (n === 0 ? c0 : runStart);
        const seen = new Set<string>();
        let c = from;
        while (c < to && !reflected) {
          const cEnd = Math.max(c + 1, r.clauseEnd(c, true));
          const cf = r.firstWord(c, cEnd, true);
          const w = r.norm(cf);
          const agentClause = FIRST_PERSON.has(w) || /^(let|let's|please|thanks|thank)$/.test(w);
          const tok = cf < cEnd ? T[cf] : null;
          const imperativeClause = !!tok && L.IMPERATIVE.has(tok.norm);
          if (agentClause || imperativeClause || genericClause(r, c, cEnd)) {
            run = 0;
            seen.clear();
            runStart = cEnd + 1;
          } else {
            run += overlapIn(r, profile, c, cEnd, seen);
            if (run >= 2 && specificRun(r, runFrom(c, run), cEnd)) reflected = true;
          }
          c = cEnd + 1;
        }
      }
      if (reflected) spans.push({ signal: 'reflection', start: from, end: to });
    }
  }

  // 5. A reply that only explains how things work: no acknowledgement, restatement, question,
  // apology, thanks, instruction, offer or action by the agent, just the company's side stated
  // as fact ("Tickets are closed automatically after seven days", "Line faults are handled in
  // order of reporting"). It leaves the customer with the explanation instead of help: a dismissal.
  if (!spans.length && apologies.length === 0 && keptDismissals.length === dismissals.length) {
    const explained = explanationOnly(r);
    if (explained) spans.push({ signal: 'dismissal', start: explained.from, end: explained.to, kind: 'policy' });
  }

  // 6. signals, evidence, score, suggestion
  const evidence: EmpathyEvidence[] = [];
  const lastOf = new Map<EmpathySignal, EmpathyEvidence>();
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const sp of spans) {
    signals[sp.signal] = true;
    let from = sp.start;
    // "must be so stressful" reads better with its subject: "that must be so stressful"
    if (sp.signal === 'emotion' && from > 0 && T[from - 1].sent === T[from].sent && /^(that|this|it|which|you|i|we|anyone)$/.test(T[from - 1].norm) && (T[from].pos === 'AUX' || /^(sounds|seems|looks|feels)$/.test(T[from].norm))) from--;
    const start = T[from].start;
    const end = T[Math.max(from, sp.end - 1)].end;
    const prev = lastOf.get(sp.signal);
    if (prev && start <= prev.end) {
      // overlapping cues for the same signal become one span
      if (end > prev.end) {
        prev.end = end;
        prev.text = reply.slice(prev.start, end);
      }
      continue;
    }
    const ev = { signal: sp.signal, start, end, text: reply.slice(start, end) };
    evidence.push(ev);
    lastOf.set(sp.signal, ev);
  }
  const firstDismissal = spans.find((s) => s.signal === 'dismissal');
  return {
    score: scoreOf(signals),
    signals,
    evidence,
    suggestion: suggest(signals, firstDismissal?.kind, profile.feeling),
  };
}

const AGENT_ACTION = new Set('will would can could have had am are was were want need shall may might must do did'.split(' '));
const INFO_VERB = new Set(['will', 'shall']);

/** "must have been", "can be", "doesn't usually": speculation and generalization. */
function hasGenericModal(r: Reply, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const n = r.tokens[j].norm;
    if ((n === 'must' || n === 'can' || n === 'may') && r.norm(j + 1) === 'be' || n === 'must' && r.norm(j + 1) === 'have') return true;
    if ((n === 'does' || n === 'do') && r.norm(j + 1) === 'not') return true;
    if (n === 'on' && r.norm(j + 1) === 'our' && /^(side|end)$/.test(r.norm(j + 2))) return true;
  }
  return false;
}

/** The sentence that shows a reply only explains the company's side, or null if it does more. */
function explanationOnly(r: Reply): Sentence | null {
  const T = r.tokens;
  let candidate: Sentence | null = null;
  for (const s of r.tk.sentences) {
    const first = r.firstWord(s.from, s.to, false);
    if (first >= s.to) continue;
    const w = T[first].norm;
    if (/^(you|your|yours|i|my|we|thank|thanks|please|hi|hello|dear|ok|okay|sure|yes|no|right|great|let|let's)$/.test(w)) return null;
    if (L.IMPERATIVE.has(w) || WH.has(w) || AUX_Q.has(w)) return null;
    for (let j = s.from; j < s.to; j++) {
      const n = T[j].norm;
      if (n === '?' || n === '!') return null;
      if (INFO_VERB.has(n) && !T[j].neg) return null; // "it will arrive on Monday" informs
      if ((n === 'i' || n === 'we') && AGENT_ACTION.has(r.norm(j + 1)) && r.norm(j + 2) !== 'not') return null;
      if ((n === 'you' || n === 'we') && r.norm(j + 1) === 'can' && r.norm(j + 2) !== 'not') return null; // an option
      if ((n === 'you' || n === 'your') && T[j].neg) return null; // "it's not your fault": reassurance
      if (/^(entitled|eligible|covered|within)$/.test(n) && !T[j].neg) return null; // on the customer's side
    }
    // a statement of how things work: a rule ("Tickets are closed automatically"), the company's own
    // account ("Our team inspected the room and found the stain") or a generalization ("Dogs can be
    // sensitive to any change"); news about this customer's case ("The block has been lifted",
    // "An engineer can check the line on Thursday") is an answer, not an explanation
    let news = false;
    for (let j = s.from; j < s.to; j++) {
      const n = T[j].norm;
      if ((NEWS_TIME.has(n) || /^\d+(am|pm)$/.test(n)) && !/^(after|before|until|by|from)$/.test(r.norm(j - 1)) && !/^(after|before|until|by|from)$/.test(r.norm(j - 2))) news = true;
      if (/^(has|have)$/.test(n) && r.norm(j + 1) === 'been' && AGENT_DONE.has(r.norm(j + 2))) news = true;
      if (n === 'being' && /^(is|are)$/.test(r.norm(j - 1))) news = true;
      if (n === 'for' && r.norm(j + 1) === 'you') news = true;
    }
    if (news) return null;
    const rule =
      barePluralPresent(r, s.from, s.to) ||
      genericClause(r, s.from, s.to) ||
      (w === 'our' || w === 'all') ||
      hasGenericModal(r, s.from, s.to);
    if (rule && !candidate) candidate = s;
  }
  return candidate;
}

interface UpsellFeatures {
  /** A named product: "our Family bundle", "a Premium Comfort seat", "an unlimited data add-on". */
  strong: boolean;
  /** A product noun with nothing marking it as for sale ("rental cover"). */
  weak: boolean;
  /** A selling verb in a present or future form ("upgrade to", "switch", "add"). */
  sell: boolean;
  /** Asking the customer to consider something ("have you thought about", "why not", "you might be interested"). */
  ask: boolean;
  price: boolean;
  promo: boolean;
  /** "You're already on our best plan": describing what the customer has. */
  current: boolean;
  /** Two capitalised words inside the sentence: a product's name, or any other proper name. */
  named: boolean;
  join: boolean;
  comp: boolean;
}

const UPSELL_TRIGGERS = new Set([
  ...L.PRODUCT, ...L.SELL, ...MONEY, ...PROMO_NOUN, 'our', 'why', 'save', 'saves', 'saving', 'off', 'sale', 'free',
  'considered', 'thought', 'looked', 'seen', 'tried', 'heard', 'interested', 'might', 'may', 'like', 'fee',
  'supplement', 'surcharge', 'charge', '%', 'percent', 'dollars', 'pounds', 'euros',
]);
const NO_UPSELL: UpsellFeatures = { strong: false, weak: false, sell: false, ask: false, price: false, promo: false, join: false, comp: false, current: false, named: false };

function upsellFeatures(r: Reply, from: number, to: number): UpsellFeatures {
  const T = r.tokens;
  let triggered = false;
  for (let j = from; j < to && !triggered; j++) triggered = UPSELL_TRIGGERS.has(T[j].norm) || UPSELL_TRIGGERS.has(T[j].lemma);
  if (!triggered) return NO_UPSELL;
  const f: UpsellFeatures = { strong: false, weak: false, sell: false, ask: false, price: false, promo: false, join: false, comp: false, current: false, named: false };
  for (let j = from; j < to; j++) {
    const t = T[j];
    const n = t.norm;
    const n1 = r.norm(j + 1);
    if (COMP_PHRASE.has(n)) f.comp = true;
    if (n === 'free' && n1 === 'of') f.comp = true;
    if (n === 'no' && /^(extra|additional|cost|charge)$/.test(n1)) f.comp = true;
    if (n === 'on' && (n1 === 'us' || (n1 === 'the' && r.norm(j + 2) === 'house'))) f.comp = true;
    if (n === 'apology' && r.norm(j - 1) === 'an') f.comp = true;
    if (n === 'already' || n === 'currently') f.current = true;
    if (t.neg) continue;
    // "our Deluxe rooms", "our premium tours": a product line, whatever the noun
    if (n === 'our' && (L.PRODUCT_ADJ.has(r.norm(j + 1)) || (j + 1 < to && /^[A-Z]/.test(T[j + 1].text))) && j + 2 < to && (!FUNCTION_POS.has(T[j + 2].pos) || T[j + 2].norm === "'s")) f.strong = true;
    // a product's proper name: two capitalised words inside a sentence ("a Delivery Saver")
    if (j > from && /^[A-Z][a-z]/.test(t.text) && j + 1 < to && /^[A-Z][a-z]/.test(T[j + 1].text) && !(T[j - 1].pos === 'PUNCT')) f.named = true;
    if ((n === 'fee' || n === 'supplement' || n === 'surcharge' || n === 'charge') && /^(small|nightly|monthly|weekly|annual|yearly|one-off|additional|extra|low)$/.test(r.norm(j - 1))) f.price = true;
    if (L.PRODUCT.has(n) || L.PRODUCT.has(t.lemma)) {
      let mark = false;
      let yours = false;
      for (let k = j - 1; k >= Math.max(from, j - 4); k--) {
        const p = T[k];
        if ((p.pos === 'PUNCT' && p.norm !== '-') || p.pos === 'AUX' || (p.pos === 'VERB' && !/(ed|ing)$/.test(p.norm))) break;
        if (p.norm === 'your' || p.norm === 'my') yours = true;
        if (p.norm === 'our' && L.PRODUCT_OURS.has(n)) mark = true;
        if (L.PRODUCT_ADJ.has(p.norm)) mark = true;
        if (k > from && /^[A-Z]/.test(p.text) && p.text !== 'I' && (r.norm(k - 1) === 'our' || (k + 1 < j && /^[A-Z]/.test(T[k + 1].text)) || /^[A-Z]/.test(T[k - 1].text))) mark = true;
      }
      if (mark && !yours) f.strong = true;
      else f.weak = true;
      if (/^(join|joining|subscribe|enrol|enroll)$/.test(r.norm(j - 1)) || /^(join|joining|subscribe|enrol|enroll)$/.test(r.norm(j - 2))) f.join = true;
    }
    if (L.SELL.has(n)) {
      const past = /ed$/.test(n) && n !== 'interested';
      if (!past) f.sell = true;
      // "upgrade to Premium", "switch to our Unlimited"
      if (!past && n !== 'interested') {
        for (let k = j + 1; k < Math.min(to, j + 4); k++) {
          if (L.PRODUCT_ADJ.has(T[k].norm) || (/^[A-Z]/.test(T[k].text) && T[k].text !== 'I')) f.strong = true;
          if (T[k].pos === 'PUNCT') break;
        }
      }
      if (/^(join|joining|subscribe|subscribing|enrol|enroll)$/.test(n) || (n === 'sign' && n1 === 'up')) f.join = true;
    }
    if (/^(considered|thought|looked|seen|tried|heard)$/.test(n) && r.norm(j - 1) === 'you' && r.norm(j - 2) === 'have') f.ask = true;
    if (n === 'why' && n1 === 'not') f.ask = true;
    if (n === 'interested' && n1 === 'in') f.ask = true;
    if (n === 'you' && /^(might|may)$/.test(n1) && /^(like|want|enjoy|consider|prefer|love)$/.test(r.norm(j + 2))) f.ask = true;
    if (n === 'like' && n1 === 'to' && /^(hear|add|upgrade|join|try|switch|sign|learn)$/.test(r.norm(j + 2)) && r.norm(j - 1) === 'you') f.ask = true;
    if (MONEY.has(n) || (t.pos === 'NUM' && /^(dollars?|pounds?|euros?|bucks|%|percent)$/.test(n1))) f.price = true;
    if (PRICE_WORDS.has(n) && (MONEY.has(n1) || T[j + 1]?.pos === 'NUM')) f.price = true;
    if ((n === 'save' || n === 'saves' || n === 'saving') && (n1 === 'you' || n1 === 'up' || MONEY.has(n1) || T[j + 1]?.pos === 'NUM')) f.price = true;
    if (n === 'off' && j > from && (T[j - 1].norm === '%' || T[j - 1].pos === 'NUM')) f.price = true;
    if (n === 'sale' && r.norm(j - 1) === 'on') f.price = true;
    if (n === 'free' && /^(month|trial|week)$/.test(r.norm(j - 1))) f.price = true;
    if (PROMO_NOUN.has(n) && PROMO_ADJ.has(r.norm(j - 1))) f.promo = true;
  }
  return f;
}

function isPitch(f: UpsellFeatures): boolean {
  const pitch = f.strong || ((f.weak || f.sell || f.named) && (f.price || f.join)) || (f.ask && (f.weak || f.strong)) || f.promo;
  if (!pitch) return false;
  if (f.current && !f.price && !f.sell && !f.ask && !f.promo) return false;
  // A free room move or a waived fee makes amends; it only sells when a price or a pitch comes with it.
  return !(f.comp && !f.price && !(f.sell && f.strong) && !f.ask);
}

function scoreOf(s: EmpathySignals): number {
  const w = EMPATHY_SCORE_WEIGHTS;
  const raw =
    w.base +
    (s.emotion ? w.emotion : 0) +
    (s.reflection ? w.reflection : 0) +
    (s.exploration ? w.exploration : 0) +
    (s.upsell ? w.upsell : 0) +
    (s.dismissal ? w.dismissal : 0);
  return Math.max(0, Math.min(100, raw));
}

const FEELING_ADJ = new Map<string, string>(Object.entries({
  frustrated: 'frustrating', frustrating: 'frustrating', frustration: 'frustrating', angry: 'infuriating',
  furious: 'infuriating', annoyed: 'annoying', annoying: 'annoying', worried: 'worrying', worry: 'worrying',
  worrying: 'worrying', scared: 'frightening', terrified: 'frightening', afraid: 'frightening', stressed: 'stressful',
  stress: 'stressful', stressful: 'stressful', upset: 'upsetting', disappointed: 'disappointing',
  embarrassed: 'embarrassing', humiliated: 'humiliating', exhausted: 'exhausting', anxious: 'worrying',
  confused: 'confusing', confusing: 'confusing', panicked: 'frightening', overwhelmed: 'overwhelming',
}));

function suggest(s: EmpathySignals, kind: DismissalKind | undefined, feeling: string | null): string {
  const adj = (feeling && FEELING_ADJ.get(feeling)) || 'frustrating';
  if (s.dismissal) {
    switch (kind) {
      case 'feeling':
        return `Instead of telling the customer how to feel, name the feeling you hear, for example "That sounds really ${adj}."`;
      case 'blame':
        return 'Leave out what the customer did wrong and acknowledge what happened to them, for example "I\'m sorry you\'ve had to deal with this."';
      case 'minimize':
        return 'Don\'t play the problem down; say why it matters to them, for example "I can see why this is a big deal for you."';
      case 'policy':
        return 'Acknowledge how this affects the customer before any policy, then say what you can do for them.';
      case 'argue':
        return 'Rather than contradicting the customer, say back what they experienced and ask what happened.';
      default:
        return 'Drop the excuse after your apology: own the problem and say what you will do next.';
    }
  }
  if (s.upsell) return 'Hold the offer: deal with the customer\'s problem first, and suggest products only once they feel heard.';
  if (!s.emotion) return `Name the feeling you hear, for example "That sounds really ${adj}."`;
  if (!s.reflection) return 'Say back what happened in your own words, for example "So ..." or "It sounds like ...".';
  if (!s.exploration) return 'Ask an open question about their experience, for example "What would help most right now?"';
  return 'Close with a concrete next step: what you will do, and by when.';
}
