import { hostname } from 'node:os'
import type { Logger } from 'pino'
import { type Job, PgBoss } from 'pg-boss'
import { CompiledQuery } from 'kysely'
import type { Db, Executor } from '../db/database.ts'
import { lockJob } from '../db/repositories/jobs.repository.ts'
import { isFinished } from '../db/repositories/jobs.repository.ts'
import { transitionJob } from '../pipeline/job-transitions.ts'
import { processBulkFiles, processDryRun } from '../pipeline/bulk.ts'
import { finalizeJob } from '../pipeline/finalize.ts'
import { initializeJob } from '../pipeline/initialize.ts'
import {
  type BulkMessage,
  type DryRunMessage,
  type FinalizeMessage,
  type InitializeMessage,
  QUEUES,
  type RevertBatchMessage,
  type RevertFinalizeMessage,
  type RevertPlanMessage,
  type StepQueue,
} from '../pipeline/steps.ts'
import { finalizeRevertJob, planRevertJob } from '../pipeline/revert.ts'
import { processRevertBatch } from '../pipeline/revert-batch.ts'

export interface RunnerOptions {
  connectionString: string
  db: Db
  logger: Logger
  /** Whether this process also works the queues (false: it only enqueues). */
  work: boolean
  /** Bulk files processed at once by this process. */
  concurrency?: number
  /** Retries of a failing step before the import fails (default 4, with exponential backoff). */
  retryLimit?: number
  /** Records per batch of a revert (default REVERT_BATCH_SIZE). */
  revertBatchSize?: number
  /** Largest upload a dry run reads (default DRY_RUN_MAX_RECORDS). */
  dryRunMaxRecords?: number
}

/**
 * A pg-boss worker sleeps its polling interval after every fetch, even one that found work, so
 * with one bulk file per fetch a worker did about 50 ms of work every 2 s: an import of 300 bulk
 * files took five minutes on any machine, and a second worker process barely helped. While the
 * queue holds a backlog (its ready count, refreshed every few seconds) a worker fetches again as
 * soon as it finishes; the first empty fetch puts it back on the poll, so idle workers stay
 * quiet and a stale count cannot make them spin.
 */
const BULK_BURST = { burstWhenReadyExceeds: 1 }
/**
 * Bulk files also burst while a fetch comes back full: the ready count is seconds old when an
 * import's files are queued, and until it caught up each worker slept a second after every batch
 * (a third of a 20,000-record import's bulk time went to those sleeps).
 */
const BULK_BATCH_BURST = { ...BULK_BURST, burstWhenBatchFull: true }
const BULK_BATCH = 8

/**
 * The bulk files of a fetched batch by import, in the order they came. `mostRetried` stands for
 * the group when deciding whether a failure was the last attempt.
 */
function byImport(jobs: ReadonlyArray<Job<BulkMessage>>): Array<{ mostRetried: Job<BulkMessage>; bulkFileIds: string[] }> {
  const groups = new Map<string, { mostRetried: Job<BulkMessage>; bulkFileIds: string[] }>()
  for (const job of jobs) {
    const group = groups.get(job.data.jobId)
    if (group === undefined) {
      groups.set(job.data.jobId, { mostRetried: job, bulkFileIds: [job.data.bulkFileId] })
      continue
    }
    group.bulkFileIds.push(job.data.bulkFileId)
    if (job.retryCount > group.mostRetried.retryCount) group.mostRetried = job
  }
  return [...groups.values()]
}

/**
 * Our job runner on pg-boss. A queue job whose worker dies stops sending heartbeats and is retried
 * by another process within seconds; a queue job that keeps failing for a reason that is not the
 * data (the database gone, a bug) is retried with exponential backoff and, on its last attempt,
 * fails the import with the reason as an event.
 */
export class Runner {
  readonly boss: PgBoss
  readonly options: RunnerOptions
  /** Names this process in the bulk files it completes. */
  readonly workerId = `${hostname()}:${process.pid}`

  readonly retryLimit: number

  constructor(options: RunnerOptions) {
    this.options = options
    this.retryLimit = options.retryLimit ?? 4
    this.boss = new PgBoss({
      connectionString: options.connectionString,
      schema: 'pgboss',
      application_name: 'catalog-import-runner',
      superviseIntervalSeconds: 5,
      monitorIntervalSeconds: 5,
      // How stale the queue's ready count may be that decides bursting (see BULK_BURST).
      queueCacheIntervalSeconds: 5,
      // A queued step (an upload's split, the split's bulk files, the last file's finalize) wakes
      // the workers through the NOTIFY its queue sends at commit. Without the listener those
      // notifications went unheard: each step waited for the next 1 s poll, ~1.5 s of an import's 19.
      useListenNotify: true,
    })
    this.boss.on('error', (error) => options.logger.error({ err: error }, 'queue error'))
  }

