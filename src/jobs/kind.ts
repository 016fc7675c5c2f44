import type { Db, Executor } from '../db/database.ts'
import type { JobKind } from '../domain/jobs/events.ts'
import type { HarvestOptions } from '../pipeline/harvest.ts'
import type { StepQueue } from '../pipeline/steps.ts'
import type { FtpRunOptions } from './ftp-fetch-step.ts'

/** What a queue handler gets from the process that runs it. */
export interface StepContext {
  db: Db
  steps: StepQueue
  /** Names this process in the work it records (a bulk file's worker). */
  workerId: string
  /** Largest upload a dry run reads. */
  dryRunMaxRecords: number | undefined
  /** Records per batch of a revert. */
  revertBatchSize: number | undefined
  /** Decrypts stored secrets a step needs (a harvest's API key). */
  secretKey: Buffer | undefined
  /** How a harvest calls the external system (attempts, backoff, time limit). */
  harvest: HarvestOptions | undefined
  /** How FTP fetches connect and retry; undefined in a process that runs none. */
  ftp: FtpRunOptions | undefined
}

/** Every queue message names its job. */
export interface StepMessage {
  jobId: string
}

/**
 * One queue of a job kind and how its messages are worked: `one` at a time per process, several in
 * `parallel` (a burst while the queue has a backlog), or fetched in a `batch` whose messages of one
 * job are handed over together.
 */
export type KindQueue<M extends StepMessage = StepMessage> =
  | { name: string; mode: 'one' | 'parallel'; handle(context: StepContext, message: M): Promise<void> }
  | { name: string; mode: 'batch'; handle(context: StepContext, jobId: string, messages: readonly M[]): Promise<void> }

/** Where a job's report is read: the import report, or a revert's own. */
export type JobReportKind = 'IMPORT' | 'REVERT' | 'HARVEST'

/** What a person may do to a finished job's records, each taking what running its profile takes. */
export type JobAction = 'RERUN' | 'REVERT' | 'RESOLVE_ISSUES'

/**
 * One kind of job, everything about it in one module: its queues and their handlers, how it starts
 * inside the transaction that creates it, what its final failure does, where its report comes from
 * and what may be done to it afterwards. The runner works the queues of every registered kind.
 */
export interface JobKindModule {
  kind: JobKind
  /** The job's name, from what it is about (its profile's name, the job it reverts). */
  name(about: string): string
  queues: readonly KindQueue[]
  /** Queues the first step, in the transaction that creates the job: the job and its work exist together. */
  start(trx: Executor, steps: StepQueue, jobId: string): Promise<void>
  /** A step out of retries, or a fault while the job runs: what becomes of the job. */
  fail(trx: Executor, jobId: string, reason: string): Promise<void>
  report: JobReportKind
  actions: readonly JobAction[]
}
