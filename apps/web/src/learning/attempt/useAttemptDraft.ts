import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, call } from '../../api/client';
import { AttemptError, learningKeys, saveAnswer, submitAttempt } from '../api';
import type { Attempt } from '../types';

/**
 * - `saved`: what the learner sees is what the server has;
 * - `pending`: changed here, saving after a short pause;
 * - `saving`: a save is on its way;
 * - `error`: the last save failed (network, server), the changes are kept here;
 * - `conflict`: another tab or device saved this attempt since we last loaded it;
 * - `closed`: the attempt was submitted elsewhere and can no longer change.
 */
export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error' | 'conflict' | 'closed';

export interface AnswerError {
  /** Path inside the answer, e.g. `best.whyItStuck` (the API's `answer.` prefix removed). */
  path: string;
  message: string;
}

export type SubmitResult =
  | { ok: true; attempt: Attempt }
  | { ok: false; errors: AnswerError[] };

export interface AttemptDraft<A> {
  answer: A;
  /** The attempt as the server last returned it (revision, playState...). */
  attempt: Attempt;
  status: SaveStatus;
  savedAt: Date | null;
  /** Why the last save or submit failed, in words for the learner. */
  problem: string | null;
  /** What is saved now, when another tab or device saved in between. */
  conflict: Attempt | null;
  /** Missing or wrong parts named by the API when submitting, by answer path. */
  errors: AnswerError[];
  /** How many submits the API refused for missing parts; the list of them takes focus on each. */
  refusals: number;
  submitting: boolean;
  /** Changes the answer and saves it after a pause (or at once with `immediate`). */
  update: (next: A | ((previous: A) => A), options?: { immediate?: boolean }) => void;
  /** Saves anything pending now; resolves with the saved attempt, or null if it failed. */
  flush: () => Promise<Attempt | null>;
  /** Changes the answer and waits for it to be saved (a conversation's next move). */
  commit: (next: A) => Promise<Attempt | null>;
  submit: () => Promise<SubmitResult>;
  retry: () => void;
  /** Conflict: drop the changes made here and continue from what is saved. */
  loadLatest: () => Promise<void>;
  /** Conflict: save what is shown here over the other copy. */
  keepMine: () => void;
  clearError: (path: string) => void;
}

export const AUTOSAVE_DELAY_MS = 800;

function stripAnswerPrefix(field: string): string {
  if (field === 'answer') return '';
  return field.startsWith('answer.') ? field.slice('answer.'.length) : field;
}

/**
 * Autosave for a player. The learner's answer lives here; changes are saved after a pause,
 * one request at a time, each carrying the revision it was based on. A 409 VERSION_CONFLICT
 * stops autosaving and keeps both copies until the learner chooses which one to continue with.
 */
