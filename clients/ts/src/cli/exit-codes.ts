import type { JobStatus } from '../types.ts'

/**
 * The exit codes, one table for the program, `--help` and the README. Commands that follow a job
 * (`--follow`) exit by the status it ended in, so a script can branch without parsing output.
 */
export const EXIT = { ok: 0, error: 1, usage: 2 } as const

const BY_STATUS: ReadonlyArray<{ status: JobStatus; code: number; meaning: string }> = [
  { status: 'COMPLETED_SUCCESS', code: 0, meaning: 'every record was handled' },
  { status: 'COMPLETED_WITH_ERRORS', code: 3, meaning: 'some records were not imported (download not-imported JOB)' },
  { status: 'MANUAL_HANDLING_REQUIRED', code: 4, meaning: 'import issues wait for a person (issues list --job JOB)' },
  { status: 'COMPLETED_NO_BULKS', code: 5, meaning: 'the upload held no records' },
  { status: 'CANCELLED', code: 6, meaning: 'the job was cancelled' },
  { status: 'FAILED', code: 7, meaning: 'the job failed (jobs show JOB gives the reason)' },
]

export function exitCodeOf(status: JobStatus): number {
  return BY_STATUS.find((row) => row.status === status)?.code ?? EXIT.error
}

export const EXIT_CODES_HELP = [
  'Exit codes:',
  `  ${EXIT.ok}  success`,
  `  ${EXIT.error}  the service answered an error (its title and detail are printed) or could not be reached`,
  `  ${EXIT.usage}  usage: unknown command or option, missing argument, not logged in`,
  '  With --follow, by the status the job ended in:',
  ...BY_STATUS.map((row) => `  ${row.code}  ${row.status.padEnd(24)} ${row.meaning}`),
].join('\n')
