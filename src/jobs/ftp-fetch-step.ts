import type { Db, Executor } from '../db/database.ts'
import {
  assignStoredFiles,
  deleteUnclaimedFiles,
  findLoadJob,
  insertLoadedFiles,
  listFilesOfLoadJob,
  listLoadedFiles,
} from '../db/repositories/ftp-files.repository.ts'
import { insertEvent, lockJob, type JobRow } from '../db/repositories/jobs.repository.ts'
import { lockProfile } from '../db/repositories/profiles.repository.ts'
import { storeFile } from '../db/repositories/stored-files.repository.ts'
import { findUser } from '../db/repositories/users.repository.ts'
import { byName, identityKey, matchesAny } from '../domain/ftp/files.ts'
import type { JobEvent } from '../domain/jobs/events.ts'
import type { Actor } from '../domain/jobs/origin.ts'
import type { FtpSettings, ProfileSnapshot } from '../domain/profiles/profile.ts'
import { decryptSecret } from '../domain/secrets/secrets.ts'
import { transitionJob } from '../pipeline/job-transitions.ts'
import { connectRemote, type RemoteConnection, type RemoteFile, type RemoteOptions, RemoteServerError } from '../pipeline/remote-server.ts'
import { type FtpFetchMessage, QUEUES, type StepQueue } from '../pipeline/steps.ts'
import { createJob } from './create.ts'
import { countOf } from '../wording.ts'

/** How an FTP fetch connects and how often it tries before the job fails. */
export interface FtpRunOptions extends RemoteOptions {
  /** Tries of a run whose connection, login, listing or download fails, before the fetch job fails. */
  attempts: number
  /** Wait before the second try; each further try waits twice as long as the one before. */
  retryDelayMs: number
  /** Decrypts the profile's password and key. */
  secretKey: Buffer
  /** Largest file fetched (the upload limit). */
  fileLimitBytes: number
}

const event = (severity: JobEvent['severity'], description: string): JobEvent => ({ severity, module: 'FTP', description, createdBy: null })

/** A fetched file: stored whole with its digest, not yet in a load job. */
interface Fetched extends RemoteFile {
  storedFileId: string
  sha256: string
}

/**
 * The fetch job's one step (SPEC "FTP protocol and schedules"). Network work — connecting, listing,
 * downloading, the after-import action — happens outside any database transaction; each download
 * streams into stored chunks (memory stays at about one chunk) and is marked complete, with its
 * digest, only once the last byte arrived and the size is the one listed. Any failure deletes what
 * the attempt stored and tries again after a backoff (a new queue message, so no worker waits);
 * the last try fails the job with the reason. The load job and the registry of loaded files are
 * written in one transaction; only after it commits is each file moved or deleted on the server.
 */
export async function fetchFromServer(db: Db, steps: StepQueue, options: FtpRunOptions | undefined, message: FtpFetchMessage): Promise<void> {
  const job = await claim(db, message.jobId)
  if (job === undefined) return
  if (options === undefined) throw new Error('This process was started without the settings FTP fetches need')
  const profile = job.profile_snapshot as ProfileSnapshot
  const settings = profile.ftp as FtpSettings
  if (job.status === 'RUNNING') {
    // A try that crashed after its load job committed: the files are loaded; finish the job.
    await finish(db, job.id, [`The step was interrupted after its load job was made; the after-import action (${settings.afterImport}) was not confirmed`])
    return
  }
  await deleteUnclaimedFiles(db, job.id)
  const credentials = await loadCredentials(db, profile, options.secretKey)
  if (typeof credentials === 'string') {
    await endJob(db, job.id, 'FAILED', event('ERROR', credentials), credentials)
    return
  }
  let connection: RemoteConnection | undefined
  try {
    connection = await connectRemote(settings, credentials, options)
    const wanted = (name: string) => matchesAny(settings.filePatterns, name)
    const listed = await connection.list(wanted)
    const matching = listed.filter((file) => wanted(file.name))
    const known = new Set((await listLoadedFiles(db, profile.id, matching.map((file) => file.name))).map((row) =>
      identityKey({ name: row.name, sizeBytes: Number(row.size_bytes), modifiedAt: row.modified_at }),
    ))
    const fresh = matching.filter((file) => !known.has(identityKey(file))).sort(byName)
    const found = `${settings.directory} holds ${countOf(listed.length, 'file')}, ${matching.length} matching ${settings.filePatterns.join(', ')}`
    if (fresh.length === 0) {
      await endJob(db, job.id, 'COMPLETED_NO_BULKS', event('INFO', `No files to load: ${found}, ${matching.length - fresh.length} of them loaded before`))
      return
    }
    await db.transaction().execute((trx) =>
      insertEvent(trx, job.id, job.status, event('INFO', `${found}; downloading ${countOf(fresh.length, 'new file')}: ${fresh.map((file) => file.name).join(', ')}`)),
    )
    const fetched: Fetched[] = []
    for (const file of fresh) fetched.push(await download(db, connection, job, file, options.fileLimitBytes))
    const load = await makeLoadJob(db, steps, job, profile, fetched)
    if (load === undefined) return
    // The load job has the files stored: only now are they moved or deleted on the server.
    const problems = await afterImport(connection, settings, load.files)
    await finish(db, job.id, problems)
  } catch (error) {
    if (!(error instanceof RemoteServerError)) throw error
    await connection?.close()
    connection = undefined
    await deleteUnclaimedFiles(db, job.id)
    await retryOrFail(db, steps, options, job.id, message.attempt, error.message)
  } finally {
    await connection?.close()
  }
}

