import { sql } from 'kysely'
import t from 'tap'
import { createLogger } from '../../src/boot.ts'
import { createDb } from '../../src/db/database.ts'
import { Runner } from '../../src/runner/runner.ts'
import { Scheduler } from '../../src/services/schedules/scheduler.ts'
import { importProfileTarget, SCHEDULE_TARGETS, type ScheduleTarget } from '../../src/services/schedules/targets.ts'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createTestApp, type TestApp } from '../helpers/app.ts'
import { startFtpServer } from '../helpers/file-servers.ts'
import { waitForJob } from '../helpers/imports.ts'
import { readSharedMarc } from '../helpers/shared.ts'
import { freePort, waitFor } from '../helpers/process.ts'

/*
 * The scheduler with a clock the test turns by hand. Due instants are literal UTC, worked out by
 * hand from the DST rules (see test/domain/schedules/due-times.test.ts): Europe/Stockholm is UTC+1
 * in winter and UTC+2 from 28 March to 31 October 2027 (changes at 01:00 UTC); America/Chicago is
 * UTC−6 in winter and UTC−5 from 14 March (08:00 UTC) to 7 November 2027 (07:00 UTC).
 * The runner only queues here (work: false): a fired run is its FTP fetch job, PENDING.
 */

type Clock = { now: Date }

function scheduler(env: TestApp, clock: Clock, workerId = 'test-scheduler', db = env.db, steps = env.runner.steps): Scheduler {
  return new Scheduler({
    db,
    logger: createLogger({ logLevel: 'silent' }),
    context: { steps },
    targets: SCHEDULE_TARGETS,
    workerId,
    now: () => clock.now,
  })
}

async function setTimeZone(env: TestApp, timeZone: string): Promise<void> {
  await env.db.updateTable('institutions').set({ time_zone: timeZone }).where('id', '=', env.institutionId).execute()
}

/** An FTP profile with a schedule; its server is a closed port (nothing here runs the fetch). */
async function ftpProfile(env: TestApp, name: string, schedule: object): Promise<{ id: string; etag: string }> {
  const res = await env.app.inject({
    method: 'POST',
    url: '/v1/profiles',
    headers: env.admin.headers,
    payload: {
      name,
      type: 'REPOSITORY',
      protocol: 'FTP',
      ftp: { host: '127.0.0.1', port: await freePort(), username: 'vendor', password: 'secret' },
      schedule,
    },
  })
  if (res.statusCode !== 201) throw new Error(`profile not created: ${res.body}`)
  return { id: res.json().id, etag: String(res.headers.etag) }
}

/**
 * The profile as if last saved at `iso` on the test's clock: a due time at or before a profile's
 * last change never fires, and the API stamps changes with the real time.
 */
async function savedAt(env: TestApp, profileId: string, iso: string): Promise<void> {
  await env.db.updateTable('import_profiles').set({ updated_at: new Date(iso) }).where('id', '=', profileId).execute()
}

/** Ticks at each instant; the due times fired at each, in UTC. */
async function tickAt(s: Scheduler, clock: Clock, instants: string[]): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {}
  for (const instant of instants) {
    clock.now = new Date(instant)
    out[instant] = (await s.tick()).map((run) => run.dueAt.toISOString())
  }
  return out
}

/** The scheduled runs of a profile as the database holds them: due time, job, the job's actor. */
async function runsOf(env: TestApp, profileId: string) {
  return env.db
    .selectFrom('schedule_runs as r')
    .innerJoin('jobs as j', 'j.id', 'r.job_id')
    .select(['r.due_at', 'j.id', 'j.kind', 'j.name', 'j.actor_kind', 'j.created_by', 'j.profile_id'])
    .where('r.target_id', '=', profileId)
    .orderBy('r.due_at')
    .execute()
}

async function jobsOfProfileKind(env: TestApp, profileId: string): Promise<number> {
  const row = await env.db
    .selectFrom('jobs')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('profile_id', '=', profileId)
    .where('kind', '=', 'FTP_FETCH')
    .executeTakeFirstOrThrow()
  return row.n
}

