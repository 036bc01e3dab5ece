import { RULES } from '../src/rules.js';
for (const r of RULES) if (!r.pattern.first) console.log(r.kind, r.pattern.source);
console.log(RULES.length);
