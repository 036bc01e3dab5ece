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