t.test('every day at 08:00 in Europe/Stockholm fires at 07:00 UTC in winter and 06:00 UTC in summer time, once each', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  await setTimeZone(env, 'Europe/Stockholm')
  const profile = await ftpProfile(env, 'Daily vendor load', { kind: 'DAILY', time: '08:00' })
  await savedAt(env, profile.id, '2027-03-26T12:00:00Z')
  const clock = { now: new Date() }
  const s = scheduler(env, clock)
  t.same(
    await tickAt(s, clock, [
      '2027-03-27T06:59:59Z',
      '2027-03-27T07:00:00Z',
      '2027-03-27T07:00:10Z',
      '2027-03-28T05:59:50Z',
      '2027-03-28T06:00:05Z',
      '2027-03-28T07:00:05Z',
      '2027-10-30T06:00:05Z',
      '2027-10-31T06:00:05Z',
      '2027-10-31T07:00:05Z',
    ]),
    {
      '2027-03-27T06:59:59Z': [],
      '2027-03-27T07:00:00Z': ['2027-03-27T07:00:00.000Z'],
      '2027-03-27T07:00:10Z': [],
      '2027-03-28T05:59:50Z': [],
      '2027-03-28T06:00:05Z': ['2027-03-28T06:00:00.000Z'], // summer time since 01:00 UTC
      '2027-03-28T07:00:05Z': [],
      '2027-10-30T06:00:05Z': ['2027-10-30T06:00:00.000Z'], // the latest due time: months passed, one run
      '2027-10-31T06:00:05Z': [], // winter time since 01:00 UTC: 08:00 is 07:00 UTC
      '2027-10-31T07:00:05Z': ['2027-10-31T07:00:00.000Z'],
    },
  )
  const runs = await runsOf(env, profile.id)
  t.equal(runs.length, 4, 'one job per due time')
  t.equal(await jobsOfProfileKind(env, profile.id), 4, 'and no other fetch job')
  for (const run of runs) {
    t.match(run, { kind: 'FTP_FETCH', name: 'Metadata Import w/FTP: Daily vendor load', actor_kind: 'SCHEDULE', created_by: null, profile_id: profile.id })
  }
  // Through the API: the job was created by no user.
  const job = await env.app.inject({ method: 'GET', url: `/v1/jobs/${runs[0]?.id}`, headers: env.admin.headers })
  t.equal(job.statusCode, 200)
  t.equal(job.json().createdBy, null, 'a scheduled job has no user as its creator')
})

t.test('a time the clock skips or repeats: 02:30 every Sunday in America/Chicago fires once each Sunday', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  await setTimeZone(env, 'America/Chicago')
  const spring = await ftpProfile(env, 'Sunday 02:30', { kind: 'WEEKLY', weekday: 'SUNDAY', time: '02:30' })
  await savedAt(env, spring.id, '2027-03-01T00:00:00Z')
  const clock = { now: new Date() }
  const s = scheduler(env, clock)
  t.same(
    await tickAt(s, clock, ['2027-03-07T08:30:05Z', '2027-03-14T07:30:05Z', '2027-03-14T08:30:05Z', '2027-03-14T09:30:05Z', '2027-03-21T07:30:05Z']),
    {
      '2027-03-07T08:30:05Z': ['2027-03-07T08:30:00.000Z'], // 02:30 CST
      '2027-03-14T07:30:05Z': [], // 01:30 CST: not yet
      '2027-03-14T08:30:05Z': ['2027-03-14T08:30:00.000Z'], // 02:30 skipped: 03:30 CDT
      '2027-03-14T09:30:05Z': [],
      '2027-03-21T07:30:05Z': ['2027-03-21T07:30:00.000Z'], // 02:30 CDT
    },
  )
  await env.db.updateTable('import_profiles').set({ active: false }).where('id', '=', spring.id).execute()

  const fall = await ftpProfile(env, 'Sunday 01:30', { kind: 'WEEKLY', weekday: 'SUNDAY', time: '01:30' })
  await savedAt(env, fall.id, '2027-11-01T00:00:00Z')
  t.same(await tickAt(s, clock, ['2027-11-07T06:30:05Z', '2027-11-07T07:30:05Z', '2027-11-14T07:30:05Z']), {
    '2027-11-07T06:30:05Z': ['2027-11-07T06:30:00.000Z'], // 01:30 CDT, the first of two
    '2027-11-07T07:30:05Z': [], // 01:30 CST, the repeat: not again
    '2027-11-14T07:30:05Z': ['2027-11-14T07:30:00.000Z'], // 01:30 CST
  })
  t.equal((await runsOf(env, spring.id)).length, 3)
  t.equal((await runsOf(env, fall.id)).length, 2)
})

