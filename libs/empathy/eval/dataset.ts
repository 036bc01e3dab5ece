// Loads the labelled JSON Lines files that measure the analyzer.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EMPATHY_SIGNALS, type EmpathySignal } from '../src/types.js';

export interface LabelledPair {
  id: string;
  industry: string;
  customer: string;
  reply: string;
  signals: EmpathySignal[];
}

export const HALVES = ['tune', 'holdout', 'fresh', 'fresh2', 'fresh3', 'fresh4', 'fresh5'] as const;
export type Half = (typeof HALVES)[number];

export function loadHalf(half: Half): LabelledPair[] {
  const path = fileURLToPath(new URL(`./${half}.jsonl`, import.meta.url));
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((line, i) => {
      const row = JSON.parse(line) as LabelledPair;
      for (const s of row.signals) if (!EMPATHY_SIGNALS.includes(s)) throw new Error(`${half}.jsonl line ${i + 1}: unknown signal ${s}`);
      return row;
    });
}
