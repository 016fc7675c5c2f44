import t, { type Test } from 'tap'
import { createLogger } from '../../src/boot.ts'
import type { HarvestOptions } from '../../src/pipeline/harvest.ts'
import { Scheduler } from '../../src/services/schedules/scheduler.ts'
import { SCHEDULE_TARGETS } from '../../src/services/schedules/targets.ts'
import { createTestApp, type TestApp } from '../helpers/app.ts'
import { waitForJob } from '../helpers/imports.ts'
import { HIG_OUTGOING, newHigRequest } from '../helpers/libris-fixtures.ts'
import { type LibrisFixture, type LibrisSimulator, startLibrisSimulator } from '../helpers/libris-simulator.ts'

const API_KEY = 'hig-libris-key-5f1c2d9e7a'
const START = '2026-11-01'
// Tests fail or retry against the simulator within milliseconds.
// Short waits between attempts; a time limit generous enough for a loaded machine (the simulator
// answers at once), shortened only where a test makes it answer slowly.
const FAST = { attempts: 3, backoffMs: 20, timeoutMs: 5000 }
const SHORT_LIMIT = { ...FAST, timeoutMs: 300 }

/** Today as the harvest sees it: the test institution's time zone is UTC. */
const today = () => new Date().toISOString().slice(0, 10)

/** Libris's status strings and ours (SPEC-free: the mapping is this literal table, research §2.3). */
const OUR_STATUS: Record<string, string> = { Uteliggande: 'REQUEST_SENT', Levererad: 'SHIPPED', 'Negativt svar': 'REJECTED', Läst: 'READ_BY_PARTNER' }

interface Setup {
  env: TestApp
  libris: LibrisSimulator
  profileId: string
  libraries: Record<string, string>
  partners: Record<string, string>
  /** Every response body and header the test saw, to look for the API key in. */
  seen: string[]
}

async function call(s: Pick<Setup, 'env' | 'seen'>, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, headers: Record<string, string> = {}) {
  const res = await s.env.app.inject({ method, url, headers: { ...s.env.admin.headers, ...headers }, ...(payload === undefined ? {} : { payload }) })
  s.seen.push(res.body, JSON.stringify(res.headers))
  return res
}

async function setup(
  t: Test,
  options: { mappings?: string[]; partners?: string[]; requests?: LibrisFixture[]; authentication?: boolean; harvest?: HarvestOptions } = {},
): Promise<Setup> {
  const env = await createTestApp(t, {}, { harvest: options.harvest ?? FAST })
  const libris = await startLibrisSimulator(t)
  libris.library('Hig', API_KEY, options.requests ?? HIG_OUTGOING)
  const seen: string[] = []
  const libraries: Record<string, string> = {}
  for (const code of ['MAIN', 'CAMPUS']) {
    const row = await env.db.insertInto('libraries').values({ institution_id: env.institutionId, code, name: `${code} library` }).returning('id').executeTakeFirstOrThrow()
    libraries[code] = row.id
  }
  const created = await call({ env, seen }, 'POST', '/v1/integration-profiles', {
    code: 'LIBRIS',
    name: 'Libris ILL',
    baseUrl: libris.baseUrl,
    libraryCode: 'Hig',
    resourceSharingLibraryId: libraries.MAIN,
    apiKey: API_KEY,
    authentication: options.authentication ?? true,
    harvestStartDate: START,
  })
  t.equal(created.statusCode, 201, 'integration profile created')
  const profileId = created.json().id as string
  const targets: Record<string, string> = { Hig: libraries.MAIN as string, Higb: libraries.CAMPUS as string }
  for (const code of options.mappings ?? ['Hig', 'Higb']) {
    const res = await call({ env, seen }, 'POST', `/v1/integration-profiles/${profileId}/library-mappings`, { externalCode: code, libraryId: targets[code] })
    t.equal(res.statusCode, 201, `mapping ${code} created`)
  }
  const partners: Record<string, string> = {}
  for (const code of options.partners ?? ['S', 'Sek', 'Umu', 'U']) {
    const res = await call({ env, seen }, 'POST', '/v1/partners', { code, name: `Partner ${code}` })
    t.equal(res.statusCode, 201, `partner ${code} created`)
    partners[code] = res.json().id
  }
  return { env, libris, profileId, libraries, partners, seen }
}

