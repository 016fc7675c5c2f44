import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t, { type Test } from 'tap'
import { createTestApp, type TestApp } from '../helpers/app.ts'
import { freePort, selfSignedCertificate, startFtpServer, startSftpServer } from '../helpers/file-servers.ts'
import { waitForJob } from '../helpers/imports.ts'
import { readSharedMarc } from '../helpers/shared.ts'
import { startProfileRun } from '../../src/services/profile-runs.ts'
import ssh2 from 'ssh2'

/**
 * FTP profiles against real servers on 127.0.0.1: ftp-srv (plain and explicit TLS) and ssh2's
 * SFTP server (password and key), each serving a scratch directory of the shared MARC files. What
 * the tests expect comes from the files themselves (their record terminators) and SPEC "FTP protocol
 * and schedules" (the job names, the two linked jobs).
 */
const USER = 'vendor'
const PASSWORD = 'open sesame'

/** Records in an ISO 2709 file: one record terminator (0x1D) each, counted from the bytes. */
function recordsIn(content: Buffer): number {
  return content.reduce((count, byte) => count + (byte === 0x1d ? 1 : 0), 0)
}

const TEST_DAT = readSharedMarc('pymarc/test.dat')
const MARC_DAT = readSharedMarc('pymarc/marc.dat')
const ONE_RECORD = readSharedMarc('pymarc/multi_isbn.dat')

/** A scratch directory with an `in/` input directory holding `files`; removed when the test ends. */
function scratch(t: Test, files: Record<string, Buffer>): { root: string; input: string } {
  const root = mkdtempSync(join(tmpdir(), 'ftp-test-'))
  t.teardown(() => rmSync(root, { recursive: true, force: true }))
  const input = join(root, 'in')
  mkdirSync(input)
  for (const [name, content] of Object.entries(files)) writeFileSync(join(input, name), content)
  return { root, input }
}

async function ftpProfile(env: TestApp, ftp: object): Promise<{ id: string; name: string }> {
  const name = `Vendor ${Math.random().toString(36).slice(2, 8)}`
  const res = await env.app.inject({
    method: 'POST',
    url: '/v1/profiles',
    headers: env.admin.headers,
    payload: { name, type: 'REPOSITORY', protocol: 'FTP', match: { method: 'NONE' }, ftp: { host: '127.0.0.1', username: USER, directory: '/in', ...ftp } },
  })
  if (res.statusCode !== 201) throw new Error(`profile not created: ${res.body}`)
  return { id: res.json().id, name }
}

async function runNow(env: TestApp, profileId: string) {
  const res = await env.app.inject({ method: 'POST', url: `/v1/profiles/${profileId}/run`, headers: env.admin.headers })
  if (res.statusCode !== 202) throw new Error(`run not started: ${res.statusCode} ${res.body}`)
  return res.json()
}

async function eventsOf(env: TestApp, jobId: string): Promise<Array<{ description: string; severity: string; status: string; module: string }>> {
  const res = await env.app.inject({ method: 'GET', url: `/v1/jobs/${jobId}/events?limit=200`, headers: env.admin.headers })
  return res.json().items
}

/** The load jobs a fetch job made, from the general job list filtered by kind. */
async function loadJobsOf(env: TestApp, fetchJobId: string) {
  const res = await env.app.inject({ method: 'GET', url: '/v1/jobs?kind=IMPORT&limit=200', headers: env.admin.headers })
  return res.json().items.filter((job: { parentJobId: string | null }) => job.parentJobId === fetchJobId)
}

/** Runs the profile and waits for the fetch job and its load job, if it makes one. */
async function run(env: TestApp, profileId: string) {
  const fetch = await waitForJob(env, (await runNow(env, profileId)).id)
  const loads = await loadJobsOf(env, fetch.id)
  const load = loads.length === 0 ? undefined : await waitForJob(env, loads[0].id)
  return { fetch, load, loads: loads.length }
}

async function remoteFiles(env: TestApp, profileId: string) {
  const res = await env.app.inject({ method: 'GET', url: `/v1/profiles/${profileId}/remote-files`, headers: env.admin.headers })
  return { status: res.statusCode, body: res.json() }
}

async function testConnection(env: TestApp, profileId: string) {
  const res = await env.app.inject({ method: 'POST', url: `/v1/profiles/${profileId}/test-connection`, headers: env.admin.headers })
  return res.json()
}

