import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { handleLine } from './cli-core.js';

describe('handleLine', () => {
  it('analyzes a good line and echoes its id', () => {
    const out = handleLine(JSON.stringify({ id: 'a1', customer: 'My parcel never came.', reply: 'That must be so frustrating.' }), 1);
    expect(out).toMatchObject({ id: 'a1', signals: { emotion: true } });
    expect(out).not.toHaveProperty('error');
  });

  it.each([
    ['not json at all', /invalid JSON/],
    ['', /empty line/],
    ['   ', /empty line/],
    ['[1, 2]', /expected a JSON object/],
    ['"just a string"', /expected a JSON object/],
    ['null', /expected a JSON object/],
    ['{"customer": "hi"}', /"reply" must be a string/],
    ['{"customer": "hi", "reply": 42}', /"reply" must be a string/],
    ['{"customer": ["hi"], "reply": "ok"}', /"customer" must be a string/],
    ['{"customer": "hi", "reply": "ok"', /invalid JSON/],
  ])('turns the bad line %j into an error result', (line, message) => {
    const out = handleLine(line, 3);
    expect(out).toMatchObject({ line: 3 });
    expect((out as { error: string }).error).toMatch(message);
  });

  it('accepts a byte order mark and a missing customer', () => {
    expect(handleLine('\uFEFF{"reply": "What happened?"}', 1)).toMatchObject({ signals: { exploration: true } });
  });
});

describe('empathy command line', () => {
  it('writes one result per input line, in order, and survives bad lines', () => {
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    const input = [
      JSON.stringify({ customer: 'The app crashed.', reply: 'Calm down, it works for everyone else.' }),
      '{oops',
      '',
      JSON.stringify({ customer: 'The app crashed.', reply: 'What were you doing when it crashed?' }),
    ].join('\n');
    const run = spawnSync(`${root}node_modules/.bin/tsx`, ['libs/empathy/src/cli.ts'], { cwd: root, input, encoding: 'utf8', timeout: 30_000 });
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ signals: { dismissal: true } });
    expect(lines[1]).toMatchObject({ line: 2 });
    expect(lines[1].error).toMatch(/invalid JSON/);
    expect(lines[2]).toMatchObject({ error: 'empty line', line: 3 });
    expect(lines[3]).toMatchObject({ signals: { exploration: true } });
  });
});