async function harvest(s: Setup) {
  const res = await call(s, 'POST', `/v1/integration-profiles/${s.profileId}/run`)
  if (res.statusCode !== 202) throw new Error(`harvest not started: ${res.statusCode} ${res.body}`)
  const job = await waitForJob(s.env, res.json().id)
  s.seen.push(JSON.stringify(job))
  const report = (await call(s, 'GET', `/v1/jobs/${job.id}/harvest-report`)).json()
  const events = (await call(s, 'GET', `/v1/jobs/${job.id}/events?limit=200`)).json().items as Array<{ severity: string; module: string; description: string }>
  return { job, report, events }
}

async function borrowingRequests(s: Setup, query = '') {
  const res = await call(s, 'GET', `/v1/borrowing-requests?limit=200${query}`)
  return res.json().items as Array<Record<string, unknown> & { lfNumber: string; id: string; lenders: Array<{ code: string; partnerId: string | null }> }>
}

/** The API key is in no response the test saw and no log line the app wrote. */
function keyNeverShown(t: Test, s: Setup) {
  t.notOk(s.seen.some((text) => text.includes(API_KEY)), 'the API key appears in no response')
  t.notOk(s.env.logs.some((line) => line.includes(API_KEY)), 'the API key appears in no log line')
  t.ok(s.env.logs.length > 0, 'there were log lines to look at')
}

