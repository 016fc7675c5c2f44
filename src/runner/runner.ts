import { hostname } from 'node:os'
import { CompiledQuery } from 'kysely'
import type { Logger } from 'pino'
import { type Job, PgBoss } from 'pg-boss'
import type { Db, Executor } from '../db/database.ts'
import type { FtpRunOptions } from '../jobs/ftp-fetch-step.ts'
import type { JobKindModule, KindQueue, StepContext, StepMessage } from '../jobs/kind.ts'
import { JOB_KIND_MODULES } from '../jobs/registry.ts'
import type { HarvestOptions } from '../pipeline/harvest.ts'
import type { StepQueue } from '../pipeline/steps.ts'
import { countOf } from '../wording.ts'

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
  /** Decrypts stored secrets the steps need (a harvest's API key). */
  secretKey?: Buffer
  /** How a harvest calls the external system (default DEFAULT_HARVEST_OPTIONS). */
  harvest?: HarvestOptions
  /** How FTP fetches connect and retry, with the key that decrypts profiles' secrets; without it FTP fetches fail. */
  ftp?: FtpRunOptions
}

/**
 * A pg-boss worker sleeps its polling interval after every fetch, even one that found work, so
 * with one bulk file per fetch a worker did about 50 ms of work every 2 s: an import of 300 bulk
 * files took five minutes on any machine, and a second worker process barely helped. While the
 * queue holds a backlog (its ready count, refreshed every few seconds) a worker fetches again as
 * soon as it finishes; the first empty fetch puts it back on the poll, so idle workers stay
 * quiet and a stale count cannot make them spin.
 */
const BURST = { burstWhenReadyExceeds: 1 }
/**
 * Bulk files also burst while a fetch comes back full: the ready count is seconds old when an
 * import's files are queued, and until it caught up each worker slept a second after every batch
 * (a third of a 20,000-record import's bulk time went to those sleeps).
 */
const BATCH_BURST = { ...BURST, burstWhenBatchFull: true }
const BATCH_SIZE = 8

/**
 * The messages of a fetched batch by job, in the order they came. `mostRetried` stands for
 * the group when deciding whether a failure was the last attempt.
 */
function byJob(jobs: ReadonlyArray<Job<StepMessage>>): Array<{ mostRetried: Job<StepMessage>; messages: StepMessage[] }> {
  const groups = new Map<string, { mostRetried: Job<StepMessage>; messages: StepMessage[] }>()
  for (const job of jobs) {
    const group = groups.get(job.data.jobId)
    if (group === undefined) {
      groups.set(job.data.jobId, { mostRetried: job, messages: [job.data] })
      continue
    }
    group.messages.push(job.data)
    if (job.retryCount > group.mostRetried.retryCount) group.mostRetried = job
  }
  return [...groups.values()]
}

/**
 * Our job runner on pg-boss. A queue job whose worker dies stops sending heartbeats and is retried
 * by another process within seconds; a queue job that keeps failing for a reason that is not the
 * data (the database gone, a bug) is retried with exponential backoff and, on its last attempt,
 * fails the job as its kind says (`JobKindModule.fail`), with the reason as an event. It knows no
 * queue by name: it works those of every kind in the registry.
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
      // How stale the queue's ready count may be that decides bursting (see BURST).
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
    for (const kind of JOB_KIND_MODULES) {
      for (const queue of kind.queues) {
        await this.boss.createQueue(queue.name, queueOptions)
        await this.boss.updateQueue(queue.name, queueOptions)
      }
    }
    if (!this.options.work) return
    for (const kind of JOB_KIND_MODULES) {
      for (const queue of kind.queues) await this.work(kind, queue)
    }
  }

  /** Works one queue of a job kind, in the way the queue asks for. */
  private async work(kind: JobKindModule, queue: KindQueue): Promise<void> {
    const context: StepContext = {
      db: this.options.db,
      steps: this.steps,
      workerId: this.workerId,
      dryRunMaxRecords: this.options.dryRunMaxRecords,
      revertBatchSize: this.options.revertBatchSize,
      secretKey: this.options.secretKey,
      harvest: this.options.harvest,
      ftp: this.options.ftp,
    }
    const concurrency = this.options.concurrency ?? 2
    const polling = { includeMetadata: true, pollingIntervalSeconds: 1, notifyPollingIntervalSeconds: 5 } as const
    switch (queue.mode) {
      case 'one':
        await this.boss.work<StepMessage>(queue.name, polling, ([job]) => this.attempt(kind, job, (message) => queue.handle(context, message)))
        return
      case 'parallel':
        await this.boss.work<StepMessage>(queue.name, { ...polling, localConcurrency: concurrency, ...BURST }, ([job]) =>
          this.attempt(kind, job, (message) => queue.handle(context, message)),
        )
        return
      case 'batch':
        await this.boss.work<StepMessage>(queue.name, { ...polling, localConcurrency: concurrency, batchSize: BATCH_SIZE, ...BATCH_BURST }, async (jobs) => {
          for (const group of byJob(jobs)) {
            await this.attempt(kind, group.mostRetried, (message) => queue.handle(context, message.jobId, group.messages))
          }
        })
    }
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, timeout: 10_000 })
  }

  private async attempt(
    kind: JobKindModule,
    job: (Job<StepMessage> & { retryLimit?: number }) | undefined,
    handler: (message: StepMessage) => Promise<void>,
  ): Promise<void> {
    if (job === undefined) return
    try {
      await handler(job.data)
    } catch (error) {
      const last = job.retryCount >= (job.retryLimit ?? this.retryLimit)
      this.options.logger.error({ err: error, jobId: job.data.jobId, queue: job.name, attempt: job.retryCount + 1, last }, 'import step failed')
      if (last) await this.failJob(kind, job.data.jobId, error)
      else throw error
    }
  }

  /** The job's step failed on its last attempt: its kind says what becomes of the job. */
  private async failJob(kind: JobKindModule, jobId: string, error: unknown): Promise<void> {
    const reason = `System error after ${countOf(this.retryLimit + 1, 'attempt')}: ${error instanceof Error ? error.message : String(error)}`
    await this.options.db.transaction().execute((trx) => kind.fail(trx, jobId, reason))
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
