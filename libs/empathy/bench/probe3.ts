import { tokenize } from '../src/tokenize.js';
for (const s of process.argv.slice(2)) {
  const t = tokenize(s);
  console.log(t.sentences);
  console.log(t.tokens.map((k) => `${k.text}[${k.start},${k.end}]${k.norm}/${k.lemma}/${k.pos}${k.neg ? '/N' : ''}`).join(' '));
  for (const k of t.tokens) if (s.slice(k.start, k.end) !== k.text) console.log('MISMATCH', k);
}