t.test('first harvest creates every request of the window; a second one after changes updates exactly the changed ones', async (t) => {
  const s = await setup(t)
  const first = await harvest(s)
  t.equal(first.job.status, 'COMPLETED_SUCCESS', 'the first harvest completed')
  t.equal(first.job.kind, 'HARVEST')
  t.equal(first.job.name, 'Import resource sharing requests using profile Libris ILL')
  t.same(
    { found: first.report.found, created: first.report.created, updated: first.report.updated, unchanged: first.report.unchanged, failed: first.report.failed },
    { found: HIG_OUTGOING.length, created: HIG_OUTGOING.length, updated: 0, unchanged: 0, failed: 0 },
  )
  t.same(
    s.libris.calls.map((c) => [c.sigel, c.startDate, c.endDate, c.apiKey]),
    [['Hig', START, today(), API_KEY]],
    'one call: outgoing of Hig from the harvest start date to today, with the api-key header',
  )

  const stored = await borrowingRequests(s)
  t.same(stored.map((r) => r.lfNumber).sort(), HIG_OUTGOING.map((r) => r.lf_number).sort(), 'every request of the window, by LF number')
  const libraryOf: Record<string, string> = { Hig: s.libraries.MAIN as string, Higb: s.libraries.CAMPUS as string }
  for (const fixture of HIG_OUTGOING) {
    const listed = stored.find((r) => r.lfNumber === fixture.lf_number) as { id: string }
    const one = (await call(s, 'GET', `/v1/borrowing-requests/${listed.id}`)).json()
    const receiving = (fixture.receiving_library as { library_code: string }).library_code
    const recipients = fixture.recipients as Array<{ library_code: string; response: string; is_active_library: number }>
    t.match(
      one,
      {
        lfNumber: fixture.lf_number,
        requestId: fixture.request_id,
        externalStatus: fixture.status,
        status: OUR_STATUS[fixture.status as string],
        title: fixture.title,
        isbnIssn: fixture.isbn_issn === '' ? null : fixture.isbn_issn,
        mediaType: fixture.media_type,
        receivingLibrary: { code: receiving, libraryId: libraryOf[receiving] },
        requestingLibrary: { code: fixture.requesting_library, libraryId: s.libraries.MAIN },
        lastModified: fixture.last_modified,
        createdByJob: first.job.id,
      },
      `${fixture.lf_number} as Libris has it`,
    )
    // Partners by code regardless of case: "sek" is the partner "Sek".
    const partnerFor = (code: string) => Object.entries(s.partners).find(([partner]) => partner.toLowerCase() === code.toLowerCase())?.[1] ?? null
    t.same(
      one.lenders.map((l: { position: number; code: string; partnerId: string | null; active: boolean }) => [l.position, l.code, l.partnerId, l.active]),
      recipients.map((r, i) => [i + 1, r.library_code, partnerFor(r.library_code), r.is_active_library === 1]),
      `${fixture.lf_number}: the lenders in Libris's order, each with its partner`,
    )
  }
  const kb = await borrowingRequests(s, `&partnerId=${s.partners.Sek}`)
  t.same(kb.map((r) => r.lfNumber).sort(), ['Hig-261104-0002', 'Hig-261110-0003'], 'the partner filter finds the requests that name Sek in any case')
  const rejected = await borrowingRequests(s, '&status=REJECTED')
  t.same(rejected.map((r) => r.lfNumber), ['Hig-261110-0003'], 'the status filter')

  const profile = (await call(s, 'GET', `/v1/integration-profiles/${s.profileId}`)).json()
  t.equal(profile.lastHarvestedThrough, today(), 'the profile remembers the last day harvested')

  // Between the harvests: two requests change at Libris today, one arrives; one stays as it was
  // but is changed again "today" without a new last_modified (it must count as unchanged).
  const paged = (await call(s, 'GET', '/v1/borrowing-requests?limit=2')).json()
  t.equal(paged.items.length, 2, 'a page of 2')
  const rest = (await call(s, 'GET', `/v1/borrowing-requests?limit=2&cursor=${paged.nextCursor}`)).json()
  t.same([...paged.items, ...rest.items].map((r: { lfNumber: string }) => r.lfNumber).sort(), stored.map((r) => r.lfNumber).sort(), 'and the rest by cursor')
  t.equal(rest.nextCursor, null)
  const between = new Date().toISOString()

  const now = `${today()} 10:15:00`
  s.libris.change('Hig', 'Hig-261103-0001', { status: 'Levererad', last_modified: now })
  s.libris.change('Hig', 'Hig-261110-0003', { status: 'Avbeställd', last_modified: `${today()} 11:00:00` })
  s.libris.add('Hig', newHigRequest(`${today()} 09:00:00`))
  const second = await harvest(s)
  t.equal(second.job.status, 'COMPLETED_SUCCESS', 'the second harvest completed')
  t.same(s.libris.calls[1] && [s.libris.calls[1].startDate, s.libris.calls[1].endDate], [today(), today()], 'the second window starts at the last day harvested')
  t.same(
    { found: second.report.found, created: second.report.created, updated: second.report.updated, unchanged: second.report.unchanged },
    { found: 3, created: 1, updated: 2, unchanged: 0 },
  )
  const touched = await borrowingRequests(s, `&jobId=${second.job.id}`)
  t.same(touched.map((r) => r.lfNumber).sort(), ['Hig-261103-0001', 'Hig-261110-0003', 'Hig-261207-0004'], 'the second job touched exactly these')
  const since = await borrowingRequests(s, `&updatedSince=${encodeURIComponent(between)}`)
  t.same(since.map((r) => r.lfNumber).sort(), touched.map((r) => r.lfNumber).sort(), 'updatedSince: the ones created or changed since')
  const after = await borrowingRequests(s)
  const byLf = new Map(after.map((r) => [r.lfNumber, r]))
  t.match(byLf.get('Hig-261103-0001'), { externalStatus: 'Levererad', status: 'SHIPPED', updatedByJob: second.job.id, createdByJob: first.job.id })
  t.match(byLf.get('Hig-261110-0003'), { externalStatus: 'Avbeställd', status: 'CANCELLED', updatedByJob: second.job.id })
  t.match(byLf.get('Hig-261104-0002'), { updatedByJob: first.job.id }, 'an unchanged request is left alone')

  // A third harvest the same day: the same requests, none changed.
  const third = await harvest(s)
  t.same([third.report.found, third.report.created, third.report.updated, third.report.unchanged], [3, 0, 0, 3], 'nothing changed: all unchanged')
  keyNeverShown(t, s)
})

