import type { ModuleKindName } from '../api';
import type { ActiveListeningContent, PurchaseFlowContent, RecallContent } from '../content-types';
import type { DraftContent } from '../templates';
import { ConversationPreview } from './ConversationPreview';
import { PurchaseFlowPreview } from './PurchaseFlowPreview';
import { RecallPreview } from './RecallPreview';
import './preview.css';

/**
 * The module as a learner meets it, built from the working copy (saved or not). Nothing
 * typed here is stored: it is a rehearsal for the author.
 */
export function ModulePreview({ kind, title, content }: { kind: ModuleKindName; title: string; content: DraftContent }) {
  return (
    <section className="preview" aria-labelledby="preview-title">
      <div className="preview__banner">
        <h2 id="preview-title">Preview: {title || 'Untitled module'}</h2>
        <p>This is what a learner sees. Nothing you do here is saved or scored.</p>
      </div>
      <div className="preview__body">
        {kind === 'recall' ? (
          <RecallPreview content={content as unknown as RecallContent} />
        ) : kind === 'purchase-flow' ? (
          <PurchaseFlowPreview content={content as unknown as PurchaseFlowContent} />
        ) : kind === 'active-listening' ? (
          <ConversationPreview content={content as unknown as ActiveListeningContent} />
        ) : (
          <p>This kind of module has no preview in this version of Footsteps yet.</p>
        )}
      </div>
    </section>
  );
}

/** Step navigation shared by the step-by-step previews. */
export function StepNav({
  step,
  count,
  onStep,
  label,
}: {
  step: number;
  count: number;
  onStep: (step: number) => void;
  label: string;
}) {
  return (
    <div className="preview-steps">
      <p className="muted" aria-live="polite">
        {label} {step + 1} of {count}
      </p>
      <div className="actions">
        <button type="button" className="button button--quiet" aria-disabled={step === 0} onClick={() => step > 0 && onStep(step - 1)}>
          Back
        </button>
        <button
          type="button"
          className="button button--primary"
          aria-disabled={step === count - 1}
          onClick={() => step < count - 1 && onStep(step + 1)}
        >
          Next
        </button>
      </div>
    </div>
  );
}

export function Missing({ what }: { what: string }) {
  return <span className="preview-missing">[{what} not written yet]</span>;
}
