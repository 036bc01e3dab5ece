import { Raw, type FindOperator } from 'typeorm';

/**
 * A find condition `column = ANY($n)` with the ids bound as one array parameter. TypeORM's `In`
 * binds one parameter per id, and PostgreSQL refuses a statement with more than 65,535, which
 * an organization of 100,000 people reaches.
 */
let next = 0;

export function anyOf(ids: readonly string[]): FindOperator<string> {
  // Each condition names its own parameter: two in one query must not share a name.
  const name = `any_of_${(next = (next + 1) % 1_000_000)}`;
  return Raw((column) => `${column} = ANY(:${name})`, { [name]: [...ids] });
}
