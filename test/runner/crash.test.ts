import { randomBytes } from 'node:crypto'
import { sql } from 'kysely'
import t, { type Test } from 'tap'
import type { Db } from '../../src/db/database.ts'
import { FINISHED_STATUSES } from '../../src/domain/jobs/lifecycle.ts'
import { createInstitution, createUser } from '../helpers/app.ts'
import { iso2709, sharedRecords } from '../helpers/imports.ts'
import { configure, field, withFields } from '../helpers/orders.ts'
import { createTestDatabase } from '../helpers/database.ts'
import { multipart } from '../helpers/multipart.ts'
import { freePort, type RunningProcess, startNode, waitFor } from '../helpers/process.ts'
import { type ApiGet, reportProblemsOfAllJobs } from '../helpers/report-check.ts'
import { readSharedMarc } from '../helpers/shared.ts'
import type { MarcRecord } from '../../src/marc/record.ts'

interface JobView {
  id: string
  status: string
  progress: { recordsDone: number; recordsTotal: number; filesDone: number; filesTotal: number }
  counters: Record<string, number>
}

/** The service as a client sees it: its address and the administrator's key. */
interface Service {
  base: string
  headers: { authorization: string }
}

async function call<T>(service: Service, method: string, path: string, body?: { payload: Buffer | string; contentType: string }): Promise<T> {
  const res = await fetch(`${service.base}${path}`, {
    method,
    headers: { ...service.headers, ...(body === undefined ? {} : { 'content-type': body.contentType }) },
    ...(body === undefined ? {} : { body: body.payload }),
  })
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}

async function createProfile(service: Service, name: string, settings: object = { type: 'REPOSITORY' }): Promise<string> {
  const body = JSON.stringify({ name, match: { method: 'NONE' }, splitSize: 50, ...settings })
  return (await call<{ id: string }>(service, 'POST', '/v1/profiles', { payload: body, contentType: 'application/json' })).id
}

async function upload(service: Service, profileId: string, content: Buffer): Promise<string> {
  const body = multipart([{ name: 'jazz-repeated.mrc', content }])
  const job = await call<JobView>(service, 'POST', `/v1/profiles/${profileId}/jobs`, { payload: body.payload, contentType: body.headers['content-type'] })
  return job.id
}

const getJob = (service: Service, jobId: string) => call<JobView>(service, 'GET', `/v1/jobs/${jobId}`)

function finishedJob(service: Service, jobId: string, timeoutMs: number): Promise<JobView> {
  return waitFor(
    `job ${jobId} to finish`,
    async () => {
      const job = await getJob(service, jobId)
      return (FINISHED_STATUSES as readonly string[]).includes(job.status) ? job : undefined
    },
    timeoutMs,
  )
}

/** SIGKILLs the service once the job has committed a tenth of its bulk files, and waits for it to die. */
async function killPartWay(service: Service, running: RunningProcess, jobId: string): Promise<void> {
  await waitFor(
    'the import to be part-way through its bulk files',
    async () => {
      const job = await getJob(service, jobId)
      return job.status === 'RUNNING' && job.progress.filesDone >= job.progress.filesTotal / 10 ? job : undefined
    },
    60_000,
  )
  running.child.kill('SIGKILL')
  await running.exited
}

/** What an import left behind, read from the tables rather than from the job's own counters. */
async function importedState(db: Db, jobId: string) {
  const { rows } = await sql<{
    incoming: number
    without_outcome: number
    added: number
    added_without_mms_id: number
    distinct_mms_ids: number
    records_created: number
    records_linked: number
    files_not_done: number
  }>`
    SELECT
      (SELECT count(*)::int FROM incoming_records WHERE job_id = ${jobId}) AS incoming,
      (SELECT count(*)::int FROM incoming_records WHERE job_id = ${jobId} AND outcome IS NULL) AS without_outcome,
      (SELECT count(*)::int FROM incoming_records WHERE job_id = ${jobId} AND outcome = 'ADDED') AS added,
      (SELECT count(*)::int FROM incoming_records WHERE job_id = ${jobId} AND outcome = 'ADDED' AND mms_id IS NULL) AS added_without_mms_id,
      (SELECT count(DISTINCT mms_id)::int FROM incoming_records WHERE job_id = ${jobId} AND outcome = 'ADDED') AS distinct_mms_ids,
      (SELECT count(*)::int FROM records WHERE created_by_job = ${jobId}) AS records_created,
      (SELECT count(*)::int FROM incoming_records i JOIN records r ON r.mms_id = i.mms_id AND r.created_by_job = ${jobId}
        WHERE i.job_id = ${jobId}) AS records_linked,
      (SELECT count(*)::int FROM bulk_files WHERE job_id = ${jobId} AND status <> 'DONE') AS files_not_done
  `.execute(db)
  return rows[0] as NonNullable<(typeof rows)[0]>
}

