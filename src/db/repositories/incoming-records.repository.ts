import { type RawBuilder, sql } from 'kysely'
import type { NotImportedReason, Outcome } from '../../domain/matching/index.ts'
import type { Executor } from '../database.ts'

/**
 * An incoming record's bytes: its slice of its bulk file's `raw` (read without the rest of the
 * file: the column is stored uncompressed). Needs both tables in scope, by these names or aliases.
 */
export function incomingRaw(incoming = 'incoming_records', bulkFile = 'bulk_files'): RawBuilder<Buffer> {
  return sql<Buffer>`substring(${sql.ref(`${bulkFile}.raw`)} FROM ${sql.ref(`${incoming}.raw_start`)} + 1 FOR ${sql.ref(`${incoming}.raw_length`)})`
}

export interface IncomingRaw {
  position: number
  raw: Buffer
  problem_code: string | null
  problem_message: string | null
}

export interface IncomingFilter {
  outcome?: Outcome
  reason?: NotImportedReason
}

/**
 * A bulk file's incoming records in position order, a page at a time: memory holds one page
 * whatever the file's size (a bulk file may hold 10,000 records, one record up to a megabyte).
 */
export async function* streamIncomingRecords(
  db: Executor,
  bulkFileId: string,
  filter: IncomingFilter = {},
  pageSize = 100,
): AsyncGenerator<IncomingRaw> {
  let after = 0
  for (;;) {
    let query = db
      .selectFrom('incoming_records')
      .innerJoin('bulk_files', 'bulk_files.id', 'incoming_records.bulk_file_id')
      .select(['incoming_records.position', incomingRaw().as('raw'), 'incoming_records.problem_code', 'incoming_records.problem_message'])
      .where('incoming_records.bulk_file_id', '=', bulkFileId)
      .where('incoming_records.position', '>', after)
    if (filter.outcome !== undefined) query = query.where('incoming_records.outcome', '=', filter.outcome)
    if (filter.reason !== undefined) query = query.where('incoming_records.reason', '=', filter.reason)
    const page = await query.orderBy('incoming_records.position').limit(pageSize).execute()
    for (const row of page) yield row
    const last = page[page.length - 1]
    if (last === undefined || page.length < pageSize) return
    after = last.position
  }
}

export async function countIncomingRecords(db: Executor, bulkFileIds: readonly string[], filter: IncomingFilter = {}): Promise<number> {
  if (bulkFileIds.length === 0) return 0
  let query = db
    .selectFrom('incoming_records')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('bulk_file_id', 'in', [...bulkFileIds])
  if (filter.outcome !== undefined) query = query.where('outcome', '=', filter.outcome)
  if (filter.reason !== undefined) query = query.where('reason', '=', filter.reason)
  return (await query.executeTakeFirstOrThrow()).n
}

/** The one incoming record of a single-record job, with what became of it; undefined before the split. */
export async function findSingleIncomingRecord(db: Executor, jobId: string) {
  return db
    .selectFrom('incoming_records as i')
    .innerJoin('bulk_files as b', 'b.id', 'i.bulk_file_id')
    .select([incomingRaw('i', 'b').as('raw'), 'i.outcome', 'i.reason', 'i.mms_id', 'i.matched', 'i.candidates', 'i.problem_code', 'i.problem_message', 'i.problems'])
    .where('i.job_id', '=', jobId)
    .executeTakeFirst()
}
