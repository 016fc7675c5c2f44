import { sql } from 'kysely'
import type { IssueKind, IssueStatus, ResolutionAction } from '../../domain/import/issues.ts'
import type { InventoryTally } from '../../domain/inventory/plan.ts'
import type { Outcome } from '../../domain/matching/index.ts'
import type { Executor } from '../database.ts'
import { incomingRaw } from './incoming-records.repository.ts'

/** Each candidate as it is now, as an issue offers it (see import_issues.candidates). */
const CANDIDATE_SNAPSHOT = sql`
  coalesce((
    SELECT jsonb_agg(jsonb_build_object('mmsId', r.mms_id, 'revision', r.revision, 'version005', r.version_005,
                                        'locked', coalesce(r.locked_until > now(), false)) ORDER BY r.mms_id)
    FROM records r WHERE r.mms_id = ANY(i.candidates)
  ), '[]')`

/**
 * Opens the import issues of a completed bulk file, in its transaction: one per record waiting for a
 * person (MULTI_MATCH, with each candidate as it is now) and one per record that could not be read
 * (INVALID, with its problem). A dry run's issues are CLOSED from the start: they show what a real
 * run would ask, and nobody can answer them.
 */
export async function openIssues(
  db: Executor,
  file: { institutionId: string; jobId: string; bulkFileId: string; dryRun: boolean; waiting: ReadonlyArray<{ incomingId: number; why: string }> },
): Promise<void> {
  await sql`
    INSERT INTO import_issues (institution_id, job_id, incoming_record_id, kind, status, reason, candidates)
    SELECT ${file.institutionId}::uuid, ${file.jobId}::uuid, i.id,
           CASE WHEN i.outcome = 'PENDING_MANUAL' THEN 'MULTI_MATCH' ELSE 'INVALID' END,
           ${file.dryRun ? 'CLOSED' : 'OPEN'},
           coalesce(w.why, (SELECT string_agg(concat_ws(': ', p->>'code', p->>'message'), '; ' ORDER BY n) FROM jsonb_array_elements(i.problems) WITH ORDINALITY AS e(p, n)),
                    concat_ws(': ', i.problem_code, i.problem_message), 'The record could not be read'),
           ${CANDIDATE_SNAPSHOT}
    FROM incoming_records i
    LEFT JOIN unnest(${file.waiting.map((w) => w.incomingId)}::bigint[], ${file.waiting.map((w) => w.why)}::text[]) AS w(id, why) ON w.id = i.id
    WHERE i.bulk_file_id = ${file.bulkFileId}::uuid AND (i.outcome = 'PENDING_MANUAL' OR i.reason = 'INVALID_RECORD')
  `.execute(db)
}

/** Offers the issue's candidates as they are now: after a resolution found one changed, the person looks again. */
export async function refreshCandidates(db: Executor, issueId: number): Promise<void> {
  await sql`
    UPDATE import_issues x SET candidates = ${CANDIDATE_SNAPSHOT}
    FROM incoming_records i WHERE i.id = x.incoming_record_id AND x.id = ${issueId}
  `.execute(db)
}

/** A job that was cancelled or failed asks nobody anything any more. */
export async function closeOpenIssues(db: Executor, jobId: string): Promise<void> {
  await db.updateTable('import_issues').set({ status: 'CLOSED' }).where('job_id', '=', jobId).where('status', '=', 'OPEN').execute()
}

export interface IssueFilter {
  /** The profile types whose jobs the caller may monitor. */
  profileTypes: readonly string[]
  jobId?: string
  profileId?: string
  kind?: IssueKind
  status?: IssueStatus
  dryRun?: boolean
}

