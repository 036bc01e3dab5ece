import { useEffect, useState } from 'react';
import { analyzeReply } from '../../api';
import type { EmpathyAnalysis } from '../../types';

export const ANALYZE_DELAY_MS = 400;

export interface LiveAnalysis {
  analysis: EmpathyAnalysis | null;
  /** The reply text the analysis is for (it may lag behind what is typed). */
  analysedText: string;
  pending: boolean;
  failed: boolean;
}

/**
 * Live hints while the learner types: the empathy analyzer is asked once the typing pauses
 * (about 400 ms), and an answer for older text never replaces one for newer text.
 */
export function useLiveAnalysis(customer: string, reply: string, enabled: boolean): LiveAnalysis {
  const [state, setState] = useState<LiveAnalysis>({ analysis: null, analysedText: '', pending: false, failed: false });
  const text = reply.trim();

  useEffect(() => {
    if (!enabled || text === '') {
      setState({ analysis: null, analysedText: '', pending: false, failed: false });
      return;
    }
    setState((s) => ({ ...s, pending: true }));
    const controller = new AbortController();
    const timer = setTimeout(() => {
      analyzeReply(customer, reply, controller.signal).then(
        (analysis) => {
          if (!controller.signal.aborted) setState({ analysis, analysedText: reply, pending: false, failed: false });
        },
        () => {
          if (!controller.signal.aborted) setState((s) => ({ ...s, pending: false, failed: true }));
        },
      );
    }, ANALYZE_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [customer, reply, text, enabled]);

  return state;
}
