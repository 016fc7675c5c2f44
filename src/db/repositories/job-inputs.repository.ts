import type { MarcFormat } from '../../marc/reader.ts'
import type { Executor } from '../database.ts'

/** One thing a job reads: a whole stored file, or one bulk file's records (of that stored file). */
export interface JobInput {
  storedFileId: string
  /** The stored file's name, as uploaded. */
  name: string
  bulkFileId: string | null
  /** The format the bulk file's records are in; null for a whole stored file (read to find out). */
  bulkFormat: MarcFormat | null
}

/** What a new job is to read: a stored file, or one bulk file of it. */
export interface JobInputRef {
  storedFileId: string
  bulkFileId: string | null
}

export async function insertJobInputs(db: Executor, jobId: string, inputs: readonly JobInputRef[]) {
  if (inputs.length === 0) return
  await db
    .insertInto('job_inputs')
    .values(inputs.map((input, i) => ({ job_id: jobId, seq: i + 1, stored_file_id: input.storedFileId, bulk_file_id: input.bulkFileId })))
    .execute()
}

/**
 * A job's inputs in order. A job with no input rows was queued by a server that predates
 * `job_inputs` (a rolling deploy: the old server still answers uploads while new workers run), so
 * it reads the files its upload stored, as the old code did.
 */
export async function listJobInputs(db: Executor, jobId: string): Promise<JobInput[]> {
  const rows = await db
    .selectFrom('job_inputs')
    .innerJoin('stored_files', 'stored_files.id', 'job_inputs.stored_file_id')
    .leftJoin('bulk_files', 'bulk_files.id', 'job_inputs.bulk_file_id')
    .select(['job_inputs.stored_file_id', 'stored_files.name', 'job_inputs.bulk_file_id', 'bulk_files.format'])
    .where('job_inputs.job_id', '=', jobId)
    .orderBy('job_inputs.seq')
    .execute()
  if (rows.length > 0) {
    return rows.map((row) => ({ storedFileId: row.stored_file_id, name: row.name, bulkFileId: row.bulk_file_id, bulkFormat: row.format }))
  }
  const uploaded = await db.selectFrom('stored_files').select(['id', 'name']).where('job_id', '=', jobId).orderBy('created_at').orderBy('id').execute()
  return uploaded.map((file) => ({ storedFileId: file.id, name: file.name, bulkFileId: null, bulkFormat: null }))
}
