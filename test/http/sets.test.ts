import t from 'tap'
import { REPORT_COUNTER_NAMES, REPORT_COUNTERS, type ReportCounter } from '../../src/domain/import/report.ts'
import { createTestApp, type TestApp } from '../helpers/app.ts'
import { allowed, ROLE_NAMES } from '../helpers/expected-access.ts'
import { createProfile, iso2709, runImport, sharedRecords, withOclc } from '../helpers/imports.ts'
import { incomingRows, MEANS, reportFixture } from '../helpers/report-fixture.ts'

interface Member {
  mmsId: string
  deleted: boolean
  marc: { leader: string }
}

/** Every member of a set, page by page. */
async function allMembers(env: TestApp, setId: string, limit: number): Promise<{ members: Member[]; pages: number }> {
  const members: Member[] = []
  let cursor: string | null = null
  let pages = 0
  do {
    const query: string = cursor === null ? `limit=${limit}` : `limit=${limit}&cursor=${cursor}`
    const res = await env.app.inject({ method: 'GET', url: `/v1/sets/${setId}/members?${query}`, headers: env.admin.headers })
    if (res.statusCode !== 200) throw new Error(`members: ${res.body}`)
    const page = res.json()
    members.push(...page.items)
    cursor = page.nextCursor
    pages += 1
  } while (cursor !== null)
  return { members, pages }
}

