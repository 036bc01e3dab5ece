import { analyzeReply } from '../src/analyze.js';
import { HALVES, loadHalf } from '../eval/dataset.js';
const pairs = HALVES.flatMap((h) => loadHalf(h));
for (let r = 0; r < 300; r++) for (const p of pairs) analyzeReply({ customer: p.customer + r, reply: p.reply });
