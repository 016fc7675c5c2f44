import type { Db, Executor } from '../db/database.ts'
import { decodeCursor, decodeIdCursor, toIdPage, toPage } from '../db/pagination.ts'
import { insertJobInputs } from '../db/repositories/job-inputs.repository.ts'
import * as jobs from '../db/repositories/jobs.repository.ts'
import { findGrant, findProfile } from '../db/repositories/profiles.repository.ts'
import { storeFile, UploadTooLargeError } from '../db/repositories/stored-files.repository.ts'
import { bulkFileFull } from '../domain/import/split.ts'
import { JOB_STATUS_LABELS, type JobStatus, FINISHED_STATUSES, UNFINISHED_STATUSES } from '../domain/jobs/lifecycle.ts'
import { mayOnProfileType, mayRunProfile, profileTypesFor, type ProfileType } from '../domain/permissions/roles.ts'
import type { EventModule, JobKind, Severity } from '../domain/jobs/events.ts'
import type { Principal } from '../domain/permissions/principal.ts'
import { type MarcFormat, NotMarcError, readRecords } from '../marc/reader.ts'
import { AppError, conflict, notFound } from '../errors.ts'
import type { Runner } from '../runner/runner.ts'
import { transitionJob } from '../pipeline/job-transitions.ts'
import { ProfilesService, toProfile } from './profiles.service.ts'
import type { ClaimIdempotencyKey, Replay, UploadPart } from './upload.ts'

type JobRow = jobs.JobRow & { profile_name?: string | null; profile_type?: string | null }

export function toJob(row: JobRow) {
  const status = row.status as JobStatus
  return {
    id: row.id,
    kind: row.kind as JobKind,
    name: row.name,
    status,
    statusLabel: JOB_STATUS_LABELS[status],
    profileId: row.profile_id,
    createdBy: row.created_by,
    label: row.label,
    notes: row.notes,
    dryRun: row.dry_run,
    rerunOf: row.rerun_of,
    revertsJob: row.reverts_job,
    createdAt: row.created_at.toISOString(),
    startedAt: row.started_at?.toISOString() ?? null,
    endedAt: row.ended_at?.toISOString() ?? null,
    progress: {
      percent: row.records_total === 0 ? (FINISHED_STATUSES.includes(status) ? 100 : 0) : Math.floor((100 * row.records_done) / row.records_total),
      recordsDone: row.records_done,
      recordsTotal: row.records_total,
      filesDone: row.files_done,
      filesTotal: row.files_total,
    },
    counters: row.counters,
    failureReason: row.failure_reason,
  }
}

export function toJobEvent(row: Awaited<ReturnType<typeof jobs.listEvents>>[number]) {
  return {
    id: String(row.id),
    description: row.description,
    status: row.status as JobStatus,
    severity: row.severity as Severity,
    module: row.module as EventModule,
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by ?? 'system',
  }
}

export interface JobListQuery {
  status?: JobStatus[]
  group?: 'running' | 'history'
  profileId?: string
  profileType?: ProfileType
  userId?: string
  kind?: JobKind[]
  dryRun?: boolean
  startedAfter?: string
  startedBefore?: string
  endedAfter?: string
  endedBefore?: string
  cursor?: string
  limit: number
}

export interface SplitPreviewFile {
  name: string
  format: MarcFormat | null
  records: number
  invalidRecords: number
  /** Record count of each bulk file the upload would be split into. */
  bulkFiles: number[]
  notMarc: string | null
}

export type Profile = ReturnType<typeof toProfile>

/** A new PENDING job of `profile`, started by the caller, with the profile as it runs (its snapshot). */
export async function insertPendingJob(trx: Executor, caller: Principal, profile: Profile, job: { kind: JobKind; name: string }) {
  return jobs.insertJob(trx, {
    institution_id: caller.institutionId,
    profile_id: profile.id,
    kind: job.kind,
    name: job.name,
    status: 'PENDING',
    created_by: caller.userId,
    profile_snapshot: JSON.stringify(profile),
  })
}

/** Streams one file into storage as the job's (see `storeFile`); the caller adds its `job_inputs` row. */
export async function storeJobFile(
  trx: Executor,
  job: { id: string; institution_id: string },
  file: { name: string; contentType: string | null; limitBytes: number },
  source: AsyncIterable<Uint8Array>,
) {
  const stored = await storeFile(trx, { institutionId: job.institution_id, ...file }, source)
  await trx.updateTable('stored_files').set({ job_id: job.id }).where('id', '=', stored.id).execute()
  return stored
}

