/** SQL statements prepared once per connection, on first use. */
import type { DatabaseSync, StatementSync } from 'node:sqlite';

export class Statements {
  private readonly cache = new Map<string, StatementSync>();

  /** With `arrays`, rows come back as arrays (cheaper for many rows) instead of objects. */
  constructor(
    private readonly db: DatabaseSync,
    private readonly arrays = false,
  ) {}

  get(sql: string): StatementSync {
    let statement = this.cache.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      if (this.arrays) statement.setReturnArrays(true);
      this.cache.set(sql, statement);
    }
    return statement;
  }
}
