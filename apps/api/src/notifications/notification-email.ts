/** What an e-mail needs to know about one notification and its recipient. */
export interface EmailableNotification {
  title: string;
  body: string;
  link: string | null;
  name: string;
}

export interface ComposedEmail {
  subject: string;
  text: string;
}

/**
 * The plain-text e-mail for a notification: a greeting, the message, a link into Footsteps when
 * `publicUrl` is known, and why the person receives it.
 */
export function composeEmail(n: EmailableNotification, publicUrl?: string): ComposedEmail {
  const firstName = n.name.trim().split(/\s+/)[0];
  const open = publicUrl
    ? `Open Footsteps: ${publicUrl.replace(/\/+$/, '')}${n.link ?? '/'}`
    : 'You will find it when you next sign in to Footsteps.';
  const text = [
    firstName ? `Hello ${firstName},` : 'Hello,',
    '',
    n.body,
    '',
    open,
    '',
    '--',
    'Footsteps, the empathy training your organization uses.',
    'You receive this because something in Footsteps needs your attention; the same message is waiting in the app.',
    '',
  ].join('\n');
  return { subject: `Footsteps: ${n.title}`.replace(/[\r\n]+/g, ' '), text };
}
