import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Permission } from '#contracts';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { DomainError } from '../common/errors/domain-error.js';
import { AuthService } from './auth.service.js';
import { IS_PUBLIC, REQUIRED_PERMISSION } from './policy.decorators.js';
import type { Principal } from './principal.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Denies by default: a route runs only if it is `@Public()` or the caller holds the permission
 * it declares with `@RequirePermission`. A route with neither is refused (and fails the
 * route-policy test). Cookie-authenticated state changes must come from our own origin.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) === true;
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(REQUIRED_PERMISSION, targets);
    const req = context.switchToHttp().getRequest<Request & { principal?: Principal }>();

    if (isPublic) {
      // Public routes that set a cookie (sign-in) are still refused from a foreign origin.
      if (!SAFE_METHODS.has(req.method) && req.headers.origin && !this.isOwnOrigin(req)) {
        throw new DomainError('CSRF_REJECTED', 'This request came from another site and was refused.');
      }
      return true;
    }
    if (!permission) throw new DomainError('FORBIDDEN', 'This route declares no access policy.');

    const principal = await this.principalOf(req);
    if (!principal) throw new DomainError('UNAUTHENTICATED', 'Please sign in.');
    if (principal.via === 'cookie' && !SAFE_METHODS.has(req.method) && !this.isOwnOrigin(req)) {
      throw new DomainError('CSRF_REJECTED', 'This request came from another site and was refused.');
    }
    req.principal = principal;
    if (!principal.permissions.includes(permission)) {
      throw new DomainError('FORBIDDEN', 'You do not have access to this.');
    }
    return true;
  }

  private async principalOf(req: Request): Promise<Principal | null> {
    const header = req.headers.authorization;
    if (header?.startsWith('Bearer ')) return this.auth.authenticate(header.slice(7).trim(), 'bearer');
    const cookie = (req.cookies as Record<string, string> | undefined)?.[this.config.session.cookieName];
    return cookie ? this.auth.authenticate(cookie, 'cookie') : null;
  }

  /** The Origin (or, failing that, Referer) must be this server or the configured public URL. */
  private isOwnOrigin(req: Request): boolean {
    const source = req.headers.origin ?? req.headers.referer;
    if (!source) return false;
    try {
      const origin = new URL(source);
      if (this.config.publicUrl && origin.origin === new URL(this.config.publicUrl).origin) return true;
      return origin.host === req.headers.host;
    } catch {
      return false;
    }
  }
}
