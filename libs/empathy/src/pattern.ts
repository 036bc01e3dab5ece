// A small token-pattern language, compiled once, matched over wink tokens. It keeps the rules
// readable ("that|this must|might be @DEG* ^@EMO") and fast: patterns are indexed by their possible
// first words, so each token only tries the few patterns that can start there.
//
// Element syntax (space separated):
//   word|word      the token's normal form or lemma is one of these
//   =word          the token's normal form only (no lemma): "=happens" does not match "happened"
//   $              end of clause: the next token is punctuation or the sentence ends (takes none)
//   @LEX           the token is in lexicon LEX (may be mixed with words: "@EMO|fine")
//   #POS           the token's part of speech ("#NOUN|PROPN")
//   _              any token that is not punctuation
//   !word|@LEX     any non-punctuation token that does not match
//   suffix ?       optional;  * zero to three;  + one to three
//   prefix ^       the key token, reported back (used for negation checks)
import type { Token } from './tokens.js';

interface Element {
  words: Set<string> | null;
  exact: Set<string> | null;
  boundary: boolean;
  pos: Set<string> | null;
  any: boolean;
  not: boolean;
  min: number;
  max: number;
  key: boolean;
}

export interface Pattern {
  source: string;
  elements: Element[];
  /** Words that anchor a match, or null if the pattern must be tried at every token. */
  first: Set<string> | null;
  /** How many tokens before the anchor word the match starts (0 or 1). */
  offset: number;
  /** Words the token after the anchor must have, when that is fixed: a cheap test before matching. */
  next: Set<string> | null;
}

export interface Match {
  start: number;
  /** Exclusive token index. */
  end: number;
  key: number;
}

export type Lexicons = Record<string, ReadonlySet<string>>;

export function compile(source: string, lex: Lexicons): Pattern {
  const elements: Element[] = [];
  for (let part of source.trim().split(/\s+/)) {
    let min = 1;
    let max = 1;
    const last = part[part.length - 1];
    if (part.length > 1 && (last === '?' || last === '*' || last === '+')) {
      part = part.slice(0, -1);
      if (last === '?') min = 0;
      if (last === '*') { min = 0; max = 3; }
      if (last === '+') max = 3;
    }
    let key = false;
    if (part[0] === '^') { key = true; part = part.slice(1); }
    let not = false;
    if (part[0] === '!' && part.length > 1) { not = true; part = part.slice(1); }
    const el: Element = { words: null, exact: null, boundary: part === '$', pos: null, any: part === '_', not, min, max, key };
    if (!el.any && !el.boundary) {
      for (const alt of part.split('|')) {
        if (alt[0] === '@') {
          const set = lex[alt.slice(1)];
          if (!set) throw new Error(`unknown lexicon ${alt} in "${source}"`);
          el.words ??= new Set();
          for (const w of set) el.words.add(w);
        } else if (alt[0] === '=' && alt.length > 1) {
          (el.exact ??= new Set()).add(alt.slice(1));
        } else if (alt[0] === '#') {
          (el.pos ??= new Set()).add(alt.slice(1));
        } else {
          (el.words ??= new Set()).add(alt);
        }
      }
    }
    elements.push(el);
  }
  const plain = (e: Element | undefined): e is Element & { min: number } =>
    !!e && !e.any && !e.not && !e.pos && !e.boundary && !!(e.words || e.exact);
  const wordsOf = (e: Element) => [...(e.words ?? []), ...(e.exact ?? [])];
  const [head, second] = elements;
  let first: Set<string> | null = null;
  let offset = 0;
  let next: Set<string> | null = null;
  if (plain(head) && head.min > 0) {
    first = new Set(wordsOf(head));
    // Words the next token may have: those of the following optional elements and of the first
    // required one ("@BE @DEG* ^@EMO": an intensifier or a feeling word must follow "is").
    if (head.max === 1) {
      const words: string[] = [];
      let ok = false;
      for (let k = 1; k < elements.length; k++) {
        const e = elements[k];
        if (!plain(e) || e.pos) break;
        words.push(...wordsOf(e));
        if (e.min > 0) { ok = true; break; }
      }
      if (ok) next = new Set(words);
    }
  } else if (plain(head) && head.max === 1 && plain(second) && second.min > 0) {
    // optional first word: anchor on either word
    first = new Set([...wordsOf(head), ...wordsOf(second)]);
  } else if (head && (head.not || head.any) && head.min === 1 && head.max === 1 && plain(second) && second.min > 0) {
    // "!@NOTSUBJ =happens": anchor on the second word and start one token earlier
    first = new Set(wordsOf(second));
    offset = 1;
  }
  return { source, elements, first, offset, next };
}