  readonly steps: StepQueue = {
    enqueue: async (queue, message, trx, options = {}) => {
      await this.boss.send(queue, message, { ...options, db: inTransaction(trx) })
    },
    enqueueMany: async (queue, messages, trx) => {
      if (messages.length > 0) await this.boss.insert(queue, messages.map((data) => ({ data })), { db: inTransaction(trx) })
    },
  }

  async start(): Promise<void> {
    await this.boss.start()
    const queueOptions = { retryLimit: this.retryLimit, retryBackoff: true, retryDelay: 1, heartbeatSeconds: 10, expireInSeconds: 3600, notify: true }
    for (const name of Object.values(QUEUES)) {
      await this.boss.createQueue(name, queueOptions)
      await this.boss.updateQueue(name, queueOptions)
    }
    if (!this.options.work) return
    const { db } = this.options
    const concurrency = this.options.concurrency ?? 2
    const polling = { includeMetadata: true, pollingIntervalSeconds: 1, notifyPollingIntervalSeconds: 5 } as const
    await this.boss.work<InitializeMessage>(QUEUES.initialize, polling, ([job]) =>
      this.attempt(job, (message) => initializeJob(db, this.steps, message.jobId, this.options.dryRunMaxRecords)),
    )
    // Bulk files are fetched a few at a time and the files of one import done together, in as few
    // transactions as their size allows: a fetch, a transaction and a completion each cost about
    // what a bulk file of 50 records does. A failure retries the whole batch; the files already
    // done in it are skipped as DONE.
    await this.boss.work<BulkMessage>(QUEUES.bulk, { ...polling, localConcurrency: concurrency, batchSize: BULK_BATCH, ...BULK_BATCH_BURST }, async (jobs) => {
      for (const group of byImport(jobs)) {
        await this.attempt(group.mostRetried, (message) => processBulkFiles(db, this.steps, message.jobId, group.bulkFileIds, this.workerId))
      }
    })
    await this.boss.work<DryRunMessage>(QUEUES.dryRun, polling, ([job]) =>
      this.attempt(job, (message) => processDryRun(db, this.steps, message.jobId, this.workerId)),
    )
    await this.boss.work<FinalizeMessage>(QUEUES.finalize, polling, ([job]) =>
      this.attempt(job, (message) => finalizeJob(db, message.jobId)),
    )
    await this.boss.work<RevertPlanMessage>(QUEUES.revertPlan, polling, ([job]) =>
      this.attempt(job, (message) => planRevertJob(db, this.steps, message.jobId, this.options.revertBatchSize)),
    )
    await this.boss.work<RevertBatchMessage>(QUEUES.revertBatch, { ...polling, localConcurrency: concurrency, ...BULK_BURST }, ([job]) =>
      this.attempt(job, (message) => processRevertBatch(db, this.steps, message.jobId, message.batch)),
    )
    await this.boss.work<RevertFinalizeMessage>(QUEUES.revertFinalize, polling, ([job]) =>
      this.attempt(job, (message) => finalizeRevertJob(db, message.jobId)),
    )
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, timeout: 10_000 })
  }

  /** Queues an import's first step inside the transaction that creates the import. */
  async startImport(trx: Executor, jobId: string): Promise<void> {
    await this.steps.enqueue(QUEUES.initialize, { jobId } satisfies InitializeMessage, trx)
  }

  /** Queues a revert's first step inside the transaction that creates the revert job. */
  async startRevert(trx: Executor, jobId: string): Promise<void> {
    await this.steps.enqueue(QUEUES.revertPlan, { jobId } satisfies RevertPlanMessage, trx)
  }

  private async attempt<T extends { jobId: string }>(
    job: (Job<T> & { retryLimit?: number }) | undefined,
    handler: (message: T) => Promise<void>,
  ): Promise<void> {
    if (job === undefined) return
    try {
      await handler(job.data)
    } catch (error) {
      const last = job.retryCount >= (job.retryLimit ?? this.retryLimit)
      this.options.logger.error({ err: error, jobId: job.data.jobId, queue: job.name, attempt: job.retryCount + 1, last }, 'import step failed')
      if (last) await this.failImport(job.data.jobId, error)
      else throw error
    }
  }

  private async failImport(jobId: string, error: unknown): Promise<void> {
    const reason = `System error after ${this.retryLimit + 1} attempts: ${error instanceof Error ? error.message : String(error)}`
    await this.options.db.transaction().execute(async (trx) => {
      const job = await lockJob(trx, jobId)
      if (job === undefined || isFinished(job.status) || !['INITIALIZING', 'RUNNING'].includes(job.status)) return
      await transitionJob(trx, jobId, 'FAILED', { severity: 'ERROR', module: 'SYSTEM', description: reason, createdBy: null }, { failure_reason: reason })
    })
  }
}

/** Lets pg-boss write its queue rows inside one of our Kysely transactions. */
export function inTransaction(trx: Executor) {
  return {
    executeSql: async (text: string, values: unknown[] = []) => {
      const result = await trx.executeQuery(CompiledQuery.raw(text, values))
      return { rows: result.rows as unknown[] }
    },
  }
}