const certificate = await selfSignedCertificate()
const env = await createTestApp(t, {}, { ftp: { tlsCa: certificate.cert } })

t.test('FTP: matching files are loaded once; a file changed since is loaded again; the rest stay', async (t) => {
  const dir = scratch(t, { 'vendor_1.mrc': TEST_DAT, 'vendor_2.mrc': MARC_DAT, 'notes.txt': Buffer.from('not MARC'), 'VENDOR_3.MRC': ONE_RECORD })
  const server = await startFtpServer({ root: dir.root, username: USER, password: PASSWORD })
  t.teardown(() => server.close())
  const profile = await ftpProfile(env, { port: server.port, password: PASSWORD, filePatterns: ['vendor_*.mrc', '*.none'] })

  const before = await remoteFiles(env, profile.id)
  t.equal(before.status, 200)
  t.same(
    before.body.items.map((file: { name: string; sizeBytes: number; matches: boolean; loaded: unknown }) => [file.name, file.sizeBytes, file.matches, file.loaded]),
    [
      ['VENDOR_3.MRC', ONE_RECORD.length, false, null],
      ['notes.txt', 8, false, null],
      ['vendor_1.mrc', TEST_DAT.length, true, null],
      ['vendor_2.mrc', MARC_DAT.length, true, null],
    ],
    'the server\'s files, which match, none loaded yet',
  )

  const first = await run(env, profile.id)
  t.match(first.fetch, { kind: 'FTP_FETCH', status: 'COMPLETED_SUCCESS', name: `Metadata Import w/FTP: ${profile.name}`, createdBy: env.admin.id })
  t.equal(first.loads, 1, 'one load job')
  t.match(first.load, {
    kind: 'IMPORT',
    name: `Metadata Import: ${profile.name} (FTP)`,
    status: 'COMPLETED_SUCCESS',
    parentJobId: first.fetch.id,
    parentLink: 'FTP_LOAD_OF',
    profileId: profile.id,
  })
  t.equal(first.load.progress.recordsTotal, recordsIn(TEST_DAT) + recordsIn(MARC_DAT), 'both matching files, every record')
  t.same(readdirSync(dir.input).sort(), ['VENDOR_3.MRC', 'notes.txt', 'vendor_1.mrc', 'vendor_2.mrc'], 'LEAVE: the files stay on the server')

  const after = await remoteFiles(env, profile.id)
  t.same(
    after.body.items.filter((file: { loaded: unknown }) => file.loaded !== null).map((file: { name: string; loaded: { loadJobId: string } }) => [file.name, file.loaded.loadJobId]),
    [
      ['vendor_1.mrc', first.load.id],
      ['vendor_2.mrc', first.load.id],
    ],
    'the loaded files are marked with their load job',
  )

  const again = await run(env, profile.id)
  t.equal(again.fetch.status, 'COMPLETED_NO_BULKS', 'nothing new: no bulks')
  t.equal(again.loads, 0, 'and no load job')
  t.match((await eventsOf(env, again.fetch.id)).map((event) => event.description).join('\n'), /No files to load: \/in holds 4 files, 2 matching .*, 2 of them loaded before/)

  // vendor_1 replaced by a file of another size, vendor_2 touched (same bytes, a later time): both are new.
  writeFileSync(join(dir.input, 'vendor_1.mrc'), ONE_RECORD)
  const later = new Date(Date.now() + 3_600_000)
  utimesSync(join(dir.input, 'vendor_2.mrc'), later, later)
  const changed = await run(env, profile.id)
  t.equal(changed.loads, 1)
  t.equal(changed.load?.progress.recordsTotal, recordsIn(ONE_RECORD) + recordsIn(MARC_DAT), 'the changed files are loaded again')
  t.match((await eventsOf(env, changed.load?.id)).map((event) => event.description).join('\n'), /2 files fetched by job .*: vendor_1\.mrc, vendor_2\.mrc/)

  const history = await env.app.inject({ method: 'GET', url: `/v1/profiles/${profile.id}/jobs`, headers: env.admin.headers })
  t.same(
    history.json().items.map((job: { id: string }) => job.id).sort(),
    [first.load.id, changed.load?.id].sort(),
    'the profile\'s history shows only the load jobs',
  )
  const fetches = await env.app.inject({ method: 'GET', url: `/v1/jobs?kind=FTP_FETCH&limit=200`, headers: env.admin.headers })
  t.same(
    fetches.json().items.filter((job: { profileId: string }) => job.profileId === profile.id).map((job: { id: string }) => job.id).sort(),
    [first.fetch.id, again.fetch.id, changed.fetch.id].sort(),
    'the general job list shows the fetch jobs, by kind',
  )
})

