// npm run eval:empathy [-- --errors tune|holdout|all]
// Prints precision, recall and F1 per signal for each half of the labelled set and for both
// together. Exits non-zero when any signal's F1 on the whole set is below 0.9.
import { analyzeReply } from '../src/analyze.js';
import { EMPATHY_SIGNALS, type EmpathySignal } from '../src/types.js';
import { HALVES, loadHalf, type LabelledPair } from './dataset.js';

const TARGET = 0.9;

interface Counts { tp: number; fp: number; fn: number }

function measure(rows: LabelledPair[], errors: boolean, name: string): Record<EmpathySignal, Counts> {
  const c = Object.fromEntries(EMPATHY_SIGNALS.map((s) => [s, { tp: 0, fp: 0, fn: 0 }])) as Record<EmpathySignal, Counts>;
  for (const row of rows) {
    const got = analyzeReply({ customer: row.customer, reply: row.reply });
    for (const s of EMPATHY_SIGNALS) {
      const want = row.signals.includes(s);
      const have = got.signals[s];
      if (want && have) c[s].tp++;
      else if (!want && have) c[s].fp++;
      else if (want && !have) c[s].fn++;
      if (errors && want !== have) {
        const ev = got.evidence.filter((e) => e.signal === s).map((e) => e.text).join(' | ');
        console.log(`  ${name} ${row.id} ${want ? 'MISSED' : 'FALSE '} ${s.padEnd(11)} ${row.reply}${ev ? `   <- ${ev}` : ''}`);
      }
    }
  }
  return c;
}

const f = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');

function table(title: string, c: Record<EmpathySignal, Counts>, n: number): number {
  console.log(`\n${title} (${n} pairs)`);
  console.log('  signal        precision  recall     F1     support');
  let worst = 1;
  for (const s of EMPATHY_SIGNALS) {
    const { tp, fp, fn } = c[s];
    const p = tp / (tp + fp);
    const r = tp / (tp + fn);
    const f1 = tp === 0 ? 0 : (2 * p * r) / (p + r);
    worst = Math.min(worst, f1);
    console.log(`  ${s.padEnd(12)}  ${f(p).padStart(9)}  ${f(r).padStart(6)}  ${f(f1).padStart(6)}  ${String(tp + fn).padStart(8)}`);
  }
  return worst;
}

const args = process.argv.slice(2);
const errIdx = args.indexOf('--errors');
const showErrors = errIdx >= 0 ? (args[errIdx + 1] ?? 'all') : '';

const all: LabelledPair[] = [];
const total = Object.fromEntries(EMPATHY_SIGNALS.map((s) => [s, { tp: 0, fp: 0, fn: 0 }])) as Record<EmpathySignal, Counts>;
for (const half of HALVES) {
  const rows = loadHalf(half);
  all.push(...rows);
  const c = measure(rows, showErrors === half || showErrors === 'all', half);
  for (const s of EMPATHY_SIGNALS) for (const k of ['tp', 'fp', 'fn'] as const) total[s][k] += c[s][k];
  table(`${half} half`, c, rows.length);
}
const worst = table('all', total, all.length);
console.log(`\nlowest F1 on all pairs: ${worst.toFixed(3)} (target ${TARGET})`);
if (worst < TARGET) process.exitCode = 1;