/** The form field `dryRun`: `true` or `false`, as HTML forms and curl send booleans. */
function parseDryRun(value: string): 'true' | 'false' {
  const text = value.trim().toLowerCase()
  if (text === 'true' || text === 'false') return text
  throw new AppError('VALIDATION_FAILED', 'dryRun must be true or false', { errors: [{ field: 'dryRun', message: 'must be true or false' }] })
}

/** A dry run says so in its name, wherever the job is listed. */
export function dryRunName(name: string): string {
  return `Dry run: ${name}`
}

/** Rolls the upload's transaction back: the key was used before, its first response answers. */
class ReplayInstead extends Error {
  readonly replay: Replay
  constructor(replay: Replay) {
    super('idempotent replay')
    this.replay = replay
  }
}

export class JobsService {
  readonly db: Db
  readonly runner: Runner
  readonly profiles: ProfilesService
  readonly uploadLimitBytes: number

  constructor(db: Db, runner: Runner, profiles: ProfilesService, uploadLimitBytes: number) {
    this.db = db
    this.runner = runner
    this.profiles = profiles
    this.uploadLimitBytes = uploadLimitBytes
  }

  /**
   * The profile, if the caller may start a job with it now (SPEC "Permissions"): a role that runs
   * its type, a grant when it is restricted (403 otherwise), and the profile active (409).
   */
  async runnableProfile(caller: Principal, profileId: string): Promise<Profile> {
    const profile = toProfile(await this.profiles.load(caller, profileId, 'run'))
    const hasGrant = profile.restricted ? (await findGrant(this.db, profileId, caller.userId)) !== undefined : false
    if (!mayRunProfile(caller.roles, profile, hasGrant)) {
      throw new AppError('FORBIDDEN', `Profile "${profile.name}" is restricted: running it needs a grant`)
    }
    if (!profile.active) throw new AppError('CONFLICT', `Profile "${profile.name}" is inactive`)
    return profile
  }

  /**
   * What acting on an existing job's records takes (resolving its issues, reverting it): what running
   * its profile takes — the roles for its type and, for a restricted profile, a grant. The profile
   * as it is now decides (grants are given and taken away); a deleted one is judged by the job's
   * snapshot.
   */
  async assertMayRunProfileOf(caller: Principal, job: JobRow, verb: string, kinds: readonly JobKind[] = ['IMPORT']): Promise<void> {
    const snapshot = job.profile_snapshot as { type?: ProfileType; restricted?: boolean; name?: string } | null
    if (!kinds.includes(job.kind as JobKind) || snapshot?.type === undefined) throw conflict(`You cannot ${verb} a ${job.kind} job`)
    if (!mayOnProfileType(caller.roles, 'run', snapshot.type)) {
      throw new AppError('FORBIDDEN', `Your roles may not run ${snapshot.type} jobs, so they may not ${verb} them`)
    }
    const row = job.profile_id === null ? undefined : await findProfile(this.db, caller.institutionId, job.profile_id)
    const profile = row === undefined ? { type: snapshot.type, restricted: snapshot.restricted === true, name: snapshot.name ?? '' } : toProfile(row)
    const hasGrant = profile.restricted && job.profile_id !== null ? (await findGrant(this.db, job.profile_id, caller.userId)) !== undefined : false
    if (!mayRunProfile(caller.roles, profile, hasGrant)) {
      throw new AppError('FORBIDDEN', `Profile "${profile.name}" is restricted: to ${verb} its jobs you need a grant to run it`)
    }
  }

  /** A job of the caller's institution whose profile type the caller may monitor. */
  async load(caller: Principal, jobId: string): Promise<JobRow> {
    const row = await jobs.findJob(this.db, caller.institutionId, jobId)
    if (row === undefined) throw notFound(`Job ${jobId}`)
    const snapshot = row.profile_snapshot as { type?: ProfileType } | null
    if (snapshot?.type !== undefined && !profileTypesFor(caller.roles, 'view').includes(snapshot.type)) {
      throw new AppError('FORBIDDEN', `Your roles may not monitor ${snapshot.type} jobs`)
    }
    return row
  }