t.test('three schedulers with their own runners and pools against one database: one job per due time', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  await setTimeZone(env, 'Europe/Stockholm')
  const profile = await ftpProfile(env, 'Shared schedule', { kind: 'DAILY', time: '08:00' })
  await savedAt(env, profile.id, '2027-03-26T12:00:00Z')
  const clock = { now: new Date() }
  const instances: Scheduler[] = []
  for (let i = 0; i < 3; i++) {
    const db = createDb(env.databaseUrl, { max: 3 })
    const runner = new Runner({ connectionString: env.databaseUrl, db, logger: createLogger({ logLevel: 'silent' }), work: false })
    await runner.start()
    t.teardown(async () => {
      await runner.stop()
      await db.destroy()
    })
    instances.push(scheduler(env, clock, `instance-${i}`, db, runner.steps))
  }
  const dues = ['2027-03-27T07:00:00.000Z', '2027-03-28T06:00:00.000Z', '2027-03-29T06:00:00.000Z']
  let firedTotal = 0
  for (const due of dues) {
    clock.now = new Date(new Date(due).getTime() + 1000)
    // All three look at the same moment, twice, as their loops would.
    for (let round = 0; round < 2; round++) {
      const fired = await Promise.all(instances.map((instance) => instance.tick()))
      firedTotal += fired.flat().length
    }
  }
  t.equal(firedTotal, 3, 'three due times, three runs fired in all')
  const runs = await runsOf(env, profile.id)
  t.same(
    runs.map((run) => run.due_at.toISOString()),
    dues,
  )
  t.equal(await jobsOfProfileKind(env, profile.id), 3, 'one fetch job per due time')
})

t.test('a due time missed while every process was down fires once, for the latest due time only', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  await setTimeZone(env, 'Europe/Stockholm')
  const profile = await ftpProfile(env, 'Catch-up', { kind: 'DAILY', time: '08:00' })
  await savedAt(env, profile.id, '2027-03-31T12:00:00Z')
  const clock = { now: new Date() }
  t.same(await tickAt(scheduler(env, clock, 'before'), clock, ['2027-04-01T06:00:05Z']), { '2027-04-01T06:00:05Z': ['2027-04-01T06:00:00.000Z'] })
  // Every process down from 1 April to 4 April 09:30 UTC: a new one starts, looks twice.
  const after = scheduler(env, clock, 'after')
  t.same(await tickAt(after, clock, ['2027-04-04T09:30:00Z', '2027-04-04T09:30:10Z']), {
    '2027-04-04T09:30:00Z': ['2027-04-04T06:00:00.000Z'],
    '2027-04-04T09:30:10Z': [],
  })
  t.same(
    (await runsOf(env, profile.id)).map((run) => run.due_at.toISOString()),
    ['2027-04-01T06:00:00.000Z', '2027-04-04T06:00:00.000Z'],
    'not one run per missed day',
  )
})

t.test('a due time before the schedule was saved does not fire', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  await setTimeZone(env, 'Europe/Stockholm')
  const profile = await ftpProfile(env, 'Saved late', { kind: 'DAILY', time: '08:00' })
  // As if saved at 09:30 Stockholm time on 10 May 2027, after that day's 08:00 (06:00 UTC).
  await env.db.updateTable('import_profiles').set({ updated_at: new Date('2027-05-10T07:30:00Z') }).where('id', '=', profile.id).execute()
  const clock = { now: new Date() }
  t.same(await tickAt(scheduler(env, clock), clock, ['2027-05-10T08:00:00Z', '2027-05-11T06:00:05Z']), {
    '2027-05-10T08:00:00Z': [],
    '2027-05-11T06:00:05Z': ['2027-05-11T06:00:00.000Z'],
  })
})

