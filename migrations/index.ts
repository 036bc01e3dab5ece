import { Init1795364288221 } from './1795364288221-Init.js';

/** Every migration, in order. A new migration is generated into this folder and added here. */
export const MIGRATIONS: (new () => object)[] = [Init1795364288221];
