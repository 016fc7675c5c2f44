import { pipeline, Readable } from 'node:stream'
import { createGzip } from 'node:zlib'
import {
  countCounterRecords,
  counterBulkFiles,
  type CounterRecordRow,
  firstCounterRecords,
  streamCounterRecords,
} from '../db/repositories/counter-records.repository.ts'
import { recordProblemsOf } from '../domain/import/record-problems.ts'
import { REPORT_COUNTERS, type ReportCounter } from '../domain/import/report.ts'
import type { Principal } from '../domain/permissions/principal.ts'
import { readerOptionsOf } from '../domain/profiles/profile.ts'
import { NotMarcError, readSingleRecord, type RecordReadOptions } from '../marc/reader.ts'
import { salvagedTitle, shortTitle } from '../marc/title.ts'
import { type Download, type DownloadFormat, EXTENSIONS, nativeFormat, recordsAs } from './job-downloads.ts'
import type { JobsService } from './jobs.service.ts'

/** SPEC "Job report": a row's preview shows up to 50 of its records; downloads carry them all. */
export const PREVIEW_LIMIT = 50

export const GZIP_MEDIA_TYPE = 'application/gzip'

function titleOf(row: CounterRecordRow, read: RecordReadOptions): string | null {
  if (row.problem_code !== null) return salvagedTitle(row.raw, row.format)
  try {
    const item = readSingleRecord(row.raw, row.format, read)
    return item.ok ? shortTitle(item.record) : salvagedTitle(row.raw, row.format)
  } catch (error) {
    if (error instanceof NotMarcError) return null
    throw error
  }
}

function toCounterRecord(row: CounterRecordRow, read: RecordReadOptions) {
  return {
    fileId: row.bulk_file_id,
    position: row.position,
    outcome: row.outcome,
    reason: row.reason,
    mmsId: row.mms_id === null ? null : String(row.mms_id),
    title: titleOf(row, read),
    problem: row.problem_code === null ? null : { code: row.problem_code, message: row.problem_message ?? '' },
    problems: recordProblemsOf(row),
    inventoryProblems: row.inventory_problems ?? [],
    inventoryWarnings: row.inventory_warnings ?? [],
  }
}

/** The first records behind one of a job's report counters, with how many there are in all. */
export async function previewCounter(jobs: JobsService, caller: Principal, jobId: string, counter: ReportCounter) {
  const job = await jobs.load(caller, jobId)
  const [total, rows] = await Promise.all([countCounterRecords(jobs.db, job.id, counter), firstCounterRecords(jobs.db, job.id, counter, PREVIEW_LIMIT)])
  return { jobId: job.id, counter, label: REPORT_COUNTERS[counter], total, records: rows.map((row) => toCounterRecord(row, readerOptionsOf(job.profile_snapshot ?? {}))) }
}

/**
 * The records behind a counter, as uploaded, in one gzip-compressed MARC file (ISO 2709 or
 * MARCXML; without a choice, the format they were uploaded in). The file is compressed as it is
 * written, a page of records at a time: memory stays flat however many records the counter has.
 */
export async function counterRecordsFile(
  jobs: JobsService,
  caller: Principal,
  jobId: string,
  counter: ReportCounter,
  requested: DownloadFormat | undefined,
): Promise<Download & { format: DownloadFormat }> {
  const job = await jobs.load(caller, jobId)
  const files = await counterBulkFiles(jobs.db, job.id, counter)
  const format = requested ?? nativeFormat(files[0]?.format)
  const total = await countCounterRecords(jobs.db, job.id, counter)
  const read = readerOptionsOf(job.profile_snapshot ?? {})
  const sources = files.map((file) => ({ format: file.format, read, rows: () => streamCounterRecords(jobs.db, file.id, counter) }))
  const file = await recordsAs(sources, total, format)
  return {
    filename: `${counter}${EXTENSIONS[format]}.gz`,
    contentType: GZIP_MEDIA_TYPE,
    format,
    records: file.records,
    notConverted: file.notConverted,
    body: gzipped(file.body),
  }
}

/**
 * A failure while reading the records (the database gone mid-way) destroys the gzip stream, so the
 * response is cut off without gzip's trailer: never a shorter file that decompresses as if whole.
 */
function gzipped(body: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
  return pipeline(Readable.from(body, { objectMode: false }), createGzip(), () => {})
}
