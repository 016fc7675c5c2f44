import { sql } from 'kysely'
import type { Executor } from './database.ts'

/** This transaction's commit does not wait for the WAL to reach the disk (callers argue why that is safe). */
export async function setLocalSynchronousCommitOff(trx: Executor): Promise<void> {
  await sql`SET LOCAL synchronous_commit = off`.execute(trx)
}

export async function savepoint(trx: Executor, name: 'dry_run'): Promise<void> {
  await sql`SAVEPOINT ${sql.id(name)}`.execute(trx)
}

export async function rollbackToSavepoint(trx: Executor, name: 'dry_run'): Promise<void> {
  await sql`ROLLBACK TO SAVEPOINT ${sql.id(name)}`.execute(trx)
}
