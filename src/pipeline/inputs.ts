import type { Executor } from '../db/database.ts'
import { type IncomingRaw, streamIncomingRecords } from '../db/repositories/incoming-records.repository.ts'
import type { JobInput } from '../db/repositories/job-inputs.repository.ts'
import { readStoredFile } from '../db/repositories/stored-files.repository.ts'
import {
  type MarcFormat,
  NotMarcError,
  RECORD_PROBLEM_CODES,
  type ReadItem,
  readRecords,
  readSingleRecord,
  type RecordProblemCode,
  type RecordReadOptions,
  type JunkItem,
} from '../marc/reader.ts'

/**
 * The records of one job input, in order, as the reader gives them: a whole stored file is read
 * as uploaded, with the bytes between or after records that are no record as junk items (so
 * records are counted as other tools count them); a bulk file of an earlier job is its incoming records, each read again on its own.
 * Reading again rather than copying the earlier verdict is the point of a re-run: a reader that
 * has been fixed since gets its chance. `expected` is the profile's source format, held to the
 * same rule as an upload: records in another format fail the job as a whole (NotMarcError).
 */
export function readJobInput(
  db: Executor,
  input: JobInput,
  expected: MarcFormat | undefined,
  options: RecordReadOptions,
): AsyncIterable<ReadItem | JunkItem> {
  if (input.bulkFileId === null) {
    return readRecords(readStoredFile(db, input.storedFileId), { ...options, junk: 'SEPARATE', ...(expected === undefined ? {} : { format: expected }) })
  }
  const format = input.bulkFormat as MarcFormat
  if (expected !== undefined && expected !== format) {
    throw new NotMarcError(`The records of ${input.name} are ${format}, but ${expected} was expected.`)
  }
  return rereadBulkFile(db, input.bulkFileId, format, options)
}

async function* rereadBulkFile(db: Executor, bulkFileId: string, format: MarcFormat, options: RecordReadOptions): AsyncGenerator<ReadItem> {
  for await (const row of streamIncomingRecords(db, bulkFileId)) yield rereadRecord(row, format, options)
}

function isProblemCode(code: string | null): code is RecordProblemCode {
  return code !== null && (RECORD_PROBLEM_CODES as readonly string[]).includes(code)
}

/** One record read again, keeping its position in the file it was uploaded in. */
function rereadRecord(row: IncomingRaw, format: MarcFormat, options: RecordReadOptions): ReadItem {
  try {
    return { ...readSingleRecord(row.raw, format, options), position: row.position }
  } catch (error) {
    if (!(error instanceof NotMarcError)) throw error
    // A fragment the splitter cut from a broken file (junk between records, a cut-off record)
    // does not look like a record on its own; its first reading named the defect best.
    return {
      ok: false,
      position: row.position,
      raw: row.raw,
      problem: isProblemCode(row.problem_code)
        ? { code: row.problem_code, message: row.problem_message ?? error.message }
        : { code: 'NOT_A_RECORD', message: error.message },
    }
  }
}
