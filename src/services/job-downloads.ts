import type { Executor } from '../db/database.ts'
import { countIncomingRecords, type IncomingFilter, streamIncomingRecords } from '../db/repositories/incoming-records.repository.ts'
import * as jobs from '../db/repositories/jobs.repository.ts'
import type { NotImportedReason } from '../domain/matching/index.ts'
import { storedFileName } from '../db/repositories/stored-files.repository.ts'
import type { MarcMediaType } from '../marc/media-types.ts'
import { type MarcFormat, NotMarcError, readSingleRecord, type RecordReadOptions } from '../marc/reader.ts'
import { readerOptionsOf } from '../domain/profiles/profile.ts'
import { MARCXML_COLLECTION_END, MARCXML_COLLECTION_START, MarcWriteError, toIso2709, toMarcXml } from '../marc/writer.ts'
import type { Principal } from '../domain/permissions/principal.ts'
import { notFound } from '../errors.ts'
import type { JobsService } from './jobs.service.ts'

/** The formats records not imported can be downloaded in: the two staff tools (MarcEdit, …) open. */
export type DownloadFormat = 'ISO2709' | 'MARCXML'

export const MEDIA_TYPES = {
  ISO2709: 'application/marc',
  MARCXML: 'application/marcxml+xml',
  MARC_JSON: 'application/marc+json',
} as const satisfies Record<MarcFormat, MarcMediaType>

export const EXTENSIONS: Record<MarcFormat, string> = { ISO2709: '.mrc', MARCXML: '.xml', MARC_JSON: '.json' }

export interface Download {
  filename: string
  contentType: string
  /** Records in the body. */
  records: number
  /** Records left out because they cannot be written in the requested format. */
  notConverted: number
  body: AsyncIterable<Uint8Array>
}

type BulkFileRow = Awaited<ReturnType<typeof jobs.listBulkFiles>>[number]

const encoder = new TextEncoder()
const NEWLINE = encoder.encode('\n')

function stem(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(0, dot) : name
}

/**
 * A bulk file as one file in the format it was uploaded in, records exactly as read: ISO 2709
 * records concatenated, MARCXML `<record>` elements in a `<collection>`, MARC-in-JSON objects in
 * an array. Records that could not be read are included as they were, so the file is what the
 * bulk file held — where such a record sits, the XML or JSON may not be well formed.
 */
export async function bulkFileContent(service: JobsService, caller: Principal, jobId: string, fileId: string): Promise<Download> {
  await service.load(caller, jobId)
  const bulk = await jobs.findBulkFile(service.db, jobId, fileId)
  if (bulk === undefined) throw notFound(`File ${fileId} of job ${jobId}`)
  const format = bulk.format
  const storedName = await storedFileName(service.db, bulk.stored_file_id)
  return {
    filename: `${stem(storedName)}-${bulk.seq}${EXTENSIONS[format]}`,
    contentType: MEDIA_TYPES[format],
    records: bulk.record_count,
    notConverted: 0,
    body: coalesce(asFile(service.db, bulk.id, format)),
  }
}

async function* asFile(db: Executor, bulkFileId: string, format: MarcFormat): AsyncGenerator<Uint8Array> {
  if (format === 'MARCXML') yield encoder.encode(MARCXML_COLLECTION_START)
  if (format === 'MARC_JSON') yield encoder.encode('[\n')
  let first = true
  for await (const row of streamIncomingRecords(db, bulkFileId)) {
    if (format === 'MARC_JSON' && !first) yield encoder.encode(',\n')
    yield row.raw
    if (format === 'MARCXML') yield NEWLINE
    first = false
  }
  if (format === 'MARCXML') yield encoder.encode(MARCXML_COLLECTION_END)
  if (format === 'MARC_JSON') yield encoder.encode('\n]\n')
}

/**
 * The records of a bulk file (or of every bulk file of the job) that were not imported, to fix
 * and upload again. A record goes out as its original bytes when the requested format is the one
 * it was uploaded in (readable or not); otherwise it is read and written in the requested format.
 * A record that cannot be read, or not written in that format (an ISO 2709 record has at most
 * 99,999 bytes), is left out and counted in `notConverted`; it can still be had in its original
 * format, and the bulk file's problems say which records they are.
 */