function issuesQuery(db: Executor, institutionId: string) {
  return db
    .selectFrom('import_issues as x')
    .innerJoin('jobs as j', 'j.id', 'x.job_id')
    .innerJoin('incoming_records as i', 'i.id', 'x.incoming_record_id')
    .innerJoin('bulk_files as b', 'b.id', 'i.bulk_file_id')
    .select([
      'x.id',
      'x.job_id',
      'x.kind',
      'x.status',
      'x.reason',
      'x.candidates',
      'x.action',
      'x.chosen_mms_id',
      'x.resolved_by',
      'x.resolved_at',
      'x.created_at',
      'x.incoming_record_id',
      'j.profile_id',
      'j.dry_run',
      'j.profile_snapshot',
      'j.status as job_status',
      'i.position',
      'i.outcome',
      'i.mms_id',
      'i.bulk_file_id',
      'b.name as bulk_file_name',
    ])
    .where('x.institution_id', '=', institutionId)
}
export type IssueRow = NonNullable<Awaited<ReturnType<ReturnType<typeof issuesQuery>['executeTakeFirst']>>>

/**
 * A page of issues in the order of their records, after the incoming record `afterId`, `limit + 1`
 * rows (the extra one says there is more).
 */
export async function listIssues(db: Executor, institutionId: string, filter: IssueFilter, page: { afterId?: number; limit: number }) {
  if (filter.profileTypes.length === 0) return []
  let query = issuesQuery(db, institutionId).where(sql<string>`j.profile_snapshot->>'type'`, 'in', [...filter.profileTypes])
  if (filter.jobId !== undefined) query = query.where('x.job_id', '=', filter.jobId)
  if (filter.profileId !== undefined) query = query.where('j.profile_id', '=', filter.profileId)
  if (filter.kind !== undefined) query = query.where('x.kind', '=', filter.kind)
  if (filter.status !== undefined) query = query.where('x.status', '=', filter.status)
  if (filter.dryRun !== undefined) query = query.where('j.dry_run', '=', filter.dryRun)
  if (page.afterId !== undefined) query = query.where('x.incoming_record_id', '>', page.afterId)
  return query.orderBy('x.incoming_record_id').limit(page.limit + 1).execute()
}

export async function findIssue(db: Executor, institutionId: string, issueId: number) {
  return issuesQuery(db, institutionId).where('x.id', '=', issueId).executeTakeFirst()
}

/** The issue locked against a concurrent resolution: whoever comes second sees it resolved. */
export async function lockIssue(db: Executor, issueId: number) {
  return db.selectFrom('import_issues').select(['id', 'status']).where('id', '=', issueId).forUpdate().executeTakeFirst()
}

export async function markResolved(db: Executor, issueId: number, resolution: { action: ResolutionAction; chosenMmsId: number | null; userId: string }) {
  await db
    .updateTable('import_issues')
    .set({ status: 'RESOLVED', action: resolution.action, chosen_mms_id: resolution.chosenMmsId, resolved_by: resolution.userId, resolved_at: new Date() })
    .where('id', '=', issueId)
    .execute()
}

export async function countOpenMultiMatches(db: Executor, jobId: string): Promise<number> {
  const row = await db
    .selectFrom('import_issues')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('job_id', '=', jobId)
    .where('kind', '=', 'MULTI_MATCH')
    .where('status', '=', 'OPEN')
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/** The incoming record behind an issue: its bytes, or the problem that kept it from being read. */
export async function findIssueRecord(db: Executor, incomingRecordId: number) {
  return db
    .selectFrom('incoming_records')
    .innerJoin('bulk_files', 'bulk_files.id', 'incoming_records.bulk_file_id')
    .select([incomingRaw().as('raw'), 'incoming_records.problem_code', 'incoming_records.problem_message', 'incoming_records.problems'])
    .where('incoming_records.id', '=', incomingRecordId)
    .executeTakeFirstOrThrow()
}

/** The issue's record gets the outcome a person chose for it. */
export async function recordResolvedOutcome(
  db: Executor,
  incomingRecordId: number,
  resolved: { outcome: Outcome; mmsId: number | null; action: ResolutionAction; inventory: InventoryTally | null },
): Promise<void> {
  await db
    .updateTable('incoming_records')
    .set({
      outcome: resolved.outcome,
      reason: null,
      mms_id: resolved.mmsId,
      resolved_manually: resolved.action,
      added_despite_match: resolved.action === 'IMPORT_AS_NEW',
      inventory: resolved.inventory === null ? null : JSON.stringify(resolved.inventory),
    })
    .where('id', '=', incomingRecordId)
    .execute()
}
