// npx tsx libs/empathy/eval/explain.ts "customer text" "reply text"
// Shows the tokens, the phrase cues that fired and the final analysis, for working on the rules.
import { analyzeReply } from '../src/analyze.js';
import { tokenize } from '../src/tokenize.js';
import { RULE_SET } from '../src/rules.js';

const [customer = '', reply = ''] = process.argv.slice(2);
const tk = tokenize(reply);
console.log(tk.tokens.map((t, i) => `${i}:${t.norm}/${t.lemma}/${t.pos}${t.neg ? '/NEG' : ''}`).join(' '));
const ends = new Int32Array(tk.tokens.length);
for (const s of tk.sentences) for (let i = s.from; i < s.to; i++) ends[i] = s.to;
RULE_SET.matchAll(tk.tokens, (i) => ends[i], (rule, m) => {
  console.log(`  ${rule.kind.padEnd(12)} [${m.start},${m.end}) key ${m.key}  "${tk.tokens.slice(m.start, m.end).map((t) => t.text).join(' ')}"  <= ${rule.pattern.source}`);
});
console.log(JSON.stringify(analyzeReply({ customer, reply }), null, 1));
