import { createContext, useContext, type ReactNode } from 'react';
import type { ContentIssue } from './api';

/**
 * Validation issues name the field they concern by its dotted path in the content
 * (`nodes.3.options.1.next`). Each editor field knows its own path, so it can show its issues
 * where they occur; the summary at the top lists them all with links to those fields.
 */
const IssuesContext = createContext<readonly ContentIssue[]>([]);

export function IssuesProvider({ issues, children }: { issues: readonly ContentIssue[]; children: ReactNode }) {
  return <IssuesContext.Provider value={issues}>{children}</IssuesContext.Provider>;
}

/** The DOM id of the control (or group) that edits the content at `path`. */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9_-]/g, '-') || 'content'}`;
}

/** Messages of the issues about exactly this path. */
export function useIssuesAt(path: string): string[] {
  return useContext(IssuesContext)
    .filter((issue) => issue.path === path)
    .map((issue) => issue.message);
}

/** How many issues concern this path or anything inside it (for a card's "2 problems" note). */
export function useIssueCountWithin(path: string): number {
  const prefix = `${path}.`;
  return useContext(IssuesContext).filter((issue) => issue.path === path || issue.path.startsWith(prefix)).length;
}

/** Publish errors come as body fields (`content.nodes.3.text`); editors speak content paths. */
export function issuesFromFieldErrors(errors: readonly { field: string; message: string }[]): {
  content: ContentIssue[];
  meta: Record<string, string[]>;
} {
  const content: ContentIssue[] = [];
  const meta: Record<string, string[]> = {};
  for (const error of errors) {
    if (error.field === 'content' || error.field.startsWith('content.')) {
      content.push({ path: error.field.replace(/^content\.?/, ''), message: error.message });
    } else {
      (meta[error.field] ??= []).push(error.message);
    }
  }
  return { content, meta };
}

/**
 * Moves focus to the field of an issue, opening any collapsed section around it first. Falls
 * back to the nearest enclosing item that exists (an issue on `nodes.3` focuses node 3).
 */
export function focusIssue(path: string): boolean {
  const parts = path.split('.');
  for (let length = parts.length; length >= 0; length -= 1) {
    const element = document.getElementById(fieldId(parts.slice(0, length).join('.')));
    if (!element) continue;
    let parent: HTMLElement | null = element;
    while (parent) {
      if (parent instanceof HTMLDetailsElement) parent.open = true;
      parent = parent.parentElement;
    }
    const target = element.matches('input, select, textarea, button, [tabindex]')
      ? element
      : (element.querySelector<HTMLElement>('input, select, textarea, [tabindex="-1"]') ?? element);
    if (!target.hasAttribute('tabindex') && !target.matches('input, select, textarea, button')) {
      target.setAttribute('tabindex', '-1');
    }
    target.focus();
    target.scrollIntoView?.({ block: 'center' });
    return true;
  }
  return false;
}
