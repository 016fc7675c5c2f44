import type { Db, Executor } from '../db/database.ts'
import { decodeCursor, decodeIdCursor, toIdPage, toPage } from '../db/pagination.ts'
import * as jobs from '../db/repositories/jobs.repository.ts'
import { jobReport } from '../db/repositories/report.repository.ts'
import { findGrant, findProfile } from '../db/repositories/profiles.repository.ts'
import { assignStoredFile, storeFile, UploadTooLargeError } from '../db/repositories/stored-files.repository.ts'
import { bulkFileFull } from '../domain/import/split.ts'
import { recordProblemsOf, shownProblem } from '../domain/import/record-problems.ts'
import { canTransition, FINISHED_STATUSES, IllegalTransitionError, isFinished, JOB_STATUS_LABELS, type JobStatus, UNFINISHED_STATUSES } from '../domain/jobs/lifecycle.ts'
import { hasAnyRole, mayOnProfileType, mayRunProfile, profileTypesFor, type ProfileType, SYSTEM_ADMIN_ROLES } from '../domain/permissions/roles.ts'
import type { EventModule, JobKind, Severity } from '../domain/jobs/events.ts'
import type { Principal } from '../domain/permissions/principal.ts'
import type { Actor } from '../domain/jobs/origin.ts'
import { type ProfileSnapshot, readerOptionsOf } from '../domain/profiles/profile.ts'
import { type MarcFormat, NotMarcError, readRecords, type RecordProblem } from '../marc/reader.ts'
import { AppError, conflict, forbidden, notFound } from '../errors.ts'
import { createJob, type NewJob } from '../jobs/create.ts'
import type { JobAction } from '../jobs/kind.ts'
import { allows, jobKindModule } from '../jobs/registry.ts'
import { transitionJob } from '../pipeline/job-transitions.ts'
import type { StepQueue } from '../pipeline/steps.ts'
import { ProfilesService, toProfile } from './profiles.service.ts'
import type { ClaimIdempotencyKey, Replay, UploadPart } from './upload.ts'

type JobRow = jobs.JobRow & { profile_name?: string | null; profile_type?: string | null }

const ACTION_VERBS: Record<JobAction, string> = { RERUN: 'run again', REVERT: 'revert', RESOLVE_ISSUES: 'resolve issues of' }

