import type { JobStatus } from '../jobs/lifecycle.ts'

/**
 * Reverting an import (issue 5): what happens to each record the import touched. Plain functions
 * over what the revert reads; the runner and the repository do the reading and writing.
 */

/** What the reverted import did to a record (a record it added has no change row of its own). */
export const REVERTED_CHANGES = ['ADDED', 'MERGED', 'OVERLAID', 'DELETED'] as const
export type RevertedChange = (typeof REVERTED_CHANGES)[number]

/**
 * What the revert did: deleted a record the import added, restored the before-image of one it merged
 * or overlaid, undeleted (with its before-image) one it deleted — or left it alone.
 */
export const REVERT_OUTCOMES = ['DELETED', 'RESTORED', 'UNDELETED', 'LEFT_ALONE'] as const
export type RevertOutcome = (typeof REVERT_OUTCOMES)[number]

/** Why a record was left alone. */
export const LEFT_ALONE_REASONS = ['CHANGED_SINCE', 'DELETED_SINCE', 'RECORD_LOCKED'] as const
export type LeftAloneReason = (typeof LEFT_ALONE_REASONS)[number]

export const LEFT_ALONE_DESCRIPTIONS: Record<LeftAloneReason, string> = {
  CHANGED_SINCE: 'changed since the import (by another job or by hand)',
  DELETED_SINCE: 'deleted since the import',
  RECORD_LOCKED: 'locked for editing',
}

/** Records per revert batch: one queue step and one transaction, like an import's bulk file. */
export const REVERT_BATCH_SIZE = 250

/** Only a finished import can be reverted, and only one whose records are all written. */
export const REVERTIBLE_STATUSES: readonly JobStatus[] = ['COMPLETED_SUCCESS', 'COMPLETED_WITH_ERRORS']

/** One planned record as its batch finds it, under lock. */
export interface RevertCandidate {
  change: RevertedChange
  /** The revision the import left the record at. */
  expectedRevision: number
  revision: number
  deleted: boolean
  locked: boolean
  updatedByJob: string | null
  /**
   * Inventory the import made or changed on the record was changed since by another job (issue
   * 15): the record is left alone with all of it, as a record changed since is.
   */
  inventoryChangedSince?: boolean
}

export interface RevertDecision {
  outcome: RevertOutcome
  reason: LeftAloneReason | null
}

const leftAlone = (reason: LeftAloneReason): RevertDecision => ({ outcome: 'LEFT_ALONE', reason })

/**
 * A record is put back only while it is exactly as the import left it: its revision is the one the
 * import left (every write, by a job or by hand, moves it on), and for a record the import added,
 * the import is still its last writer. Otherwise someone's later work would be lost, so it is left
 * alone and reported. A record locked for editing is left alone too, as an import would leave it.
 */
export function decideRevert(record: RevertCandidate, revertedJobId: string): RevertDecision {
  const unchanged = record.revision === record.expectedRevision && record.inventoryChangedSince !== true
  switch (record.change) {
    case 'ADDED':
      if (record.deleted) return leftAlone('DELETED_SINCE')
      if (!unchanged || record.updatedByJob !== revertedJobId) return leftAlone('CHANGED_SINCE')
      if (record.locked) return leftAlone('RECORD_LOCKED')
      return { outcome: 'DELETED', reason: null }
    case 'MERGED':
    case 'OVERLAID':
      if (!unchanged) return leftAlone(record.deleted ? 'DELETED_SINCE' : 'CHANGED_SINCE')
      if (record.locked) return leftAlone('RECORD_LOCKED')
      return { outcome: 'RESTORED', reason: null }
    case 'DELETED':
      // A deleted record cannot be locked or changed; only a revert brings it back.
      if (!unchanged || !record.deleted) return leftAlone('CHANGED_SINCE')
      return { outcome: 'UNDELETED', reason: null }
  }
}

/** The revert's counters, by outcome (the job's `counters`). */
export function revertCounters(decisions: readonly RevertDecision[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const { outcome, reason } of decisions) {
    counts[outcome] = (counts[outcome] ?? 0) + 1
    if (reason !== null) counts[`LEFT_ALONE:${reason}`] = (counts[`LEFT_ALONE:${reason}`] ?? 0) + 1
  }
  return counts
}

/** The revert's final status: a record left alone is one not reverted, as a record not imported is an error. */
export function revertStatus(counters: Readonly<Record<string, number>>): 'COMPLETED_SUCCESS' | 'COMPLETED_WITH_ERRORS' {
  return (counters.LEFT_ALONE ?? 0) > 0 ? 'COMPLETED_WITH_ERRORS' : 'COMPLETED_SUCCESS'
}

/** The name staff see in the job list. */
export function revertJobName(originalName: string): string {
  return `Revert: ${originalName}`
}