  async list(caller: Principal, query: JobListQuery) {
    const visible = profileTypesFor(caller.roles, 'view').filter((type) => query.profileType === undefined || type === query.profileType)
    const statuses = query.status ?? (query.group === 'running' ? UNFINISHED_STATUSES : query.group === 'history' ? FINISHED_STATUSES : undefined)
    const rows = await jobs.listJobs(
      this.db,
      caller.institutionId,
      {
        profileTypes: visible,
        ...(statuses === undefined ? {} : { statuses }),
        ...(query.profileId === undefined ? {} : { profileId: query.profileId }),
        ...(query.userId === undefined ? {} : { userId: query.userId }),
        ...(query.kind === undefined ? {} : { kinds: query.kind }),
        ...(query.dryRun === undefined ? {} : { dryRun: query.dryRun }),
        ...(query.startedAfter === undefined ? {} : { startedAfter: query.startedAfter }),
        ...(query.startedBefore === undefined ? {} : { startedBefore: query.startedBefore }),
        ...(query.endedAfter === undefined ? {} : { endedAfter: query.endedAfter }),
        ...(query.endedBefore === undefined ? {} : { endedBefore: query.endedBefore }),
      },
      { after: decodeCursor(query.cursor), limit: query.limit },
    )
    const page = toPage(rows, query.limit)
    return { items: page.rows.map(toJob), nextCursor: page.nextCursor }
  }

  /**
   * Streams the upload into storage and queues the job, all in one transaction: a refused or broken
   * upload leaves nothing behind, and a job exists only once its files are completely stored.
   */
  async upload(
    caller: Principal,
    profileId: string,
    parts: AsyncIterable<UploadPart>,
    claimKey: ClaimIdempotencyKey = async () => null,
  ): Promise<{ job: ReturnType<typeof toJob> } | { replay: Replay }> {
    const profile = await this.runnableProfile(caller, profileId)
    try {
      return await this.db.transaction().execute(async (trx) => {
        const job = await insertPendingJob(trx, caller, profile, { kind: 'IMPORT', name: `Metadata Import: ${profile.name}` })
        const fields: Record<string, string> = {}
        const digests: string[] = []
        const storedIds: string[] = []
        let files = 0
        for await (const part of parts) {
          if (part.type === 'field') {
            if (part.name === 'label' || part.name === 'notes') fields[part.name] = part.value.slice(0, 4000)
            else if (part.name === 'dryRun') fields.dryRun = parseDryRun(part.value)
            else throw new AppError('VALIDATION_FAILED', `Unknown form field "${part.name}"`, { errors: [{ field: part.name, message: 'is not a known field' }] })
            continue
          }
          const stored = await storeJobFile(
            trx,
            job,
            { name: part.filename || `upload-${files + 1}`, contentType: part.contentType, limitBytes: this.uploadLimitBytes },
            part.content,
          )
          if (part.truncated) throw new UploadTooLargeError(this.uploadLimitBytes)
          digests.push(`${part.filename}:${stored.sha256}`)
          storedIds.push(stored.id)
          files += 1
        }
        if (files === 0) {
          throw new AppError('VALIDATION_FAILED', 'Attach at least one file', { errors: [{ field: 'file', message: 'is required' }] })
        }
        // A repeated upload is recognised by what it carried, known only now that it is stored.
        const replay = await claimKey(JSON.stringify({ files: digests, label: fields.label, notes: fields.notes, dryRun: fields.dryRun }))
        if (replay !== null) throw new ReplayInstead(replay)
        await insertJobInputs(trx, job.id, storedIds.map((storedFileId) => ({ storedFileId, bulkFileId: null })))
        const dryRun = fields.dryRun === 'true'
        const updated = await jobs.updateJob(trx, job.id, {
          label: fields.label ?? null,
          notes: fields.notes ?? null,
          dry_run: dryRun,
          ...(dryRun ? { name: dryRunName(job.name) } : {}),
        })
        await jobs.insertEvent(trx, job.id, 'PENDING', {
          severity: 'INFO',
          module: 'UPLOAD',
          description: `${files} file${files === 1 ? '' : 's'} uploaded${dryRun ? ' for a dry run: nothing will be written to the repository' : ''}`,
          createdBy: caller.userId,
        })
        await this.runner.startImport(trx, job.id)
        return { job: toJob(updated) }
      })
    } catch (error) {
      if (error instanceof ReplayInstead) return { replay: error.replay }
      if (error instanceof UploadTooLargeError) throw new AppError('PAYLOAD_TOO_LARGE', error.message)
      throw error
    }
  }

