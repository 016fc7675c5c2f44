import { parentPort, workerData } from 'node:worker_threads'
import { createLogger } from './boot.ts'
import { createDb } from './db/database.ts'
import { Runner } from './runner/runner.ts'
import { Scheduler } from './services/schedules/scheduler.ts'
import { SCHEDULE_TARGETS } from './services/schedules/targets.ts'
import type { RunnerThreadData, RunnerThreadMessage } from './runner-thread.ts'

// Entry of the server's runner thread (see runner-thread.ts): its own pool and queue client, working
// the queues until the server asks it to stop.
const data = workerData as RunnerThreadData
const port = parentPort
if (port === null) throw new Error('runner-thread-main.ts runs only as a worker thread')

const logger = createLogger({ logLevel: data.logLevel })
const db = createDb(data.connectionString, { applicationName: 'catalog-import-runner' })
const runner = new Runner({
  connectionString: data.connectionString,
  db,
  logger,
  work: true,
  dryRunMaxRecords: data.dryRunMaxRecords,
  ftp: { ...data.ftp, secretKey: Buffer.from(data.ftp.secretKey) },
  secretKey: Buffer.from(data.ftp.secretKey),
})
await runner.start()
// Scheduled runs are fired where the queues are worked (here, and in every `npm run worker`).
const scheduler = new Scheduler({ db, logger, context: { steps: runner.steps }, targets: SCHEDULE_TARGETS, workerId: runner.workerId })
scheduler.start()
port.postMessage({ type: 'started' } satisfies RunnerThreadMessage)

port.on('message', (message: { type: 'stop' }) => {
  if (message.type !== 'stop') return
  void (async () => {
    try {
      await scheduler.stop()
      await runner.stop()
    } catch (error) {
      logger.error({ err: error }, 'runner thread: stopping the queues failed')
    }
    await db.destroy().catch((error: unknown) => logger.error({ err: error }, 'runner thread: closing the pool failed'))
    port.close()
  })()
})