t.test('deactivating a profile removes its schedule; changing the time moves it', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  await setTimeZone(env, 'Europe/Stockholm')
  const profile = await ftpProfile(env, 'Changing', { kind: 'DAILY', time: '08:00' })
  const clock = { now: new Date() }
  const s = scheduler(env, clock)
  const patch = async (etag: string, payload: object) => {
    const res = await env.app.inject({ method: 'PATCH', url: `/v1/profiles/${profile.id}`, headers: { ...env.admin.headers, 'if-match': etag }, payload })
    t.equal(res.statusCode, 200, res.body)
    return res
  }
  const deactivated = await patch(profile.etag, { active: false })
  t.equal(deactivated.json().nextRun, null, 'an inactive profile has no next run')
  await savedAt(env, profile.id, '2027-05-31T12:00:00Z')
  t.same(await tickAt(s, clock, ['2027-06-01T06:00:05Z', '2027-06-02T06:00:05Z']), { '2027-06-01T06:00:05Z': [], '2027-06-02T06:00:05Z': [] })

  const moved = await patch(String(deactivated.headers.etag), { active: true, schedule: { kind: 'DAILY', time: '09:30' } })
  t.equal(moved.json().nextRun?.timeZone, 'Europe/Stockholm')
  t.match(moved.json().nextRun?.local, /T09:30:00\+0[12]:00$/, 'the next run is at the new time')
  await savedAt(env, profile.id, '2027-06-02T12:00:00Z')
  // 09:30 CEST = 07:30 UTC: the old time no longer fires, the new one does.
  t.same(await tickAt(s, clock, ['2027-06-03T06:00:05Z', '2027-06-03T07:30:05Z']), {
    '2027-06-03T06:00:05Z': [],
    '2027-06-03T07:30:05Z': ['2027-06-03T07:30:00.000Z'],
  })

  const unscheduled = await patch(String(moved.headers.etag), { schedule: { kind: 'NONE' } })
  t.equal(unscheduled.json().nextRun, null)
  t.same(await tickAt(s, clock, ['2027-06-04T07:30:05Z']), { '2027-06-04T07:30:05Z': [] })
  await env.app.inject({ method: 'DELETE', url: `/v1/profiles/${profile.id}`, headers: env.admin.headers })
  t.equal((await runsOf(env, profile.id)).length, 1)
})

t.test('changing the institution\'s time zone does not fire the new zone\'s earlier due time as a missed run', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  await setTimeZone(env, 'Europe/Stockholm')
  const profile = await ftpProfile(env, 'Moving zones', { kind: 'DAILY', time: '08:00' })
  await savedAt(env, profile.id, '2027-05-09T12:00:00Z')
  const clock = { now: new Date() }
  const s = scheduler(env, clock)
  // 08:00 CEST is 06:00 UTC.
  t.same(await tickAt(s, clock, ['2027-05-10T06:00:05Z']), { '2027-05-10T06:00:05Z': ['2027-05-10T06:00:00.000Z'] })

  // At 10:00 UTC the administrator moves the institution to UTC: that day's 08:00 UTC has passed,
  // but it was never the schedule, so it must not fire; the next day's 08:00 UTC does.
  const current = await env.app.inject({ method: 'GET', url: '/v1/institution', headers: env.admin.headers })
  const before = Date.now()
  const changed = await env.app.inject({
    method: 'PATCH',
    url: '/v1/institution',
    headers: { ...env.admin.headers, 'if-match': String(current.headers.etag) },
    payload: { timeZone: 'UTC' },
  })
  t.equal(changed.statusCode, 200, changed.body)
  const stamped = await env.db.selectFrom('institutions').select('time_zone_changed_at').where('id', '=', env.institutionId).executeTakeFirstOrThrow()
  t.ok(stamped.time_zone_changed_at !== null && stamped.time_zone_changed_at.getTime() >= before - 1000, 'the change is stamped')
  // As if changed at 10:00 UTC on the test's clock.
  await env.db.updateTable('institutions').set({ time_zone_changed_at: new Date('2027-05-10T10:00:00Z') }).where('id', '=', env.institutionId).execute()
  t.same(await tickAt(s, clock, ['2027-05-10T10:00:05Z', '2027-05-11T08:00:05Z']), {
    '2027-05-10T10:00:05Z': [],
    '2027-05-11T08:00:05Z': ['2027-05-11T08:00:00.000Z'],
  })
})