/** Repository records of one job missing from the other's, counting duplicates (a multiset difference). */
async function recordsOnlyIn(db: Db, jobId: string, otherJobId: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM (
      SELECT marc::jsonb FROM records WHERE created_by_job = ${jobId}
      EXCEPT ALL
      SELECT marc::jsonb FROM records WHERE created_by_job = ${otherJobId}
    ) AS only_here
  `.execute(db)
  return rows[0]?.n ?? -1
}

/** The queue's retries of this import's bulk files: only a file in flight at the kill needs one. */
/** This import's bulk-file queue jobs as pg-boss holds them: a dead worker's claims stay `active`. */
async function bulkQueueJobs(db: Db, jobId: string) {
  const { rows } = await sql<{ id: string; state: string; retry_count: number; completed_on: Date | null }>`
    SELECT id, state::text, retry_count, completed_on FROM pgboss.job WHERE name = 'import.bulk' AND data->>'jobId' = ${jobId}
  `.execute(db)
  return rows
}

/** The service as a child process on the test's database, started (and restarted) by `start`. */
async function serviceOn(t: Test, databaseUrl: string) {
  const adminKey = `crash-test-${randomBytes(16).toString('hex')}`
  const port = await freePort()
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DATABASE_URL: databaseUrl,
    BOOTSTRAP_ADMIN_KEY: adminKey,
    PORT: String(port),
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_MINUTE: '0',
  }
  const service: Service = { base: `http://127.0.0.1:${port}`, headers: { authorization: `Bearer ${adminKey}` } }
  const start = async (): Promise<RunningProcess> => {
    const run = startNode('src/server.ts', env)
    t.teardown(() => run.child.kill('SIGKILL'))
    await waitFor('the service to be ready', async () => ((await fetch(`${service.base}/ready`)).status === 200 ? true : undefined), 30_000).catch(
      (error: Error) => {
        throw new Error(`${error.message}; it printed:\n${run.output()}`)
      },
    )
    return run
  }
  return { service, start }
}