t.test('FTPS (explicit TLS): files are moved to the folder after the load job has them', async (t) => {
  const dir = scratch(t, { 'a.mrc': TEST_DAT, 'b.mrc': ONE_RECORD })
  mkdirSync(join(dir.root, 'done'))
  const server = await startFtpServer({ root: dir.root, username: USER, password: PASSWORD, tls: certificate })
  t.teardown(() => server.close())
  const profile = await ftpProfile(env, { port: server.port, password: PASSWORD, secure: true, filePatterns: ['*.mrc'], afterImport: 'MOVE', moveTo: '/done' })
  t.match(await testConnection(env, profile.id), { outcome: 'REACHABLE', detail: /\/in holds 2 files, 2 matching/ })

  const { fetch, load } = await run(env, profile.id)
  t.equal(fetch.status, 'COMPLETED_SUCCESS')
  t.equal(load?.progress.recordsTotal, recordsIn(TEST_DAT) + recordsIn(ONE_RECORD))
  t.same(readdirSync(dir.input), [], 'MOVE: nothing left in the input directory')
  t.same(readdirSync(join(dir.root, 'done')).sort(), ['a.mrc', 'b.mrc'], 'both files in the folder')
  t.match((await eventsOf(env, fetch.id)).map((event) => event.description).join('\n'), /Fetched 2 files, moved to \/done: a\.mrc, b\.mrc/)
})

t.test('testing the connection counts the files in the singular and the plural', async (t) => {
  const dir = scratch(t, { 'a.mrc': ONE_RECORD })
  const server = await startFtpServer({ root: dir.root, username: USER, password: PASSWORD })
  t.teardown(() => server.close())
  const profile = await ftpProfile(env, { port: server.port, password: PASSWORD, filePatterns: ['*.mrc'] })
  t.same(await testConnection(env, profile.id), { outcome: 'REACHABLE', detail: '/in holds 1 file, 1 matching the patterns' })
  writeFileSync(join(dir.input, 'b.mrc'), ONE_RECORD)
  t.same(await testConnection(env, profile.id), { outcome: 'REACHABLE', detail: '/in holds 2 files, 2 matching the patterns' })
})

t.test('FTPS refuses a server whose certificate the service does not trust', async (t) => {
  const dir = scratch(t, { 'a.mrc': TEST_DAT })
  const untrusted = await selfSignedCertificate()
  const server = await startFtpServer({ root: dir.root, username: USER, password: PASSWORD, tls: untrusted })
  t.teardown(() => server.close())
  const profile = await ftpProfile(env, { port: server.port, password: PASSWORD, secure: true })
  t.match(await testConnection(env, profile.id), { outcome: 'UNREACHABLE', detail: /over FTPS/ })
})

t.test('SFTP with a password: files are deleted once loaded', async (t) => {
  const dir = scratch(t, { 'eod.mrc': MARC_DAT, 'skip.txt': Buffer.from('x') })
  const server = await startSftpServer({ root: dir.root, username: USER, password: PASSWORD })
  t.teardown(() => server.close())
  const profile = await ftpProfile(env, { transport: 'SFTP', port: server.port, password: PASSWORD, filePatterns: ['*.mrc'], afterImport: 'DELETE' })
  t.match(await testConnection(env, profile.id), { outcome: 'REACHABLE' })
  const { fetch, load } = await run(env, profile.id)
  t.equal(fetch.status, 'COMPLETED_SUCCESS')
  t.equal(load?.progress.recordsTotal, recordsIn(MARC_DAT))
  t.same(readdirSync(dir.input), ['skip.txt'], 'DELETE: the loaded file is gone, the other stays')
})

