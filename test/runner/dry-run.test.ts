import t from 'tap'
import { sql } from 'kysely'
import { createTestApp, type TestApp } from '../helpers/app.ts'
import { createProfile, iso2709, reportOf, runImport, sharedRecords, startImport, waitForJob, withOclc } from '../helpers/imports.ts'
import { multipart } from '../helpers/multipart.ts'
import { readSharedMarc } from '../helpers/shared.ts'
import { changedTables, databaseDump } from '../helpers/database-dump.ts'
import { configure, field, withFields } from '../helpers/orders.ts'
import type { MarcRecord } from '../../src/marc/record.ts'

const JAZZ = 'evergreen/jazz_1k.mrc'

/** Everything the repository is: records, match keys and change history, as text. */
async function repositoryDump(env: TestApp): Promise<string> {
  const rows = async (query: string) => (await sql.raw(query).execute(env.db)).rows
  return JSON.stringify({
    records: await rows('SELECT * FROM records ORDER BY mms_id'),
    keys: await rows('SELECT * FROM record_match_keys ORDER BY institution_id, kind, value, mms_id'),
    changes: await rows('SELECT * FROM record_changes ORDER BY job_id, mms_id'),
  })
}

const get = async (env: TestApp, url: string) => (await env.app.inject({ method: 'GET', url, headers: env.admin.headers })).json()