/** The job if this step should work on it: a PENDING job is claimed (INITIALIZING); a finished or cancelled one is left alone. */
async function claim(db: Db, jobId: string): Promise<JobRow | undefined> {
  return db.transaction().execute(async (trx) => {
    const job = await lockJob(trx, jobId)
    if (job === undefined) return undefined
    if (job.status === 'PENDING') return transitionJob(trx, jobId, 'INITIALIZING', event('INFO', 'Connecting to the server'))
    return job.status === 'INITIALIZING' || job.status === 'RUNNING' ? job : undefined
  })
}

/** The profile's current secrets; a reason when the profile is gone or has none. */
async function loadCredentials(db: Db, profile: ProfileSnapshot, secretKey: Buffer) {
  const row = await db
    .selectFrom('import_profiles')
    .select(['ftp_password_encrypted', 'ftp_private_key_encrypted', 'deleted_at'])
    .where('id', '=', profile.id)
    .executeTakeFirst()
  if (row === undefined || row.deleted_at !== null) return `Profile "${profile.name}" was deleted`
  return {
    password: row.ftp_password_encrypted === null ? null : decryptSecret(secretKey, row.ftp_password_encrypted),
    privateKey: row.ftp_private_key_encrypted === null ? null : decryptSecret(secretKey, row.ftp_private_key_encrypted),
  }
}

/**
 * One file into storage as the fetch job's, chunk by chunk outside any transaction. A transfer that
 * breaks, or ends at another size than listed, leaves nothing: the partial file is deleted.
 */
async function download(db: Db, connection: RemoteConnection, job: JobRow, file: RemoteFile, limitBytes: number): Promise<Fetched> {
  try {
    const stored = await storeFile(
      db,
      { institutionId: job.institution_id, name: file.name, contentType: null, limitBytes, jobId: job.id },
      connection.download(file.name),
    )
    if (stored.sizeBytes !== file.sizeBytes) {
      throw new RemoteServerError('TRANSFER_FAILED', `${file.name}: ${countOf(stored.sizeBytes, 'byte')} arrived, ${file.sizeBytes} ${file.sizeBytes === 1 ? 'was' : 'were'} listed`)
    }
    return { ...file, storedFileId: stored.id, sha256: stored.sha256 }
  } catch (error) {
    await deleteUnclaimedFiles(db, job.id)
    if (error instanceof RemoteServerError || !(error instanceof Error)) throw error
    // Storage refused the file (over the size limit): a failure of the run, not of the connection.
    throw new RemoteServerError('TRANSFER_FAILED', `${file.name}: ${error.message}`)
  }
}

/**
 * In one transaction: the load job (`Metadata Import: <profile> (FTP)`, an IMPORT linked to the
 * fetch job) over the fetched files, their rows in the loaded-files registry, and the fetch job
 * RUNNING. Under the profile's lock, files another run of the profile loaded meanwhile are dropped.
 * Undefined when the fetch job was cancelled meanwhile (its files are deleted).
 */
async function makeLoadJob(db: Db, steps: StepQueue, fetchJob: JobRow, profile: ProfileSnapshot, fetched: Fetched[]) {
  const result = await db.transaction().execute(async (trx) => {
    await lockProfile(trx, profile.id)
    const current = await lockJob(trx, fetchJob.id)
    if (current?.status !== 'INITIALIZING') return undefined
    const known = new Set((await listLoadedFiles(trx, profile.id, fetched.map((file) => file.name))).map((row) =>
      identityKey({ name: row.name, sizeBytes: Number(row.size_bytes), modifiedAt: row.modified_at }),
    ))
    const files = fetched.filter((file) => !known.has(identityKey(file)))
    if (files.length === 0) {
      await transitionJob(trx, fetchJob.id, 'COMPLETED_NO_BULKS', event('INFO', 'No files to load: another run of the profile loaded them meanwhile'))
      return { files }
    }
    const load = await createJob(
      trx,
      steps,
      {
        kind: 'IMPORT',
        institutionId: fetchJob.institution_id,
        about: `${profile.name} (FTP)`,
        profileId: profile.id,
        profile,
        actor: await actorOf(trx, fetchJob, profile),
        parent: { jobId: fetchJob.id, link: 'FTP_LOAD_OF', event: `Load job created over ${countOf(files.length, 'file')}` },
      },
      {
        inputs: files.map((file) => ({ storedFileId: file.storedFileId, bulkFileId: null })),
        event: { module: 'FTP', description: `${countOf(files.length, 'file')} fetched by job ${fetchJob.id}: ${files.map((file) => file.name).join(', ')}` },
      },
    )
    await assignStoredFiles(trx, files.map((file) => file.storedFileId), load.id)
    await insertLoadedFiles(
      trx,
      files.map((file) => ({ ...file, profileId: profile.id, fetchJobId: fetchJob.id, loadJobId: load.id })),
    )
    await transitionJob(trx, fetchJob.id, 'RUNNING', event('INFO', `${countOf(files.length, 'file')} stored; load job ${load.id} is loading them`))
    return { files, loadJobId: load.id }
  })
  // Whatever no load job took (cancelled, or loaded by another run) is not kept.
  await deleteUnclaimedFiles(db, fetchJob.id)
  return result === undefined || result.files.length === 0 ? undefined : result
}

