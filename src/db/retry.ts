import type { Db, Executor } from './database.ts'

const RETRYABLE = new Set(['40001', '40P01']) // serialization_failure, deadlock_detected
const ATTEMPTS = 5

/**
 * What a transaction read changed before it could lock it (a configuration row it planned with was
 * deleted meanwhile): it starts over, as on a serialization failure.
 */
export class ReadOutdated extends Error {}

/**
 * Runs `work` in a transaction, and again from the start on a deadlock or a serialization failure
 * (possible when two transactions change the same records) or when what it read was outdated:
 * those never reach the user.
 */
export async function inRetriedTransaction<T>(db: Db, work: (trx: Executor) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(work)
    } catch (error) {
      const code = (error as { code?: string }).code
      if (attempt < ATTEMPTS && (error instanceof ReadOutdated || (code !== undefined && RETRYABLE.has(code)))) continue
      throw error
    }
  }
}