t.test('a library code with no mapping fails the harvest, naming the code, and nothing is written', async (t) => {
  const s = await setup(t, { mappings: ['Hig'] })
  const run = await harvest(s)
  t.equal(run.job.status, 'FAILED')
  t.match(run.job.failureReason, /"Higb"/, 'the failure names the unmapped code')
  t.ok(run.events.some((e) => e.severity === 'ERROR' && e.description.includes('"Higb"') && e.description.includes('Hig-261110-0003')), 'an ERROR event names it and the request')
  t.same([run.report.found, run.report.created, run.report.updated, run.report.failed], [3, 0, 0, 1])
  t.same(await borrowingRequests(s), [], 'not one request of the run was written')
  t.equal((await call(s, 'GET', `/v1/integration-profiles/${s.profileId}`)).json().lastHarvestedThrough, null, 'and the window does not move')
  // Once mapped, the same window is harvested in full.
  const mapped = await call(s, 'POST', `/v1/integration-profiles/${s.profileId}/library-mappings`, { externalCode: 'Higb', libraryId: s.libraries.CAMPUS })
  t.equal(mapped.statusCode, 201)
  const again = await harvest(s)
  t.equal(again.job.status, 'COMPLETED_SUCCESS')
  t.equal(again.report.created, 3)
  keyNeverShown(t, s)
})

t.test('a lending library that is not a partner: the request is imported without it, with a WARNING naming the code', async (t) => {
  const s = await setup(t, { partners: ['S', 'Sek'] })
  const run = await harvest(s)
  t.equal(run.job.status, 'COMPLETED_SUCCESS')
  t.equal(run.report.created, 3)
  const warnings = run.events.filter((e) => e.severity === 'WARNING')
  t.equal(warnings.filter((e) => e.description.includes('"Umu"')).length, 1, 'one warning names Umu')
  t.match(warnings.find((e) => e.description.includes('"Umu"'))?.description, /Hig-261103-0001.*Hig-261104-0002/, 'with the requests that name it')
  const one = (await borrowingRequests(s)).find((r) => r.lfNumber === 'Hig-261103-0001')
  t.same(one?.lenders.map((l) => [l.code, l.partnerId]), [['S', s.partners.S], ['Umu', null]], 'imported with the known partner and without the unknown one')
  keyNeverShown(t, s)
})

t.test('a refused API key fails the harvest with "the API key was refused"; nothing is written', async (t) => {
  const s = await setup(t)
  s.libris.library('Hig', 'another-key', HIG_OUTGOING)
  const run = await harvest(s)
  t.equal(run.job.status, 'FAILED')
  t.match(run.job.failureReason, /the API key was refused/)
  t.equal(s.libris.calls.length, 1, 'a refused key is not tried again')
  t.same(await borrowingRequests(s), [])
  keyNeverShown(t, s)
})

t.test('5xx answers are tried again with backoff; then the harvest succeeds', async (t) => {
  const s = await setup(t)
  s.libris.failNext(500, 503)
  const run = await harvest(s)
  t.equal(run.job.status, 'COMPLETED_SUCCESS', 'completed')
  t.equal(s.libris.calls.length, 3, 'two failures, then the answer')
  t.same(
    run.events.filter((e) => e.severity === 'WARNING').map((e) => e.description.replace(/ in \d+ ms/, '')),
    ['Libris answered 500; trying again (attempt 2 of 3)', 'Libris answered 503; trying again (attempt 3 of 3)'],
  )
  t.equal(run.report.created, 3)
  t.equal((await borrowingRequests(s)).length, 3)
})

t.test('5xx on every attempt, or answers slower than the time limit: FAILED after the last attempt, nothing written', async (t) => {
  const s = await setup(t, { harvest: SHORT_LIMIT })
  s.libris.failNext(500, 500, 500)
  const failing = await harvest(s)
  t.equal(failing.job.status, 'FAILED')
  t.match(failing.job.failureReason, /Libris answered 500; gave up after 3 attempts/)
  s.libris.slow(SHORT_LIMIT.timeoutMs + 300)
  const slow = await harvest(s)
  t.equal(slow.job.status, 'FAILED')
  t.match(slow.job.failureReason, new RegExp(`did not answer within ${SHORT_LIMIT.timeoutMs} ms; gave up after 3 attempts`))
  t.same(await borrowingRequests(s), [])
})

