import { sql } from 'kysely'
import t, { type Test } from 'tap'
import { indexKeys, matchKeys } from '../../src/domain/matching/index.ts'
import type { MarcRecord } from '../../src/marc/record.ts'
import { initializeJob } from '../../src/pipeline/initialize.ts'
import { processRevertBatch } from '../../src/pipeline/revert-batch.ts'
import { finalizeRevertJob, planRevertJob } from '../../src/pipeline/revert.ts'
import { processBulkFile } from '../../src/pipeline/bulk.ts'
import { finalizeJob } from '../../src/pipeline/finalize.ts'
import { transitionJob } from '../../src/pipeline/job-transitions.ts'
import { createTestApp, type TestApp, type TestUser } from '../helpers/app.ts'
import { createProfile, iso2709, runImport, sharedRecords, startImport, waitForJob, withOclc } from '../helpers/imports.ts'
import { fromStoredMarc, type StoredMarc, toStoredMarc } from '../../src/db/stored-marc.ts'

// Real records (jazz_1k: recordings, scores, books) given OCLC numbers so they can be matched.
const JAZZ = 'evergreen/jazz_1k.mrc'

const revert = (env: TestApp, jobId: string, as: TestUser = env.admin, headers: Record<string, string> = {}) =>
  env.app.inject({ method: 'POST', url: `/v1/jobs/${jobId}/revert`, headers: { ...as.headers, ...headers }, payload: {} })

const get = (env: TestApp, url: string, as: TestUser = env.admin) => env.app.inject({ method: 'GET', url, headers: as.headers })

/**
 * The repository as an export would give it: every live record's MARC, facts and match keys, by
 * MMS ID. Keys are the table's rows, so a key left behind or missing shows.
 */
async function exportRepository(env: TestApp): Promise<Map<string, string>> {
  const result = await sql<{ mms_id: number; marc: unknown; version_005: string | null; brief_level: number; inventory_type: string; keys: string[] }>`
    SELECT r.mms_id, r.marc, r.version_005, r.brief_level, r.inventory_type,
           coalesce((SELECT array_agg(k.kind || ':' || k.value || ':' || k.cancelled ORDER BY k.kind, k.value)
                     FROM record_match_keys k WHERE k.mms_id = r.mms_id), '{}') AS keys
    FROM records r WHERE r.deleted_at IS NULL ORDER BY r.mms_id
  `.execute(env.db)
  return new Map(
    result.rows.map((row) => [
      String(row.mms_id),
      JSON.stringify({ marc: row.marc, facts: [row.version_005, row.brief_level, row.inventory_type], keys: row.keys }),
    ]),
  )
}

const entries = (map: Map<string, string>) => [...map].sort(([a], [b]) => (BigInt(a) < BigInt(b) ? -1 : 1))

/** Every live record's stored keys are exactly the keys of its MARC (SYSTEM_ID is the MMS ID itself). */
async function keysFollowContent(t: Test, env: TestApp) {
  const exported = await exportRepository(env)
  let mismatches = 0
  for (const [mmsId, text] of exported) {
    const { marc, keys } = JSON.parse(text) as { marc: StoredMarc; keys: string[] }
    const expected = indexKeys(fromStoredMarc(marc), mmsId)
      .filter((key) => key.kind !== 'SYSTEM_ID')
      .map((key) => `${key.kind}:${key.value}:${key.cancelled}`)
      .sort()
    if (JSON.stringify(expected) !== JSON.stringify([...keys].sort())) mismatches += 1
  }
  t.equal(mismatches, 0, 'every live record\'s match keys follow its content')
}

function retitled(record: MarcRecord, title: string, extraOclc: number | null): MarcRecord {
  const fields = record.fields.filter((field) => field.tag !== '245')
  fields.push({ tag: '245', ind1: '1', ind2: '0', subfields: [{ code: 'a', value: title }] })
  // A second OCLC number: the merge keeps both (035 is a union tag), so the record gains a key.
  if (extraOclc !== null) fields.push({ tag: '035', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: `(OCoLC)ocn${extraOclc}` }] })
  return { leader: record.leader, fields: fields.sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0)) }
}

