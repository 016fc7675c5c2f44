import { randomBytes } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import pg from 'pg'
import t, { type Test } from 'tap'
import { databaseUrl } from '../helpers/database.ts'

const MIGRATIONS = new URL('../../migrations/', import.meta.url)
const THIS_ONE = '20261207T1200_ftp_fetch.sql'

/** A database of the test's own with every migration before THIS_ONE applied. */
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

t.test('the FTP migration keeps a stored profile\'s server settings, its one pattern becoming a list of one', async (t) => {
  const db = await databaseBefore(t)
  const institution = (await db.query(`INSERT INTO institutions (code, name) VALUES ('MAIN', 'Main') RETURNING id`)).rows[0].id
  const profile = async (name: string, ftp: object | null) =>
    (
      await db.query(
        `INSERT INTO import_profiles (institution_id, name, type, source_format, protocol, ftp, match, merge, split_size, inventory, schedule)
         VALUES ($1, $2, 'REPOSITORY', 'AUTO', $3, $4, '{}', '{}', 50, '{}', '{"kind":"NONE"}') RETURNING id`,
        [institution, name, ftp === null ? 'UPLOAD' : 'FTP', ftp === null ? null : JSON.stringify(ftp)],
      )
    ).rows[0].id as string
  const ftp = await profile('vendor', { host: 'ftp.vendor.example', port: 2121, username: 'lib', directory: '/out', filePattern: 'EOD_*.mrc', secure: true })
  const upload = await profile('uploads', null)

  await db.query(await readFile(new URL(THIS_ONE, MIGRATIONS), 'utf8'))

  const rows = new Map((await db.query(`SELECT id, ftp, ftp_private_key_encrypted FROM import_profiles`)).rows.map((row) => [row.id, row]))
  t.same(rows.get(ftp).ftp, {
    transport: 'FTP',
    host: 'ftp.vendor.example',
    port: 2121,
    username: 'lib',
    directory: '/out',
    filePatterns: ['EOD_*.mrc'],
    secure: true,
    afterImport: 'LEAVE',
    moveTo: null,
  })
  t.equal(rows.get(ftp).ftp_private_key_encrypted, null)
  t.equal(rows.get(upload).ftp, null, 'an upload profile has no server')
})