t.test('a dry run reports exactly what the real run of the same files then does, and writes nothing to the repository', async (t) => {
  const env = await createTestApp(t)
  const jazz = withOclc((await sharedRecords(JAZZ)).slice(0, 60), (i) => 7000 + i)
  // The repository: records 0–29 once (they merge), 30–34 twice (multi-matches, left to a person).
  const addAll = await createProfile(env, { match: { method: 'NONE', noMatchAction: 'ADD' } })
  await runImport(t, env, addAll, iso2709([...jazz.slice(0, 35), ...jazz.slice(30, 35)]))
  // STRICT: bad_records.mrc's records 4, 5 and 7 stay unreadable (REPAIR reads them, test/marc/corpus.test.ts).
  const profile = await createProfile(env, {
    match: { method: 'OCLC', singleMatchAction: 'MERGE', multiMatchAction: 'MANUAL', autoResolveMultiMatch: false },
    splitSize: 7,
    repairPolicy: 'STRICT',
  })
  // Records 40 and 41 come twice, in different bulk files: the second copy must meet the first.
  const upload = Buffer.concat([iso2709([...jazz, jazz[40], jazz[41]].filter((r) => r !== undefined)), readSharedMarc('pymarc/bad_records.mrc')])

  const before = await repositoryDump(env)
  const dryId = await startImport(env, profile, upload, env.admin, { dryRun: 'true' })
  const dry = await waitForJob(env, dryId)
  t.equal(dry.status, 'COMPLETED_WITH_ERRORS', 'a dry run completes: there is nothing for a person to resolve')
  t.equal(dry.dryRun, true)
  t.match(dry.name, /^Dry run: /, 'its name says so')
  t.same([dry.progress.recordsDone, dry.progress.filesDone], [dry.progress.recordsTotal, dry.progress.filesTotal], 'progress ends at every record, counted once')
  t.equal(await repositoryDump(env), before, 'the repository is byte for byte what it was')
  const dryReport = await reportOf(t, env, dryId)
  t.equal((await get(env, `/v1/jobs/${dryId}/report`)).dryRun, true, 'the report says it is a dry run')
  t.match(dryReport.counters, { recordsMerged: 32, recordsPendingManual: 5, multiMatchesFound: 5 })
  t.ok(dryReport.counters.recordsAdded >= 25, 'records 35–59 would be added (and the readable ones of the broken file)')
  t.ok(dryReport.counters.recordsNotImported > 0, 'the invalid records are counted')
  const events = (await get(env, `/v1/jobs/${dryId}/events?limit=200`)).items as Array<{ description: string }>
  t.match(events.at(-1)?.description, /^Dry run, nothing written to the repository. .*5 waiting for manual handling/)

  const dryIssues = (await get(env, `/v1/issues?jobId=${dryId}&kind=MULTI_MATCH`)).items as Array<{ id: string; dryRun: boolean; status: string }>
  t.equal(dryIssues.length, 5, 'the issues a real run would open are listed')
  t.ok(dryIssues.every((issue) => issue.dryRun && issue.status === 'CLOSED'), 'marked as a dry run\'s, and nobody is asked to answer them')
  t.equal((await get(env, `/v1/issues?jobId=${dryId}&status=OPEN`)).items.length, 0)
  const refused = await env.app.inject({ method: 'POST', url: `/v1/issues/${dryIssues[0]?.id}/resolve`, headers: env.admin.headers, payload: { action: 'SKIP' } })
  t.equal(refused.statusCode, 409, 'a dry run\'s issue cannot be resolved')

  const revert = await env.app.inject({ method: 'POST', url: `/v1/jobs/${dryId}/revert`, headers: env.admin.headers, payload: {} })
  t.equal(revert.statusCode, 409, 'a dry run has nothing to revert')

  const commit = await env.app.inject({ method: 'POST', url: `/v1/jobs/${dryId}/commit`, headers: env.admin.headers, payload: {} })
  t.equal(commit.statusCode, 202, commit.body)
  t.equal(commit.json().dryRun, false)
  t.equal(commit.json().rerunOf, dryId, 'the real run names the dry run')
  const real = await waitForJob(env, commit.json().id)
  t.equal(real.status, 'MANUAL_HANDLING_REQUIRED', 'the real run opens the issues the dry run announced')
  const realReport = await reportOf(t, env, real.id)
  const figures = (report: typeof dryReport) => [report.counters, report.notImportedByReason, report.resolvedAutomaticallyByRule]
  t.same(figures(realReport), figures(dryReport), 'every counter, reason and rule as the dry run reported')
  t.equal((await get(env, `/v1/issues?jobId=${real.id}`)).items.length, (await get(env, `/v1/issues?jobId=${dryId}`)).items.length)
  t.not(await repositoryDump(env), before, 'the real run did write')

  t.same((await get(env, '/v1/jobs?dryRun=true')).items.map((j: { id: string }) => j.id), [dryId], 'dry runs can be listed apart')
  t.notOk((await get(env, '/v1/jobs?dryRun=false&kind=IMPORT')).items.some((j: { id: string }) => j.id === dryId))

  const again = await env.app.inject({ method: 'POST', url: `/v1/jobs/${dryId}/commit`, headers: env.admin.headers, payload: {} })
  t.equal(again.statusCode, 409, 'a dry run runs for real once')
  t.match(again.json().detail, real.id)
  const notDry = await env.app.inject({ method: 'POST', url: `/v1/jobs/${real.id}/commit`, headers: env.admin.headers, payload: {} })
  t.equal(notDry.statusCode, 409, 'a real run is not a dry run')
})

t.test('a dry run larger than the service allows fails at once with the reason; a real run of the same upload is not limited', async (t) => {
  const env = await createTestApp(t, {}, { dryRunMaxRecords: 20 })
  const profile = await createProfile(env, { match: { method: 'OCLC', noMatchAction: 'ADD' }, splitSize: 7 })
  const upload = iso2709(withOclc((await sharedRecords(JAZZ)).slice(0, 21), (i) => 9000 + i))
  const before = await repositoryDump(env)
  const dry = await waitForJob(env, await startImport(env, profile, upload, env.admin, { dryRun: 'true' }))
  t.equal(dry.status, 'FAILED')
  t.match(dry.failureReason, /at most 20 records/, 'the reason names the limit')
  t.equal(await repositoryDump(env), before, 'nothing was written')
  const real = await waitForJob(env, await startImport(env, profile, upload))
  t.equal(real.status, 'COMPLETED_SUCCESS')
  t.equal((await reportOf(t, env, real.id)).counters.recordsAdded, 21)
})