const deleteRequest = (record: MarcRecord): MarcRecord => ({ ...record, leader: `${record.leader.slice(0, 5)}d${record.leader.slice(6)}` })
const asNew = (record: MarcRecord): MarcRecord => ({ ...record, leader: `${record.leader.slice(0, 5)}n${record.leader.slice(6)}` })

async function mmsIdOf(env: TestApp, record: MarcRecord): Promise<string> {
  const [key] = matchKeys(record, 'OCLC', { matchCancelledNumbers: false })
  if (key === undefined) throw new Error('record without an OCLC number')
  const row = await env.db
    .selectFrom('record_match_keys')
    .innerJoin('records', 'records.mms_id', 'record_match_keys.mms_id')
    .select('records.mms_id')
    .where('record_match_keys.kind', '=', 'OCLC')
    .where('record_match_keys.value', '=', key.value)
    .where('records.deleted_at', 'is', null)
    .executeTakeFirstOrThrow()
  return String(row.mms_id)
}

/** An edit outside any job: a cataloger's change written straight to the record, revision bumped. */
async function editByHand(env: TestApp, mmsId: string): Promise<void> {
  const row = await env.db.selectFrom('records').select('marc').where('mms_id', '=', Number(mmsId)).executeTakeFirstOrThrow()
  const marc = fromStoredMarc(row.marc)
  const edited: MarcRecord = { ...marc, fields: [...marc.fields, { tag: '590', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: 'Edited by hand' }] }] }
  await sql`UPDATE records SET marc = ${JSON.stringify(toStoredMarc(edited))}::jsonb, revision = revision + 1, updated_at = now() WHERE mms_id = ${mmsId}::bigint`.execute(env.db)
}