t.test('SFTP with a private key: loaded, and a second run finds nothing new', async (t) => {
  const keys = ssh2.utils.generateKeyPairSync('ed25519')
  const dir = scratch(t, { 'eod.mrc': TEST_DAT })
  const server = await startSftpServer({ root: dir.root, username: USER, publicKey: keys.public })
  t.teardown(() => server.close())
  const profile = await ftpProfile(env, { transport: 'SFTP', port: server.port, privateKey: keys.private })
  const read = await env.app.inject({ method: 'GET', url: `/v1/profiles/${profile.id}`, headers: env.admin.headers })
  t.match(read.json().ftp, { transport: 'SFTP', passwordSet: false, privateKeySet: true })
  t.notMatch(read.body, /PRIVATE KEY/, 'the key is never returned')
  const { fetch, load } = await run(env, profile.id)
  t.equal(fetch.status, 'COMPLETED_SUCCESS')
  t.equal(load?.progress.recordsTotal, recordsIn(TEST_DAT))
  t.same(readdirSync(dir.input), ['eod.mrc'], 'LEAVE')
  t.equal((await run(env, profile.id)).fetch.status, 'COMPLETED_NO_BULKS')
  t.notOk(env.logs.some((line) => line.includes('PRIVATE KEY') || line.includes(keys.private.slice(40, 80))), 'the key is in no log line')
  // The vendor moves to plain FTP: the private key, SFTP's alone, goes with the switch.
  const switched = await env.app.inject({
    method: 'PATCH',
    url: `/v1/profiles/${profile.id}`,
    headers: { ...env.admin.headers, 'if-match': String(read.headers.etag) },
    payload: { ftp: { transport: 'FTP', port: 21, password: PASSWORD } },
  })
  t.equal(switched.statusCode, 200, switched.body)
  t.match(switched.json().ftp, { transport: 'FTP', passwordSet: true, privateKeySet: false })
})

t.test('a connection dropped mid-download stores nothing, is tried again, and the file is loaded once', async (t) => {
  const dir = scratch(t, { 'big.mrc': MARC_DAT })
  const server = await startFtpServer({ root: dir.root, username: USER, password: PASSWORD, breakDownloads: { count: 1, afterBytes: 5000 } })
  t.teardown(() => server.close())
  const profile = await ftpProfile(env, { port: server.port, password: PASSWORD })
  const { fetch, load, loads } = await run(env, profile.id)
  t.equal(fetch.status, 'COMPLETED_SUCCESS')
  t.equal(server.downloads, 2, 'downloaded twice: the broken try and the next')
  t.equal(loads, 1)
  t.equal(load?.progress.recordsTotal, recordsIn(MARC_DAT), 'every record, once')
  const events = await eventsOf(env, fetch.id)
  t.ok(events.some((event) => event.severity === 'WARNING' && /^Try 1 of 3 failed: .*big\.mrc/.test(event.description)), 'the broken try is an event')
  const stored = await env.db
    .selectFrom('stored_files')
    .select(['job_id', 'size_bytes', 'complete'])
    .where((eb) => eb.or([eb('job_id', '=', fetch.id), eb('job_id', '=', load?.id)]))
    .execute()
  t.same(stored.map((file) => [file.job_id, Number(file.size_bytes), file.complete]), [[load?.id, MARC_DAT.length, true]], 'one stored file, whole: nothing of the broken try is kept')
})

t.test('a wrong password, an unreachable host and a missing directory fail the fetch job with the reason, after retries', async (t) => {
  const dir = scratch(t, { 'a.mrc': TEST_DAT })
  const server = await startFtpServer({ root: dir.root, username: USER, password: PASSWORD })
  t.teardown(() => server.close())
  const cases = [
    { what: 'wrong password', ftp: { port: server.port, password: 'wrong' }, outcome: 'AUTH_FAILED', reason: /refused the login of "vendor"/ },
    { what: 'unreachable host', ftp: { port: await freePort(), password: PASSWORD }, outcome: 'UNREACHABLE', reason: /could not be reached/ },
    { what: 'missing directory', ftp: { port: server.port, password: PASSWORD, directory: '/nowhere' }, outcome: 'DIRECTORY_MISSING', reason: /The directory \/nowhere is not on/ },
  ]
  for (const c of cases) {
    const profile = await ftpProfile(env, c.ftp)
    t.match(await testConnection(env, profile.id), { outcome: c.outcome, detail: c.reason }, `${c.what}: test-connection says so`)
    const { fetch, loads } = await run(env, profile.id)
    t.equal(fetch.status, 'FAILED', c.what)
    t.match(fetch.failureReason, c.reason)
    t.equal(loads, 0, `${c.what}: no load job`)
    const events = await eventsOf(env, fetch.id)
    t.equal(events.filter((event) => /^Try \d of 3 failed/.test(event.description)).length, 2, `${c.what}: two retries before the end`)
    t.match(events.at(-1), { status: 'FAILED', severity: 'ERROR', module: 'FTP', description: /^Failed after 3 tries: / })
  }
  const profile = await ftpProfile(env, { port: server.port, password: 'wrong' })
  t.equal((await remoteFiles(env, profile.id)).status, 502, 'remote-files: the server could not be read')
  const elsewhere = await ftpProfile(env, { host: 'ftp.vendor.example', port: server.port, password: PASSWORD })
  t.match(await testConnection(env, elsewhere.id), { outcome: 'UNREACHABLE', detail: 'ftp.vendor.example is not among the servers this service may connect to (FTP_ALLOWED_HOSTS)' }, 'a host outside FTP_ALLOWED_HOSTS is never contacted')
  t.notOk(env.logs.some((line) => line.includes(PASSWORD)), 'no password in any log line')
})

