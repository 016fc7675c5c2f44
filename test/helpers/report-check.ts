import type { Db } from '../../src/db/database.ts'

/** A GET of the API, in-process or over HTTP: the status and the parsed JSON body. */
export type ApiGet = (url: string, headers: { authorization: string }) => Promise<{ status: number; body: unknown }>

/** A job report as GET /v1/jobs/{id}/report answers it. */
export interface ReportView {
  status: string
  counters: Record<string, number>
  notImportedByReason: Record<string, number>
  resolvedAutomaticallyByRule: Record<string, number>
}

const sum = (values: Record<string, number>) => Object.values(values).reduce((a, b) => a + b, 0)

/**
 * What every report must satisfy, written from the SPEC ("Job report", "Per-record outcome codes"):
 * an imported record is added, merged or overlaid, each record not imported has one reason and each
 * automatic resolution one rule; once every record of the job has its outcome (`decided`), each
 * processed record has exactly one, so processed = imported + deleted + not imported + skipped +
 * pending manual. Before that (a job running, cancelled or failed part-way) records split but not
 * yet decided are processed with no outcome, so processed may only be larger.
 */
export function reportViolations(report: ReportView, decided: boolean): string[] {
  const c = (name: string) => report.counters[name] ?? Number.NaN
  const problems: string[] = []
  const outcomes = c('recordsImported') + c('recordsDeleted') + c('recordsNotImported') + c('recordsSkipped') + c('recordsPendingManual')
  if (decided ? c('recordsProcessed') !== outcomes : !(c('recordsProcessed') >= outcomes)) {
    problems.push(`processed ${c('recordsProcessed')} ${decided ? '≠' : '<'} imported + deleted + not imported + skipped + pending manual ${outcomes}`)
  }
  const imported = c('recordsAdded') + c('recordsMerged') + c('recordsOverlaid')
  if (c('recordsImported') !== imported) problems.push(`imported ${c('recordsImported')} ≠ added + merged + overlaid ${imported}`)
  if (sum(report.notImportedByReason) !== c('recordsNotImported')) {
    problems.push(`reasons ${sum(report.notImportedByReason)} ≠ not imported ${c('recordsNotImported')}`)
  }
  if (sum(report.resolvedAutomaticallyByRule) !== c('multiMatchesResolvedAutomatically')) {
    problems.push(`rules ${sum(report.resolvedAutomaticallyByRule)} ≠ resolved automatically ${c('multiMatchesResolvedAutomatically')}`)
  }
  return problems
}

interface JobView {
  status: string
  dryRun: boolean
  counters: Record<string, number>
  progress: { recordsTotal: number }
}

/** The job's live counters (GET /v1/jobs/{id}) by outcome, against the report's row for it. */
const OUTCOME_ROWS: Record<string, string> = {
  ADDED: 'recordsAdded',
  MERGED: 'recordsMerged',
  OVERLAID: 'recordsOverlaid',
  DELETED: 'recordsDeleted',
  SKIPPED: 'recordsSkipped',
  NOT_IMPORTED: 'recordsNotImported',
  PENDING_MANUAL: 'recordsPendingManual',
}

/** Statuses in which every record of the job has its outcome. */
export const ALL_RECORDS_DECIDED = ['COMPLETED_SUCCESS', 'COMPLETED_WITH_ERRORS', 'MANUAL_HANDLING_REQUIRED']

/**
 * Reads every import and single-record job in the database, of every institution, through the API
 * (as `readerOf` the institution's user who may monitor every profile type), and answers what is
 * wrong with its report: the invariant above and, for a job whose records all have an outcome, the
 * counters on the job agreeing with the report and every record counted. createTestApp runs it
 * when the test ends, so every job any test creates is checked, not only those a test asks about.
 * `fabricated` jobs had their status and counters written by the test, with no records behind them:
 * only their report's own invariant is checked.
 */
export async function reportProblemsOfAllJobs(
  get: ApiGet,
  db: Db,
  readerOf: (institutionId: string) => Promise<{ headers: { authorization: string } }>,
  fabricated: ReadonlySet<string> = new Set(),
): Promise<string[]> {
  const jobs = await db
    .selectFrom('jobs')
    .select(['id', 'institution_id', 'kind'])
    .where('kind', 'in', ['IMPORT', 'SINGLE_RECORD'])
    .orderBy('created_at')
    .execute()
  const readers = new Map<string, { authorization: string }>()
  const problems: string[] = []
  for (const job of jobs) {
    let headers = readers.get(job.institution_id)
    if (headers === undefined) {
      headers = (await readerOf(job.institution_id)).headers
      readers.set(job.institution_id, headers)
    }
    const res = await get(`/v1/jobs/${job.id}/report`, headers)
    if (res.status !== 200) {
      problems.push(`job ${job.id}: GET report answered ${res.status}`)
      continue
    }
    const report = res.body as ReportView
    const decided = ALL_RECORDS_DECIDED.includes(report.status)
    const found = reportViolations(report, decided)
    const view = (await get(`/v1/jobs/${job.id}`, headers)).body as JobView
    // A job still running when the test ended may have committed a bulk file since the report was read.
    if (decided && view.status === report.status && !fabricated.has(job.id)) {
      for (const [outcome, row] of Object.entries(OUTCOME_ROWS)) {
        const live = view.counters[outcome] ?? 0
        if (live !== report.counters[row]) found.push(`job counter ${outcome} ${live} ≠ report ${row} ${report.counters[row]}`)
      }
      if (view.progress.recordsTotal !== report.counters.recordsProcessed) {
        found.push(`records total ${view.progress.recordsTotal} ≠ processed ${report.counters.recordsProcessed}`)
      }
    }
    problems.push(...found.map((problem) => `${job.kind} job ${job.id} (${view.status}${view.dryRun ? ', dry run' : ''}): ${problem}`))
  }
  return problems
}
