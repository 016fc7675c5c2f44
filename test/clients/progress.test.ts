import { spawn } from 'node:child_process'
import { PassThrough } from 'node:stream'
import t from 'tap'
import type { Job } from '@catalog-import/client'
import { progressView } from '../../clients/ts/src/cli/progress.ts'
import { createProfile } from '../helpers/imports.ts'
import { sharedMarcPath } from '../helpers/shared.ts'
import { catalogImportBin, cleanEnv, listeningApp, runCli } from './server.ts'

function job(status: Job['status'], statusLabel: string, recordsDone: number, recordsTotal: number): Job {
  return {
    id: '5b3f4c1e-0d2a-4f7b-9c1e-2a3b4c5d6e7f',
    kind: 'IMPORT',
    name: 'Metadata Import: test',
    status,
    statusLabel,
    profileId: null,
    createdBy: null,
    label: null,
    notes: null,
    dryRun: false,
    rerunOf: null,
    revertsJob: null,
    parentJobId: null,
    parentLink: null,
    createdAt: '2026-12-02T10:00:00.000Z',
    startedAt: null,
    endedAt: null,
    progress: { percent: recordsTotal === 0 ? 0 : Math.floor((recordsDone * 100) / recordsTotal), recordsDone, recordsTotal, filesDone: 0, filesTotal: 1 },
    counters: {},
    failureReason: null,
  }
}

t.test('without a terminal: one plain line per change, with records done of total, the rate since the first message and the time left at it', async (t) => {
  const out = new PassThrough()
  let now = 0
  const view = progressView(out, () => now)
  view.update(job('RUNNING', 'Running', 0, 1000))
  now = 1000
  view.update(job('RUNNING', 'Running', 200, 1000))
  now = 1500
  view.update(job('RUNNING', 'Running', 200, 1000))
  now = 5000
  view.update(job('COMPLETED_SUCCESS', 'Completed successfully', 1000, 1000))
  view.stop()
  out.end()
  t.equal(
    out.read().toString(),
    [
      'Running: 0/1000 records (0%), 0 records/s, ETA –',
      'Running: 200/1000 records (20%), 200 records/s, ETA 4s',
      'Completed successfully: 1000/1000 records (100%), 200 records/s, ETA 0s',
      '',
    ].join('\n'),
    'an unchanged message prints nothing',
  )
})

/** Runs the CLI under a pseudo-terminal (util-linux `script`), so its stdout is a TTY; answers the screen output and the exit code. */
function runInTerminal(args: readonly string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const command = [catalogImportBin, ...args].map((word) => `'${word.replace(/'/g, `'\\''`)}'`).join(' ')
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['--quiet', '--flush', '--return', '--command', command, '/dev/null'], {
      env: { ...cleanEnv(), ...env, TERM: 'xterm', COLUMNS: '120' },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, output }))
  })
}

t.test('import --follow draws a progress bar on a terminal and prints plain lines into a pipe', async (t) => {
  const { env, baseUrl } = await listeningApp(t)
  await createProfile(env, { name: 'Loads', match: { method: 'NONE', noMatchAction: 'ADD' } })
  const connection = { CATALOG_IMPORT_URL: baseUrl, CATALOG_IMPORT_KEY: env.admin.key }
  const args = ['import', sharedMarcPath('pymarc/test.dat'), '--profile', 'Loads', '--follow']

  const terminal = await runInTerminal(args, connection)
  t.equal(terminal.code, 0, terminal.output)
  t.match(terminal.output, '\u001b[?25l', 'the cursor is hidden while the bar is drawn')
  t.match(terminal.output, /[█░]{40} 100% \| 10\/10 records \| \d+ records\/s \| ETA 0s \| Completed Successfully/, 'the bar with records done of total, rate and ETA')
  t.match(terminal.output, /Job [0-9a-f-]{36}: Completed Successfully \(COMPLETED_SUCCESS\)/)

  const piped = await runCli(args, connection)
  t.equal(piped.code, 0, piped.stderr)
  t.notMatch(piped.stdout, '\u001b', 'no terminal control sequences in a pipe')
  t.match(piped.stdout, /^Completed Successfully: 10\/10 records \(100%\), \d+ records\/s, ETA 0s$/m, 'plain lines')
  t.match(piped.stdout, /^Job [0-9a-f-]{36}: Completed Successfully \(COMPLETED_SUCCESS\)$/m)
})