export async function notImportedRecords(
  service: JobsService,
  caller: Principal,
  jobId: string,
  fileId: string | null,
  /** The format to send, negotiated once the records' own format (`preferred`) is known. */
  chooseFormat: (preferred: DownloadFormat) => DownloadFormat,
  reason?: NotImportedReason,
): Promise<Download> {
  const job = await service.load(caller, jobId)
  let files: BulkFileRow[]
  let filenameStem: string
  if (fileId === null) {
    files = await jobs.listBulkFiles(service.db, jobId)
    filenameStem = `job-${job.id}`
  } else {
    const bulk = await jobs.findBulkFile(service.db, jobId, fileId)
    if (bulk === undefined) throw notFound(`File ${fileId} of job ${jobId}`)
    files = [bulk]
    filenameStem = `${stem(await storedFileName(service.db, bulk.stored_file_id))}-${bulk.seq}`
  }
  const format = chooseFormat(nativeFormat(files[0]?.format))
  const filter: IncomingFilter = { outcome: 'NOT_IMPORTED', ...(reason === undefined ? {} : { reason }) }
  const total = await countIncomingRecords(
    service.db,
    files.map((file) => file.id),
    filter,
  )
  const read = readerOptionsOf(job.profile_snapshot ?? {})
  const sources = files.map((file) => ({ format: file.format, read, rows: () => streamIncomingRecords(service.db, file.id, filter) }))
  const records = await recordsAs(sources, total, format)
  return {
    filename: `${filenameStem}-not-imported${EXTENSIONS[format]}`,
    contentType: MEDIA_TYPES[format],
    ...records,
    body: coalesce(records.body),
  }
}

/** Without a preference, the format the records came in (ISO 2709 for MARC-in-JSON): none needs converting. */
export function nativeFormat(format: string | undefined): DownloadFormat {
  return format === 'MARCXML' ? 'MARCXML' : 'ISO2709'
}

/** Where some of a download's records come from: one bulk file's records, in that file's format. */
export interface RecordSource {
  format: MarcFormat
  /** How the job read them (readerOptionsOf its profile snapshot). */
  read: RecordReadOptions
  rows: () => AsyncIterable<{ raw: Uint8Array }>
}

/**
 * The records of `sources` (`total` of them) as one file in `format`, each as its original bytes
 * when it was uploaded in that format, read and written in it otherwise; what cannot be is left
 * out and counted. Which records convert is known only by converting them: a first pass counts
 * (holding one record at a time) so the headers can say so before the body starts.
 */
export async function recordsAs(
  sources: readonly RecordSource[],
  total: number,
  format: DownloadFormat,
): Promise<{ records: number; notConverted: number; body: AsyncIterable<Uint8Array> }> {
  let notConverted = 0
  if (sources.some((source) => source.format !== format)) {
    for await (const record of converted(sources, format)) if (record === null) notConverted += 1
  }
  return { records: total - notConverted, notConverted, body: wrapped(converted(sources, format), format) }
}

async function* converted(sources: readonly RecordSource[], format: DownloadFormat): AsyncGenerator<Uint8Array | null> {
  for (const source of sources) {
    for await (const row of source.rows()) yield convert(row.raw, source.format, format, source.read)
  }
}

async function* wrapped(records: AsyncIterable<Uint8Array | null>, format: DownloadFormat): AsyncGenerator<Uint8Array> {
  if (format === 'MARCXML') yield encoder.encode(MARCXML_COLLECTION_START)
  for await (const record of records) {
    if (record === null) continue
    yield record
    if (format === 'MARCXML') yield NEWLINE
  }
  if (format === 'MARCXML') yield encoder.encode(MARCXML_COLLECTION_END)
}

/** A record in the requested format, or null when it cannot be read or cannot be written so. */
export function convert(raw: Uint8Array, from: MarcFormat, to: DownloadFormat, options: RecordReadOptions): Uint8Array | null {
  if (from === to) return raw
  let item
  try {
    item = readSingleRecord(raw, from, options)
  } catch (error) {
    if (error instanceof NotMarcError) return null
    throw error
  }
  if (!item.ok) return null
  try {
    return to === 'ISO2709' ? toIso2709(item.record) : encoder.encode(toMarcXml(item.record))
  } catch (error) {
    if (error instanceof MarcWriteError) return null
    throw error
  }
}

/**
 * Pieces of at least `size` bytes: one write per record would mean one socket write (and one
 * chunk of the chunked encoding) per record.
 */
async function* coalesce(pieces: AsyncIterable<Uint8Array>, size = 64 * 1024): AsyncGenerator<Uint8Array> {
  let pending: Uint8Array[] = []
  let bytes = 0
  for await (const piece of pieces) {
    pending.push(piece)
    bytes += piece.byteLength
    if (bytes >= size) {
      yield Buffer.concat(pending, bytes)
      pending = []
      bytes = 0
    }
  }
  if (bytes > 0) yield Buffer.concat(pending, bytes)
}