t.test('run now: only active FTP profiles, as for an upload', async (t) => {
  const upload = await env.app.inject({ method: 'POST', url: '/v1/profiles', headers: env.admin.headers, payload: { name: 'Uploads only', type: 'REPOSITORY' } })
  const res = await env.app.inject({ method: 'POST', url: `/v1/profiles/${upload.json().id}/run`, headers: env.admin.headers })
  t.equal(res.statusCode, 409)
  t.match(res.headers['content-type'], /^application\/problem\+json/)
  const profile = await ftpProfile(env, { port: await freePort(), password: PASSWORD })
  const deactivate = await env.app.inject({ method: 'PATCH', url: `/v1/profiles/${profile.id}`, headers: { ...env.admin.headers, 'if-match': '*' }, payload: { active: false } })
  t.equal(deactivate.statusCode, 200)
  t.equal((await env.app.inject({ method: 'POST', url: `/v1/profiles/${profile.id}/run`, headers: env.admin.headers })).statusCode, 409, 'inactive')
  const operator = await env.userWith(['PURCHASING_OPERATOR'])
  t.equal((await env.app.inject({ method: 'POST', url: `/v1/profiles/${profile.id}/run`, headers: operator.headers })).statusCode, 403, 'a role that may not run REPOSITORY profiles')
  const other = await env.userWith(['CATALOG_ADMINISTRATOR'], await env.createInstitution('OTHER'))
  t.equal((await env.app.inject({ method: 'POST', url: `/v1/profiles/${profile.id}/run`, headers: other.headers })).statusCode, 404, 'another institution')
})

t.test('end to end through the API: the fetch job, its load job, their names, link and events', async (t) => {
  const dir = scratch(t, { 'e2e.mrc': TEST_DAT })
  const server = await startFtpServer({ root: dir.root, username: USER, password: PASSWORD })
  t.teardown(() => server.close())
  const profile = await ftpProfile(env, { port: server.port, password: PASSWORD, filePatterns: ['*.mrc'] })
  const started = await env.app.inject({ method: 'POST', url: `/v1/profiles/${profile.id}/run`, headers: env.admin.headers })
  t.equal(started.statusCode, 202)
  t.equal(started.headers.location, `/v1/jobs/${started.json().id}`)
  t.match(started.json(), { kind: 'FTP_FETCH', status: 'PENDING', name: `Metadata Import w/FTP: ${profile.name}`, profileId: profile.id, createdBy: env.admin.id })
  const fetch = await waitForJob(env, started.json().id)
  const [listed] = await loadJobsOf(env, fetch.id)
  const load = await waitForJob(env, listed.id)
  t.match(load, { name: `Metadata Import: ${profile.name} (FTP)`, parentJobId: fetch.id, parentLink: 'FTP_LOAD_OF', createdBy: env.admin.id, status: 'COMPLETED_SUCCESS' })
  t.equal(load.progress.recordsTotal, recordsIn(TEST_DAT))

  const fetchEvents = (await eventsOf(env, fetch.id)).map((event) => [event.status, event.module, event.description])
  const loadEnded = `Load job ${load.id} ended: Completed Successfully`
  t.ok(fetchEvents.some((event) => event[1] === 'FTP' && event[2] === loadEnded), 'the load job\'s end is in the fetch job\'s log')
  t.match(
    fetchEvents.filter((event) => event[2] !== loadEnded),
    [
      ['PENDING', 'FTP', /^Run started by user-/],
      ['INITIALIZING', 'FTP', 'Connecting to the server'],
      ['INITIALIZING', 'FTP', '/in holds 1 file, 1 matching *.mrc; downloading 1 new file: e2e.mrc'],
      ['INITIALIZING', 'SYSTEM', `Load job created over 1 file as job ${load.id}`],
      ['RUNNING', 'FTP', `1 file stored; load job ${load.id} is loading them`],
      ['FINALIZING', 'FTP', `1 file handed to load job ${load.id}`],
      ['COMPLETED_SUCCESS', 'FTP', 'Fetched 1 file, left on the server: e2e.mrc'],
    ],
    'the fetch job\'s log, step by step',
  )
  const loadEvents = await eventsOf(env, load.id)
  t.match(loadEvents[0], { status: 'PENDING', module: 'FTP', description: `1 file fetched by job ${fetch.id}: e2e.mrc` })
  t.match(loadEvents.at(-1), { status: 'COMPLETED_SUCCESS' })
})