t.test('a system administrator cancels a harvest waiting on a slow Libris: CANCELLED, nothing written; other roles may not', async (t) => {
  const s = await setup(t)
  s.libris.slow(1500)
  const started = await call(s, 'POST', `/v1/integration-profiles/${s.profileId}/run`)
  t.equal(started.statusCode, 202)
  const jobId = started.json().id as string
  const cataloger = await s.env.userWith(['CATALOG_ADMINISTRATOR'])
  const refused = await s.env.app.inject({ method: 'POST', url: `/v1/jobs/${jobId}/cancel`, headers: cataloger.headers })
  t.equal(refused.statusCode, 403, 'a catalog administrator may not cancel a harvest')
  const cancelled = await call(s, 'POST', `/v1/jobs/${jobId}/cancel`)
  t.equal(cancelled.statusCode, 200, 'the system administrator may')
  const job = await waitForJob(s.env, jobId)
  t.equal(job.status, 'CANCELLED')
  await new Promise((resolve) => setTimeout(resolve, 1700))
  t.equal((await waitForJob(s.env, jobId)).status, 'CANCELLED', 'the answer arriving later does not bring it back')
  t.same(await borrowingRequests(s), [], 'nothing written')
})

t.test('a malformed answer fails the harvest saying what was wrong; nothing is written', async (t) => {
  const s = await setup(t)
  s.libris.malformedBody('{"count": 2, "ill_requests": [')
  const broken = await harvest(s)
  t.equal(broken.job.status, 'FAILED')
  t.match(broken.job.failureReason, /not JSON/)
  s.libris.malformedBody(JSON.stringify({ count: 3, ill_requests: HIG_OUTGOING.slice(0, 2) }))
  const short = await harvest(s)
  t.match(short.job.failureReason, /count says 3 but ill_requests holds 2/)
  const { lf_number: _lf, ...noNumber } = HIG_OUTGOING[1] as LibrisFixture
  s.libris.malformedBody(JSON.stringify({ count: 2, ill_requests: [HIG_OUTGOING[0], noNumber] }))
  const missing = await harvest(s)
  t.match(missing.job.failureReason, /ill_requests\[1\]\.lf_number is missing/)
  t.same(await borrowingRequests(s), [], 'not even the well-formed requests of a malformed answer are written')
  keyNeverShown(t, s)
})

t.test('without authentication no api-key header is sent', async (t) => {
  const s = await setup(t, { authentication: false })
  const run = await harvest(s)
  t.equal(run.job.status, 'FAILED', 'the simulator wants the key')
  t.equal(s.libris.calls[0]?.apiKey, undefined, 'no api-key header')
})

t.test('a schedule fires the harvest once per due time, with the schedule as its actor', async (t) => {
  const s = await setup(t)
  const profile = await call(s, 'GET', `/v1/integration-profiles/${s.profileId}`)
  const changed = await call(s, 'PATCH', `/v1/integration-profiles/${s.profileId}`, { schedule: { kind: 'DAILY', time: '06:00' } }, { 'if-match': String(profile.headers.etag) })
  t.equal(changed.statusCode, 200)
  // As if saved two days ago: the latest 06:00 UTC since then is due now.
  await s.env.db.updateTable('integration_profiles').set({ updated_at: new Date(Date.now() - 2 * 86_400_000) }).where('id', '=', s.profileId).execute()
  const scheduler = new Scheduler({
    db: s.env.db,
    logger: createLogger({ logLevel: 'silent' }),
    context: { steps: s.env.runner.steps },
    targets: SCHEDULE_TARGETS,
    workerId: 'harvest-test',
    now: () => new Date(),
  })
  const fired = await scheduler.tick()
  t.equal(fired.length, 1, 'one due run')
  t.same(await scheduler.tick(), [], 'and only once')
  const jobs = await s.env.db.selectFrom('jobs').select(['id', 'kind', 'actor_kind', 'created_by', 'integration_profile_id']).where('kind', '=', 'HARVEST').execute()
  t.match(jobs, [{ kind: 'HARVEST', actor_kind: 'SCHEDULE', created_by: null, integration_profile_id: s.profileId }])
  const job = await waitForJob(s.env, jobs[0]?.id as string)
  t.equal(job.status, 'COMPLETED_SUCCESS')
  t.equal(job.createdBy, null, 'created by no user')
  t.equal((await borrowingRequests(s)).length, HIG_OUTGOING.length, 'the scheduled harvest imported the requests')
})
