import closeWithGrace from 'close-with-grace'
import { createLogger, ftpRunOptions, loadSecretKey, openDatabase, runShutdownPhases } from './boot.ts'
import { ConfigError, loadConfig } from './config.ts'
import { Runner } from './runner/runner.ts'
import { Scheduler } from './services/schedules/scheduler.ts'
import { SCHEDULE_TARGETS } from './services/schedules/targets.ts'

/**
 * `npm run worker`: works the import queues without serving HTTP, against the same database as the
 * service (DATABASE_URL, or the service's embedded server), so several processes share the work.
 */
async function main(): Promise<void> {
  const config = loadConfig()
  const logger = createLogger(config)
  const database = await openDatabase(config, logger, { applicationName: 'catalog-import-worker' })
  const secretKey = await loadSecretKey(config)
  const ftp = await ftpRunOptions(config, secretKey)
  const runner = new Runner({ connectionString: database.url, db: database.db, logger, work: true, dryRunMaxRecords: config.dryRunMaxRecords, ftp, secretKey })
  await runner.start()
  const scheduler = new Scheduler({ db: database.db, logger, context: { steps: runner.steps }, targets: SCHEDULE_TARGETS, workerId: runner.workerId })
  scheduler.start()
  logger.info('worker started')
  closeWithGrace({ delay: config.shutdownTimeoutMs, logger }, async ({ signal, err }) => {
    if (err !== undefined) logger.error({ err }, 'worker stopping after an error')
    else logger.info({ signal }, 'worker stopping')
    await runShutdownPhases(logger, [
      ['scheduler', () => scheduler.stop()],
      ['runner', () => runner.stop()],
      ['database pool', () => database.db.destroy()],
      ['embedded postgres', async () => database.embedded?.stop()],
    ])
  })
}

main().catch((error: unknown) => {
  process.stderr.write(error instanceof ConfigError ? `configuration error: ${error.message}\n` : `failed to start: ${String(error)}\n`)
  process.exit(1)
})