/** The load job's actor is the fetch job's: the user who ran it, or the profile's schedule. */
async function actorOf(trx: Executor, job: JobRow, profile: ProfileSnapshot): Promise<Actor> {
  if (job.actor_kind === 'USER' && job.created_by !== null) {
    const user = await findUser(trx, job.institution_id, job.created_by)
    if (user !== undefined) return { kind: 'USER', userId: user.id, username: user.username }
  }
  if (job.actor_kind === 'SCHEDULE') return { kind: 'SCHEDULE', name: profile.name }
  return { kind: 'SYSTEM' }
}

/** Moves or deletes each loaded file as the profile says; answers what went wrong, file by file. */
async function afterImport(connection: RemoteConnection, settings: FtpSettings, files: readonly RemoteFile[]): Promise<string[]> {
  const problems: string[] = []
  if (settings.afterImport === 'LEAVE') return problems
  for (const file of files) {
    try {
      if (settings.afterImport === 'MOVE') await connection.move(file.name, settings.moveTo as string)
      else await connection.remove(file.name)
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error))
    }
  }
  return problems
}

/** The fetch job's end once its load job exists: completed, with errors when an after-import action failed. */
async function finish(db: Db, jobId: string, problems: readonly string[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const job = await lockJob(trx, jobId)
    if (job?.status !== 'RUNNING') return
    const load = await findLoadJob(trx, jobId)
    const files = load === undefined ? [] : await listFilesOfLoadJob(trx, load.id)
    const settings = (job.profile_snapshot as ProfileSnapshot).ftp as FtpSettings
    for (const problem of problems) await insertEvent(trx, jobId, 'RUNNING', event('WARNING', `After-import action ${settings.afterImport}: ${problem}`))
    await transitionJob(trx, jobId, 'FINALIZING', event('INFO', `${countOf(files.length, 'file')} handed to load job ${load?.id ?? '?'}`))
    const done = settings.afterImport === 'LEAVE' ? 'left on the server' : settings.afterImport === 'MOVE' ? `moved to ${settings.moveTo}` : 'deleted from the server'
    await transitionJob(
      trx,
      jobId,
      problems.length === 0 ? 'COMPLETED_SUCCESS' : 'COMPLETED_WITH_ERRORS',
      problems.length === 0
        ? event('INFO', `Fetched ${countOf(files.length, 'file')}, ${done}: ${files.map((file) => file.name).join(', ')}`)
        : event('WARNING', `Fetched ${countOf(files.length, 'file')}; the after-import action failed for ${problems.length}`),
    )
  })
}

/** Ends the fetch job (no files, a failure) when it is still working: a cancelled job keeps its status. */
async function endJob(db: Db, jobId: string, to: 'COMPLETED_NO_BULKS' | 'FAILED', ending: JobEvent, reason?: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const job = await lockJob(trx, jobId)
    if (job?.status !== 'INITIALIZING') return
    await transitionJob(trx, jobId, to, ending, reason === undefined ? {} : { failure_reason: reason })
  })
}

/** A failed try: the next one after the backoff, or — out of tries — the job FAILED with the reason. */
async function retryOrFail(db: Db, steps: StepQueue, options: FtpRunOptions, jobId: string, attempt: number, reason: string): Promise<void> {
  if (attempt >= options.attempts) {
    await endJob(db, jobId, 'FAILED', event('ERROR', `Failed after ${attempt} ${attempt === 1 ? 'try' : 'tries'}: ${reason}`), reason)
    return
  }
  const delayMs = options.retryDelayMs * 2 ** (attempt - 1)
  await db.transaction().execute(async (trx) => {
    const job = await lockJob(trx, jobId)
    if (job?.status !== 'INITIALIZING') return
    await insertEvent(trx, jobId, job.status, event('WARNING', `Try ${attempt} of ${options.attempts} failed: ${reason}; trying again in ${Math.ceil(delayMs / 1000)} s`))
    await steps.enqueue(QUEUES.ftpFetch, { jobId, attempt: attempt + 1 } satisfies FtpFetchMessage, trx, { startAfter: new Date(Date.now() + delayMs) })
  })
}
