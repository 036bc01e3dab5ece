// npm run bench:empathy
// Replies per second on one core and per-reply latency percentiles, over the labelled pairs with
// each customer message made unique so the customer-side cache never helps.
import { analyzeReply } from '../src/analyze.js';
import { HALVES, loadHalf } from '../eval/dataset.js';

const pairs = HALVES.flatMap((h) => loadHalf(h));
const TARGET_RATE = 20_000;
const TARGET_P99_MS = 1;

function run(rounds: number, uniqueCustomers: boolean): { rate: number; lat: Float64Array } {
  const n = rounds * pairs.length;
  const lat = new Float64Array(n);
  let k = 0;
  const t0 = performance.now();
  for (let round = 0; round < rounds; round++) {
    for (const p of pairs) {
      const customer = uniqueCustomers ? `${p.customer} (${round})` : p.customer;
      const a = performance.now();
      analyzeReply({ customer, reply: p.reply });
      lat[k++] = performance.now() - a;
    }
  }
  const elapsed = performance.now() - t0;
  return { rate: (n / elapsed) * 1000, lat: lat.sort() };
}

const pct = (lat: Float64Array, q: number) => lat[Math.min(lat.length - 1, Math.floor(lat.length * q))];

run(30, true); // warm up the JIT
const cold = run(60, true);
const warm = run(60, false);
const line = (name: string, r: { rate: number; lat: Float64Array }) =>
  console.log(
    `${name.padEnd(34)} ${Math.round(r.rate).toString().padStart(7)} replies/s   p50 ${pct(r.lat, 0.5).toFixed(3)} ms   p99 ${pct(r.lat, 0.99).toFixed(3)} ms   max ${r.lat[r.lat.length - 1].toFixed(3)} ms`,
  );
console.log(`${pairs.length} labelled pairs, one thread (Node ${process.version})`);
line('every customer message new', cold);
line('customer message repeated (typing)', warm);
const ok = cold.rate >= TARGET_RATE && pct(cold.lat, 0.99) <= TARGET_P99_MS;
console.log(`targets: >= ${TARGET_RATE} replies/s and p99 <= ${TARGET_P99_MS} ms on new messages: ${ok ? 'met' : 'NOT met'}`);
if (!ok) process.exitCode = 1;
