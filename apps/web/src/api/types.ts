import type { paths } from './schema';

/** Types derived from the OpenAPI paths, so they follow the document whatever its schema names. */
type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;

export type Me = JsonOf<paths['/api/auth/me']['get']['responses'][200]>;
export type LoginRequest = NonNullable<
  paths['/api/auth/login']['post']['requestBody']
>['content']['application/json'];
export type LoginResponse = JsonOf<paths['/api/auth/login']['post']['responses'][200]>;
