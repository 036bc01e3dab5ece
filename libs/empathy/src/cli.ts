// npm run -s empathy < pairs.jsonl > results.jsonl
// Reads one {"customer": "...", "reply": "..."} object per line on stdin and writes one result per
// line on stdout, in the same order. A bad line yields {"error": "...", "line": n}; the run goes on.
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { handleLine } from './cli-core.js';

async function main(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  let buffer = '';
  for await (const text of lines) {
    buffer += JSON.stringify(handleLine(text, ++n)) + '\n';
    if (buffer.length >= 64 * 1024) {
      const ok = process.stdout.write(buffer);
      buffer = '';
      if (!ok) await once(process.stdout, 'drain');
    }
  }
  if (buffer) process.stdout.write(buffer);
}

main().catch((e: unknown) => {
  process.stderr.write(`empathy: ${(e as Error).message}\n`);
  process.exitCode = 1;
});
