import { sql } from 'kysely'
import type { Executor } from '../database.ts'

/** The files of `names` a profile has loaded, newest first. */
export async function listLoadedFiles(db: Executor, profileId: string, names: readonly string[]) {
  if (names.length === 0) return []
  return db
    .selectFrom('ftp_loaded_files')
    .select(['name', 'size_bytes', 'modified_at', 'sha256', 'loaded_at', 'load_job_id'])
    .where('profile_id', '=', profileId)
    .where('name', 'in', [...names])
    .orderBy('loaded_at', 'desc')
    .execute()
}

export interface LoadedFile {
  profileId: string
  name: string
  sizeBytes: number
  modifiedAt: Date | null
  sha256: string
  fetchJobId: string
  loadJobId: string
  storedFileId: string
}

export async function insertLoadedFiles(db: Executor, files: readonly LoadedFile[]): Promise<void> {
  if (files.length === 0) return
  await db
    .insertInto('ftp_loaded_files')
    .values(
      files.map((file) => ({
        profile_id: file.profileId,
        name: file.name,
        size_bytes: file.sizeBytes,
        modified_at: file.modifiedAt,
        sha256: file.sha256,
        fetch_job_id: file.fetchJobId,
        load_job_id: file.loadJobId,
        stored_file_id: file.storedFileId,
      })),
    )
    .execute()
}

/** The files a load job was made over, in the order it reads them. */
export async function listFilesOfLoadJob(db: Executor, loadJobId: string) {
  return db.selectFrom('ftp_loaded_files').select(['name']).where('load_job_id', '=', loadJobId).orderBy('name').execute()
}

/**
 * Deletes what a fetch job stored that no load job reads: a download cut off (its chunks go with
 * it), or whole files of an attempt that failed later. Nothing is left half-fetched.
 */
export async function deleteUnclaimedFiles(db: Executor, fetchJobId: string, storedFileIds?: readonly string[]): Promise<void> {
  if (storedFileIds !== undefined && storedFileIds.length === 0) return
  let query = db
    .deleteFrom('stored_files')
    .where('job_id', '=', fetchJobId)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('job_inputs').select(sql.lit(1).as('one')).whereRef('job_inputs.stored_file_id', '=', 'stored_files.id'))))
  if (storedFileIds !== undefined) query = query.where('id', 'in', [...storedFileIds])
  await query.execute()
}

/** Makes stored files the load job's, in one statement. */
export async function assignStoredFiles(db: Executor, storedFileIds: readonly string[], jobId: string): Promise<void> {
  if (storedFileIds.length === 0) return
  await db.updateTable('stored_files').set({ job_id: jobId }).where('id', 'in', [...storedFileIds]).execute()
}

/** The load job an FTP fetch job made, if it made one. */
export async function findLoadJob(db: Executor, fetchJobId: string) {
  return db.selectFrom('jobs').select(['id', 'status']).where('parent_job_id', '=', fetchJobId).where('parent_link', '=', 'FTP_LOAD_OF').executeTakeFirst()
}
