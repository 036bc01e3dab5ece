// The same Token array built with wink-nlp's tokenizer, sentence splitter and part-of-speech tagger.
// Kept so bench/compare-tokenizers.ts can measure the analyzer on wink's tokens against the lean
// tokenizer it ships with (tokenize.ts); the analyzer itself does not load wink.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { cleanText, markNegation, stemOf, type Sentence, type Token, type Tokenized } from './tokens.js';

const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

// Contractions typed without an apostrophe, or that the model leaves whole ("I'm" at the start of a
// sentence is tagged as one proper noun). Each expands into two tokens sharing the original span.
const SPLIT = new Map<string, [string, string, string, string]>(Object.entries({
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
}));
const LEMMA_OF = new Map(Object.entries({ am: 'be', is: 'be', are: 'be', does: 'do', did: 'do' }));

export function tokenizeWithWink(raw: string): Tokenized {
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
    const split = SPLIT.get(norm);
    if (split && value.length >= 2) {
      const cut = norm === "i'm" ? 1 : value.length - (split[2] === 'not' ? 2 : split[2] === 'have' ? 2 : split[2] === 'am' ? 1 : 1);
      const first = split[0];
      const second = split[2];
      tokens.push({ text: value.slice(0, cut), norm: first, lemma: first, stem: first, pos: split[1], start, end: start + cut, neg: false, sent });
      tokens.push({
        text: value.slice(cut),
        norm: second,
        lemma: LEMMA_OF.get(second) ?? second,
        stem: second,
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
    tokens.push({ text: value, norm, lemma, stem: stemOf(norm), pos, start, end: start + value.length, neg: false, sent });
  }
  if (sentences.length) sentences[sentences.length - 1].to = tokens.length;
  // Re-number sentences after contraction splits.
  for (let s = 0; s < sentences.length; s++) for (let t = sentences[s].from; t < sentences[s].to; t++) tokens[t].sent = s;
  markNegation(tokens);
  return { text, tokens, sentences };
}