// SPEC, Job lifecycle: "A worker that dies must not strand a job: another worker resumes it from the
// last committed bulk file, and the result is identical to an uninterrupted run."
t.test('a service killed mid-import resumes the job on restart, with the result of an uninterrupted run', async (t) => {
  const database = await createTestDatabase(t)
  const { service, start } = await serviceOn(t, database.url)

  // Five copies of 1,000 real records: 100 bulk files, seconds of work to interrupt.
  const jazz = readSharedMarc('evergreen/jazz_1k.mrc')
  const content = Buffer.concat(Array.from({ length: 5 }, () => jazz))
  const seconds = (from: number, to = Date.now()) => `${((to - from) / 1000).toFixed(1)} s`

  const first = await start()
  const uploadedAt = Date.now()
  const crashedJobId = await upload(service, await createProfile(service, 'Interrupted'), content)
  await killPartWay(service, first, crashedJobId)
  const killedAt = Date.now()
  const atKill = await database.db.selectFrom('jobs').select(['status', 'files_done', 'files_total']).where('id', '=', crashedJobId).executeTakeFirstOrThrow()
  t.equal(atKill.status, 'RUNNING', 'the kill left the job running')
  t.ok(atKill.files_done > 0 && atKill.files_done < atKill.files_total, `the kill came mid-way: ${atKill.files_done} of ${atKill.files_total} bulk files committed`)
  // Nothing of the dead process runs any more, so what pg-boss shows as claimed is what it held.
  const claimedAtKill = (await bulkQueueJobs(database.db, crashedJobId)).filter((job) => job.state === 'active').map((job) => job.id)
  t.comment(`killed ${seconds(uploadedAt, killedAt)} after the upload, holding ${claimedAtKill.length} bulk file(s)`)

  await start()
  const readyAt = Date.now()
  // The same upload, uninterrupted, on the restarted service — the expectation is computed, not
  // assumed. It runs while the crashed job waits for the queue to give up on the dead process.
  const referenceJobId = await upload(service, await createProfile(service, 'Uninterrupted'), content)
  const resumed = await finishedJob(service, crashedJobId, 60_000)
  const resumedAt = Date.now()
  // Bulk files are fetched in batches and a batch is marked complete in the queue once its handler
  // returns, which may be a moment after the job itself finished: wait for the queue to settle.
  const reclaimed = await waitFor(
    'the queue to complete the dead process\'s bulk files',
    async () => {
      const held = (await bulkQueueJobs(database.db, crashedJobId)).filter((job) => claimedAtKill.includes(job.id))
      return held.every((job) => job.state === 'completed') ? held : undefined
    },
    30_000,
  ).catch(async () => (await bulkQueueJobs(database.db, crashedJobId)).filter((job) => claimedAtKill.includes(job.id)))
  t.ok(
    reclaimed.every((job) => job.state === 'completed' && job.retry_count > 0),
    'every bulk file the dead process held was retried by the queue and completed',
  )
  t.comment(
    `after the kill: service ready again in ${seconds(killedAt, readyAt)}, ` +
      `the dead process's bulk files retried and done in ${seconds(killedAt, Math.max(killedAt, ...reclaimed.map((job) => job.completed_on?.getTime() ?? 0)))}, ` +
      `the job ${resumed.status} in ${seconds(killedAt, resumedAt)}`,
  )

  const reference = await finishedJob(service, referenceJobId, 60_000)
  t.comment(`the uninterrupted run took ${seconds(readyAt)}`)
  t.ok(['COMPLETED_SUCCESS', 'COMPLETED_WITH_ERRORS'].includes(reference.status), `the uninterrupted run completes (${reference.status})`)

  t.equal(resumed.status, reference.status, 'the resumed job ends as the uninterrupted one')
  t.same(resumed.counters, reference.counters, 'with the same outcome counters')
  t.same(resumed.progress, reference.progress, 'and the same progress')
  t.equal(resumed.progress.recordsDone, resumed.progress.recordsTotal, 'every record done')
  t.equal(resumed.progress.filesDone, resumed.progress.filesTotal, 'every bulk file done')

  const state = await importedState(database.db, crashedJobId)
  t.equal(state.incoming, resumed.progress.recordsTotal, 'every record of the upload was split once')
  t.equal(state.without_outcome, 0, 'every incoming record has an outcome')
  t.equal(state.files_not_done, 0, 'every bulk file is DONE')
  t.equal(state.added, resumed.counters.ADDED ?? 0, 'the ADDED counter matches the incoming records')
  t.equal(state.added_without_mms_id, 0, 'every ADDED record names its repository record')
  t.equal(state.distinct_mms_ids, state.added, 'no two incoming records name the same repository record')
  t.equal(state.records_created, state.added, 'one repository record per ADDED record: none missing, none twice')
  t.equal(state.records_linked, state.added, 'each of them the one its incoming record names')
  t.same(await importedState(database.db, referenceJobId), state, 'the uninterrupted run left the same shape')

  t.equal(await recordsOnlyIn(database.db, crashedJobId, referenceJobId), 0, 'no record of the resumed job is missing from the uninterrupted one')
  t.equal(await recordsOnlyIn(database.db, referenceJobId, crashedJobId), 0, 'and none of the uninterrupted one is missing from the resumed one')

  // The check createTestApp makes of every job, here against the service over HTTP.
  const overHttp: ApiGet = async (url, headers) => {
    const res = await fetch(`${service.base}${url}`, { headers })
    return { status: res.status, body: await res.json() }
  }
  const readerOf = (institution: string) => createUser(database.db, institution, ['GENERAL_SYSTEM_ADMINISTRATOR', 'CATALOG_ADMINISTRATOR'])
  t.same(await reportProblemsOfAllJobs(overHttp, database.db, readerOf), [], 'the report of every job adds up')
})

/**
 * Order record n of the EOD crash test, as an Innovative vendor sends it (III_960): a 960 with its
 * price, fund and vendor, and two 945 items at location stk with barcodes Cn-1 and Cn-2. Every
 * tenth from the fourth names an unknown fund (its PO line goes to review), every seventh from the
 * third puts its second item on an unknown shelf, every eleventh from the sixth repeats its first
 * barcode in the second item (both refused: that item is not created).
 */
const ORDER = {
  price: (n: number) => `${10 + (n % 90)}.${String(n % 100).padStart(2, '0')}`,
  fund: (n: number) => (n % 10 === 3 ? 'XYZ' : 'ART'),
  secondLocation: (n: number) => (n % 7 === 2 ? 'zzz' : 'stk'),
  secondBarcode: (n: number) => (n % 11 === 5 ? `C${n}-1` : `C${n}-2`),
}

