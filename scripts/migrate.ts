/** `npm run migrate`: applies pending migrations to DATABASE_URL (or the embedded server). */
import { createLogger, openDatabase } from '../src/boot.ts'
import { loadConfig } from '../src/config.ts'

const config = loadConfig()
const logger = createLogger(config)
const database = await openDatabase(config, logger)
await database.db.destroy()
await database.embedded?.stop()
console.log('migrations are current')