t.test('import → revert returns the repository to its state before the import, except records edited since', async (t) => {
  const env = await createTestApp(t)
  const base = withOclc(await sharedRecords(JAZZ), (i) => 1000 + i).map(asNew)
  const profile = await createProfile(env, { match: { method: 'OCLC', singleMatchAction: 'MERGE', allowDeletes: true }, splitSize: 50 })
  await runImport(t, env, profile, iso2709(base.slice(0, 400)))
  const before = await exportRepository(env)
  t.equal(before.size, 400)

  // One import that merges 200 records (new title, one more OCLC number), deletes 50, adds 600 and
  // merges 10 of its own additions again from later bulk files.
  const upload = [
    ...base.slice(0, 200).map((r, i) => retitled(r, `Revised title ${i}`, 500000 + i)),
    ...base.slice(200, 250).map(deleteRequest),
    ...base.slice(400),
    ...base.slice(400, 410).map((r, i) => retitled(r, `Second copy ${i}`, null)),
  ]
  const imported = await runImport(t, env, profile, iso2709(upload))
  t.equal(imported.job.status, 'COMPLETED_SUCCESS')
  t.equal(imported.report.counters.recordsAdded, 600)
  t.equal(imported.report.counters.recordsMerged, 210)
  t.equal(imported.report.counters.recordsDeleted, 50)

  // Edited in between: a merged record and an added record by hand, an added record by an import.
  const mergedByHand = await mmsIdOf(env, base[0] as MarcRecord)
  const addedByHand = await mmsIdOf(env, base[500] as MarcRecord)
  const addedThenImported = await mmsIdOf(env, base[600] as MarcRecord)
  await editByHand(env, mergedByHand)
  await editByHand(env, addedByHand)
  const later = await runImport(t, env, profile, iso2709([retitled(base[600] as MarcRecord, 'Changed by a later import', null)]))
  t.equal(later.report.counters.recordsMerged, 1)

  const started = await revert(env, imported.job.id)
  t.equal(started.statusCode, 202, started.body)
  const created = started.json()
  t.equal(started.headers.location, `/v1/jobs/${created.id}`)
  t.match(
    created,
    { kind: 'REVERT', status: 'PENDING', revertsJob: imported.job.id, name: `Revert: ${imported.job.name}`, createdBy: env.admin.id },
    'a REVERT job, linked to the import',
  )

  const done = await waitForJob(env, created.id)
  t.equal(done.status, 'COMPLETED_WITH_ERRORS', 'records left alone make the revert complete with errors')
  t.same(done.counters, { DELETED: 598, RESTORED: 199, UNDELETED: 50, LEFT_ALONE: 3, 'LEFT_ALONE:CHANGED_SINCE': 3 })
  t.same(done.progress, { percent: 100, recordsDone: 850, recordsTotal: 850, filesDone: 4, filesTotal: 4 })

  const report = (await get(env, `/v1/jobs/${created.id}/revert-report`)).json()
  t.same(report, {
    jobId: created.id,
    revertsJob: imported.job.id,
    status: 'COMPLETED_WITH_ERRORS',
    final: true,
    counters: { recordsToRevert: 850, recordsPending: 0, recordsDeleted: 598, recordsRestored: 199, recordsUndeleted: 50, recordsLeftAlone: 3 },
    leftAloneByReason: { CHANGED_SINCE: 3, DELETED_SINCE: 0, RECORD_LOCKED: 0 },
    importChanges: { ADDED: 600, MERGED: 200, OVERLAID: 0, DELETED: 50 },
  })
  const leftAlone = (await get(env, `/v1/jobs/${created.id}/revert-report/records?outcome=LEFT_ALONE`)).json()
  t.same(
    leftAlone.items.map((item: { mmsId: string; importChange: string; reason: string; lastChangedByJob: string | null }) => [
      item.mmsId,
      item.importChange,
      item.reason,
      item.lastChangedByJob,
    ]),
    [
      [mergedByHand, 'MERGED', 'CHANGED_SINCE', null],
      [addedByHand, 'ADDED', 'CHANGED_SINCE', null],
      [addedThenImported, 'ADDED', 'CHANGED_SINCE', later.job.id],
    ].sort(([a], [b]) => (BigInt(a as string) < BigInt(b as string) ? -1 : 1)),
    'the records left alone, each with why',
  )
  t.match(leftAlone.items[0].explanation, /^Left alone: changed since the import/)
  t.equal(leftAlone.nextCursor, null)

  // The acceptance check: the repository as before the import, but for the three edited records.
  const after = await exportRepository(env)
  const expected = new Map(before)
  for (const mmsId of [mergedByHand, addedByHand, addedThenImported]) expected.set(mmsId, after.get(mmsId) as string)
  t.same(entries(after), entries(expected), 'every other record, its content and its match keys are as before the import')
  t.match(after.get(mergedByHand), /Edited by hand/, 'the edit made since was kept')
  t.match(after.get(addedThenImported), /Changed by a later import/)
  await keysFollowContent(t, env)

  // The revert's own before-images keep the history complete.
  const history = await env.db.selectFrom('record_changes').select(['change', (eb) => eb.fn.countAll<number>().as('n')]).where('job_id', '=', created.id).groupBy('change').orderBy('change').execute()
  t.same(history, [
    { change: 'DELETED', n: 598 },
    { change: 'RESTORED', n: 199 },
    { change: 'UNDELETED', n: 50 },
  ])
  const withoutImage = await env.db.selectFrom('record_changes').select('mms_id').where('job_id', '=', created.id).where('before_marc', 'is', null).execute()
  t.same(withoutImage, [], 'every change row carries the record as it was before the revert')
  const restored = await get(env, `/v1/records?jobId=${created.id}&change=undeleted&limit=200`)
  t.equal(restored.json().items.length, 50, 'the records API lists what the revert did')

  const again = await revert(env, imported.job.id)
  t.equal(again.statusCode, 409, 'a revert cannot be applied twice')
  t.equal(again.json().type, '/problems/conflict')
  t.match(again.json().detail, `already reverted by job ${created.id}`)
  t.equal((await revert(env, created.id)).statusCode, 409, 'a revert is not itself revertible')
  t.equal((await get(env, `/v1/jobs/${imported.job.id}/revert-report`)).statusCode, 404, 'an import has no revert report')
  const importReport = await get(env, `/v1/jobs/${created.id}/report`)
  t.equal(importReport.statusCode, 404, 'and a revert no import report')
  t.match(importReport.json().detail, `/v1/jobs/${created.id}/revert-report`, 'it says where the revert\'s report is')
  const events = (await get(env, `/v1/jobs/${imported.job.id}/events`)).json().items.map((e: { description: string }) => e.description)
  t.ok(events.some((text: string) => text.startsWith('Revert requested by') && text.endsWith(`as job ${created.id}`)), 'the original says it is being reverted')
  t.ok(events.some((text: string) => text.startsWith(`Reverted by job ${created.id}:`)), 'and what the revert did')
  const list = (await get(env, '/v1/jobs?limit=10')).json().items
  t.ok(list.some((job: { id: string; kind: string }) => job.id === created.id && job.kind === 'REVERT'), 'the revert is in the job list')
})

