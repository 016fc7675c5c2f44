import type { Db, Executor } from './database.ts'

const RETRYABLE = new Set(['40001', '40P01']) // serialization_failure, deadlock_detected
const ATTEMPTS = 5

/**
 * Runs `work` in a transaction, and again from the start on a deadlock or a serialization failure
 * (possible when two transactions change the same records): those never reach the user.
 */
export async function inRetriedTransaction<T>(db: Db, work: (trx: Executor) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(work)
    } catch (error) {
      const code = (error as { code?: string }).code
      if (attempt < ATTEMPTS && code !== undefined && RETRYABLE.has(code)) continue
      throw error
    }
  }
}
