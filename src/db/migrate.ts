import { readdir, readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { type Kysely, sql } from 'kysely'
import { type Migration, type MigrationProvider, type MigrationResultSet, Migrator } from 'kysely/migration'

const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url))

/**
 * Migrations are plain SQL files named by timestamp; each runs as one simple-protocol query so a
 * file may hold many statements. Kysely's migrator runs them in a transaction under an advisory
 * lock, so two processes starting at once do not race.
 */
class SqlFileMigrationProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    const migrations: Record<string, Migration> = {}
    for (const file of (await readdir(MIGRATIONS_DIR)).filter((name) => name.endsWith('.sql')).sort()) {
      const text = await readFile(MIGRATIONS_DIR + file, 'utf8')
      migrations[file.replace(/\.sql$/, '')] = {
        up: async (db) => {
          await sql.raw(text).execute(db)
        },
      }
    }
    return migrations
  }
}

function migrator<T>(db: Kysely<T>): Migrator {
  return new Migrator({ db: db as Kysely<unknown>, provider: new SqlFileMigrationProvider() })
}

export async function migrateToLatest<T>(db: Kysely<T>): Promise<MigrationResultSet> {
  const result = await migrator(db).migrateToLatest()
  if (result.error) throw result.error
  return result
}

/** Names of migrations in `migrations/` that the database has not applied yet. */
export async function pendingMigrations<T>(db: Kysely<T>): Promise<string[]> {
  const all = await migrator(db).getMigrations()
  return all.filter((migration) => migration.executedAt === undefined).map((migration) => migration.name)
}