/** Runs an import step by step, no worker involved. */
async function importBySteps(env: TestApp, profileId: string, content: Buffer): Promise<string> {
  const jobId = await startImport(env, profileId, content)
  await initializeJob(env.db, env.runner.steps, jobId)
  const files = await env.db.selectFrom('bulk_files').select('id').where('job_id', '=', jobId).orderBy('seq').execute()
  for (const file of files) await processBulkFile(env.db, env.runner.steps, jobId, file.id, 'test')
  await finalizeJob(env.db, jobId)
  return jobId
}

async function revisions(env: TestApp): Promise<Map<number, number>> {
  const rows = await env.db.selectFrom('records').select(['mms_id', 'revision']).execute()
  return new Map(rows.map((row) => [Number(row.mms_id), row.revision]))
}

t.test('a revert redelivered, cancelled and started again reverts each record exactly once', async (t) => {
  // No worker: the test drives the steps itself, so redeliveries and the cancel are exact.
  const env = await createTestApp(t, {}, { work: false })
  const base = withOclc((await sharedRecords(JAZZ)).slice(0, 160), (i) => 3000 + i).map(asNew)
  const profile = await createProfile(env, { match: { method: 'OCLC', singleMatchAction: 'OVERLAY', allowDeletes: true }, splitSize: 25 })
  await importBySteps(env, profile, iso2709(base.slice(0, 80)))
  const before = await exportRepository(env)
  const jobId = await importBySteps(
    env,
    profile,
    iso2709([...base.slice(0, 30).map((r, i) => retitled(r, `Overlaid ${i}`, 700000 + i)), ...base.slice(30, 40).map(deleteRequest), ...base.slice(80)]),
  )
  t.equal((await get(env, `/v1/jobs/${jobId}`)).json().status, 'COMPLETED_SUCCESS')

  const running = await startImport(env, profile, iso2709(base.slice(0, 1)))
  await initializeJob(env.db, env.runner.steps, running)
  t.equal((await revert(env, running)).statusCode, 409, 'a running job cannot be reverted')
  await env.db.transaction().execute((trx) =>
    transitionJob(trx, running, 'FAILED', { severity: 'ERROR', module: 'SYSTEM', description: 'test: worker lost', createdBy: null }),
  )
  const failed = await revert(env, running)
  t.equal(failed.statusCode, 409, 'nor a failed one')
  t.match(failed.json().detail, /Failed cannot be reverted/)

  const first = (await revert(env, jobId)).json().id as string
  t.equal((await revert(env, jobId)).statusCode, 409, 'nor one whose revert is under way')
  await planRevertJob(env.db, env.runner.steps, first, 20)
  const planned = (await get(env, `/v1/jobs/${first}`)).json()
  t.match(planned, { status: 'RUNNING', progress: { recordsTotal: 120, filesTotal: 6 } }, '80 added, 30 overlaid, 10 deleted in batches of 20')

  const revisionsBefore = await revisions(env)
  await processRevertBatch(env.db, env.runner.steps, first, 0)
  await processRevertBatch(env.db, env.runner.steps, first, 0)
  await Promise.all([processRevertBatch(env.db, env.runner.steps, first, 1), processRevertBatch(env.db, env.runner.steps, first, 1)])
  const revisionsAfter = await revisions(env)
  const bumped = [...revisionsAfter].filter(([mmsId, revision]) => revision !== revisionsBefore.get(mmsId))
  t.equal(bumped.length, 40, 'two batches of 20 records, each written once')
  t.ok(bumped.every(([mmsId, revision]) => revision === (revisionsBefore.get(mmsId) ?? 0) + 1), 'no record written twice')

  const cancelled = await env.app.inject({ method: 'POST', url: `/v1/jobs/${first}/cancel`, headers: env.admin.headers })
  t.equal(cancelled.json().status, 'CANCELLED')
  await processRevertBatch(env.db, env.runner.steps, first, 2)
  t.same(await revisions(env), revisionsAfter, 'a batch after the cancel changes nothing')
  t.match((await get(env, `/v1/jobs/${first}/revert-report`)).json().counters, { recordsToRevert: 120, recordsPending: 80 })

  const second = await revert(env, jobId)
  t.equal(second.statusCode, 202, 'a cancelled revert leaves room for another')
  const secondId = second.json().id as string
  await planRevertJob(env.db, env.runner.steps, secondId, 20)
  const job = (await get(env, `/v1/jobs/${secondId}`)).json()
  t.equal(job.progress.recordsTotal, 80, 'the second revert skips the records the first put back')
  for (let batch = 0; batch < job.progress.filesTotal; batch++) await processRevertBatch(env.db, env.runner.steps, secondId, batch)
  await finalizeRevertJob(env.db, secondId)
  const finished = (await get(env, `/v1/jobs/${secondId}`)).json()
  t.equal(finished.status, 'COMPLETED_SUCCESS')
  t.same(entries(await exportRepository(env)), entries(before), 'the repository is as before the import')
  await keysFollowContent(t, env)
  t.equal((await revert(env, jobId)).statusCode, 409, 'and now it is reverted: no more')
})

