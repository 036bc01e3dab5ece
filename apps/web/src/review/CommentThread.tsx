import { useId, useState } from 'react';
import { FieldErrors } from '../ui/Field';
import { formatDateTime, useAddComment, type ReviewComment } from './api';

/**
 * The coach's comments on one part of the work (a step, a turn) or on the whole attempt
 * (anchor null), and a way to add one. The learner reads them beside their work.
 */
export function CommentThread({
  attemptId,
  anchor,
  comments,
  about,
  alwaysOpen,
}: {
  attemptId: string;
  anchor: string | null;
  comments: readonly ReviewComment[];
  /** What the comment is about, for the button and the field's label: "this turn". */
  about: string;
  alwaysOpen?: boolean;
}) {
  const mine = comments.filter((c) => c.anchor === anchor);
  const [open, setOpen] = useState(Boolean(alwaysOpen));
  const [body, setBody] = useState('');
  const [error, setError] = useState<string[] | undefined>();
  const add = useAddComment(attemptId);
  const id = useId();

  return (
    <div className="stack stack--tight">
      {mine.length ? (
        <ul className="comments" aria-label={`Comments on ${about}`}>
          {mine.map((c) => (
            <li key={c.id} className="comment">
              <p className="comment__meta">
                {c.authorName} · {formatDateTime(c.createdAt)}
              </p>
              <p className="comment__body">{c.body}</p>
            </li>
          ))}
        </ul>
      ) : null}
      {open ? (
        <form
          className="stack stack--tight"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!body.trim()) {
              setError(['Write your comment first.']);
              document.getElementById(`${id}-body`)?.focus();
              return;
            }
            setError(undefined);
            add.mutate(
              { anchor, body: body.trim() },
              {
                onSuccess: () => {
                  setBody('');
                  if (!alwaysOpen) setOpen(false);
                },
              },
            );
          }}
        >
          <div className={`field${error ? ' field--invalid' : ''}`}>
            <label htmlFor={`${id}-body`}>Your comment on {about}</label>
            <textarea
              id={`${id}-body`}
              rows={3}
              maxLength={4000}
              value={body}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-body-error` : undefined}
              autoFocus={!alwaysOpen}
              onChange={(event) => setBody(event.target.value)}
            />
            <FieldErrors id={`${id}-body`} errors={error} />
          </div>
          {add.isError ? (
            <p className="field__error" role="alert">
              The comment was not saved: {add.error.message}
            </p>
          ) : null}
          <p className="actions">
            <button type="submit" className="button button--primary button--small" aria-disabled={add.isPending}>
              {add.isPending ? 'Posting…' : 'Post comment'}
            </button>
            {!alwaysOpen ? (
              <button type="button" className="button button--quiet button--small" onClick={() => setOpen(false)}>
                Cancel
              </button>
            ) : null}
          </p>
        </form>
      ) : (
        <p>
          <button type="button" className="button button--quiet button--small" onClick={() => setOpen(true)}>
            Comment on {about}
          </button>
        </p>
      )}
    </div>
  );
}
