import { sql } from 'kysely'
import type { Db } from '../../src/db/database.ts'

/**
 * Where a job keeps its own bookkeeping — the job, its events, inputs, stored upload, bulk files,
 * incoming records and import issues — by the column naming the job. A dry run, a revert or an
 * import necessarily writes these for itself; every other row of every table is what the job must
 * leave alone (or put back).
 */
const BOOKKEEPING: Record<string, string> = {
  jobs: 'id',
  job_events: 'job_id',
  job_inputs: 'job_id',
  stored_files: 'job_id',
  bulk_files: 'job_id',
  incoming_records: 'job_id',
  import_issues: 'job_id',
  revert_items: 'revert_job_id',
}

/**
 * Every table of the service's schema, each as the text of all its rows in a stable order: the
 * database as a whole, to compare before and after. `ownJobs`' bookkeeping rows are left out
 * (BOOKKEEPING; a stored upload's chunks go with its file), and so is `api_keys.last_used_at`,
 * which the test's own requests move. `views` reads a table through a query of the caller's
 * instead (what the caller's job changes by design, with the caller's reason); a null view leaves
 * the table out. Answers the dump by table.
 */
export async function databaseDump(db: Db, ownJobs: readonly string[] = [], views: Record<string, string | null> = {}): Promise<Record<string, string>> {
  const tables = await sql<{ name: string }>`
    SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name
  `.execute(db)
  const jobs = `ARRAY[${ownJobs.map((id) => `'${id}'`).join(',')}]::uuid[]`
  const dump: Record<string, string> = {}
  for (const { name } of tables.rows) {
    const view = views[name]
    if (view === null) continue
    if (view !== undefined) {
      const result = await sql<{ rows: unknown }>`SELECT coalesce(json_agg(t ORDER BY t::text), '[]') AS rows FROM (${sql.raw(view)}) t`.execute(db)
      dump[name] = JSON.stringify(result.rows[0]?.rows)
      continue
    }
    const column = BOOKKEEPING[name]
    const where =
      column !== undefined
        ? `WHERE ${column} <> ALL (${jobs})`
        : name === 'stored_file_chunks'
          ? `WHERE file_id NOT IN (SELECT id FROM stored_files WHERE job_id = ANY (${jobs}))`
          : ''
    const rows = name === 'api_keys' ? `(SELECT id, institution_id, user_id, name, prefix, key_hash, created_at, revoked_at FROM api_keys)` : `"${name}"`
    const result = await sql<{ rows: unknown }>`SELECT coalesce(json_agg(t ORDER BY t::text), '[]') AS rows FROM ${sql.raw(rows)} t ${sql.raw(where)}`.execute(db)
    dump[name] = JSON.stringify(result.rows[0]?.rows)
  }
  return dump
}

/** The tables whose rows differ between two dumps. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((name) => before[name] !== after[name]).sort()
}
