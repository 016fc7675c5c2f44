import type { Executor } from '../db/database.ts'

/**
 * An import is cut into short queue jobs so it spreads over every worker process: one to read and
 * split the upload, one per bulk file, one to finalize. Our `jobs` table holds the truth about the
 * import; the queue only says what to do next, and every handler is safe to run twice.
 */
export const QUEUES = {
  initialize: 'import.initialize',
  bulk: 'import.bulk',
  finalize: 'import.finalize',
  // A dry run does all its bulk files in one step (see processDryRun).
  dryRun: 'import.dry-run',
  // A revert (issue 5): plan its items, one step per batch of records, then finalize.
  revertPlan: 'revert.plan',
  revertBatch: 'revert.batch',
  revertFinalize: 'revert.finalize',
  // An FTP profile's run (issue 16): list, download, make the load job, apply the after-import action.
  ftpFetch: 'ftp.fetch',
  // A resource sharing harvest (issue 17): one step, the call and the writes.
  harvest: 'harvest.run',
} as const

export interface InitializeMessage {
  jobId: string
}
export interface BulkMessage {
  jobId: string
  bulkFileId: string
}
export interface DryRunMessage {
  jobId: string
}
export interface FinalizeMessage {
  jobId: string
}
export interface RevertPlanMessage {
  jobId: string
}
export interface RevertBatchMessage {
  jobId: string
  batch: number
}
export interface RevertFinalizeMessage {
  jobId: string
}
export interface FtpFetchMessage {
  jobId: string
  /** 1 for the first try; a connection failure queues the next one after a backoff. */
  attempt: number
}
export interface HarvestMessage {
  jobId: string
}

/** Queues import steps inside the caller's transaction: they exist exactly when its data does. */
export interface StepQueue {
  enqueue(queue: string, message: object, trx: Executor, options?: { singletonKey?: string; startAfter?: Date }): Promise<void>
  enqueueMany(queue: string, messages: object[], trx: Executor): Promise<void>
}
