import type { Executor } from '../db/database.ts'
import { type JobInputRef, listJobInputs } from '../db/repositories/job-inputs.repository.ts'
import * as jobs from '../db/repositories/jobs.repository.ts'
import { findProfile } from '../db/repositories/profiles.repository.ts'
import { JOB_STATUS_LABELS, RERUNNABLE_STATUSES } from '../domain/jobs/lifecycle.ts'
import type { Principal } from '../domain/permissions/principal.ts'
import { AppError, conflict } from '../errors.ts'
import { createJob } from '../jobs/create.ts'
import { allows } from '../jobs/registry.ts'
import { type JobsService, type Profile, toJob } from './jobs.service.ts'
import { toProfile } from './profiles.service.ts'

export interface RerunRequest {
  /** Only these bulk files of the job; absent: everything the job read. */
  fileIds?: string[]
  label?: string
  notes?: string
}

/**
 * A new import job over what an earlier one read, linked to it by `rerun_of`. It runs with the
 * profile as it is now, not the job's snapshot: a re-run usually follows a fix to the profile (the
 * source format, the split size, the match method) or to the system, and the new job's own
 * snapshot records what it ran with. So the caller must be allowed to run the profile today
 * (a restricted profile needs a grant) and the profile must still exist and be active.
 */
export async function rerunJob(service: JobsService, caller: Principal, jobId: string, request: RerunRequest) {
  const original = await service.load(caller, jobId)
  const profile = await profileToRunAgain(service, caller, original)
  const status = original.status
  if (!RERUNNABLE_STATUSES.includes(status)) {
    throw conflict(`A job that is ${JOB_STATUS_LABELS[status]} cannot be re-run; only Failed and Completed with Errors jobs can`)
  }
  if (!profile.active) throw conflict(`Profile "${profile.name}" is inactive`)
  const inputs = await inputsToRerun(service, original.id, request.fileIds)
  const what = request.fileIds === undefined ? 'all its input' : `${inputs.length} of its bulk file${inputs.length === 1 ? '' : 's'}`
  return service.db.transaction().execute((trx) =>
    startLinkedJob(trx, service, caller, original, {
      profile,
      inputs,
      dryRun: original.dry_run,
      label: request.label,
      notes: request.notes,
      description: `Re-run of job ${original.id} (${original.name}): ${what}`,
      originalEvent: `Re-run by ${caller.username}`,
    }),
  )
}

/**
 * Runs a finished dry run for real (issue 5): a new import job over the same stored files, with the
 * profile settings the dry run ran with, so its counters are the ones the dry run reported unless
 * the repository changed since. The profile must still exist and be active, and the caller allowed
 * to run it. Once only: a second request answers 409 naming the real run.
 */
export async function commitDryRun(service: JobsService, caller: Principal, jobId: string, request: { label?: string; notes?: string }) {
  const original = await service.load(caller, jobId)
  if (!original.dry_run) throw conflict('The job is not a dry run; it wrote its changes already')
  const status = original.status
  if (status !== 'COMPLETED_SUCCESS' && status !== 'COMPLETED_WITH_ERRORS') {
    throw conflict(`The dry run is ${JOB_STATUS_LABELS[status]}; only a completed dry run can be run for real`)
  }
  const current = await profileToRunAgain(service, caller, original)
  if (!current.active) throw conflict(`Profile "${current.name}" is inactive`)
  const inputs = await listJobInputs(service.db, original.id)
  return service.db.transaction().execute(async (trx) => {
    // The dry run's row lock orders two concurrent requests: the second sees the first one's job.
    await jobs.lockJob(trx, original.id)
    const earlier = await jobs.findRealRunOf(trx, original.id)
    if (earlier !== undefined) throw conflict(`The dry run was already run for real as job ${earlier.id}`)
    return startLinkedJob(trx, service, caller, original, {
      profile: snapshotOf(original),
      inputs,
      dryRun: false,
      label: request.label,
      notes: request.notes,
      description: `Real run of dry run ${original.id} (${original.name}), with the profile settings it ran with`,
      originalEvent: `Run for real by ${caller.username}`,
    })
  })
}

/** The profile of `original` as it is now, if the caller may run it (a restricted one needs a grant). */
async function profileToRunAgain(service: JobsService, caller: Principal, original: jobs.JobRow): Promise<Profile> {
  const snapshot = original.profile_snapshot
  const profileId = original.profile_id
  if (!allows(original.kind, 'RERUN') || profileId === null || snapshot?.type === undefined) {
    throw conflict(`Only import jobs can run again; this is a ${original.kind} job`)
  }
  return service.assertMayRun(caller, snapshot.type, async () => {
    const row = await findProfile(service.db, caller.institutionId, profileId)
    if (row === undefined) throw conflict('The job\'s import profile has been deleted; it cannot run again')
    return toProfile(row)
  })
}

/** A new PENDING import made from `original` (a re-run of it), with its inputs and its first step queued. */
async function startLinkedJob(
  trx: Executor,
  service: JobsService,
  caller: Principal,
  original: jobs.JobRow,
  start: {
    profile: Profile
    inputs: JobInputRef[]
    dryRun: boolean
    label: string | undefined
    notes: string | undefined
    description: string
    originalEvent: string
  },
) {
  const job = await createJob(
    trx,
    service.steps,
    { ...service.newJob('IMPORT', caller, start.profile), parent: { jobId: original.id, link: 'RERUN_OF', event: start.originalEvent } },
    {
      label: start.label ?? original.label,
      notes: start.notes ?? original.notes,
      dryRun: start.dryRun,
      inputs: start.inputs,
      event: { module: 'UPLOAD', description: start.description },
    },
  )
  return toJob(job)
}

async function inputsToRerun(service: JobsService, jobId: string, fileIds: string[] | undefined) {
  if (fileIds === undefined) {
    const inputs = await listJobInputs(service.db, jobId)
    if (inputs.length === 0) throw conflict('The job has no stored input to run again')
    return inputs
  }
  const files = await jobs.listBulkFiles(service.db, jobId)
  const known = new Set(files.map((file) => file.id))
  const unknown = fileIds.filter((id) => !known.has(id))
  if (unknown.length > 0) {
    throw new AppError('UNPROCESSABLE', `${unknown.join(', ')} ${unknown.length === 1 ? 'is not a bulk file' : 'are not bulk files'} of job ${jobId}`, {
      errors: unknown.map((id) => ({ field: `body.fileIds[${fileIds.indexOf(id)}]`, message: 'is not a bulk file of this job' })),
    })
  }
  // In the job's own order, whatever order the caller listed them in.
  const wanted = new Set(fileIds)
  return files.filter((file) => wanted.has(file.id)).map((file) => ({ storedFileId: file.stored_file_id, bulkFileId: file.id }))
}

/** The profile a job ran with; a job made from a profile always carries it. */
function snapshotOf(job: jobs.JobRow): Profile {
  if (job.profile_snapshot === null) throw conflict(`Job ${job.id} has no profile to run with`)
  return job.profile_snapshot
}