export function toJob(row: JobRow) {
  const status = row.status
  return {
    id: row.id,
    kind: row.kind,
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
    parentJobId: row.parent_job_id,
    parentLink: row.parent_link,
    createdAt: row.created_at.toISOString(),
    startedAt: row.started_at?.toISOString() ?? null,
    endedAt: row.ended_at?.toISOString() ?? null,
    progress: {
      percent: row.records_total === 0 ? (isFinished(status) ? 100 : 0) : Math.floor((100 * row.records_done) / row.records_total),
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
    status: row.status,
    severity: row.severity,
    module: row.module,
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

export type Profile = ProfileSnapshot

/** The caller as the actor a job records. */
export function callerActor(caller: Principal): Actor {
  return { kind: 'USER', userId: caller.userId, username: caller.username }
}

/** Streams one file into storage as the job's (see `storeFile`); the caller adds its `job_inputs` row. */
export async function storeJobFile(
  trx: Executor,
  job: { id: string; institution_id: string },
  file: { name: string; contentType: string | null; limitBytes: number },
  source: AsyncIterable<Uint8Array>,
) {
  const stored = await storeFile(trx, { institutionId: job.institution_id, ...file }, source)
  await assignStoredFile(trx, stored.id, job.id)
  return stored
}

/** A job's label and notes are kept as they come, or refused: never cut to fit. */
const MAX_JOB_TEXT = 4000
function jobText(field: 'label' | 'notes', value: string): string {
  if (value.length > MAX_JOB_TEXT) {
    const message = `must be at most ${MAX_JOB_TEXT} characters`
    throw new AppError('VALIDATION_FAILED', `${field} ${message}`, { errors: [{ field, message }] })
  }
  return value
}

/** The form field `dryRun`: `true` or `false`, as HTML forms and curl send booleans. */
function parseDryRun(value: string): 'true' | 'false' {
  const text = value.trim().toLowerCase()
  if (text === 'true' || text === 'false') return text
  throw new AppError('VALIDATION_FAILED', 'dryRun must be true or false', { errors: [{ field: 'dryRun', message: 'must be true or false' }] })
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
  /** Where new jobs queue their first step. */
  readonly steps: StepQueue
  readonly profiles: ProfilesService
  readonly uploadLimitBytes: number

  constructor(db: Db, steps: StepQueue, profiles: ProfilesService, uploadLimitBytes: number) {
    this.db = db
    this.steps = steps
    this.profiles = profiles
    this.uploadLimitBytes = uploadLimitBytes
  }

  /** A job of `kind` the caller starts with `profile`, as it is now. */
  newJob(kind: JobKind, caller: Principal, profile: Profile): NewJob {
    return {
      kind,
      institutionId: caller.institutionId,
      about: profile.name,
      profileId: profile.id,
      profile,
      actor: callerActor(caller),
    }
  }

  /**
   * What running a profile takes (SPEC "Permissions"), the one check of it: a role that runs its
   * type, then — for the profile as it is now, loaded by `current` and answered — a grant when it is
   * restricted.
   * `verb` names what the caller is doing to a job of the profile, when it is not running it.
   */
  async assertMayRun<P extends { id: string | null; name: string; restricted: boolean }>(
    caller: Principal,
    type: ProfileType,
    current: () => Promise<P>,
    verb?: string,
  ): Promise<P> {
    if (!mayOnProfileType(caller.roles, 'run', type)) {
      throw forbidden(`Your roles may not run ${type} jobs${verb === undefined ? '' : `, so they may not ${verb} them`}`)
    }
    const profile = await current()
    const hasGrant = profile.restricted && profile.id !== null ? (await findGrant(this.db, profile.id, caller.userId)) !== undefined : false
    if (!mayRunProfile(caller.roles, { type, restricted: profile.restricted }, hasGrant)) {
      throw forbidden(`Profile "${profile.name}" is restricted: ${verb === undefined ? 'running it needs a grant' : `to ${verb} its jobs you need a grant to run it`}`)
    }
    return profile
  }

  /** The profile, if the caller may start a job with it now: may run it (403), and it is active (409). */
  async runnableProfile(caller: Principal, profileId: string): Promise<Profile> {
    const profile = toProfile(await this.profiles.load(caller, profileId, 'run'))
    await this.assertMayRun(caller, profile.type, async () => profile)
    if (!profile.active) throw new AppError('CONFLICT', `Profile "${profile.name}" is inactive`)
    return profile
  }

  /**
   * What acting on an existing job's records takes (resolving its issues, reverting it): its kind
   * allows the action, and the caller may run its profile. The profile as it is now decides (grants
   * are given and taken away); a deleted one is judged by the job's snapshot.
   */
  async assertMayActOn(caller: Principal, job: JobRow, action: JobAction): Promise<void> {
    const verb = ACTION_VERBS[action]
    const snapshot = job.profile_snapshot
    if (!allows(job.kind, action) || snapshot?.type === undefined) throw conflict(`You cannot ${verb} a ${job.kind} job`)
    await this.assertMayRun<{ id: string | null; name: string; restricted: boolean }>(
      caller,
      snapshot.type,
      async () => {
        const row = job.profile_id === null ? undefined : await findProfile(this.db, caller.institutionId, job.profile_id)
        return row === undefined ? { id: null, name: snapshot.name, restricted: snapshot.restricted } : toProfile(row)
      },
      verb,
    )
  }

  /** A job of the caller's institution whose profile type the caller may monitor. */
  async load(caller: Principal, jobId: string): Promise<JobRow> {
    const row = await jobs.findJob(this.db, caller.institutionId, jobId)
    if (row === undefined) throw notFound(`Job ${jobId}`)
    // A snapshot without a type (written by hand, or by a fault) hides nothing: the job stays visible.
    const snapshot = row.profile_snapshot
    if (snapshot?.type !== undefined && !profileTypesFor(caller.roles, 'view').includes(snapshot.type)) {
      throw new AppError('FORBIDDEN', `Your roles may not monitor ${snapshot.type} jobs`)
    }
    // A harvest runs an integration profile: the General System Administrator's (SPEC "Permissions").
    if (row.kind === 'HARVEST' && !hasAnyRole(caller.roles, SYSTEM_ADMIN_ROLES)) throw new AppError('FORBIDDEN', 'Your roles may not monitor harvest jobs')
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
        ...(query.profileType === undefined && hasAnyRole(caller.roles, SYSTEM_ADMIN_ROLES) ? { alsoKinds: ['HARVEST'] as JobKind[] } : {}),
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
        const job = await createJob(trx, this.steps, this.newJob('IMPORT', caller, profile), async (job) => {
          const fields: Record<string, string> = {}
          const digests: string[] = []
          const storedIds: string[] = []
          let files = 0
          for await (const part of parts) {
            if (part.type === 'field') {
              if (part.name === 'label' || part.name === 'notes') fields[part.name] = jobText(part.name, part.value)
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
          const dryRun = fields.dryRun === 'true'
          return {
            label: fields.label ?? null,
            notes: fields.notes ?? null,
            dryRun,
            inputs: storedIds.map((storedFileId) => ({ storedFileId, bulkFileId: null })),
            event: {
              module: 'UPLOAD',
              description: `${files} file${files === 1 ? '' : 's'} uploaded${dryRun ? ' for a dry run: nothing will be written to the repository' : ''}`,
            },
          }
        })
        return { job: toJob(job) }
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
          ...readerOptionsOf(profile),
          ...(profile.sourceFormat === 'AUTO' ? {} : { format: profile.sourceFormat }),
          onFormat: (format: MarcFormat) => {
            entry.format = format
          },
          // As the split reads it (pipeline/inputs.ts): junk between or after records is no record.
          junk: 'SEPARATE' as const,
        }
        for await (const item of readRecords(view, options)) {
          if ('kind' in item) continue
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
    const profileType = job.profile_snapshot?.type
    // A harvest has no import profile type: whoever may see it (a system administrator, `load`) may stop it.
    if (job.kind !== 'HARVEST' && (profileType === undefined || !profileTypesFor(caller.roles, 'run').includes(profileType))) {
      throw new AppError('FORBIDDEN', `Your roles may not cancel ${profileType} jobs`)
    }
    if (!canTransition(job.status, 'CANCELLED')) {
      throw new AppError('CONFLICT', `A job that is ${JOB_STATUS_LABELS[job.status]} cannot be cancelled`)
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
      if (error instanceof IllegalTransitionError) {
        throw new AppError('CONFLICT', 'The job finished before it could be cancelled')
      }
      throw error
    }
  }

  /** The job report: every counter, so far or final. A kind whose report is elsewhere says where. */
  async report(caller: Principal, jobId: string) {
    const job = await this.load(caller, jobId)
    const reportKind = jobKindModule(job.kind)?.report
    if (reportKind === 'REVERT' || reportKind === 'HARVEST') {
      const path = reportKind === 'REVERT' ? 'revert-report' : 'harvest-report'
      throw new AppError('NOT_FOUND', `Job ${job.id} is a ${reportKind.toLowerCase()}: its report is /v1/jobs/${job.id}/${path}`)
    }
    const report = await jobReport(this.db, job.id)
    return { jobId: job.id, status: job.status, final: isFinished(job.status), dryRun: job.dry_run, ...report }
  }

  async events(caller: Principal, jobId: string, query: { severity?: Severity; module?: EventModule; cursor?: string; limit: number }) {
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
    const [problems, repairs] = await Promise.all([jobs.listProblems(this.db, row.id), jobs.listRepairs(this.db, row.id)])
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
      problems: problems.map((p) => {
        const all = recordProblemsOf(p)
        return {
          position: p.position,
          code: p.problem_code ?? '',
          message: p.problem_message ?? '',
          field: all[0]?.field ?? null,
          problems: all,
          warnings: ((p.warnings ?? []) as RecordProblem[]).map(shownProblem),
        }
      }),
      junk: row.junk ?? [],
      repairs: repairs.map((r) => ({
        position: r.position,
        outcome: r.outcome,
        repairs: r.repairs.map((p) => ({ code: p.code, message: p.message, field: p.field ?? null, repair: p.repair ?? '' })),
      })),
    }
  }
}
