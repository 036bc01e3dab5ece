// npm run bench:empathy
// Throughput on one core and per-reply latency, over the labelled replies. Each customer message
// is made unique, so the customer-side cache never helps (a second block shows the typing case,
// where the customer's message repeats and its analysis is cached).
//
// Shared machines are noisy, so:
// - throughput is replies per CPU-second of this process: what one core does, whatever else runs;
// - latency is timed per call on the wall clock, in several trials. "p99 of all calls" is the plain
//   figure (median trial). "p99 of per-reply medians" takes each reply's median time over all its
//   runs first, which removes the moments the process waited for a core on a busy machine.
// The target check uses the plain p99 unless the machine has more runnable work than cores (load
// average above the core count), when it uses the per-reply figure and says so.
import { cpus, loadavg } from 'node:os';
import { analyzeReply } from '../src/analyze.js';
import { HALVES, loadHalf } from '../eval/dataset.js';

const pairs = HALVES.flatMap((h) => loadHalf(h));
const TARGET_RATE = 20_000;
const TARGET_P99_MS = 1;
const TRIALS = 7;
const ROUNDS = 20;

interface Series {
  cpuRate: number;
  wallRate: number;
  p50: number;
  p99All: number;
  p99Robust: number;
  max: number;
}

const median = (xs: ArrayLike<number>) => Array.from(xs).sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (sorted: Float64Array, q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))];

let salt = 0;
function series(uniqueCustomers: boolean): Series {
  const perReply = pairs.map(() => new Float64Array(ROUNDS * TRIALS));
  const rates: number[] = [];
  const walls: number[] = [];
  const p99s: number[] = [];
  const p50s: number[] = [];
  let max = 0;
  for (let trial = -1; trial < TRIALS; trial++) {
    const lat = new Float64Array(ROUNDS * pairs.length);
    let k = 0;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    for (let round = 0; round < ROUNDS; round++) {
      for (let i = 0; i < pairs.length; i++) {
        const p = pairs[i];
        // several labelled replies share a customer message: salt every call so none is cached
        const customer = uniqueCustomers ? `${p.customer} #${++salt}` : p.customer;
        const a = performance.now();
        analyzeReply({ customer, reply: p.reply });
        const d = performance.now() - a;
        lat[k++] = d;
        if (trial >= 0) perReply[i][trial * ROUNDS + round] = d;
      }
    }
    if (trial < 0) continue; // the first pass only warms the JIT
    const wall = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    lat.sort();
    rates.push(lat.length / ((cpu.user + cpu.system) / 1e6));
    walls.push((lat.length / wall) * 1000);
    p99s.push(pct(lat, 0.99));
    p50s.push(pct(lat, 0.5));
    max = Math.max(max, lat[lat.length - 1]);
  }
  const robust = Float64Array.from(perReply.map(median)).sort();
  return { cpuRate: median(rates), wallRate: median(walls), p50: median(p50s), p99All: median(p99s), p99Robust: pct(robust, 0.99), max };
}

function report(name: string, s: Series): void {
  console.log(name);
  console.log(`  throughput  ${Math.round(s.cpuRate).toLocaleString('en')} replies per CPU-second (one core); wall clock ${Math.round(s.wallRate).toLocaleString('en')}/s`);
  console.log(`  latency     p50 ${s.p50.toFixed(3)} ms; p99 of all calls ${s.p99All.toFixed(3)} ms; p99 of per-reply medians ${s.p99Robust.toFixed(3)} ms; max ${s.max.toFixed(1)} ms`);
}

const load = loadavg()[0];
const cores = cpus().length;
const busy = load > cores;
console.log(`${pairs.length} labelled replies x ${ROUNDS} rounds x ${TRIALS} trials, one thread, Node ${process.version}, load average ${load.toFixed(2)} on ${cores} cores`);
const cold = series(true);
report('every customer message new', cold);
report('customer message repeated (as while typing)', series(false));
const p99 = busy ? cold.p99Robust : cold.p99All;
const ok = cold.cpuRate >= TARGET_RATE && p99 <= TARGET_P99_MS;
console.log(
  `targets (>= ${TARGET_RATE.toLocaleString('en')} replies/s on one core, p99 <= ${TARGET_P99_MS} ms${busy ? ', judged on per-reply medians because the machine is overloaded' : ''}): ${ok ? 'met' : 'NOT met'}`,
);
if (!ok) process.exitCode = 1;
