import type { ReactNode } from 'react';
import { DraftProblems, ErrorSummary, SaveIndicator } from './DraftStatus';
import { FieldErrorsProvider } from './fields';
import type { AttemptDraft } from './useAttemptDraft';

/**
 * What every player shares: the save status bar, a conflict or failed save, the list of what
 * is missing after a refused submit, and the errors each field shows next to itself.
 */
export function PlayerFrame<A extends object>({
  draft,
  label,
  onGo,
  describe,
  scope,
  progress,
  children,
}: {
  draft: AttemptDraft<A>;
  /** Names the player region ("Recall exercise"). */
  label: string;
  onGo: (path: string) => void;
  describe?: (path: string) => string | null;
  /** Which errors belong where the learner is now (a step); all of them when not given. */
  scope?: (path: string) => boolean;
  /** Optional words about how far the learner has come, shown in the status bar. */
  progress?: ReactNode;
  children: ReactNode;
}) {
  const loose = draft as unknown as AttemptDraft<object>;
  return (
    <section className="player" aria-label={label}>
      <div className="player__bar">
        <div className="player__progress">{progress}</div>
        <SaveIndicator draft={loose} />
      </div>
      <DraftProblems draft={loose} />
      <ErrorSummary
        errors={scope ? draft.errors.filter((e) => scope(e.path)) : draft.errors}
        total={draft.errors.length}
        refusals={draft.refusals}
        onGo={onGo}
        describe={describe}
      />
      <FieldErrorsProvider value={{ errors: draft.errors, clearError: draft.clearError }}>
        <div className={draft.status === 'conflict' ? 'player__body player__body--paused' : 'player__body'}>
          {children}
        </div>
      </FieldErrorsProvider>
    </section>
  );
}