function orderRecord(record: MarcRecord, n: number): MarcRecord {
  const own = { leader: record.leader, fields: record.fields.filter((f) => !['945', '960', '961'].includes(f.tag)) }
  return withFields(own, [
    field('945', `iC${n}-1`, 'lstk', 'g1'),
    field('945', `i${ORDER.secondBarcode(n)}`, `l${ORDER.secondLocation(n)}`, 'g2'),
    field('960', `s${ORDER.price(n)}`, `u${ORDER.fund(n)}`, 'vAMAZ'),
  ])
}

/** What record n (0-based) of the upload must have made, from the fields it was given. */
function expectedOrder(n: number) {
  const barcodes = [`C${n}-1`, ...(ORDER.secondLocation(n) === 'stk' && ORDER.secondBarcode(n) !== `C${n}-1` ? [`C${n}-2`] : [])]
  return {
    position: n + 1,
    outcome: 'ADDED',
    price: ORDER.price(n),
    fund: ORDER.fund(n) === 'ART' ? 'ART' : null,
    status: ORDER.fund(n) === 'ART' ? 'ACTIVE' : 'IN_REVIEW',
    vendor: 'AMAZ',
    quantity: 2,
    items: barcodes.map((barcode) => [barcode, 'stk']),
    holdings: 1,
  }
}

/** An EOD job's orders and inventory by incoming record, read from the tables. */
async function orderedState(db: Db, jobId: string) {
  const { rows } = await sql<ReturnType<typeof expectedOrder>>`
    SELECT i.position, i.outcome, l.price::text AS price, l.fund_distribution->0->>'code' AS fund, l.status, v.code AS vendor, l.quantity,
           (SELECT coalesce(json_agg(json_build_array(it.barcode, loc.code) ORDER BY it.barcode), '[]') FROM items it
              JOIN holdings h ON h.id = it.holding_id JOIN locations loc ON loc.id = h.location_id WHERE it.po_line_id = l.id) AS items,
           (SELECT count(*)::int FROM holdings h WHERE h.mms_id = i.mms_id) AS holdings
    FROM incoming_records i LEFT JOIN po_lines l ON l.incoming_record_id = i.id LEFT JOIN vendors v ON v.id = l.vendor_id
    WHERE i.job_id = ${jobId} ORDER BY i.position
  `.execute(db)
  return rows
}

/** The job's numbers and row counts: each object made once, numbered without gap from the institution's sequences. */
async function orderedTotals(db: Db, jobId: string) {
  const { rows } = await sql<{ po_lines: number; line_numbers: string[]; orders: number; order_numbers: number; holdings: number; items: number; sequences: Record<string, number> }>`
    SELECT (SELECT count(*)::int FROM po_lines WHERE job_id = ${jobId}) AS po_lines,
           (SELECT array_agg(number ORDER BY number) FROM po_lines WHERE job_id = ${jobId}) AS line_numbers,
           (SELECT count(*)::int FROM purchase_orders WHERE job_id = ${jobId}) AS orders,
           (SELECT count(DISTINCT number)::int FROM purchase_orders WHERE job_id = ${jobId}) AS order_numbers,
           (SELECT count(*)::int FROM holdings WHERE job_id = ${jobId}) AS holdings,
           (SELECT count(*)::int FROM items WHERE job_id = ${jobId}) AS items,
           (SELECT json_object_agg(s.name, s.last_value) FROM acquisition_sequences s JOIN jobs j ON j.institution_id = s.institution_id
              WHERE j.id = ${jobId} AND s.name IN ('PO', 'PO_LINE')) AS sequences
  `.execute(db)
  return rows[0] as NonNullable<(typeof rows)[0]>
}

