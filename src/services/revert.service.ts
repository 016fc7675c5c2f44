import { decodeIdCursor } from '../db/pagination.ts'
import * as jobs from '../db/repositories/jobs.repository.ts'
import { findLiveRevert, listRevertItems, revertSummary } from '../db/repositories/revert.repository.ts'
import { isFinished, JOB_STATUS_LABELS } from '../domain/jobs/lifecycle.ts'
import {
  LEFT_ALONE_DESCRIPTIONS,
  type LeftAloneReason,
  REVERTIBLE_STATUSES,
  type RevertOutcome,
} from '../domain/revert/revert.ts'
import type { Principal } from '../domain/permissions/principal.ts'
import { conflict, notFound } from '../errors.ts'
import { createJob } from '../jobs/create.ts'
import { jobKindModule } from '../jobs/registry.ts'
import { callerActor, type JobsService, toJob } from './jobs.service.ts'

export interface RevertRequest {
  label?: string
  notes?: string
}

const isUniqueViolation = (error: unknown) => typeof error === 'object' && error !== null && (error as { code?: string }).code === '23505'

/**
 * Starts a revert of a completed import: a new job of kind REVERT linked by `reverts_job`, queued
 * in the transaction that creates it. A job is reverted once: the original's row lock makes two
 * requests take turns, so the second sees the first's revert and answers 409; the partial unique
 * index on jobs.reverts_job is the backstop should anything else insert one.
 */
export async function revertJob(service: JobsService, caller: Principal, jobId: string, request: RevertRequest) {
  const original = await service.load(caller, jobId)
  // Reverting is running the import's profile backwards, so it takes what running the profile takes.
  await service.assertMayActOn(caller, original, 'REVERT')
  if (original.dry_run) throw conflict('A dry run wrote nothing to the repository: there is nothing to revert')
  const status = original.status
  if (!REVERTIBLE_STATUSES.includes(status)) {
    throw conflict(`A job that is ${JOB_STATUS_LABELS[status]} cannot be reverted; only Completed Successfully and Completed with Errors jobs can`)
  }
  try {
    return await service.db.transaction().execute(async (trx) => {
      await jobs.lockJob(trx, original.id)
      const earlier = await findLiveRevert(trx, original.id)
      if (earlier !== undefined) {
        throw conflict(
          isFinished(earlier.status)
            ? `Job ${original.id} was already reverted by job ${earlier.id}; a revert cannot be applied twice`
            : `A revert of job ${original.id} is under way: job ${earlier.id}`,
        )
      }
      const job = await createJob(
        trx,
        service.steps,
        {
          kind: 'REVERT',
          institutionId: original.institution_id,
          about: original.name,
          profileId: original.profile_id,
          // The original's snapshot: who may see the revert follows the profile type of what it reverts.
          profile: original.profile_snapshot,
          actor: callerActor(caller),
          parent: { jobId: original.id, link: 'REVERT_OF', event: `Revert requested by ${caller.username}` },
        },
        {
          label: request.label ?? null,
          notes: request.notes ?? null,
          event: { module: 'SYSTEM', description: `Revert of job ${original.id} (${original.name}) requested by ${caller.username}` },
        },
      )
      return toJob(job)
    })
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`A revert of job ${original.id} exists already; a revert cannot be applied twice`)
    throw error
  }
}

async function loadRevert(service: JobsService, caller: Principal, jobId: string) {
  const job = await service.load(caller, jobId)
  if (jobKindModule(job.kind)?.report !== 'REVERT' || job.reverts_job === null) {
    throw notFound(`A revert report of job ${jobId} (a ${job.kind} job; see its /report)`)
  }
  return job
}

/** The revert's report: what it did, by outcome, and why records were left alone. */
export async function revertReport(service: JobsService, caller: Principal, jobId: string) {
  const job = await loadRevert(service, caller, jobId)
  const count = await revertSummary(service.db, job.id)
  return {
    jobId: job.id,
    revertsJob: job.reverts_job as string,
    status: job.status,
    final: isFinished(job.status),
    counters: {
      recordsToRevert: count('planned'),
      recordsPending: count('pending'),
      recordsDeleted: count('deleted'),
      recordsRestored: count('restored'),
      recordsUndeleted: count('undeleted'),
      recordsLeftAlone: count('left_alone'),
    },
    leftAloneByReason: { CHANGED_SINCE: count('changed_since'), DELETED_SINCE: count('deleted_since'), RECORD_LOCKED: count('record_locked') },
    importChanges: { ADDED: count('added'), MERGED: count('merged'), OVERLAID: count('overlaid'), DELETED: count('was_deleted') },
  }
}

export interface RevertItemsQuery {
  outcome?: RevertOutcome | 'PENDING'
  reason?: LeftAloneReason
  cursor?: string
  limit: number
}

/** The revert's records, one page in MMS ID order; left-alone ones say why. */
export async function revertItems(service: JobsService, caller: Principal, jobId: string, query: RevertItemsQuery) {
  const job = await loadRevert(service, caller, jobId)
  const revertedJobId = job.reverts_job as string
  const after = decodeIdCursor(query.cursor)
  const rows = await listRevertItems(
    service.db,
    job.id,
    {
      ...(query.outcome === undefined ? {} : query.outcome === 'PENDING' ? { pending: true } : { outcome: query.outcome }),
      ...(query.reason === undefined ? {} : { reason: query.reason }),
    },
    { ...(after === undefined ? {} : { afterMmsId: after }), limit: query.limit },
  )
  const page = rows.slice(0, query.limit)
  const last = page[page.length - 1]
  return {
    items: page.map((row) => {
      const reason = row.reason
      // The reverted job still its last writer, yet the revision moved on: an edit outside any job.
      const changedByJob = row.found_updated_by_job === revertedJobId ? null : row.found_updated_by_job
      return {
        mmsId: String(row.mms_id),
        importChange: row.change,
        outcome: (row.outcome ?? 'PENDING') as RevertOutcome | 'PENDING',
        reason,
        expectedRevision: row.expected_revision,
        foundRevision: row.found_revision,
        lastChangedByJob: reason === null ? null : changedByJob,
        explanation: reason === null ? null : explain(reason, row.expected_revision, row.found_revision, changedByJob),
      }
    }),
    nextCursor: rows.length > query.limit && last !== undefined ? Buffer.from(String(last.mms_id)).toString('base64url') : null,
  }
}

function explain(reason: LeftAloneReason, expected: number, found: number | null, byJob: string | null): string {
  if (reason === 'RECORD_LOCKED') return `Left alone: ${LEFT_ALONE_DESCRIPTIONS[reason]}`
  const who = byJob === null ? 'outside any job (by hand)' : `by job ${byJob}`
  // The record is as the import left it: what changed is the inventory the import made or changed on it.
  if (reason === 'CHANGED_SINCE' && found === expected) return `Left alone: its items from the import were changed since, last ${who}`
  return `Left alone: ${LEFT_ALONE_DESCRIPTIONS[reason]} — the import left revision ${expected}, it is at revision ${found ?? '?'}, last changed ${who}`
}
