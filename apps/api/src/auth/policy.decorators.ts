import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Permission } from '#contracts';
import { DomainError } from '../common/errors/domain-error.js';
import type { Principal } from './principal.js';

export const IS_PUBLIC = 'footsteps:public';
export const REQUIRED_PERMISSION = 'footsteps:permission';

/** The route needs no sign-in. Every route declares this or `@RequirePermission`; there is no default. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

/** The route needs a signed-in person holding this permission (see `#contracts` PERMISSIONS). */
export const RequirePermission = (permission: Permission): MethodDecorator & ClassDecorator =>
  SetMetadata(REQUIRED_PERMISSION, permission);

/** The verified caller of a route that requires a permission. */
export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  const principal = ctx.switchToHttp().getRequest<{ principal?: Principal }>().principal;
  if (!principal) throw new DomainError('UNAUTHENTICATED', 'Please sign in.');
  return principal;
});