// Issue 15: a bulk file's orders and inventory commit in the transaction of its records, so a
// crash redoes them with the records; the crash test extended to an EOD import.
t.test('a service killed mid-way through a NEW_ORDER import resumes it with the PO lines, holdings, items and barcodes of an uninterrupted run', async (t) => {
  const database = await createTestDatabase(t)
  const { service, start } = await serviceOn(t, database.url)
  const first = await start()
  // The uninterrupted run is another institution's with the same configuration: barcodes are
  // unique per institution and numbers come from its own sequences, so the same file makes the
  // same barcodes and numbers there.
  const main = await database.db.selectFrom('institutions').select('id').where('code', '=', 'MAIN').executeTakeFirstOrThrow()
  const other = await createInstitution(database.db, 'REF')
  const admin = await createUser(database.db, other, ['GENERAL_SYSTEM_ADMINISTRATOR', 'CATALOG_ADMINISTRATOR', 'ACQUISITIONS_ADMINISTRATOR'])
  const reference: Service = { base: service.base, headers: admin.headers }
  for (const institution of [main.id, other]) await configure(database.db, institution, { libraries: { MAIN: ['stk'] }, vendors: [{ code: 'AMAZ' }], funds: ['ART'] })
  const order = { type: 'NEW_ORDER', inventory: { type: 'PHYSICAL', library: 'MAIN', preset: 'III_960' } }

  // Four copies of 1,000 real records, each with its order: 80 bulk files.
  const jazz = await sharedRecords('evergreen/jazz_1k.mrc')
  const records = Array.from({ length: 4 * jazz.length }, (_, n) => orderRecord(jazz[n % jazz.length] as MarcRecord, n))
  const content = iso2709(records)

  const crashedJobId = await upload(service, await createProfile(service, 'Interrupted orders', order), content)
  await killPartWay(service, first, crashedJobId)
  const atKill = await database.db.selectFrom('jobs').select(['status', 'files_done', 'files_total']).where('id', '=', crashedJobId).executeTakeFirstOrThrow()
  t.ok(atKill.status === 'RUNNING' && atKill.files_done > 0 && atKill.files_done < atKill.files_total, `killed mid-way: ${atKill.files_done} of ${atKill.files_total} bulk files committed`)
  const linesAtKill = await database.db.selectFrom('po_lines').select((eb) => eb.fn.countAll<string>().as('n')).where('job_id', '=', crashedJobId).executeTakeFirstOrThrow()
  t.ok(Number(linesAtKill.n) > 0 && Number(linesAtKill.n) < records.length, `the kill left ${linesAtKill.n} PO lines of ${records.length} committed`)

  await start()
  const referenceJobId = await upload(reference, await createProfile(reference, 'Uninterrupted orders', order), content)
  const resumed = await finishedJob(service, crashedJobId, 120_000)
  const uninterrupted = await finishedJob(reference, referenceJobId, 120_000)
  t.equal(uninterrupted.status, 'COMPLETED_WITH_ERRORS', 'the uninterrupted run completes; refused items make it end with errors')
  t.equal(resumed.status, uninterrupted.status, 'the resumed job ends as the uninterrupted one')
  t.same(resumed.counters, uninterrupted.counters, 'with the same counters')
  const reportOf = async (as: Service, jobId: string) => (await call<{ counters: Record<string, number> }>(as, 'GET', `/v1/jobs/${jobId}/report`)).counters
  const resumedReport = await reportOf(service, crashedJobId)
  t.same(resumedReport, await reportOf(reference, referenceJobId), 'and the same report')

  const expected = records.map((_, n) => expectedOrder(n))
  const state = await orderedState(database.db, crashedJobId)
  t.same(state, expected, 'every record added with its PO line (960 $s price, $u fund, $v vendor, two items), its holding and its items (945 $i barcodes at $l)')
  t.same(await orderedState(database.db, referenceJobId), state, 'the uninterrupted run made the same')
  const items = expected.reduce((sum, e) => sum + e.items.length, 0)
  t.match(
    resumedReport,
    {
      recordsAdded: records.length,
      poLinesImported: records.length,
      poLinesInReview: expected.filter((e) => e.status === 'IN_REVIEW').length,
      itemsProcessed: 2 * records.length,
      itemsImported: items,
      itemsNotImported: 2 * records.length - items,
      holdingsAdded: records.length,
    },
    'the report counts what the source fields make',
  )

  const numbers = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}-${String(i + 1).padStart(7, '0')}`)
  const totals = await orderedTotals(database.db, crashedJobId)
  t.same(
    totals,
    {
      po_lines: records.length,
      line_numbers: numbers('POL', records.length),
      orders: records.length,
      order_numbers: records.length,
      holdings: records.length,
      items,
      sequences: { PO: records.length, PO_LINE: records.length },
    },
    'each PO line, order, holding and item made once; numbers without gap: what the killed transactions took was given back',
  )
  t.same(await orderedTotals(database.db, referenceJobId), totals, 'as in the uninterrupted run')

  const overHttp: ApiGet = async (url, headers) => {
    const res = await fetch(`${service.base}${url}`, { headers })
    return { status: res.status, body: await res.json() }
  }
  const readerOf = (institution: string) => createUser(database.db, institution, ['GENERAL_SYSTEM_ADMINISTRATOR', 'CATALOG_ADMINISTRATOR'])
  t.same(await reportProblemsOfAllJobs(overHttp, database.db, readerOf), [], 'the report of every job adds up')
})
