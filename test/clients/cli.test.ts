import { mkdtemp, readFile, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { createProfile } from '../helpers/imports.ts'
import { readSharedMarc, sharedMarcPath } from '../helpers/shared.ts'
import { listeningApp, runCli } from './server.ts'

// pymarc/bad_records.mrc: 8 records, the 4th, 5th and 7th unreadable; none has an OCLC number, so
// with an OCLC profile the other five are added. pymarc/test.dat: 10 readable records.
const BAD = 'pymarc/bad_records.mrc'
const UNREADABLE = [4, 5, 7]
const STACK_LINE = /^\s+at /m

function recordBytes(file: Buffer): Buffer[] {
  const records: Buffer[] = []
  for (let start = 0, end = file.indexOf(0x1d); end >= 0; start = end + 1, end = file.indexOf(0x1d, start)) records.push(file.subarray(start, end + 1))
  return records
}

t.test('a whole import only through the CLI: login, profiles, import --follow, jobs, issues, download, records; --json output and exit codes', async (t) => {
  const { env, baseUrl } = await listeningApp(t)
  const home = await mkdtemp(join(tmpdir(), 'catalog-import-cli-'))
  t.teardown(() => import('node:fs/promises').then(({ rm }) => rm(home, { recursive: true, force: true })))
  const configured = { XDG_CONFIG_HOME: home }
  const cli = (...args: string[]) => runCli(args, configured)
  const json = async (...args: string[]) => {
    const run = await cli('--json', ...args)
    return { ...run, body: JSON.parse(run.stdout) }
  }

  const notLoggedIn = await cli('jobs', 'list')
  t.equal(notLoggedIn.code, 2, 'not logged in is a usage error')
  t.match(notLoggedIn.stderr, /Not logged in/)

  const piped = await runCli(['login', '--url', baseUrl], configured, { stdin: `${env.admin.key}\n` })
  t.equal(piped.code, 0, 'the key may come on standard input')
  t.notMatch(piped.stdout, env.admin.key, 'and is never printed')
  const login = await json('login', '--url', baseUrl, '--key', env.admin.key)
  t.equal(login.code, 0, login.stderr)
  t.match(login.body, { url: baseUrl, user: { id: env.admin.id } })
  const configFile = join(home, 'catalog-import', 'config.json')
  t.equal((await stat(configFile)).mode & 0o777, 0o600, 'the stored key is readable by its owner alone')
  t.same(JSON.parse(await readFile(configFile, 'utf8')), { url: baseUrl, key: env.admin.key })

  const badLogin = await cli('login', '--url', baseUrl, '--key', 'cis_not_a_key')
  t.equal(badLogin.code, 1, 'a key the service refuses is not stored')
  t.match(badLogin.stderr, /^Error: .+: .+/)
  t.same(JSON.parse(await readFile(configFile, 'utf8')).key, env.admin.key)

  // STRICT: bad_records.mrc's records 4, 5 and 7 stay unreadable (REPAIR reads them, test/marc/corpus.test.ts).
  await createProfile(env, { name: 'OCLC weekly loads', match: { method: 'OCLC' }, repairPolicy: 'STRICT' })
  const profiles = await json('profiles', 'list')
  t.same(profiles.body.map((p: { name: string }) => p.name), ['OCLC weekly loads'])
  const profile = await json('profiles', 'show', 'OCLC weekly loads')
  t.equal(profile.body.match.method, 'OCLC')

  const missingProfile = await cli('import', sharedMarcPath(BAD))
  t.equal(missingProfile.code, 2, 'a missing required option is a usage error')
  t.match(missingProfile.stderr, /--profile/)

  const imported = await json('import', sharedMarcPath(BAD), '--profile', 'OCLC weekly loads', '--label', 'from the CLI', '--follow')
  t.equal(imported.code, 3, 'COMPLETED_WITH_ERRORS exits 3')
  t.match(imported.body, { status: 'COMPLETED_WITH_ERRORS', label: 'from the CLI', profileId: profile.body.id, counters: { NOT_IMPORTED: UNREADABLE.length } })
  const jobId: string = imported.body.id

  t.same((await json('jobs', 'list')).body.map((job: { id: string }) => job.id), [jobId])
  t.equal((await json('jobs', 'show', jobId)).body.status, 'COMPLETED_WITH_ERRORS')
  const report = await json('jobs', 'report', jobId)
  t.match(report.body.counters, { recordsProcessed: 8, recordsAdded: 5, recordsNotImported: UNREADABLE.length })
  const events = await json('jobs', 'events', jobId)
  t.ok(events.body.length > 0 && events.body.every((e: { description: string }) => e.description !== ''), 'the event log')

  const followed = await cli('--json', 'jobs', 'events', jobId, '--follow')
  t.equal(followed.code, 3, 'following a finished job ends at once, by its status')
  const messages = followed.stdout.trim().split('\n').map((line) => JSON.parse(line))
  t.same(messages.at(-1), { event: 'end', status: 'COMPLETED_WITH_ERRORS' }, 'one JSON message a line, the end last')

  const issues = await json('issues', 'list', '--job', jobId)
  t.same(issues.body.map((i: { kind: string; status: string }) => [i.kind, i.status]), Array(UNREADABLE.length).fill(['INVALID', 'OPEN']))
  const resolved = await json('issues', 'resolve', issues.body[0].id, '--action', 'SKIP')
  t.equal(resolved.code, 0)
  t.match(resolved.body, { id: issues.body[0].id, status: 'RESOLVED' })
  const refused = await json('issues', 'resolve', issues.body[1].id, '--action', 'IMPORT_AS_NEW')
  t.equal(refused.code, 1, 'a problem exits 1')
  t.match(refused.stderr, /^Error: .+: .*SKIP/, 'the title and detail of the problem')
  t.notMatch(refused.stderr, STACK_LINE, 'no stack trace')
  t.match(refused.body, { problem: { status: 422, type: /^\/problems\// } })

  const output = join(home, 'not-imported.mrc')
  const download = await json('download', 'not-imported', jobId, '-o', output)
  t.same(download.body, { file: output, records: UNREADABLE.length })
  const bad = recordBytes(readSharedMarc(BAD))
  t.same(await readFile(output), Buffer.concat(UNREADABLE.map((position) => bad[position - 1] as Buffer)), 'the unreadable records, byte for byte')
  const named = await runCli(['download', 'not-imported', jobId], configured, { cwd: home })
  t.equal(named.stdout, `3 record(s) not imported written to job-${jobId}-not-imported.mrc\n`)
  t.same(await readFile(join(home, `job-${jobId}-not-imported.mrc`)), await readFile(output), 'without -o: the name the service gives, in the current folder')

  const added = await json('records', 'list', '--job', jobId, '--change', 'added')
  t.equal(added.body.length, 5)
  const mmsId: string = added.body[0].mmsId
  t.match((await json('records', 'get', mmsId)).body, { mmsId, createdByJob: jobId })
  const xml = await cli('records', 'get', mmsId, '--format', 'marcxml')
  t.match(xml.stdout, /^<\?xml[\s\S]*<record[\s\S]*<\/record>/)

  const cancel = await json('jobs', 'cancel', jobId)
  t.equal(cancel.code, 1, 'a finished job cannot be cancelled')
  t.equal(cancel.body.problem.status, 409)
  const unknown = await cli('jobs', 'show', '00000000-0000-4000-8000-000000000000')
  t.equal(unknown.code, 1)
  t.match(unknown.stderr, /^Error: .+: .+\n/)
  t.notMatch(unknown.stderr, STACK_LINE)

  const dryRun = await runCli(['--json', 'import', sharedMarcPath('pymarc/test.dat'), '--profile', profile.body.id, '--dry-run', '--follow'], {
    CATALOG_IMPORT_URL: baseUrl,
    CATALOG_IMPORT_KEY: env.admin.key,
  })
  t.equal(dryRun.code, 0, 'COMPLETED_SUCCESS exits 0; the environment stands in for login')
  t.match(JSON.parse(dryRun.stdout), { status: 'COMPLETED_SUCCESS', dryRun: true })
})