t.test('a dry run refused while a batch of its split is being written leaves no rows behind', async (t) => {
  // 2,000 records fill a batch of the split's writer: its write starts, and record 2,001 is refused.
  const env = await createTestApp(t, {}, { dryRunMaxRecords: 2000 })
  const profile = await createProfile(env, { match: { method: 'OCLC', noMatchAction: 'ADD' } })
  const jazz = await sharedRecords(JAZZ)
  const upload = iso2709(withOclc(Array.from({ length: 2001 }, (_, i) => jazz[i % jazz.length]).filter((r) => r !== undefined), (i) => 20_000 + i))
  const dry = await waitForJob(env, await startImport(env, profile, upload, env.admin, { dryRun: 'true' }))
  t.equal(dry.status, 'FAILED')
  const left = async (table: string) => (await sql.raw(`SELECT count(*)::int AS n FROM ${table} WHERE job_id = '${dry.id}'`).execute(env.db)).rows[0]
  t.same(await left('bulk_files'), { n: 0 }, 'no bulk file of the refused split')
  t.same(await left('incoming_records'), { n: 0 }, 'no incoming record of the refused split')
})

t.test('dryRun must be true or false', async (t) => {
  const env = await createTestApp(t)
  const profile = await createProfile(env, { match: { method: 'OCLC' } })
  const body = multipart([{ name: 'r.mrc', content: iso2709((await sharedRecords(JAZZ)).slice(0, 1)) }], { dryRun: 'perhaps' })
  const res = await env.app.inject({ method: 'POST', url: `/v1/profiles/${profile}/jobs`, headers: { ...env.admin.headers, ...body.headers }, payload: body.payload })
  t.equal(res.statusCode, 400)
  t.match(res.headers['content-type'], /^application\/problem\+json/)
  t.match(res.json().errors, [{ field: 'dryRun' }])
})

/**
 * Order records for the EOD dry run (III_960): record i's 960 (price, fund ART — XYZ, unknown, for
 * the third — vendor AMAZ) and its 945 items, each [barcode or null (generated), location]. The
 * institution has locations stk and branch of library MAIN; zzz is unknown.
 */
function orderRecords(base: readonly MarcRecord[], items: ReadonlyArray<ReadonlyArray<readonly [string | null, string]>>): MarcRecord[] {
  return items.map((list, i) =>
    withFields(base[i] as MarcRecord, [
      field('960', `s${10 + i}.50`, `u${i === 2 ? 'XYZ' : 'ART'}`, 'vAMAZ'),
      ...list.map(([barcode, location], n) => field('945', ...(barcode === null ? [] : [`i${barcode}`]), `l${location}`, `g${n + 1}`)),
    ]),
  )
}