t.test('the profile shows its next run in its zone and in UTC, following the institution\'s zone', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  // Asia/Tokyo keeps UTC+9 all year: 08:00 there is 23:00 UTC the day before, 09:30 is 00:30 UTC.
  await setTimeZone(env, 'Asia/Tokyo')
  const before = Date.now()
  const profile = await ftpProfile(env, 'Tokyo', { kind: 'DAILY', time: '08:00' })
  const read = await env.app.inject({ method: 'GET', url: `/v1/profiles/${profile.id}`, headers: env.admin.headers })
  const nextRun = read.json().nextRun
  // The first 23:00 UTC after the request: today's or tomorrow's.
  const today = new Date(before)
  const candidate = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), 23, 0)
  const expected = new Date(candidate > before ? candidate : candidate + 86_400_000)
  t.equal(nextRun.utc, expected.toISOString())
  const tokyoDate = new Date(expected.getTime() + 9 * 3_600_000).toISOString().slice(0, 10)
  t.same(nextRun, { local: `${tokyoDate}T08:00:00+09:00`, utc: expected.toISOString(), timeZone: 'Asia/Tokyo' })

  const list = await env.app.inject({ method: 'GET', url: '/v1/profiles', headers: env.admin.headers })
  t.same(list.json().items.find((item: { id: string }) => item.id === profile.id)?.nextRun, nextRun, 'the list shows it too')

  // The institution moves to UTC: the same profile now runs at 08:00 UTC.
  await setTimeZone(env, 'UTC')
  const moved = (await env.app.inject({ method: 'GET', url: `/v1/profiles/${profile.id}`, headers: env.admin.headers })).json().nextRun
  t.equal(moved.timeZone, 'UTC')
  t.match(moved.utc, /T08:00:00\.000Z$/)
  t.match(moved.local, /T08:00:00(Z|\+00:00)$/)
})

t.test('the scheduler loop fires on its own, and stops', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  await setTimeZone(env, 'Europe/Stockholm')
  const profile = await ftpProfile(env, 'Looping', { kind: 'DAILY', time: '08:00' })
  await savedAt(env, profile.id, '2027-06-30T12:00:00Z')
  const clock = { now: new Date('2027-07-01T05:59:00Z') }
  const s = new Scheduler({
    db: env.db,
    logger: createLogger({ logLevel: 'silent' }),
    context: { steps: env.runner.steps },
    targets: SCHEDULE_TARGETS,
    workerId: 'loop',
    now: () => clock.now,
    intervalMs: 20,
  })
  s.start()
  t.teardown(() => s.stop())
  await new Promise((resolve) => setTimeout(resolve, 200))
  t.equal((await runsOf(env, profile.id)).length, 0, 'nothing before 08:00 CEST')
  clock.now = new Date('2027-07-01T06:00:01Z')
  const runs = await waitFor('the loop to fire', async () => {
    const runs = await runsOf(env, profile.id)
    return runs.length > 0 ? runs : undefined
  }, 10_000)
  t.same(runs.map((run) => run.due_at.toISOString()), ['2027-07-01T06:00:00.000Z'])
  await s.stop()
  clock.now = new Date('2027-07-02T06:00:01Z')
  await new Promise((resolve) => setTimeout(resolve, 200))
  t.equal((await runsOf(env, profile.id)).length, 1, 'a stopped scheduler fires nothing')
  t.equal(await sql<{ n: number }>`SELECT count(*)::int AS n FROM schedule_runs`.execute(env.db).then((r) => r.rows[0]?.n), 1)
})


