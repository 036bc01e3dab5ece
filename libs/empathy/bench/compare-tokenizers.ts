// npx tsx libs/empathy/bench/compare-tokenizers.ts
// The analyzer's rules over two tokenizers: wink-nlp (tokenizer, sentence splitter and POS tagger
// from wink-eng-lite-web-model) and the lean tokenizer it ships with. Prints the cost of each
// tokenizer alone, the whole analyzer's throughput and p99 on each, and F1 per signal on each, so
// the choice in README.md can be re-checked. Each tokenizer runs in its own child process, so
// wink's model (tens of megabytes of heap) does not slow the other run's garbage collection.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createAnalyzer } from '../src/analyze.js';
import { tokenize } from '../src/tokenize.js';
import type { Tokenizer } from '../src/tokens.js';
import { EMPATHY_SIGNALS } from '../src/types.js';
import { HALVES, loadHalf } from '../eval/dataset.js';

const pairs = HALVES.flatMap((h) => loadHalf(h));
const ROUNDS = 15;

function cpuRate(fn: (i: number) => void): { rate: number; p99: number } {
  for (let i = 0; i < pairs.length * 20; i++) fn(i % pairs.length); // warm up the JIT as bench.ts does
  const n = ROUNDS * pairs.length;
  const lat = new Float64Array(n);
  const c0 = process.cpuUsage();
  for (let i = 0; i < n; i++) {
    const a = performance.now();
    fn(i % pairs.length);
    lat[i] = performance.now() - a;
  }
  const c = process.cpuUsage(c0);
  lat.sort();
  return { rate: n / ((c.user + c.system) / 1e6), p99: lat[Math.floor(n * 0.99)] };
}

function f1s(tokenizer: Tokenizer): string {
  const analyze = createAnalyzer(tokenizer);
  const out: string[] = [];
  const results = pairs.map((p) => analyze({ customer: p.customer, reply: p.reply }));
  for (const s of EMPATHY_SIGNALS) {
    let tp = 0, fp = 0, fn = 0;
    pairs.forEach((p, i) => {
      const want = p.signals.includes(s);
      const got = results[i].signals[s];
      if (want && got) tp++;
      else if (got) fp++;
      else if (want) fn++;
    });
    out.push(`${s} ${((2 * tp) / (2 * tp + fp + fn)).toFixed(3)}`);
  }
  return out.join(', ');
}

async function measure(which: string): Promise<void> {
  const tk: Tokenizer = which === 'wink' ? (await import('../src/tokenize-wink.js')).tokenizeWithWink : tokenize;
  const name = which === 'wink' ? 'wink-nlp (tokenizer, sentences, POS)' : 'lean tokenizer';
  const analyze = createAnalyzer(tk);
  const alone = cpuRate((i) => tk(pairs[i].reply));
  let salt = 0;
  const whole = cpuRate((i) => analyze({ customer: `${pairs[i].customer} ${++salt}`, reply: pairs[i].reply }));
  console.log(`${name}`);
  console.log(`  tokenizer alone   ${Math.round(alone.rate).toLocaleString('en')} replies per CPU-second (${(1e6 / alone.rate).toFixed(1)} us each)`);
  console.log(`  whole analyzer    ${Math.round(whole.rate).toLocaleString('en')} replies per CPU-second, p99 ${whole.p99.toFixed(3)} ms`);
  console.log(`  F1 on ${pairs.length} pairs  ${f1s(tk)}`);
}

const which = process.argv[2];
if (which) {
  await measure(which);
} else {
  for (const w of ['lean', 'wink']) {
    const run = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), w], { stdio: 'inherit' });
    if (run.status !== 0) process.exitCode = 1;
  }
}
