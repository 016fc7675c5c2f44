import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import type { Executor } from '../db/database.ts'
import type { MarcFormat, ReadItem, RecordProblem } from '../marc/reader.ts'

/**
 * What a split keeps of a record it read: its bytes and problems, not the parsed record. Thousands
 * wait for a flush; as parsed records they would outlive V8's young generation and make garbage
 * collection the split's largest cost.
 */
export interface SplitRecord {
  position: number
  raw: Uint8Array
  problem: RecordProblem | null
  warnings: readonly RecordProblem[]
}

export function splitRecord(item: ReadItem): SplitRecord {
  return item.ok
    ? { position: item.position, raw: item.raw, problem: null, warnings: item.warnings }
    : { position: item.position, raw: item.raw, problem: item.problem, warnings: [] }
}

export interface PendingBulk {
  storedFileId: string
  format: MarcFormat
  items: SplitRecord[]
  bytes: number
}

const FLUSH_RECORDS = 2_000
const FLUSH_BYTES = 8 * 1024 * 1024

/**
 * Writes the bulk files of a split and their incoming records in batches of thousands of records,
 * two statements a batch, whatever the split size: a split of 100,000 records into files of 50 is
 * 2,000 bulk files, and a statement each would cost more than the reading. Ids are made here so a
 * batch needs nothing back from the database. Memory stays at one batch.
 */
export class BulkFileWriter {
  readonly trx: Executor
  readonly jobId: string
  readonly ids: string[] = []
  private files: Array<{ id: string; seq: number; name: string; bulk: PendingBulk }> = []
  private records = 0
  private bytes = 0

  constructor(trx: Executor, jobId: string) {
    this.trx = trx
    this.jobId = jobId
  }

  async add(bulk: PendingBulk, name: string): Promise<void> {
    const id = randomUUID()
    this.ids.push(id)
    this.files.push({ id, seq: this.ids.length, name: `${name} (${this.ids.length})`, bulk })
    this.records += bulk.items.length
    this.bytes += bulk.bytes
    if (this.records >= FLUSH_RECORDS || this.bytes >= FLUSH_BYTES) await this.flush()
  }

  async flush(): Promise<void> {
    const files = this.files
    if (files.length === 0) return
    this.files = []
    this.records = 0
    this.bytes = 0
    // The records' bytes travel as one binary parameter, cut into the files' values in SQL: a
    // bytea[] parameter would be an array literal with every byte written out as two hex digits.
    const raws = Buffer.concat(files.flatMap((f) => f.bulk.items.map((item) => item.raw)))
    // Where each file's bytes start in `raws` (from 1, as substring counts) and how many there are,
    // and where each record starts in its file's (from 0): one pass over the records.
    const fileStarts: number[] = []
    const fileSizes: number[] = []
    const rows: Array<{ bulkFileId: string; item: SplitRecord; start: number }> = []
    let offset = 0
    for (const f of files) {
      let size = 0
      for (const item of f.bulk.items) {
        rows.push({ bulkFileId: f.id, item, start: size })
        size += item.raw.byteLength
      }
      fileStarts.push(offset + 1)
      fileSizes.push(size)
      offset += size
    }
    await sql`
      INSERT INTO bulk_files (id, job_id, stored_file_id, seq, name, format, record_count, size_bytes, raw)
      SELECT f.id, ${this.jobId}::uuid, f.stored_file_id, f.seq, f.name, f.format, f.record_count, f.size_bytes,
             substring(${raws}::bytea FROM f.start FOR f.size_bytes::int)
      FROM unnest(${files.map((f) => f.id)}::uuid[], ${files.map((f) => f.bulk.storedFileId)}::uuid[], ${files.map((f) => f.seq)}::int[],
                  ${files.map((f) => f.name)}::text[], ${files.map((f) => f.bulk.format)}::text[],
                  ${files.map((f) => f.bulk.items.length)}::int[], ${fileSizes}::bigint[], ${fileStarts}::int[])
        AS f(id, stored_file_id, seq, name, format, record_count, size_bytes, start)
    `.execute(this.trx)
    await sql`
      INSERT INTO incoming_records (job_id, bulk_file_id, position, raw_start, raw_length, problem_code, problem_message, warnings)
      SELECT ${this.jobId}::uuid, r.bulk_file_id, r.position, r.raw_start, r.raw_length, r.problem_code, r.problem_message, r.warnings
      FROM unnest(${rows.map((r) => r.bulkFileId)}::uuid[], ${rows.map((r) => r.item.position)}::int[],
                  ${rows.map((r) => r.start)}::int[], ${rows.map((r) => r.item.raw.byteLength)}::int[],
                  ${rows.map((r) => r.item.problem?.code ?? null)}::text[],
                  ${rows.map((r) => r.item.problem?.message ?? null)}::text[],
                  ${rows.map((r) => (r.item.warnings.length > 0 ? JSON.stringify(r.item.warnings) : null))}::jsonb[])
        AS r(bulk_file_id, position, raw_start, raw_length, problem_code, problem_message, warnings)
    `.execute(this.trx)
  }
}
