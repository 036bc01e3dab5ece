// Turns text into a flat token array using wink-nlp's tokenizer, sentence splitter, part-of-speech
// tagger and negation scope, plus character offsets so evidence can point back into the text.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Token {
  /** Surface form as typed. */
  text: string;
  /** Lower case, contractions expanded by wink ("n't" -> "not", "'re" -> "are"). */
  norm: string;
  lemma: string;
  /** Universal POS tag from wink ("NOUN", "VERB", "AUX", "PUNCT", ...). */
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

const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

/** Same-length replacements only, so offsets computed on the cleaned text hold for the original. */
export function cleanText(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc\u2032`]/g, "'").replace(/[\u201c\u201d]/g, '"');
}

// Contractions typed without an apostrophe, or that the model leaves whole ("I'm" at the start of a
// sentence is tagged as one proper noun). Each expands into two tokens sharing the original span.
const SPLIT: Record<string, [string, string, string, string]> = {
  "i'm": ['i', 'PRON', 'am', 'AUX'],
  im: ['i', 'PRON', 'am', 'AUX'],
  ive: ['i', 'PRON', 'have', 'AUX'],
  thats: ['that', 'PRON', 'is', 'AUX'],
  dont: ['do', 'AUX', 'not', 'PART'],
  cant: ['can', 'AUX', 'not', 'PART'],
  didnt: ['did', 'AUX', 'not', 'PART'],
  doesnt: ['does', 'AUX', 'not', 'PART'],
  isnt: ['is', 'AUX', 'not', 'PART'],
  wasnt: ['was', 'AUX', 'not', 'PART'],
  shouldnt: ['should', 'AUX', 'not', 'PART'],
  wouldnt: ['would', 'AUX', 'not', 'PART'],
  couldnt: ['could', 'AUX', 'not', 'PART'],
  havent: ['have', 'AUX', 'not', 'PART'],
  arent: ['are', 'AUX', 'not', 'PART'],
};
const LEMMA_OF: Record<string, string> = { am: 'be', is: 'be', are: 'be', does: 'do', did: 'do' };

export function tokenize(raw: string): Tokenized {
  const text = cleanText(raw);
  const doc = nlp.readDoc(text);
  const all = doc.tokens();
  // wink's typings do not cover every `its` helper with `out`, so read columns through one cast.
  const col = (f: unknown): string[] => (all.out as unknown as (this: unknown, f: unknown) => string[]).call(all, f);
  const values = col(its.value);
  const norms = col(its.normal);
  const lemmas = col(its.lemma);
  const tags = col(its.pos);
  const spaces = col(its.precedingSpaces);
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];

  // wink token index -> sentence index
  const sentOf = new Int32Array(values.length);
  for (let s = 0; s < spans.length; s++) {
    const [a, b] = spans[s];
    for (let i = a; i <= b && i < values.length; i++) sentOf[i] = s;
  }

  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let cursor = 0;
  let lastSent = -1;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    cursor += spaces[i].length;
    let start = cursor;
    if (text.startsWith(value, cursor)) {
      cursor += value.length;
    } else {
      // Defensive: resynchronise if wink ever alters a token's surface.
      const found = text.indexOf(value, cursor);
      start = found >= 0 ? found : cursor;
      cursor = found >= 0 ? found + value.length : cursor;
    }
    const sent = sentOf[i];
    if (sent !== lastSent) {
      if (sentences.length) sentences[sentences.length - 1].to = tokens.length;
      sentences.push({ from: tokens.length, to: tokens.length });
      lastSent = sent;
    }
    // wink's normal form also respells some words ("through" -> "thru"); keep the typed word in
    // lower case except for contraction pieces, where the expansion is what the rules want.
    const lower = value.toLowerCase();
    let norm = lower.includes("'") || lower.length <= 3 ? norms[i] : lower;
    let pos = tags[i];
    let lemma = lemmas[i];
    const split = SPLIT[norm];
    if (split && value.length >= 2) {
      const cut = norm === "i'm" ? 1 : value.length - (split[2] === 'not' ? 2 : split[2] === 'have' ? 2 : split[2] === 'am' ? 1 : 1);
      const first = split[0];
      const second = split[2];
      tokens.push({ text: value.slice(0, cut), norm: first, lemma: first, pos: split[1], start, end: start + cut, neg: false, sent });
      tokens.push({
        text: value.slice(cut),
        norm: second,
        lemma: LEMMA_OF[second] ?? second,
        pos: split[3],
        start: start + cut,
        end: start + value.length,
        neg: false,
        sent,
      });
      continue;
    }
    // "'d" before a past participle is "had" ("you'd fasted"), not "would".
    if (norm === 'would' && value.startsWith("'") && i + 1 < values.length && /(?:ed|en|wn|ght)$/.test(norms[i + 1]) && tags[i + 1] === 'VERB') {
      norm = 'had';
      lemma = 'have';
    }
    if (pos === 'PROPN' && value.length > 0 && value[0] !== value[0].toUpperCase()) pos = 'NOUN';
    tokens.push({ text: value, norm, lemma, pos, start, end: start + value.length, neg: false, sent });
  }
  if (sentences.length) sentences[sentences.length - 1].to = tokens.length;
  // Re-number sentences after contraction splits.
  for (let s = 0; s < sentences.length; s++) for (let t = sentences[s].from; t < sentences[s].to; t++) tokens[t].sent = s;
  markNegation(tokens);
  return { text, tokens, sentences };
}

// Negation scope. wink's own negation pipe runs every negator ("no", "without" included) to the next
// punctuation mark, so in "a bill with no warning would worry anyone" it negates "worry". Here a
// verb negator ("not", "n't", "never") reaches to the end of its clause, while a noun-phrase
// negator ("no", "without", "nothing") only covers the noun phrase it introduces.
const VERB_NEG = new Set(['not', 'never', 'hardly', 'barely', 'scarcely', 'neither', 'nor']);
const NP_NEG = new Set(['no', 'without', 'nothing', 'none', 'nobody', 'noone']);
const SCOPE_END = new Set([
  ',', '.', ';', ':', '!', '?', '—', '–', '-', '...', '…', '(', ')', 'but', 'and', 'or', 'because',
  'although', 'though', 'while', 'when', 'whereas', 'which', 'who', 'unless', 'until', 'since',
]);
const NP_POS = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'NOUN', 'PROPN', 'PART']);

export function markNegation(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (VERB_NEG.has(t.norm)) {
      const before = i > 0 ? tokens[i - 1].norm : '';
      if (before === 'why' || before === 'if' || (i + 1 < tokens.length && tokens[i + 1].norm === 'only')) continue;
      // "Not knowing whether it went through is ..." negates the gerund phrase, not the main clause.
      const gerund = i + 1 < tokens.length && /ing$/.test(tokens[i + 1].norm);
      for (let j = i + 1; j < tokens.length && tokens[j].sent === t.sent && !SCOPE_END.has(tokens[j].norm); j++) {
        if (gerund && j > i + 1 && tokens[j].pos === 'AUX') break;
        tokens[j].neg = true;
      }
    } else if (NP_NEG.has(t.norm)) {
      let sawNoun = false;
      for (let j = i + 1; j < tokens.length && tokens[j].sent === t.sent; j++) {
        const u = tokens[j];
        const noun = u.pos === 'NOUN' || u.pos === 'PROPN';
        if (!NP_POS.has(u.pos) || (sawNoun && !noun)) break;
        u.neg = true;
        if (noun) sawNoun = true;
      }
    }
  }
}