t.test('a run the schedule starts is the schedule\'s, and so is its load job', async (t) => {
  const dir = scratch(t, { 'due.mrc': ONE_RECORD })
  const server = await startFtpServer({ root: dir.root, username: USER, password: PASSWORD })
  t.teardown(() => server.close())
  const profile = await ftpProfile(env, { port: server.port, password: PASSWORD })
  const dueAt = new Date('2026-12-08T05:00:00.000Z')
  const { jobId } = await startProfileRun({ db: env.db, steps: env.runner.steps }, { profileId: profile.id, institutionId: env.institutionId, actor: { kind: 'SCHEDULE', dueAt } })
  const fetch = await waitForJob(env, jobId)
  const [listed] = await loadJobsOf(env, fetch.id)
  const load = await waitForJob(env, listed.id)
  t.match([fetch.createdBy, load.createdBy], [null, null], 'no user created them')
  const actors = await env.db.selectFrom('jobs').select(['id', 'actor_kind']).where('id', 'in', [fetch.id, load.id]).execute()
  t.same(actors.map((row) => row.actor_kind), ['SCHEDULE', 'SCHEDULE'])
  t.equal((await eventsOf(env, fetch.id))[0]?.description, 'Run started by the profile\'s schedule, due 2026-12-08T05:00:00.000Z')
  const elsewhere = await env.createInstitution('ELSEWHERE')
  const refused = await startProfileRun({ db: env.db, steps: env.runner.steps }, { profileId: profile.id, institutionId: elsewhere, actor: { kind: 'SCHEDULE', dueAt } }).catch((error: unknown) => error)
  t.match(refused, { status: 404 }, 'not a profile of that institution')
})

t.test('a fetch cancelled while it downloads keeps nothing, makes no load job and leaves the server\'s files alone', async (t) => {
  const dir = scratch(t, { 'a.mrc': TEST_DAT })
  let fetchId = ''
  const server = await startFtpServer({
    root: dir.root,
    username: USER,
    password: PASSWORD,
    // A person cancels the run while its file is on the way.
    beforeDownload: async () => {
      const res = await env.app.inject({ method: 'POST', url: `/v1/jobs/${fetchId}/cancel`, headers: env.admin.headers })
      if (res.statusCode !== 200) throw new Error(`not cancelled: ${res.body}`)
    },
  })
  t.teardown(() => server.close())
  const profile = await ftpProfile(env, { port: server.port, password: PASSWORD, afterImport: 'DELETE' })
  fetchId = (await runNow(env, profile.id)).id
  const fetch = await waitForJob(env, fetchId)
  t.equal(fetch.status, 'CANCELLED')
  // The step notices once its download is done, where it would have made the load job; it deletes
  // the file it stored then (the row was written before the download began).
  for (let i = 0; i < 100 && (await env.db.selectFrom('stored_files').select('id').where('job_id', '=', fetchId).execute()).length > 0; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  t.equal((await loadJobsOf(env, fetchId)).length, 0, 'no load job')
  t.same(await env.db.selectFrom('stored_files').select('id').where('job_id', '=', fetchId).execute(), [], 'nothing stored')
  t.same(readdirSync(dir.input), ['a.mrc'], 'DELETE was not applied: no load job has the file')
  t.equal((await remoteFiles(env, profile.id)).body.items[0]?.loaded, null, 'and it is not counted as loaded')
})
