import { randomBytes } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import pg from 'pg'
import t, { type Test } from 'tap'
import { databaseUrl } from '../helpers/database.ts'

const MIGRATIONS = new URL('../../migrations/', import.meta.url)
const THIS_ONE = '20261202T1700_job_parent_link_and_actor.sql'

/** A database of the test's own with every migration before THIS_ONE applied, and jobs written as they were then. */
async function databaseBefore(t: Test): Promise<pg.Client> {
  const name = `cis_test_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_SERVER })
  await admin.connect()
  await admin.query(`CREATE DATABASE "${name}"`)
  await admin.end()
  const client = new pg.Client({ connectionString: databaseUrl(name) })
  await client.connect()
  t.teardown(async () => {
    await client.end()
    const cleaner = new pg.Client({ connectionString: process.env.TEST_DATABASE_SERVER })
    await cleaner.connect()
    await cleaner.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    await cleaner.end()
  })
  for (const file of (await readdir(MIGRATIONS)).filter((f) => f.endsWith('.sql') && f < THIS_ONE).sort()) {
    await client.query(await readFile(new URL(file, MIGRATIONS), 'utf8'))
  }
  return client
}

t.test('the parent-link migration keeps every re-run and revert link and says who started each job', async (t) => {
  const db = await databaseBefore(t)
  const institution = (await db.query(`INSERT INTO institutions (code, name) VALUES ('MAIN', 'Main') RETURNING id`)).rows[0].id
  const user = (await db.query(`INSERT INTO users (institution_id, username, display_name, roles) VALUES ($1, 'jdoe', 'Jane', '{}') RETURNING id`, [institution])).rows[0].id
  const job = async (kind: string, createdBy: string | null, link: { rerun_of?: string; reverts_job?: string } = {}) => {
    const row = await db.query(
      `INSERT INTO jobs (institution_id, kind, name, status, created_by, rerun_of, reverts_job)
       VALUES ($1, $2, 'a job', 'COMPLETED_SUCCESS', $3, $4, $5) RETURNING id`,
      [institution, kind, createdBy, link.rerun_of ?? null, link.reverts_job ?? null],
    )
    return row.rows[0].id as string
  }
  const original = await job('IMPORT', user)
  const rerun = await job('IMPORT', user, { rerun_of: original })
  const revert = await job('REVERT', user, { reverts_job: original })
  const bySystem = await job('IMPORT', null)

  await db.query(await readFile(new URL(THIS_ONE, MIGRATIONS), 'utf8'))

  const rows = (await db.query(`SELECT id, parent_job_id, parent_link, rerun_of, reverts_job, actor_kind FROM jobs`)).rows
  const byId = new Map(rows.map((row) => [row.id, row]))
  t.match(byId.get(original), { parent_job_id: null, parent_link: null, rerun_of: null, reverts_job: null, actor_kind: 'USER' })
  t.match(byId.get(rerun), { parent_job_id: original, parent_link: 'RERUN_OF', rerun_of: original, reverts_job: null, actor_kind: 'USER' })
  t.match(byId.get(revert), { parent_job_id: original, parent_link: 'REVERT_OF', rerun_of: null, reverts_job: original, actor_kind: 'USER' })
  t.match(byId.get(bySystem), { parent_job_id: null, actor_kind: 'SYSTEM' })

  // A job is still reverted once: a second live revert of the same import is refused.
  await t.rejects(
    db.query(`INSERT INTO jobs (institution_id, kind, name, status, parent_job_id, parent_link) VALUES ($1, 'REVERT', 'again', 'PENDING', $2, 'REVERT_OF')`, [institution, original]),
    { code: '23505' },
  )
})
