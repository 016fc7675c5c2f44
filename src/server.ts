import closeWithGrace from 'close-with-grace'
import { buildApp } from './app.ts'
import { bootstrapInstitution, createLogger, ftpRunOptions, loadSecretKey, openDatabase, runShutdownPhases } from './boot.ts'
import { ConfigError, loadConfig } from './config.ts'
import { Runner } from './runner/runner.ts'
import { startRunnerThread } from './runner-thread.ts'

async function main(): Promise<void> {
  const config = loadConfig()
  const logger = createLogger(config)
  const database = await openDatabase(config, logger)
  await bootstrapInstitution(database.db, config, (text) => process.stdout.write(text))
  // This process's own runner only queues work; the queues are worked in a thread of their own.
  const runner = new Runner({ connectionString: database.url, db: database.db, logger, work: false })
  await runner.start()
  const secretKey = await loadSecretKey(config)
  const ftp = await ftpRunOptions(config, secretKey)
  const runnerThread = config.runWorker
    ? await startRunnerThread({ connectionString: database.url, logLevel: config.logLevel, dryRunMaxRecords: config.dryRunMaxRecords, ftp }, logger)
    : null
  const app = await buildApp({ config, db: database.db, secretKey, logger, runner, ftpServer: ftp })

  // Shutdown in named phases: stop taking requests and let in-flight ones finish, then the runner
  // (the bulk file in hand is finished, or rolled back and picked up again elsewhere), then the pool,
  // then the embedded server; each phase runs even when one before it failed. A second signal (or
  // the timeout) exits at once.
  closeWithGrace({ delay: config.shutdownTimeoutMs, logger }, async ({ signal, err }) => {
    if (err !== undefined) logger.error({ err }, 'shutting down after an error')
    else logger.info({ signal }, 'shutting down')
    await runShutdownPhases(logger, [
      ['http', () => app.close()],
      ['runner thread', async () => runnerThread?.stop()],
      ['runner', () => runner.stop()],
      ['database pool', () => database.db.destroy()],
      ['embedded postgres', async () => database.embedded?.stop()],
    ])
  })

  await app.listen({ host: config.host, port: config.port })
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`configuration error: ${error.message}\n`)
  } else {
    process.stderr.write(`failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  }
  process.exit(1)
})
