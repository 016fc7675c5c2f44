import { sql } from 'kysely'
import type { ReportCounter } from '../../domain/import/report.ts'
import type { NotImportedReason, Outcome } from '../../domain/matching/index.ts'
import type { MarcFormat, RecordProblem } from '../../marc/reader.ts'
import type { Executor } from '../database.ts'
import { incomingRaw } from './incoming-records.repository.ts'
import { COUNTER_PREDICATES } from './report.repository.ts'

/**
 * The incoming records behind a report counter. The counter's predicate names `incoming_records`
 * columns unqualified, so it is always applied where that is the only table in scope; joins come
 * after, on its result.
 */
export function counterRecords(jobId: string, counter: ReportCounter) {
  return sql`SELECT * FROM incoming_records WHERE job_id = ${jobId}::uuid AND (${COUNTER_PREDICATES[counter]})`
}

export async function countCounterRecords(db: Executor, jobId: string, counter: ReportCounter): Promise<number> {
  const result = await sql<{ n: number }>`SELECT count(*) AS n FROM (${counterRecords(jobId, counter)}) AS c`.execute(db)
  return Number(result.rows[0]?.n ?? 0)
}

export interface CounterRecordRow {
  bulk_file_id: string
  format: MarcFormat
  position: number
  raw: Buffer
  outcome: Outcome | null
  reason: NotImportedReason | null
  mms_id: number | null
  problem_code: string | null
  problem_message: string | null
  problems: RecordProblem[] | null
  /** What the inventory step said of the record (InventoryTally problems and warnings), null when it did nothing. */
  inventory_problems: string[] | null
  inventory_warnings: string[] | null
}

/** The first `limit` records behind a counter, in bulk file then position order. */
export async function firstCounterRecords(db: Executor, jobId: string, counter: ReportCounter, limit: number): Promise<CounterRecordRow[]> {
  const result = await sql<CounterRecordRow>`
    SELECT c.bulk_file_id, b.format, c.position, ${incomingRaw('c', 'b')} AS raw, c.outcome, c.reason, c.mms_id, c.problem_code, c.problem_message, c.problems,
           ARRAY(SELECT jsonb_array_elements_text(c.inventory->'problems')) AS inventory_problems,
           ARRAY(SELECT jsonb_array_elements_text(c.inventory->'warnings')) AS inventory_warnings
    FROM (${counterRecords(jobId, counter)}) AS c
    JOIN bulk_files b ON b.id = c.bulk_file_id
    ORDER BY b.seq, c.position
    LIMIT ${limit}
  `.execute(db)
  return result.rows
}

export interface CounterBulkFile {
  id: string
  format: MarcFormat
}

/** The bulk files of a job holding at least one record behind the counter, in file order. */
export async function counterBulkFiles(db: Executor, jobId: string, counter: ReportCounter): Promise<CounterBulkFile[]> {
  const result = await sql<CounterBulkFile>`
    SELECT b.id, b.format FROM bulk_files b
    WHERE b.job_id = ${jobId}::uuid
      AND EXISTS (SELECT 1 FROM incoming_records WHERE bulk_file_id = b.id AND (${COUNTER_PREDICATES[counter]}))
    ORDER BY b.seq
  `.execute(db)
  return result.rows
}

/**
 * One bulk file's records behind a counter in position order, a page at a time on the
 * (bulk_file_id, position) index: memory holds one page however many records the counter has.
 */
export async function* streamCounterRecords(
  db: Executor,
  bulkFileId: string,
  counter: ReportCounter,
  pageSize = 200,
): AsyncGenerator<{ position: number; raw: Buffer }> {
  let after = 0
  for (;;) {
    const page = await sql<{ position: number; raw: Buffer }>`
      SELECT c.position, ${incomingRaw('c', 'b')} AS raw
      FROM (
        SELECT bulk_file_id, position, raw_start, raw_length FROM incoming_records
        WHERE bulk_file_id = ${bulkFileId}::uuid AND position > ${after} AND (${COUNTER_PREDICATES[counter]})
        ORDER BY position LIMIT ${pageSize}
      ) AS c
      JOIN bulk_files b ON b.id = c.bulk_file_id
      ORDER BY c.position
    `.execute(db)
    for (const row of page.rows) yield row
    const last = page.rows[page.rows.length - 1]
    if (last === undefined || page.rows.length < pageSize) return
    after = last.position
  }
}
