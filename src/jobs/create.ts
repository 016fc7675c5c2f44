import type { Executor } from '../db/database.ts'
import { insertJobInputs, type JobInputRef } from '../db/repositories/job-inputs.repository.ts'
import * as jobs from '../db/repositories/jobs.repository.ts'
import type { EventModule, JobKind } from '../domain/jobs/events.ts'
import { type Actor, actingUser, type ParentJob } from '../domain/jobs/origin.ts'
import type { ProfileSnapshot } from '../domain/profiles/profile.ts'
import type { StepQueue } from '../pipeline/steps.ts'
import { jobKindModule } from './registry.ts'

export interface NewJob {
  kind: JobKind
  institutionId: string
  /** What the job is about, for its name: the profile's name, or the name of the job it reverts. */
  about: string
  profileId: string | null
  /** The profile as the job runs with it; a revert carries the snapshot of the import it reverts. */
  profile: ProfileSnapshot | null
  actor: Actor
  /** The job it is made from, and the line that job's event log gets (" as job <id>" is added). */
  parent?: ParentJob & { event: string }
}

/** What only the creating request knows, possibly only once it has stored the job's files. */
export interface JobDetails {
  label?: string | null
  notes?: string | null
  dryRun?: boolean
  inputs?: JobInputRef[]
  /** The job's first event. */
  event: { module: EventModule; description: string }
}

/** A dry run says so in its name, wherever the job is listed. */
export function dryRunName(name: string): string {
  return `Dry run: ${name}`
}

/**
 * The one way a job comes into being, in the caller's transaction: the PENDING job named by its
 * kind, its inputs, its first event, a line in its parent's log, and its kind's first step queued —
 * so the job exists exactly when its work does. `details` may be work that needs the job's id first
 * (storing an upload's files as the job's).
 */
export async function createJob(
  trx: Executor,
  steps: StepQueue,
  job: NewJob,
  details: JobDetails | ((created: jobs.JobRow) => Promise<JobDetails>),
): Promise<jobs.JobRow> {
  const kind = jobKindModule(job.kind)
  if (kind === undefined) throw new Error(`No module runs jobs of kind ${job.kind}`)
  const known = typeof details === 'function' ? undefined : details
  const name = kind.name(job.about)
  const createdBy = actingUser(job.actor)
  let row = await jobs.insertJob(trx, {
    institution_id: job.institutionId,
    profile_id: job.profileId,
    kind: job.kind,
    name: known?.dryRun === true ? dryRunName(name) : name,
    status: 'PENDING',
    label: known?.label ?? null,
    notes: known?.notes ?? null,
    dry_run: known?.dryRun ?? false,
    created_by: createdBy,
    actor_kind: job.actor.kind,
    parent_job_id: job.parent?.jobId ?? null,
    parent_link: job.parent?.link ?? null,
    profile_snapshot: JSON.stringify(job.profile),
  })
  const resolved = known ?? (await (details as (created: jobs.JobRow) => Promise<JobDetails>)(row))
  if (known === undefined) {
    row = await jobs.updateJob(trx, row.id, {
      label: resolved.label ?? null,
      notes: resolved.notes ?? null,
      dry_run: resolved.dryRun ?? false,
      ...(resolved.dryRun === true ? { name: dryRunName(name) } : {}),
    })
  }
  if (resolved.inputs !== undefined) await insertJobInputs(trx, row.id, resolved.inputs)
  await jobs.insertEvent(trx, row.id, 'PENDING', { severity: 'INFO', ...resolved.event, createdBy })
  if (job.parent !== undefined) {
    // The parent's row lock orders this event with any other writer of its log (see job-stream).
    const parent = await jobs.lockJob(trx, job.parent.jobId)
    if (parent !== undefined) {
      await jobs.insertEvent(trx, parent.id, parent.status, {
        severity: 'INFO',
        module: 'SYSTEM',
        description: `${job.parent.event} as job ${row.id}`,
        createdBy,
      })
    }
  }
  await kind.start(trx, steps, row.id)
  return row
}