t.test('who may revert, and what cannot be reverted', async (t) => {
  const env = await createTestApp(t)
  const records = withOclc((await sharedRecords(JAZZ)).slice(0, 5), (i) => 8000 + i).map(asNew)
  const restricted = await createProfile(env, { match: { method: 'OCLC' }, restricted: true })
  // A grant is signed off by someone other than its holder.
  const signer = await env.userWith(['CATALOG_ADMINISTRATOR'])
  await env.app.inject({ method: 'PUT', url: `/v1/profiles/${restricted}/grants/${env.admin.id}`, headers: signer.headers })
  const { job } = await runImport(t, env, restricted, iso2709(records))

  t.equal((await env.app.inject({ method: 'POST', url: `/v1/jobs/${job.id}/revert`, payload: {} })).statusCode, 401)
  const purchasing = await env.userWith(['PURCHASING_OPERATOR'])
  t.equal((await revert(env, job.id, purchasing)).statusCode, 403, 'roles that may not run the profile type')
  const cataloger = await env.userWith(['CATALOG_MANAGER'])
  const refused = await revert(env, job.id, cataloger)
  t.equal(refused.statusCode, 403, 'a restricted profile needs a grant')
  t.match(refused.json().detail, /restricted/)
  const outsider = await env.userWith(['GENERAL_SYSTEM_ADMINISTRATOR', 'CATALOG_ADMINISTRATOR'], await env.createInstitution('OTHER'))
  t.equal((await revert(env, job.id, outsider)).statusCode, 404, 'another institution')
  t.equal((await revert(env, '00000000-0000-4000-8000-000000000000')).statusCode, 404)

  const grant = await env.app.inject({ method: 'PUT', url: `/v1/profiles/${restricted}/grants/${cataloger.id}`, headers: env.admin.headers })
  t.equal(grant.statusCode, 201)
  const key = { 'idempotency-key': 'revert-once' }
  const allowed = await revert(env, job.id, cataloger, key)
  t.equal(allowed.statusCode, 202, 'with a grant')
  const replayed = await revert(env, job.id, cataloger, key)
  t.equal(replayed.statusCode, 202, 'the same Idempotency-Key answers the first response')
  t.equal(replayed.headers['idempotent-replayed'], 'true')
  t.equal(replayed.json().id, allowed.json().id)
  const reverts = await env.db.selectFrom('jobs').select('id').where('reverts_job', '=', job.id).execute()
  t.equal(reverts.length, 1, 'one revert job')
  const done = await waitForJob(env, allowed.json().id)
  t.equal(done.status, 'COMPLETED_SUCCESS')
  t.same(done.counters, { DELETED: 5 })
  t.equal((await get(env, `/v1/jobs/${done.id}/revert-report`, purchasing)).statusCode, 403, 'monitoring follows the profile type')
  const live = await env.db.selectFrom('records').select('mms_id').where('created_by_job', '=', job.id).where('deleted_at', 'is', null).execute()
  t.same(live, [], 'what the import added is gone')
})