t.test('a scheduled run fetches from a real FTP server and loads what it found', async (t) => {
  const env = await createTestApp(t)
  await setTimeZone(env, 'America/Chicago')
  const content = readSharedMarc('pymarc/test.dat')
  const records = content.reduce((count, byte) => count + (byte === 0x1d ? 1 : 0), 0)
  const root = mkdtempSync(join(tmpdir(), 'schedule-ftp-'))
  t.teardown(() => rmSync(root, { recursive: true, force: true }))
  mkdirSync(join(root, 'in'))
  writeFileSync(join(root, 'in', 'daily.mrc'), content)
  const server = await startFtpServer({ root, username: 'vendor', password: 'open sesame' })
  t.teardown(() => server.close())
  const res = await env.app.inject({
    method: 'POST',
    url: '/v1/profiles',
    headers: env.admin.headers,
    payload: {
      name: 'Morning vendor file',
      type: 'REPOSITORY',
      protocol: 'FTP',
      match: { method: 'NONE' },
      ftp: { host: '127.0.0.1', port: server.port, username: 'vendor', password: 'open sesame', directory: '/in' },
      schedule: { kind: 'DAILY', time: '06:00' },
    },
  })
  t.equal(res.statusCode, 201, res.body)
  const profileId: string = res.json().id
  await savedAt(env, profileId, '2027-11-06T12:00:00Z')
  const clock = { now: new Date() }
  // 06:00 CST on 7 November 2027 (daylight time ended at 07:00 UTC) is 12:00 UTC; 11:00 UTC is 05:00 CST.
  t.same(await tickAt(scheduler(env, clock), clock, ['2027-11-07T11:00:05Z', '2027-11-07T12:00:05Z']), {
    '2027-11-07T11:00:05Z': [],
    '2027-11-07T12:00:05Z': ['2027-11-07T12:00:00.000Z'],
  })
  const [run] = await runsOf(env, profileId)
  const fetch = await waitForJob(env, run?.id as string)
  t.match(fetch, { kind: 'FTP_FETCH', name: 'Metadata Import w/FTP: Morning vendor file', createdBy: null })
  const jobs = await env.app.inject({ method: 'GET', url: '/v1/jobs?kind=IMPORT&limit=200', headers: env.admin.headers })
  const loads = jobs.json().items.filter((job: { parentJobId: string | null }) => job.parentJobId === fetch.id)
  t.equal(loads.length, 1, 'the fetch made one load job')
  const load = await waitForJob(env, loads[0].id)
  t.match(load, { name: 'Metadata Import: Morning vendor file (FTP)', status: 'COMPLETED_SUCCESS', createdBy: null })
  t.equal(load.progress.recordsTotal, records, 'every record of the vendor file was loaded')
})

t.test('a start that fails after its job was written leaves neither job nor claim, and is tried again at the next look', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  await setTimeZone(env, 'Europe/Stockholm')
  const profile = await ftpProfile(env, 'Flaky start', { kind: 'DAILY', time: '08:00' })
  await savedAt(env, profile.id, '2027-08-01T12:00:00Z')
  let failures = 1
  // The real import-profile target, failing once right after it created its job (as a crash would).
  const flaky: ScheduleTarget = {
    ...importProfileTarget,
    fire: async (trx, context, target, dueAt) => {
      const started = await importProfileTarget.fire(trx, context, target, dueAt)
      if (failures-- > 0) throw new Error('lost the connection')
      return started
    },
  }
  const clock = { now: new Date() }
  const s = new Scheduler({ db: env.db, logger: createLogger({ logLevel: 'silent' }), context: { steps: env.runner.steps }, targets: [flaky], workerId: 'flaky', now: () => clock.now })
  t.same(await tickAt(s, clock, ['2027-08-02T06:00:05Z']), { '2027-08-02T06:00:05Z': [] })
  t.equal(await jobsOfProfileKind(env, profile.id), 0, 'the job went with the failed claim')
  t.same(await tickAt(s, clock, ['2027-08-02T06:00:15Z']), { '2027-08-02T06:00:15Z': ['2027-08-02T06:00:00.000Z'] })
  t.equal(await jobsOfProfileKind(env, profile.id), 1, 'one job for the due time')
})
