/** Pieces shared by the previews of the kinds. */
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