t.test('sets made from report rows', async (t) => {
  const env = await createTestApp(t)
  const { jobId, report } = await reportFixture(t, env)
  const rows = await incomingRows(env, jobId)
  const live = new Set((await env.db.selectFrom('records').select('mms_id').execute()).map((r) => r.mms_id))
  const create = (payload: object, headers: Record<string, string> = {}) =>
    env.app.inject({ method: 'POST', url: '/v1/sets', headers: { ...env.admin.headers, ...headers }, payload })

  t.test('a set of each non-zero row holds exactly the repository records behind it', async (t) => {
    for (const counter of REPORT_COUNTER_NAMES.filter((name) => report.counters[name] > 0)) {
      const means = MEANS[counter] as NonNullable<(typeof MEANS)[ReportCounter]>
      const behind = rows.filter(means)
      const mmsIds = [...new Set(behind.flatMap((row) => (row.mms_id !== null && live.has(row.mms_id) ? [row.mms_id] : [])))].sort((a, b) => a - b)
      const res = await create({ jobId, counter })
      t.equal(res.statusCode, 201, counter)
      const set = res.json()
      t.equal(res.headers.location, `/v1/sets/${set.id}`)
      t.match(set, {
        jobId,
        counter,
        counterLabel: REPORT_COUNTERS[counter],
        jobStatus: 'COMPLETED_WITH_ERRORS',
        counterRecords: report.counters[counter],
        recordsWithoutRepositoryRecord: behind.filter((row) => row.mms_id === null || !live.has(row.mms_id)).length,
        memberCount: mmsIds.length,
      })
      t.ok(set.name.startsWith(REPORT_COUNTERS[counter]), `default name: ${set.name}`)
      t.same((await env.app.inject({ method: 'GET', url: `/v1/sets/${set.id}`, headers: env.admin.headers })).json(), set, 'GET answers the set')
      const { members, pages } = await allMembers(env, set.id, 7)
      t.same(
        members.map((m) => Number(m.mmsId)),
        mmsIds,
        `${counter}: the members are the MMS IDs behind the counter, each once, in MMS ID order`,
      )
      t.equal(pages, Math.max(1, Math.ceil(mmsIds.length / 7)), 'cursor pages of 7')
    }
  })

  t.test('what the counts say', async (t) => {
    const merged = (await create({ jobId, counter: 'recordsMerged', name: 'Merged in the November load' })).json()
    t.equal(merged.name, 'Merged in the November load')
    t.equal(merged.counterRecords, 81)
    t.equal(merged.memberCount, 80, 'two incoming records merged into one record: one member')
    t.equal(merged.recordsWithoutRepositoryRecord, 0)
    const notImported = (await create({ jobId, counter: 'recordsNotImported' })).json()
    t.match(notImported, { counterRecords: 8, recordsWithoutRepositoryRecord: 8, memberCount: 0 }, 'records not imported have no repository record')
    t.same((await allMembers(env, notImported.id, 50)).members, [])
    const deleted = (await create({ jobId, counter: 'recordsDeleted' })).json()
    t.match(deleted, { counterRecords: 0, recordsWithoutRepositoryRecord: 0, memberCount: 0 }, 'a row of zero makes an empty set')
  })

  t.test('a set is a snapshot; its members show the records as they are now', async (t) => {
    const added = (await create({ jobId, counter: 'recordsAdded' })).json()
    const before = (await allMembers(env, added.id, 200)).members
    t.ok(before.every((m) => !m.deleted))
    // Delete two of the added records (the jazz records given OCLC 1100 and 1101).
    const jazz = withOclc((await sharedRecords('evergreen/jazz_1k.mrc')).slice(100, 102), (i) => 1100 + i)
    const deleting = await createProfile(env, { match: { method: 'OCLC', allowDeletes: true } })
    const { report: deletion } = await runImport(t, env, deleting, iso2709(jazz.map((r) => ({ ...r, leader: `${r.leader.slice(0, 5)}d${r.leader.slice(6)}` }))))
    t.equal(deletion.counters.recordsDeleted, 2)
    const after = (await allMembers(env, added.id, 200)).members
    t.same(after.map((m) => m.mmsId), before.map((m) => m.mmsId), 'the same members')
    t.equal(after.filter((m) => m.deleted).length, 2, 'two of them now deleted')
    t.equal((await env.app.inject({ method: 'GET', url: `/v1/sets/${added.id}`, headers: env.admin.headers })).json().memberCount, before.length)
  })

  t.test('Idempotency-Key: a retry answers the same set; another body with the key is refused', async (t) => {
    const count = async () => (await env.db.selectFrom('record_sets').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n
    const first = await create({ jobId, counter: 'recordsSkipped' }, { 'idempotency-key': 'set-1' })
    t.equal(first.statusCode, 201)
    const sets = await count()
    const again = await create({ counter: 'recordsSkipped', jobId }, { 'idempotency-key': 'set-1' })
    t.equal(again.statusCode, 201)
    t.equal(again.headers['idempotent-replayed'], 'true')
    t.equal(again.headers.location, first.headers.location)
    t.same(again.json(), first.json())
    t.equal(await count(), sets, 'no second set')
    const other = await create({ jobId, counter: 'recordsAdded' }, { 'idempotency-key': 'set-1' })
    t.equal(other.statusCode, 422)
    t.equal(other.json().type, '/problems/idempotency-key-reused')
  })

  t.test('validation', async (t) => {
    for (const payload of [{ jobId, counter: 'recordsEaten' }, { jobId }, { jobId, counter: 'recordsAdded', extra: 1 }, { jobId, counter: 'recordsAdded', name: '' }]) {
      const res = await create(payload)
      t.equal(res.statusCode, 400, JSON.stringify(payload))
      t.equal(res.json().type, '/problems/validation-failed')
    }
    const set = (await create({ jobId, counter: 'recordsAdded' })).json()
    for (const query of ['cursor=bm90LWEtbnVtYmVy', 'limit=0', 'limit=201', 'sort=title']) {
      const res = await env.app.inject({ method: 'GET', url: `/v1/sets/${set.id}/members?${query}`, headers: env.admin.headers })
      t.equal(res.statusCode, 400, query)
    }
    t.equal((await create({ jobId: '5b3f4c1e-0d2a-4f7b-9c1e-2a3b4c5d6e7f', counter: 'recordsAdded' })).statusCode, 404, 'unknown job')
    t.equal((await env.app.inject({ method: 'GET', url: '/v1/sets/5b3f4c1e-0d2a-4f7b-9c1e-2a3b4c5d6e7f', headers: env.admin.headers })).statusCode, 404)
    t.equal((await env.app.inject({ method: 'GET', url: '/v1/sets/not-a-uuid', headers: env.admin.headers })).statusCode, 400)
  })

  t.test('access: no key 401; another institution 404 both ways; roles that may not monitor the job 403', async (t) => {
    const set = (await create({ jobId, counter: 'recordsAdded' })).json()
    const calls = [
      { method: 'POST' as const, url: '/v1/sets', payload: { jobId, counter: 'recordsAdded' }, success: 201 },
      { method: 'GET' as const, url: `/v1/sets/${set.id}`, success: 200 },
      { method: 'GET' as const, url: `/v1/sets/${set.id}/members`, success: 200 },
    ]
    const outsider = await env.userWith(['GENERAL_SYSTEM_ADMINISTRATOR', 'CATALOG_ADMINISTRATOR'], await env.createInstitution('OTHER'))
    for (const call of calls) {
      const anonymous = await env.app.inject(call)
      t.equal(anonymous.statusCode, 401, `anonymous ${call.method} ${call.url}`)
      const elsewhere = await env.app.inject({ ...call, headers: outsider.headers })
      t.equal(elsewhere.statusCode, 404, `another institution: ${call.method} ${call.url}`)
      t.equal(elsewhere.json().type, '/problems/not-found')
      for (const role of ROLE_NAMES) {
        const user = await env.userWith([role])
        const res = await env.app.inject({ ...call, headers: user.headers })
        t.equal(res.statusCode, allowed(role, 'monitor', 'REPOSITORY') ? call.success : 403, `${role} ${call.method} ${call.url}`)
      }
    }
  })
})