t.test('a revert and an import of the same records at once: each record reverted or left alone, never both, never lost', async (t) => {
  const env = await createTestApp(t)
  const records = withOclc((await sharedRecords(JAZZ)).slice(0, 300), (i) => 4000 + i).map(asNew)
  const profile = await createProfile(env, { match: { method: 'OCLC', singleMatchAction: 'MERGE' }, splitSize: 25 })
  const first = await runImport(t, env, profile, iso2709(records))
  t.equal(first.report.counters.recordsAdded, 300)

  // The second import merges into what the first added, unless the revert deleted it first: then
  // it finds no match and adds the record again. The match-key locks decide who goes first.
  const started = await revert(env, first.job.id)
  t.equal(started.statusCode, 202)
  const [reverted, second] = await Promise.all([
    waitForJob(env, started.json().id),
    runImport(t, env, profile, iso2709(records.map((r, i) => retitled(r, `Concurrent ${i}`, null)))),
  ])
  t.ok(['COMPLETED_SUCCESS', 'COMPLETED_WITH_ERRORS'].includes(reverted.status), `the revert completed (${reverted.status})`)
  t.equal(second.job.status, 'COMPLETED_SUCCESS', 'no deadlock surfaced to the user')
  const deleted = reverted.counters.DELETED ?? 0
  const leftAlone = reverted.counters.LEFT_ALONE ?? 0
  t.equal(deleted + leftAlone, 300)
  t.equal(second.report.counters.recordsAdded, deleted, 'what the revert deleted first, the import added again')
  t.equal(second.report.counters.recordsMerged, leftAlone, 'what the import merged first, the revert left alone')
  t.comment(`interleaving: ${deleted} reverted first, ${leftAlone} merged first`)
  const reasons = (await get(env, `/v1/jobs/${reverted.id}/revert-report/records?outcome=LEFT_ALONE&limit=200`)).json().items
  t.ok(
    reasons.every((item: { reason: string; lastChangedByJob: string }) => item.reason === 'CHANGED_SINCE' && item.lastChangedByJob === second.job.id),
    'each left alone because the second import changed it',
  )
  const live = await sql<{ n: number; numbers: number }>`
    SELECT count(*)::integer AS n, count(DISTINCT k.value)::integer AS numbers
    FROM records r JOIN record_match_keys k ON k.mms_id = r.mms_id AND k.kind = 'OCLC'
    WHERE r.deleted_at IS NULL
  `.execute(env.db)
  t.same(live.rows[0], { n: 300, numbers: 300 }, 'every OCLC number on exactly one live record')
  await keysFollowContent(t, env)
})
