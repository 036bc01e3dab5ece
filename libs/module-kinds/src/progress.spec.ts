import { courseProgress, moduleProgress, type AttemptInput, type ModuleState } from './progress.js';
import { purchaseFlowSample } from './purchase-flow/sample.js';
import { activeListeningSample } from './active-listening/sample.js';

const draft = (answer: unknown, extra: Partial<AttemptInput> = {}): AttemptInput => ({
  state: 'draft',
  kind: 'purchase-flow',
  content: purchaseFlowSample,
  answer,
  ...extra,
});

describe('moduleProgress', () => {
  it('is not started without attempts', () => {
    expect(moduleProgress([])).toEqual({ status: 'not_started', percent: 0, score: null, overdue: false });
  });

  it('is in progress with the kind\'s percent for a draft', () => {
    const answer = { stages: { compare: { tasks: { 'pick-plan': { optionId: 'mid' } }, emotion: 0 } } };
    expect(moduleProgress([draft(answer)])).toEqual({ status: 'in_progress', percent: 25, score: null, overdue: false });
    expect(moduleProgress([draft(null)])).toMatchObject({ status: 'in_progress', percent: 0 });
    expect(moduleProgress([draft('garbage')])).toMatchObject({ status: 'in_progress', percent: 0 });
  });

  it('never shows 100% before submission', () => {
    const attempt: AttemptInput = {
      state: 'draft',
      kind: 'active-listening',
      content: activeListeningSample,
      answer: { steps: [{ nodeId: 'first-reply', optionId: 'doubt' }, { nodeId: 'recover', optionId: 'policy' }] },
    };
    expect(moduleProgress([attempt])).toMatchObject({ status: 'in_progress', percent: 99 });
  });

  it('is completed once any attempt is submitted, with the best score, even while a retry is a draft', () => {
    const attempts: AttemptInput[] = [
      draft({}, { state: 'scored', score: 60 }),
      draft({}, { state: 'scored', score: 85 }),
      draft({}, { state: 'draft' }),
    ];
    expect(moduleProgress(attempts)).toEqual({ status: 'completed', percent: 100, score: 85, overdue: false });
    expect(moduleProgress([draft({}, { state: 'submitted', score: null })])).toMatchObject({ status: 'completed', score: null });
  });

  it('ignores practice attempts', () => {
    expect(moduleProgress([draft({}, { state: 'scored', score: 90, practice: true })])).toMatchObject({ status: 'not_started' });
  });

  it('is overdue when not completed after the due date', () => {
    const now = new Date('2027-03-02T10:00:00Z');
    expect(moduleProgress([], { dueAt: '2027-03-01T00:00:00Z', now }).overdue).toBe(true);
    expect(moduleProgress([draft({})], { dueAt: new Date('2027-03-05T00:00:00Z'), now }).overdue).toBe(false);
    expect(moduleProgress([draft({}, { state: 'scored', score: 50 })], { dueAt: '2027-03-01T00:00:00Z', now }).overdue).toBe(false);
  });
});

describe('courseProgress', () => {
  const done = (moduleId: string, score: number | null): ModuleState => ({ moduleId, status: 'completed', percent: 100, score });
  const started = (moduleId: string, percent: number): ModuleState => ({ moduleId, status: 'in_progress', percent, score: null });
  const fresh = (moduleId: string): ModuleState => ({ moduleId, status: 'not_started', percent: 0, score: null });

  it('is not started until a module is started', () => {
    expect(courseProgress({ kind: 'all-completed' }, [fresh('a'), fresh('b')])).toMatchObject({ status: 'not_started', percent: 0, score: null });
    expect(courseProgress({ kind: 'all-completed' }, [])).toMatchObject({ status: 'not_started', totalModules: 0 });
  });

  it('averages module percents while in progress', () => {
    expect(courseProgress({ kind: 'all-completed' }, [done('a', 80), started('b', 50), fresh('c')])).toEqual({
      status: 'in_progress',
      percent: 50,
      score: 80,
      overdue: false,
      completedModules: 1,
      totalModules: 3,
      belowMinScore: [],
    });
  });

  it('is completed when every module is, with the mean score', () => {
    expect(courseProgress({ kind: 'all-completed' }, [done('a', 80), done('b', 91)])).toMatchObject({
      status: 'completed',
      percent: 100,
      score: 86,
    });
  });

  it('with a minimum score, waits for every module to reach it', () => {
    const result = courseProgress({ kind: 'all-completed', minScore: 70 }, [done('a', 80), done('b', 60), done('c', null)]);
    expect(result).toMatchObject({ status: 'in_progress', percent: 99, belowMinScore: ['b', 'c'] });
    expect(courseProgress({ kind: 'all-completed', minScore: 70 }, [done('a', 80), done('b', 70)]).status).toBe('completed');
  });

  it('is overdue when not completed after the due date', () => {
    const now = new Date('2027-03-02T10:00:00Z');
    expect(courseProgress({ kind: 'all-completed' }, [started('a', 10)], { dueAt: '2027-03-01', now }).overdue).toBe(true);
  });
});
