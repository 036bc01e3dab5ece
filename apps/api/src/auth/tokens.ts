import { createHmac, randomBytes } from 'node:crypto';

/** A new opaque token for a session or invitation (256 bits, URL-safe). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored instead of the token: a keyed hash, useless without the server's secret. */
export function hashToken(token: string, secret: string): string {
  return createHmac('sha256', secret).update(token).digest('base64url');
}
