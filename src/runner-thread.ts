import { Worker } from 'node:worker_threads'
import type { Logger } from 'pino'
import type { Config } from './config.ts'
import type { FtpRunOptions } from './jobs/ftp-fetch-step.ts'

/** What the thread needs to work the queues on its own connections. */
export interface RunnerThreadData {
  connectionString: string
  logLevel: Config['logLevel']
  dryRunMaxRecords: number
  ftp: FtpRunOptions
}

export interface RunnerThreadMessage {
  type: 'started'
}

export interface RunnerThread {
  stop(): Promise<void>
}

const RESTART_DELAY_MS = 1000
/** A thread that has not closed its queues and pool by then is terminated (its steps are retried elsewhere). */
const STOP_TIMEOUT_MS = 15_000

/**
 * The server's import runner works the queues in a worker thread of its own. Splitting, matching
 * and merging are CPU work measured in tens of milliseconds per batch, and a hostile upload can make
 * one record cost far more: on the thread that answers HTTP that stalled `/ready` and every status
 * read for as long as it ran. In a thread the event loop that serves requests only ever waits for
 * the database. A thread that dies unexpectedly is started again; the queue hands its unfinished
 * steps to the new one (every step is safe to run twice).
 */
export async function startRunnerThread(data: RunnerThreadData, logger: Logger): Promise<RunnerThread> {
  let stopping = false
  let current: Worker
  let restartTimer: NodeJS.Timeout | undefined

  const spawn = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(new URL('./runner-thread-main.ts', import.meta.url), {
        workerData: data,
        // The same heap cap as the process (see `npm start`): the runner holds the import's batches.
        resourceLimits: { maxOldGenerationSizeMb: 1024 },
      })
      current = worker
      let started = false
      worker.on('message', (message: RunnerThreadMessage) => {
        if (message.type === 'started') {
          started = true
          resolve()
        }
      })
      worker.on('error', (error) => {
        logger.error({ err: error }, 'runner thread failed')
        if (!started) reject(error)
      })
      worker.on('exit', (code) => {
        if (stopping || !started) return
        logger.error({ code }, `runner thread exited; starting it again in ${RESTART_DELAY_MS} ms`)
        restartTimer = setTimeout(() => {
          spawn().catch((error: unknown) => logger.error({ err: error }, 'runner thread did not start again'))
        }, RESTART_DELAY_MS)
      })
    })

  await spawn()
  return {
    async stop() {
      stopping = true
      clearTimeout(restartTimer)
      const worker = current
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()))
      worker.postMessage({ type: 'stop' })
      const timer = setTimeout(() => void worker.terminate(), STOP_TIMEOUT_MS)
      await exited
      clearTimeout(timer)
    },
  }
}
