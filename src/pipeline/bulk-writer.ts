import { randomUUID } from 'node:crypto'
import type { Executor } from '../db/database.ts'
import { insertSplitFiles } from '../db/repositories/bulk-files.repository.ts'
import type { MarcFormat, ReadItem, RecordProblem } from '../marc/reader.ts'

/**
 * What a split keeps of a record it read: its bytes and problems, not the parsed record. Thousands
 * wait for a flush; as parsed records they would outlive V8's young generation and make garbage
 * collection the split's largest cost.
 */
export interface SplitRecord {
  position: number
  raw: Uint8Array
  /** Every fatal problem, in record order (empty when the record was read). */
  problems: readonly RecordProblem[]
  warnings: readonly RecordProblem[]
}

/** Keeps every problem of a record that could not be read, and what the reader tolerated before it stopped (issue 14). */
export function splitRecord(item: ReadItem): SplitRecord {
  return item.ok
    ? { position: item.position, raw: item.raw, problems: [], warnings: item.warnings }
    : { position: item.position, raw: item.raw, problems: item.problems ?? [item.problem], warnings: item.warnings ?? [] }
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

  /** Answers the id the bulk file will have. */
  async add(bulk: PendingBulk, name: string): Promise<string> {
    const id = randomUUID()
    this.ids.push(id)
    this.files.push({ id, seq: this.ids.length, name: `${name} (${this.ids.length})`, bulk })
    this.records += bulk.items.length
    this.bytes += bulk.bytes
    if (this.records >= FLUSH_RECORDS || this.bytes >= FLUSH_BYTES) await this.flush()
    return id
  }

  async flush(): Promise<void> {
    const files = this.files
    if (files.length === 0) return
    this.files = []
    this.records = 0
    this.bytes = 0
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
    await insertSplitFiles(
      this.trx,
      this.jobId,
      raws,
      files.map((f, i) => ({
        id: f.id,
        storedFileId: f.bulk.storedFileId,
        seq: f.seq,
        name: f.name,
        format: f.bulk.format,
        recordCount: f.bulk.items.length,
        sizeBytes: fileSizes[i] ?? 0,
        start: fileStarts[i] ?? 1,
      })),
      rows.map((r) => ({
        bulkFileId: r.bulkFileId,
        position: r.item.position,
        start: r.start,
        length: r.item.raw.byteLength,
        problems: r.item.problems,
        warnings: r.item.warnings,
      })),
    )
  }
}
