import { readFile } from 'node:fs/promises'
import { sql } from 'kysely'
import t from 'tap'
import { fromStoredMarc, type StoredMarc, toStoredMarc } from '../../src/db/stored-marc.ts'
import type { MarcRecord } from '../../src/marc/record.ts'
import { createTestDatabase } from '../helpers/database.ts'
import { sharedRecords } from '../helpers/imports.ts'

const SOURCES = ['evergreen/jazz_1k.mrc', 'evergreen/lul_fre_500.mrc', 'evergreen/nepali.marc', 'marc4j/065001035.mrc']

/** Edge cases no shared file has: a data field without subfields, empty values and indicators. */
const EDGES: MarcRecord[] = [
  {
    leader: '00000nam a2200000 a 4500',
    fields: [
      { tag: '001', value: '' },
      { tag: '500', ind1: ' ', ind2: ' ', subfields: [] },
      { tag: '650', ind1: '', ind2: '7', subfields: [{ code: 'a', value: '' }] },
    ],
  },
  { leader: '00000nam a2200000 a 4500', fields: [] },
]

async function records(): Promise<MarcRecord[]> {
  const all = [...EDGES]
  for (const source of SOURCES) all.push(...(await sharedRecords(source)))
  return all
}

t.test('every record reads back from the repository exactly as it was written', async (t) => {
  const all = await records()
  const { db } = await createTestDatabase(t)
  const stored = await sql<{ marc: StoredMarc }>`
    SELECT marc FROM json_array_elements(${JSON.stringify(all.map(toStoredMarc))}::json) WITH ORDINALITY AS r(marc, n) ORDER BY n
  `.execute(db)
  const differ = stored.rows.filter((row, i) => JSON.stringify(fromStoredMarc(row.marc)) !== JSON.stringify(all[i]))
  t.equal(stored.rows.length, all.length)
  t.equal(differ.length, 0, `${all.length} records through json and back`)
})

t.test('the migration turns records stored as objects into what the service writes now', async (t) => {
  const all = await records()
  const { db } = await createTestDatabase(t)
  const migration = await readFile(new URL('../../migrations/20261122T2200_compact_stored_marc.sql', import.meta.url), 'utf8')
  const convert = migration.slice(migration.indexOf('CREATE FUNCTION'), migration.indexOf('$$;') + 3)
  await db.connection().execute(async (session) => {
    await sql.raw(convert).execute(session)
    const converted = await sql<{ marc: unknown }>`
      SELECT pg_temp.compact_marc(marc) AS marc
      FROM jsonb_array_elements(${JSON.stringify(all)}::jsonb) WITH ORDINALITY AS r(marc, n) ORDER BY n
    `.execute(session)
    const differ = converted.rows.filter((row, i) => JSON.stringify(row.marc) !== JSON.stringify(toStoredMarc(all[i] as MarcRecord)))
    t.equal(differ.length, 0, `${all.length} records converted`)
  })
})
