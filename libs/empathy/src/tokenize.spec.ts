import { tokenize } from './tokenize.js';
import { stemOf } from './tokens.js';

const norms = (text: string) => tokenize(text).tokens.map((t) => t.norm);

describe('tokenize', () => {
  it('splits contractions, typed with or without an apostrophe', () => {
    expect(norms("I'm sorry you can't log in")).toEqual(['i', 'am', 'sorry', 'you', 'can', 'not', 'log', 'in']);
    expect(norms('Im sure thats fine, dont worry')).toEqual(['i', 'am', 'sure', 'that', 'is', 'fine', ',', 'do', 'not', 'worry']);
    expect(norms('It’s the driver’s fault')).toEqual(['it', 'is', 'the', 'driver', "'s", 'fault']);
    expect(norms("You'd fasted and you'd be hungry")).toEqual(['you', 'had', 'fasted', 'and', 'you', 'would', 'be', 'hungry']);
  });

  it('keeps offsets that point into the original text', () => {
    const text = 'Hi — it’s $25.00 off at 3.30pm! Mr. Smith said so.';
    for (const t of tokenize(text).tokens) expect(text.slice(t.start, t.end)).toBe(t.text.replace("'", text[t.start + t.text.indexOf("'")] ?? "'"));
  });

  it('splits sentences but not after abbreviations or inside numbers', () => {
    const { sentences, tokens } = tokenize('Mr. Smith paid $25.00 today. Is that right?\nYes');
    const text = sentences.map((s) => tokens.slice(s.from, s.to).map((t) => t.text).join(' '));
    expect(text).toEqual(['Mr . Smith paid $ 25.00 today .', 'Is that right ?', 'Yes']);
  });

  it('scopes negation to the clause, or to the noun phrase after "no" and "without"', () => {
    const neg = (text: string) => tokenize(text).tokens.filter((t) => t.neg).map((t) => t.norm);
    expect(neg("I don't see why you're upset, it's fine")).toEqual(['see', 'why', 'you', 'are', 'upset']);
    expect(neg('A bill with no warning would worry anyone')).toEqual(['warning']);
    expect(neg('Notifications that won\'t stop would drive anyone mad')).toEqual(['stop']);
    expect(neg('Why not add it?')).toEqual([]);
  });

  it('stems word forms to one key', () => {
    expect(new Set(['charge', 'charged', 'charges', 'charging'].map(stemOf)).size).toBe(1);
    expect(stemOf('cancelled')).toBe(stemOf('cancel'));
    expect(stemOf('deliveries')).toBe(stemOf('delivery'.replace(/y$/, 'ies')));
  });
});
