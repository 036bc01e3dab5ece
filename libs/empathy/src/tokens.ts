// The token shape every rule works on, whichever tokenizer produced it.

export interface Token {
  /** Surface form as typed. */
  text: string;
  /** Lower case, contractions expanded ("n't" -> "not", "'re" -> "are"). */
  norm: string;
  /** Dictionary form for irregular words ("felt" -> "feel", "was" -> "be"), else the normal form. */
  lemma: string;
  /** Crude suffix-stripped stem, only used to compare content words ("charged" ~ "charges"). */
  stem: string;
  /** Coarse part of speech: PUNCT, SYM, NUM, PRON, DET, AUX, ADP, CCONJ, SCONJ, PART, VERB or WORD. */
  pos: string;
  /** UTF-16 offsets into the analysed text, end exclusive. */
  start: number;
  end: number;
  /** Inside the scope of a negation (see markNegation). */
  neg: boolean;
  /** Index of the sentence the token belongs to. */
  sent: number;
}

export interface Sentence {
  /** Token index range [from, to). */
  from: number;
  to: number;
}

export interface Tokenized {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

export type Tokenizer = (text: string) => Tokenized;

/** Same-length replacements only, so offsets computed on the cleaned text hold for the original. */
export function cleanText(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc\u2032`]/g, "'").replace(/[\u201c\u201d]/g, '"');
}

// ---------------------------------------------------------------- lemma and stem

const IRREGULAR = new Map<string, string>();
for (const line of `
  be am is are was were been being
  have has had having
  do does did done doing
  go goes went gone going
  come came
  get got gotten
  say said
  tell told
  take took taken
  make made
  see saw seen
  feel felt
  find found
  lose lost
  leave left
  pay paid
  send sent
  buy bought
  bring brought
  think thought
  keep kept
  break broke broken
  give gave given
  know knew known
  run ran
  write wrote written
  speak spoke spoken
  hear heard
  mean meant
  spend spent
  build built
  hold held
  stand stood
  understand understood
  fall fell fallen
  choose chose chosen
  forget forgot forgotten
  drive drove driven
  throw threw thrown
  shake shook shaken
  wake woke woken
  will wo
  would
  can ca
  not
  child children
  person people
`.trim().split('\n')) {
  const [base, ...forms] = line.trim().split(/\s+/);
  for (const f of forms) IRREGULAR.set(f, base);
}

export function lemmaOf(norm: string): string {
  return IRREGULAR.get(norm) ?? norm;
}

/** A light suffix stripper: the same stem for "charge", "charged", "charges", "charging". */
export function stemOf(norm: string): string {
  const irr = IRREGULAR.get(norm);
  if (irr) return irr;
  let w = norm;
  if (w.length <= 3 || !/^[a-z-]+$/.test(w)) return w;
  if (w.endsWith('ies') || w.endsWith('ied')) return w.slice(0, -3) + 'i';
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('es') && w.length > 4 && /(ss|sh|ch|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  if (w.length > 3 && w[w.length - 1] === w[w.length - 2] && !/[lsz]/.test(w[w.length - 1])) w = w.slice(0, -1);
  if (w.endsWith('ll') && w.length > 5) w = w.slice(0, -1);
  return w;
}

// ---------------------------------------------------------------- negation

// Negation scope. A verb negator ("not", "n't", "never") reaches to the end of its clause, while a
// noun-phrase negator ("no", "without", "nothing") only covers the noun phrase it introduces, so
// in "a bill with no warning would worry anyone" the worry is not negated.
const VERB_NEG = new Set(['not', 'never', 'hardly', 'barely', 'scarcely', 'neither', 'nor']);
const NP_NEG = new Set(['no', 'without', 'nothing', 'none', 'nobody', 'noone']);
const SCOPE_END = new Set([
  ',', '.', ';', ':', '!', '?', '—', '–', '-', '...', '…', '(', ')', 'but', 'and', 'or', 'because',
  'although', 'though', 'while', 'when', 'whereas', 'which', 'who', 'unless', 'until', 'since',
]);
const LINKING = new Set(['feels', 'sounds', 'seems', 'looks', 'felt', 'seemed', 'sounded', 'looked']);
const NP_STOP = new Set(['AUX', 'ADP', 'CCONJ', 'SCONJ', 'PUNCT', 'PRON', 'PART']);

export function markNegation(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (VERB_NEG.has(t.norm)) {
      const before = i > 0 ? tokens[i - 1].norm : '';
      if (before === 'why' || before === 'if' || (i + 1 < tokens.length && tokens[i + 1].norm === 'only')) continue;
      // "Not knowing whether it went through is ..." negates the gerund phrase, and "notifications
      // that won't stop would drive anyone mad" the relative clause: neither reaches the main verb.
      const gerund = i + 1 < tokens.length && /ing$/.test(tokens[i + 1].norm);
      let relative = false;
      for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (/^(that|which|who|saying|said|says|because|whether|if|when)$/.test(tokens[k].norm)) relative = true;
      // "a stain you didn't cause feels unfair": a relative clause without "that"
      if (i >= 3 && tokens[i - 1].pos === 'AUX' && /^(you|they|we|he|she|i)$/.test(tokens[i - 2].norm) && tokens[i - 3].pos === 'WORD') relative = true;
      for (let j = i + 1; j < tokens.length && tokens[j].sent === t.sent && !SCOPE_END.has(tokens[j].norm); j++) {
        if ((gerund || relative) && j > i + 1 && (tokens[j].pos === 'AUX' || LINKING.has(tokens[j].norm))) break;
        tokens[j].neg = true;
      }
    } else if (NP_NEG.has(t.norm)) {
      // determiners and possessives, then one content word: "no warning", "without a reason"
      for (let j = i + 1; j < tokens.length && tokens[j].sent === t.sent; j++) {
        const u = tokens[j];
        if (u.pos === 'DET' || /^(your|my|our|their|his|her|its)$/.test(u.norm)) { u.neg = true; continue; }
        if (!NP_STOP.has(u.pos)) u.neg = true;
        break;
      }
    }
  }
}