  /**
   * The split an upload would get — files, record counts, bulk files — read as it streams by,
   * storing nothing and starting nothing.
   */
  async previewSplit(caller: Principal, profileId: string, parts: AsyncIterable<UploadPart>) {
    const profile = toProfile(await this.profiles.load(caller, profileId, 'run'))
    const files: SplitPreviewFile[] = []
    for await (const part of parts) {
      if (part.type === 'field') continue
      const entry: SplitPreviewFile = { name: part.filename, format: null, records: 0, invalidRecords: 0, bulkFiles: [], notMarc: null }
      // The reader stops early on a file that is not MARC; the rest of the part must still be read
      // off the request for the next part to arrive, so the reader gets a view it cannot close.
      const stream = part.content[Symbol.asyncIterator]()
      const view: AsyncIterable<Uint8Array> = { [Symbol.asyncIterator]: () => ({ next: () => stream.next() }) }
      let records = 0
      let bytes = 0
      try {
        const options = {
          ...(profile.sourceFormat === 'AUTO' ? {} : { format: profile.sourceFormat }),
          onFormat: (format: MarcFormat) => {
            entry.format = format
          },
        }
        for await (const item of readRecords(view, options)) {
          entry.records += 1
          if (!item.ok) entry.invalidRecords += 1
          records += 1
          bytes += item.raw.byteLength
          if (bulkFileFull(records, bytes, profile.splitSize)) {
            entry.bulkFiles.push(records)
            records = 0
            bytes = 0
          }
        }
      } catch (error) {
        if (!(error instanceof NotMarcError)) throw error
        entry.notMarc = error.message
        while (!(await stream.next()).done) {
          // drain
        }
      }
      if (records > 0) entry.bulkFiles.push(records)
      files.push(entry)
    }
    if (files.length === 0) throw new AppError('VALIDATION_FAILED', 'Attach at least one file', { errors: [{ field: 'file', message: 'is required' }] })
    return {
      splitSize: profile.splitSize,
      files,
      totalRecords: files.reduce((sum, f) => sum + f.records, 0),
      totalBulkFiles: files.reduce((sum, f) => sum + f.bulkFiles.length, 0),
    }
  }

  async cancel(caller: Principal, jobId: string) {
    const job = await this.load(caller, jobId)
    const profileType = (job.profile_snapshot as { type: ProfileType }).type
    if (!profileTypesFor(caller.roles, 'run').includes(profileType)) {
      throw new AppError('FORBIDDEN', `Your roles may not cancel ${profileType} jobs`)
    }
    if (!['PENDING', 'INITIALIZING', 'RUNNING'].includes(job.status)) {
      throw new AppError('CONFLICT', `A job that is ${JOB_STATUS_LABELS[job.status as JobStatus]} cannot be cancelled`)
    }
    try {
      const row = await this.db.transaction().execute((trx) =>
        transitionJob(trx, jobId, 'CANCELLED', {
          severity: 'WARNING',
          module: 'SYSTEM',
          description: `Cancelled by ${caller.username}; files already processed stay imported`,
          createdBy: caller.userId,
        }),
      )
      return toJob(row)
    } catch (error) {
      if (error instanceof Error && error.name === 'IllegalTransitionError') {
        throw new AppError('CONFLICT', 'The job finished before it could be cancelled')
      }
      throw error
    }
  }

  async events(caller: Principal, jobId: string, query: { severity?: string; module?: string; cursor?: string; limit: number }) {
    await this.load(caller, jobId)
    const afterId = decodeIdCursor(query.cursor)
    const rows = await jobs.listEvents(
      this.db,
      jobId,
      { ...(query.severity === undefined ? {} : { severity: query.severity }), ...(query.module === undefined ? {} : { module: query.module }), ...(afterId === undefined ? {} : { afterId }) },
      query.limit,
    )
    const page = toIdPage(rows, query.limit, (row) => row.id)
    return { items: page.rows.map(toJobEvent), nextCursor: page.nextCursor }
  }

  async files(caller: Principal, jobId: string) {
    await this.load(caller, jobId)
    return Promise.all((await jobs.listBulkFiles(this.db, jobId)).map((row) => this.toFile(row)))
  }

  async file(caller: Principal, jobId: string, fileId: string) {
    await this.load(caller, jobId)
    const row = await jobs.findBulkFile(this.db, jobId, fileId)
    if (row === undefined) throw notFound(`File ${fileId} of job ${jobId}`)
    return this.toFile(row)
  }

  private async toFile(row: Awaited<ReturnType<typeof jobs.listBulkFiles>>[number]) {
    const problems = await jobs.listProblems(this.db, row.id)
    return {
      id: row.id,
      name: row.name,
      format: row.format,
      sizeBytes: Number(row.size_bytes),
      recordCount: row.record_count,
      status: row.status,
      counts: row.counts,
      createdAt: row.created_at.toISOString(),
      processedAt: row.processed_at?.toISOString() ?? null,
      processedBy: row.processed_by,
      problems: problems.map((p) => ({ position: p.position, code: p.problem_code ?? '', message: p.problem_message ?? '' })),
    }
  }
}
