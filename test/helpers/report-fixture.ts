import type { Test } from 'tap'
import type { JobReport, ReportCounter } from '../../src/domain/import/report.ts'
import type { MarcRecord } from '../../src/marc/record.ts'
import type { TestApp } from './app.ts'
import { createProfile, iso2709, reportOf, runImport, sharedRecords, withOclc } from './imports.ts'
import { settled, startJob } from './job-fixtures.ts'
import { readSharedMarc } from './shared.ts'
import { incomingRaw } from '../../src/db/repositories/incoming-records.repository.ts'

// Real records (jazz_1k: recordings, scores, books) given OCLC numbers so they can be matched.
const JAZZ = 'evergreen/jazz_1k.mrc'

export interface ReportFixture {
  /** The job whose report is drilled into. */
  jobId: string
  report: JobReport
  /** A profile matching on OCLC that merges single matches and skips unresolved multi-matches. */
  mergeProfile: string
  /** The upload's files, as sent. */
  files: Array<{ name: string; content: Buffer }>
}

/**
 * A job whose report has many non-zero rows: records merged into earlier ones (two of them into
 * the same record), added, multi-matched and not imported, skipped delete requests, and broken
 * (bad_records.mrc), in two files of several bulk files each.
 */
export async function reportFixture(t: Test, env: TestApp): Promise<ReportFixture> {
  const jazz = withOclc((await sharedRecords(JAZZ)).slice(0, 140), (i) => 1000 + i)
  const at = (from: number, to: number) => jazz.slice(from, to)
  // STRICT: bad_records.mrc's records 4, 5 and 7 stay unreadable (REPAIR reads them, test/marc/corpus.test.ts).
  const mergeProfile = await createProfile(env, {
    match: { method: 'OCLC', singleMatchAction: 'MERGE', multiMatchAction: 'SKIP', autoResolveMultiMatch: false },
    splitSize: 25,
    repairPolicy: 'STRICT',
  })
  const addProfile = await createProfile(env, { match: { method: 'OCLC', singleMatchAction: 'ADD' } })
  await runImport(t, env, mergeProfile, iso2709(at(0, 100)))
  // A second record for each of OCLC 1090–1099: those numbers now match two records.
  await runImport(t, env, addProfile, iso2709(at(90, 100)))

  // Delete requests (leader/05 d) for records 80 and 81: the profile does not allow deletes, so skipped.
  const deletions = at(80, 82).map((r) => ({ ...r, leader: `${r.leader.slice(0, 5)}d${r.leader.slice(6)}` }))
  const mixed: MarcRecord[] = [...at(0, 80), ...at(0, 1), ...at(90, 95), ...deletions, ...at(100, 140)]
  const files = [
    { name: 'mixed.mrc', content: iso2709(mixed) },
    { name: 'bad.mrc', content: readSharedMarc('pymarc/bad_records.mrc') },
  ]
  const job = await settled(env, await startJob(env, mergeProfile, files))
  if (job.status !== 'COMPLETED_WITH_ERRORS') throw new Error(`fixture job ended ${job.status}`)
  return { jobId: job.id, report: await reportOf(t, env, job.id), mergeProfile, files }
}

export type IncomingRow = Awaited<ReturnType<typeof incomingRows>>[number]

/** A job's incoming records in bulk file then position order: the order of previews and downloads. */
export async function incomingRows(env: TestApp, jobId: string) {
  return env.db
    .selectFrom('incoming_records')
    .innerJoin('bulk_files', 'bulk_files.id', 'incoming_records.bulk_file_id')
    .select([
      'incoming_records.bulk_file_id',
      'incoming_records.position',
      incomingRaw().as('raw'),
      'incoming_records.problem_code',
      'incoming_records.outcome',
      'incoming_records.reason',
      'incoming_records.mms_id',
      'incoming_records.matched',
      'incoming_records.multi_match',
      'incoming_records.unchanged',
      'incoming_records.warnings',
      'incoming_records.auto_resolved_by',
      'incoming_records.added_despite_match',
      'incoming_records.match_skipped_inventory',
    ])
    .where('incoming_records.job_id', '=', jobId)
    .orderBy('bulk_files.seq')
    .orderBy('incoming_records.position')
    .execute()
}

const IMPORTED = ['ADDED', 'MERGED', 'OVERLAID']

/**
 * What each counter means, written again from the SPEC, independently of the SQL predicates: the
 * records behind a row must be exactly these. A counter the fixture makes non-zero needs one here.
 */
export const MEANS: Partial<Record<ReportCounter, (row: IncomingRow) => boolean>> = {
  recordsProcessed: () => true,
  recordsImported: (row) => IMPORTED.includes(row.outcome ?? ''),
  recordsAdded: (row) => row.outcome === 'ADDED',
  recordsMerged: (row) => row.outcome === 'MERGED',
  recordsOverlaid: (row) => row.outcome === 'OVERLAID',
  // Issue 14: merged or overlaid into a record left as it was; imported with a warning saying what the reader changed.
  recordsUnchanged: (row) => (row.outcome === 'MERGED' || row.outcome === 'OVERLAID') && row.unchanged,
  recordsImportedWithRepairs: (row) =>
    IMPORTED.includes(row.outcome ?? '') && Array.isArray(row.warnings) && row.warnings.some((w: unknown) => typeof w === 'object' && w !== null && 'repair' in w),
  recordsDeleted: (row) => row.outcome === 'DELETED',
  recordsNotImported: (row) => row.outcome === 'NOT_IMPORTED',
  recordsSkipped: (row) => row.outcome === 'SKIPPED',
  recordsPendingManual: (row) => row.outcome === 'PENDING_MANUAL',
  multiMatchesFound: (row) => row.multi_match,
  multiMatchesResolvedAutomatically: (row) => row.auto_resolved_by !== null,
  tooManyMatches: (row) => row.reason === 'TOO_MANY_MATCHES',
  matchSkippedDifferentInventoryType: (row) => row.match_skipped_inventory,
  newlyAddedWithMatch: (row) => row.added_despite_match,
  newerVersionInRepository: (row) => row.reason === 'NEWER_VERSION_IN_REPOSITORY',
  matchedAndSkipped: (row) => row.matched && (row.outcome === 'SKIPPED' || row.outcome === 'NOT_IMPORTED'),
}