// Issue 15: "dry run reports them and writes nothing"; the acceptance: "dry run leaves every table
// byte-for-byte unchanged".
t.test('a dry run of an EOD import reports the PO lines, holdings and items it would create and leaves every table as it was', async (t) => {
  const env = await createTestApp(t)
  await configure(env.db, env.institutionId, { libraries: { MAIN: ['stk', 'branch'] }, vendors: [{ code: 'AMAZ' }], funds: ['ART'] })
  const base = withOclc((await sharedRecords(JAZZ)).slice(0, 8), (i) => 31000 + i)
  const profile = await createProfile(env, {
    type: 'NEW_ORDER',
    match: { method: 'OCLC', singleMatchAction: 'MERGE', noMatchAction: 'ADD' },
    inventory: { type: 'PHYSICAL', library: 'MAIN', preset: 'III_960', barcode: { kind: 'GENERATE', prefix: 'DRY' } },
    splitSize: 3,
  })
  // What is there already: records 0 and 1, ordered for the stk shelf (holdings, items, numbers
  // taken, record 0's barcode generated: DRY0000001).
  const earlier: Array<Array<readonly [string | null, string]>> = [[[null, 'stk']], [['E-2', 'stk']]]
  const { job: first } = await runImport(t, env, profile, iso2709(orderRecords(base, earlier)))
  t.equal(first.status, 'COMPLETED_SUCCESS')

  // Records 0 and 1 again (they merge: their stk holding is reused, branch is new), 2–7 new; every
  // stk item without a barcode (generated), every branch item with one; record 5's second item on
  // an unknown shelf and record 6's second (on stk too) a barcode the institution has.
  const items: Array<Array<readonly [string | null, string]>> = [
    [[null, 'stk'], ['D-0', 'branch']],
    [[null, 'stk'], ['D-1', 'branch']],
    [[null, 'stk'], ['D-2', 'branch']],
    [[null, 'stk'], ['D-3', 'branch']],
    [[null, 'stk'], ['D-4', 'branch']],
    [[null, 'stk'], ['D-5', 'zzz']],
    [[null, 'stk'], ['E-2', 'stk']],
    [[null, 'stk'], ['D-7', 'branch']],
  ]
  const upload = iso2709(orderRecords(base, items))
  const before = await databaseDump(env.db)
  const dry = await waitForJob(env, await startImport(env, profile, upload, env.admin, { dryRun: 'true' }))
  t.equal(dry.status, 'COMPLETED_WITH_ERRORS', 'refused items end a dry run with errors, as they would the real run')
  const after = await databaseDump(env.db, [dry.id])
  t.same(changedTables(before, after), [], 'no table changed but the dry run\'s own job, events, upload, bulk files and incoming records')
  t.ok(Object.keys(before).includes('po_lines') && Object.keys(before).length >= 30, 'every table of the schema was compared')

  // What the file says the import would make: a PO line per record (the third in review), a
  // holding per record and shelf not there yet, an item per 945 on a known shelf with a new barcode.
  const known = (location: string) => location === 'stk' || location === 'branch'
  const taken = new Set(earlier.flat().map(([barcode]) => barcode))
  const created = items.map((list) => list.filter(([barcode, location]) => known(location) && (barcode === null || !taken.has(barcode))))
  const shelves = created.map((list, i) => new Set(list.map(([, location]) => location)).size - (i < earlier.length ? 1 : 0))
  const dryReport = await reportOf(t, env, dry.id)
  t.match(
    dryReport.counters,
    {
      recordsAdded: 6,
      recordsMerged: 2,
      poLinesProcessed: items.length,
      poLinesImported: items.length,
      poLinesInReview: 1,
      itemsProcessed: items.flat().length,
      itemsImported: created.flat().length,
      itemsNotImported: items.flat().length - created.flat().length,
      holdingsAdded: shelves.reduce((a, b) => a + b, 0),
      holdingsUpdated: earlier.length,
    },
    'the report says what the real run would make',
  )

  // The real run of the same upload makes what the dry run reported, and the numbers it skipped.
  const commit = await env.app.inject({ method: 'POST', url: `/v1/jobs/${dry.id}/commit`, headers: env.admin.headers, payload: {} })
  t.equal(commit.statusCode, 202, commit.body)
  const real = await waitForJob(env, commit.json().id)
  t.same((await reportOf(t, env, real.id)).counters, dryReport.counters, 'every counter as the dry run reported')
  const count = async (table: string) => Number((await sql.raw<{ n: string }>(`SELECT count(*) AS n FROM ${table} WHERE job_id = '${real.id}'`).execute(env.db)).rows[0]?.n)
  t.same(
    [await count('po_lines'), await count('holdings'), await count('items')],
    [dryReport.counters.poLinesImported, dryReport.counters.holdingsAdded, dryReport.counters.itemsImported],
    'its PO lines, holdings and items are those the dry run counted',
  )
  const generated = await sql<{ barcode: string }>`SELECT barcode FROM items WHERE job_id = ${real.id} AND barcode LIKE 'DRY%' ORDER BY barcode`.execute(env.db)
  t.same(
    generated.rows.map((r) => r.barcode),
    ['DRY0000002', 'DRY0000003', 'DRY0000004', 'DRY0000005', 'DRY0000006', 'DRY0000007', 'DRY0000008', 'DRY0000009'],
    'generated barcodes continue the sequence after the first run\'s one: the dry run took none',
  )
})
