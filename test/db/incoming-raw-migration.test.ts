import { readFile } from 'node:fs/promises'
import { Readable } from 'node:stream'
import { sql } from 'kysely'
import t from 'tap'
import { readRecords } from '../../src/marc/reader.ts'
import { createTestDatabase } from '../helpers/database.ts'
import { readSharedMarc } from '../helpers/shared.ts'

/** Whole records, MARC-8 ones, XML, and the fragments a broken file is split into. */
const SOURCES = ['evergreen/lul_fre_100.mrc', 'marc4j/brkrtest.mrc', 'marc4j/bad_oversize_field_bad_directory.mrc', 'pymarc/batch.xml']

async function raws(): Promise<Buffer[]> {
  const all: Buffer[] = []
  for (const source of SOURCES) {
    for await (const item of readRecords(Readable.from([readSharedMarc(source)]))) all.push(Buffer.from(item.raw))
  }
  return all
}

t.test('the migration moves every incoming record\'s bytes onto its bulk file, byte for byte', async (t) => {
  const all = await raws()
  t.ok(all.length > 100, `${all.length} records and fragments`)
  const { db } = await createTestDatabase(t)
  const migration = await readFile(new URL('../../migrations/20261122T2600_incoming_raw_in_bulk_files.sql', import.meta.url), 'utf8')
  await db.connection().execute(async (session) => {
    // The tables as they were before the migration, as temporary tables: unqualified names find
    // them before the real (already migrated) ones.
    await sql`CREATE TEMP TABLE bulk_files (id int PRIMARY KEY)`.execute(session)
    await sql`CREATE TEMP TABLE incoming_records (id bigserial PRIMARY KEY, bulk_file_id int NOT NULL, position int NOT NULL, raw bytea NOT NULL)`.execute(session)
    // Files of 1 to 7 records, positions not starting at 1 (a file of a later part of an upload),
    // one file holding nothing, and rows inserted out of position order.
    const files: Array<{ id: number; rows: Array<{ position: number; raw: Buffer }> }> = [{ id: 0, rows: [] }]
    for (let next = 0, id = 1; next < all.length; id += 1) {
      const size = 1 + (id % 7)
      files.push({ id, rows: all.slice(next, next + size).map((raw, i) => ({ position: next + i + 1, raw })) })
      next += size
    }
    await sql`INSERT INTO bulk_files (id) SELECT unnest(${files.map((f) => f.id)}::int[])`.execute(session)
    const rows = files.flatMap((f) => f.rows.map((row) => ({ file: f.id, ...row }))).reverse()
    await sql`
      INSERT INTO incoming_records (bulk_file_id, position, raw)
      SELECT * FROM unnest(${rows.map((r) => r.file)}::int[], ${rows.map((r) => r.position)}::int[], ${rows.map((r) => r.raw)}::bytea[])
    `.execute(session)
    await sql.raw(migration).execute(session)
    const read = await sql<{ bulk_file_id: number; position: number; raw: Buffer }>`
      SELECT i.bulk_file_id, i.position, substring(b.raw FROM i.raw_start + 1 FOR i.raw_length) AS raw
      FROM incoming_records i JOIN bulk_files b ON b.id = i.bulk_file_id ORDER BY i.bulk_file_id, i.position
    `.execute(session)
    const expected = files.flatMap((f) => f.rows.map((row) => ({ bulk_file_id: f.id, position: row.position, raw: row.raw.toString('base64') })))
    t.same(
      read.rows.map((row) => ({ ...row, raw: row.raw.toString('base64') })),
      expected,
      'every record\'s bytes read back from its slice of its bulk file',
    )
    const sizes = await sql<{ id: number; bytes: number }>`SELECT id, length(raw) AS bytes FROM bulk_files ORDER BY id`.execute(session)
    t.same(
      sizes.rows,
      files.map((f) => ({ id: f.id, bytes: f.rows.reduce((sum, row) => sum + row.raw.length, 0) })),
      'a bulk file holds its records\' bytes and nothing else (none for a file without records)',
    )
  })
})
