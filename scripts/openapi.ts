/**
 * `npm run openapi` writes openapi/openapi.json from the app's route schemas;
 * `--check` fails (exit 1) when the committed file differs from what the app serves.
 */
import { randomBytes } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { buildApp } from '../src/app.ts'
import { createLogger } from '../src/boot.ts'
import { loadConfig } from '../src/config.ts'
import { createDb } from '../src/db/database.ts'
import { Runner } from '../src/runner/runner.ts'

const file = fileURLToPath(new URL('../openapi/openapi.json', import.meta.url))
// The document does not depend on the database: the pool and the runner are never used.
const unused = 'postgres://unused@127.0.0.1:1/unused'
const db = createDb(unused)
const runner = new Runner({ connectionString: unused, db, logger: createLogger({ logLevel: 'silent' }), work: false })
const app = await buildApp({ config: loadConfig({}), db, secretKey: randomBytes(32), runner })
await app.ready()
const document = `${JSON.stringify(app.swagger(), null, 2)}\n`
await app.close()
await db.destroy()

if (process.argv.includes('--check')) {
  const committed = await readFile(file, 'utf8').catch(() => '')
  if (committed !== document) {
    console.error('openapi/openapi.json is stale: run `npm run openapi` and commit the result')
    process.exit(1)
  }
  console.log('openapi/openapi.json matches the app')
} else {
  await writeFile(file, document)
  console.log(`wrote ${file}`)
}