function test(el: Element, t: Token): boolean {
  if (t.pos === 'PUNCT' && (el.any || el.not)) return false;
  if (el.any) return true;
  const hit =
    (el.words !== null && (el.words.has(t.norm) || (t.lemma !== t.norm && el.words.has(t.lemma)))) ||
    (el.exact !== null && el.exact.has(t.norm)) ||
    (el.pos !== null && el.pos.has(t.pos));
  return el.not ? !hit : hit;
}

function run(p: Pattern, tokens: Token[], ei: number, ti: number, limit: number, keyOut: number[]): number {
  if (ei === p.elements.length) return ti;
  const el = p.elements[ei];
  if (el.boundary) {
    return ti >= limit || tokens[ti].pos === 'PUNCT' ? run(p, tokens, ei + 1, ti, limit, keyOut) : -1;
  }
  // Count how many consecutive tokens this element can take, then try longest first.
  let n = 0;
  while (n < el.max && ti + n < limit && test(el, tokens[ti + n])) n++;
  for (let k = n; k >= el.min; k--) {
    const end = run(p, tokens, ei + 1, ti + k, limit, keyOut);
    if (end >= 0) {
      if (el.key && k > 0) keyOut[0] = ti;
      return end;
    }
  }
  return -1;
}

/** A set of patterns sharing one index. */
export class PatternSet<R extends { pattern: Pattern }> {
  private byWord = new Map<string, number[]>();
  private loose: number[] = [];
  private stamps: Int32Array;
  private stamp = 0;

  constructor(readonly rules: R[]) {
    this.stamps = new Int32Array(rules.length).fill(-1);
    rules.forEach((r, idx) => {
      if (r.pattern.first) {
        for (const w of r.pattern.first) {
          const list = this.byWord.get(w);
          if (list) list.push(idx);
          else this.byWord.set(w, [idx]);
        }
      } else this.loose.push(idx);
    });
  }

  /** All matches, at most one per rule and anchor token, never crossing a sentence boundary. */
  matchAll(tokens: Token[], sentenceEnd: (i: number) => number, onMatch: (rule: R, m: Match) => void): void {
    const keyOut = [-1];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const limit = sentenceEnd(i);
      if (++this.stamp > 0x3fffffff) {
        this.stamp = 1;
        this.stamps.fill(-1);
      }
      const a = this.byWord.get(t.norm);
      if (a) this.tryAll(a, tokens, i, limit, keyOut, onMatch);
      if (t.lemma !== t.norm) {
        const b = this.byWord.get(t.lemma);
        if (b) this.tryAll(b, tokens, i, limit, keyOut, onMatch);
      }
      if (this.loose.length) this.tryAll(this.loose, tokens, i, limit, keyOut, onMatch);
    }
  }

  private tryAll(list: number[], tokens: Token[], i: number, limit: number, keyOut: number[], onMatch: (rule: R, m: Match) => void): void {
    const stamp = this.stamp;
    const after = i + 1 < limit ? tokens[i + 1] : null;
    for (let n = 0; n < list.length; n++) {
      const idx = list[n];
      if (this.stamps[idx] === stamp) continue;
      this.stamps[idx] = stamp;
      const p = this.rules[idx].pattern;
      if (p.next !== null && (after === null || !(p.next.has(after.norm) || p.next.has(after.lemma)))) continue;
      const start = i - p.offset;
      if (start < 0 || tokens[start].sent !== tokens[i].sent) continue;
      keyOut[0] = -1;
      const end = run(p, tokens, 0, start, limit, keyOut);
      if (end > start) onMatch(this.rules[idx], { start, end, key: keyOut[0] >= 0 ? keyOut[0] : start });
    }
  }
}