export function useAttemptDraft<A extends object>(initial: Attempt, delay = AUTOSAVE_DELAY_MS): AttemptDraft<A> {
  const queryClient = useQueryClient();
  const id = initial.id;
  const [answer, setAnswer] = useState<A>(initial.answer as A);
  const [attempt, setAttempt] = useState<Attempt>(initial);
  const [status, setStatusState] = useState<SaveStatus>('saved');
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Attempt | null>(null);
  const [errors, setErrors] = useState<AnswerError[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const [refusals, setRefusals] = useState(0);

  const answerRef = useRef<A>(initial.answer as A);
  const revisionRef = useRef(initial.revision);
  const lastAttemptRef = useRef<Attempt>(initial);
  const dirtyRef = useRef(false);
  const statusRef = useRef<SaveStatus>('saved');
  const inFlightRef = useRef<Promise<Attempt | null> | null>(null);
  const timerRef = useRef<ReturnType<typeof setTimeout> | null>(null);
  const mountedRef = useRef(true);

  const setStatus = useCallback((next: SaveStatus) => {
    statusRef.current = next;
    if (mountedRef.current) setStatusState(next);
  }, []);

  const remember = useCallback(
    (saved: Attempt) => {
      revisionRef.current = saved.revision;
      lastAttemptRef.current = saved;
      queryClient.setQueryData(learningKeys.attempt(saved.id), saved);
      if (mountedRef.current) setAttempt(saved);
    },
    [queryClient],
  );

  const saveOnce = useCallback(async (): Promise<Attempt | null> => {
    while (inFlightRef.current) await inFlightRef.current;
    if (statusRef.current === 'conflict' || statusRef.current === 'closed') return null;
    if (!dirtyRef.current) return lastAttemptRef.current;
    dirtyRef.current = false;
    const snapshot = answerRef.current;
    setStatus('saving');
    const request = saveAnswer(id, snapshot, revisionRef.current).then(
      (saved) => {
        remember(saved);
        if (mountedRef.current) {
          setSavedAt(new Date());
          setProblem(null);
        }
        setStatus(dirtyRef.current ? 'pending' : 'saved');
        return saved;
      },
      (error: unknown) => {
        dirtyRef.current = true;
        const err = error instanceof AttemptError ? error : new AttemptError(0, undefined);
        if (err.code === 'VERSION_CONFLICT') {
          if (mountedRef.current) setConflict(err.current ?? null);
          setStatus('conflict');
        } else if (err.code === 'CONFLICT') {
          if (mountedRef.current) setProblem(err.message);
          setStatus('closed');
        } else {
          if (mountedRef.current) {
            setProblem(
              err.status === 0
                ? 'Footsteps could not be reached. Your changes are kept on this page; we will try again.'
                : err.message,
            );
            if (err.fieldErrors.length) {
              setErrors(err.fieldErrors.map((f) => ({ path: stripAnswerPrefix(f.field), message: f.message })));
            }
          }
          setStatus('error');
        }
        return null;
      },
    );
    inFlightRef.current = request;
    try {
      return await request;
    } finally {
      inFlightRef.current = null;
    }
  }, [id, remember, setStatus]);

  const flush = useCallback(async (): Promise<Attempt | null> => {
    if (timerRef.current) {
      clearTimeout(timerRef.current);
      timerRef.current = null;
    }
    let saved: Attempt | null = lastAttemptRef.current;
    do {
      saved = await saveOnce();
      if (!saved) return null;
    } while (dirtyRef.current || inFlightRef.current);
    return saved;
  }, [saveOnce]);

  const schedule = useCallback(() => {
    if (timerRef.current) clearTimeout(timerRef.current);
    timerRef.current = setTimeout(() => {
      timerRef.current = null;
      void flush();
    }, delay);
  }, [delay, flush]);

  const update = useCallback(
    (next: A | ((previous: A) => A), options?: { immediate?: boolean }) => {
      const value = typeof next === 'function' ? (next as (previous: A) => A)(answerRef.current) : next;
      answerRef.current = value;
      setAnswer(value);
      dirtyRef.current = true;
      if (statusRef.current === 'conflict' || statusRef.current === 'closed') return;
      setStatus(inFlightRef.current ? 'saving' : 'pending');
      if (options?.immediate) void flush();
      else schedule();
    },
    [flush, schedule, setStatus],
  );

  const commit = useCallback(
    (next: A) => {
      answerRef.current = next;
      setAnswer(next);
      dirtyRef.current = true;
      return flush();
    },
    [flush],
  );

  const retry = useCallback(() => {
    if (statusRef.current !== 'error') return;
    dirtyRef.current = true;
    void flush();
  }, [flush]);

  // A failed save is retried on its own after a while, as long as the page is open.
  useEffect(() => {
    if (status !== 'error') return;
    const timer = setTimeout(() => {
      if (statusRef.current === 'error') void flush();
    }, 5000);
    return () => clearTimeout(timer);
  }, [status, flush]);

  const loadLatest = useCallback(async () => {
    let latest = conflict;
    try {
      latest = await call(() => api.GET('/api/attempts/{id}', { params: { path: { id } } }));
    } catch {
      // The copy that came with the conflict is recent enough to continue from.
    }
    if (!latest) return;
    dirtyRef.current = false;
    answerRef.current = latest.answer as A;
    setAnswer(latest.answer as A);
    setConflict(null);
    setErrors([]);
    setProblem(null);
    remember(latest);
    setSavedAt(new Date());
    setStatus(latest.state === 'draft' ? 'saved' : 'closed');
  }, [conflict, id, remember, setStatus]);

  const keepMine = useCallback(() => {
    if (!conflict) return;
    revisionRef.current = conflict.revision;
    setConflict(null);
    dirtyRef.current = true;
    setStatus('pending');
    void flush();
  }, [conflict, flush, setStatus]);

  const submit = useCallback(async (): Promise<SubmitResult> => {
    setSubmitting(true);
    try {
      const saved = await flush();
      if (!saved) {
        return {
          ok: false,
          errors: [],
        };
      }
      try {
        const result = await submitAttempt(id, revisionRef.current);
        remember(result);
        setErrors([]);
        setProblem(null);
        setStatus('closed');
        void queryClient.invalidateQueries({ queryKey: learningKeys.all, predicate: (q) => q.queryKey[1] !== 'attempt' });
        return { ok: true, attempt: result };
      } catch (error) {
        const err = error instanceof AttemptError ? error : new AttemptError(0, undefined);
        if (err.code === 'VALIDATION_FAILED') {
          const found = err.fieldErrors.map((f) => ({ path: stripAnswerPrefix(f.field), message: f.message }));
          setErrors(found);
          setRefusals((n) => n + 1);
          setProblem(null);
          return { ok: false, errors: found };
        }
        if (err.code === 'VERSION_CONFLICT') {
          setConflict(err.current ?? null);
          setStatus('conflict');
        } else if (err.code === 'CONFLICT') {
          setProblem(err.message);
          setStatus('closed');
        } else {
          setProblem(err.status === 0 ? 'Footsteps could not be reached. Nothing was lost: try again.' : err.message);
        }
        return { ok: false, errors: [] };
      }
    } finally {
      if (mountedRef.current) setSubmitting(false);
    }
  }, [flush, id, queryClient, remember, setStatus]);

  const clearError = useCallback((path: string) => {
    setErrors((current) => (current.some((e) => e.path === path) ? current.filter((e) => e.path !== path) : current));
  }, []);

  // Leaving the page (in the app) saves what is pending; closing the tab asks first.
  useEffect(() => {
    mountedRef.current = true;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (dirtyRef.current || inFlightRef.current) {
        event.preventDefault();
      }
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      mountedRef.current = false;
      if (timerRef.current) {
        clearTimeout(timerRef.current);
        timerRef.current = null;
      }
      if (dirtyRef.current && statusRef.current !== 'conflict' && statusRef.current !== 'closed') void saveOnce();
    };
  }, [saveOnce]);

  return {
    answer,
    attempt,
    status,
    savedAt,
    problem,
    conflict,
    errors,
    refusals,
    submitting,
    update,
    flush,
    commit,
    submit,
    retry,
    loadLatest,
    keepMine,
    clearError,
  };
}
