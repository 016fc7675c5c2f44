import { type Insertable, sql, type Updateable } from 'kysely'
import type { JobStatus } from '../../domain/jobs/lifecycle.ts'
import type { EventModule, JobEvent, JobKind, Severity } from '../../domain/jobs/events.ts'
import type { ProfileType } from '../../domain/permissions/roles.ts'
import type { ProfileSnapshot } from '../../domain/profiles/profile.ts'
import type { RecordProblem } from '../../marc/reader.ts'
import type { Executor } from '../database.ts'
import { HAS_REPAIRS } from './report.repository.ts'
import { cursorColumn, type Keyset, olderThan } from '../pagination.ts'
import type { JobsTable } from '../schema.ts'

export async function insertJob(db: Executor, job: Insertable<JobsTable>) {
  return db.insertInto('jobs').values(job).returningAll().executeTakeFirstOrThrow()
}

export async function findJob(db: Executor, institutionId: string, jobId: string) {
  return db.selectFrom('jobs').selectAll().where('institution_id', '=', institutionId).where('id', '=', jobId).executeTakeFirst()
}

export type JobRow = NonNullable<Awaited<ReturnType<typeof findJob>>>

/**
 * Locks a job's row to change it. FOR NO KEY UPDATE, not FOR UPDATE: transactions working for the
 * job hold KEY SHARE on the row through the foreign keys they write (records.created_by_job,
 * record_changes.job_id, …) and FOR UPDATE would wait on them — two bulk files of one job arriving
 * here together each waited for the other, a deadlock. NO KEY UPDATE, all an UPDATE of non-key
 * columns needs, coexists with KEY SHARE yet excludes another NO KEY UPDATE, so changes to the job
 * (counters, status) still happen one at a time, each seeing the last one committed.
 */
export async function lockJob(db: Executor, jobId: string) {
  return db.selectFrom('jobs').selectAll().where('id', '=', jobId).forNoKeyUpdate().executeTakeFirst()
}

export async function updateJob(db: Executor, jobId: string, changes: Updateable<JobsTable>) {
  return db
    .updateTable('jobs')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', jobId)
    .returningAll()
    .executeTakeFirstOrThrow()
}

/** `{ a: 1 } + { a: 2, b: 1 } = { a: 3, b: 1 }` over two jsonb objects of numbers, in SQL. */
export function addCounts(column: string, delta: Record<string, number>) {
  return sql<string>`(
    SELECT coalesce(jsonb_object_agg(k, s), '{}'::jsonb) FROM (
      SELECT k, sum(v) AS s FROM (
        SELECT key AS k, value::text::numeric AS v FROM jsonb_each(${sql.ref(column)})
        UNION ALL SELECT key, value::text::numeric FROM jsonb_each(${JSON.stringify(delta)}::jsonb)
      ) AS entries GROUP BY k
    ) AS sums
  )`
}

/** Adds `delta` to the job's counters (negative numbers take away): for changes after its bulk files, such as a resolved issue. */
export async function adjustJobCounters(db: Executor, jobId: string, delta: Record<string, number>): Promise<JobRow> {
  return db
    .updateTable('jobs')
    .set({ counters: addCounts('counters', delta), updated_at: new Date() })
    .where('id', '=', jobId)
    .returningAll()
    .executeTakeFirstOrThrow()
}

export async function insertEvent(db: Executor, jobId: string, status: JobStatus, event: JobEvent) {
  await db
    .insertInto('job_events')
    .values({
      job_id: jobId,
      status,
      severity: event.severity,
      module: event.module,
      description: event.description,
      created_by: event.createdBy,
    })
    .execute()
}

export interface JobFilter {
  statuses?: readonly JobStatus[]
  profileId?: string
  profileTypes?: readonly ProfileType[]
  /** Kinds of job without an import profile shown with those of `profileTypes` (a harvest's). */
  alsoKinds?: readonly JobKind[]
  kinds?: readonly JobKind[]
  dryRun?: boolean
  userId?: string
  startedAfter?: string
  startedBefore?: string
  endedAfter?: string
  endedBefore?: string
}

export async function listJobs(db: Executor, institutionId: string, filter: JobFilter, page: { after?: Keyset; limit: number }) {
  let query = db
    .selectFrom('jobs')
    .leftJoin('import_profiles', 'import_profiles.id', 'jobs.profile_id')
    .selectAll('jobs')
    .select(['import_profiles.name as profile_name', 'import_profiles.type as profile_type'])
    .select(cursorColumn('jobs').as('cursor_at'))
    .where('jobs.institution_id', '=', institutionId)
  if (filter.statuses !== undefined) query = query.where('jobs.status', 'in', [...filter.statuses])
  if (filter.profileId !== undefined) query = query.where('jobs.profile_id', '=', filter.profileId)
  if (filter.profileTypes !== undefined) {
    const types = [...filter.profileTypes]
    const alsoKinds = [...(filter.alsoKinds ?? [])]
    query = query.where((eb) =>
      eb.or([...(types.length === 0 ? [] : [eb('import_profiles.type', 'in', types)]), ...(alsoKinds.length === 0 ? [] : [eb('jobs.kind', 'in', alsoKinds)])]),
    )
  }
  if (filter.kinds !== undefined) query = query.where('jobs.kind', 'in', [...filter.kinds])
  if (filter.dryRun !== undefined) query = query.where('jobs.dry_run', '=', filter.dryRun)
  if (filter.userId !== undefined) query = query.where('jobs.created_by', '=', filter.userId)
  if (filter.startedAfter !== undefined) query = query.where('jobs.started_at', '>=', new Date(filter.startedAfter))
  if (filter.startedBefore !== undefined) query = query.where('jobs.started_at', '<', new Date(filter.startedBefore))
  if (filter.endedAfter !== undefined) query = query.where('jobs.ended_at', '>=', new Date(filter.endedAfter))
  if (filter.endedBefore !== undefined) query = query.where('jobs.ended_at', '<', new Date(filter.endedBefore))
  if (page.after !== undefined) query = query.where(olderThan('jobs', page.after))
  return query.orderBy('jobs.created_at', 'desc').orderBy('jobs.id', 'desc').limit(page.limit + 1).execute()
}

export async function listEvents(
  db: Executor,
  jobId: string,
  filter: { severity?: Severity; module?: EventModule; afterId?: number },
  limit: number,
) {
  let query = db.selectFrom('job_events').selectAll().where('job_id', '=', jobId)
  if (filter.severity !== undefined) query = query.where('severity', '=', filter.severity)
  if (filter.module !== undefined) query = query.where('module', '=', filter.module)
  if (filter.afterId !== undefined) query = query.where('id', '>', filter.afterId)
  return query.orderBy('id').limit(limit + 1).execute()
}

/** A bulk file's columns but its records' bytes (read through incoming-records.repository). */
const BULK_FILE_COLUMNS = [
  'id',
  'job_id',
  'stored_file_id',
  'seq',
  'name',
  'format',
  'record_count',
  'size_bytes',
  'status',
  'counts',
  'created_at',
  'processed_at',
  'processed_by',
  'junk',
] as const

export async function listBulkFiles(db: Executor, jobId: string) {
  return db.selectFrom('bulk_files').select(BULK_FILE_COLUMNS).where('job_id', '=', jobId).orderBy('seq').execute()
}

export async function findBulkFile(db: Executor, jobId: string, fileId: string) {
  return db.selectFrom('bulk_files').select(BULK_FILE_COLUMNS).where('job_id', '=', jobId).where('id', '=', fileId).executeTakeFirst()
}

export async function listProblems(db: Executor, bulkFileId: string) {
  return db
    .selectFrom('incoming_records')
    .select(['position', 'problem_code', 'problem_message', 'problems', 'warnings'])
    .where('bulk_file_id', '=', bulkFileId)
    .where('problem_code', 'is not', null)
    .orderBy('position')
    .execute()
}

/**
 * The records of a bulk file the reader mended to read them, with their repairs, in position order;
 * a record it could not read after all keeps its warnings with its problems (listProblems).
 */
export async function listRepairs(db: Executor, bulkFileId: string) {
  const result = await sql<{ position: number; outcome: string | null; repairs: RecordProblem[] }>`
    SELECT position, outcome, jsonb_path_query_array(warnings, '$[*] ? (exists(@.repair))') AS repairs
    FROM incoming_records
    WHERE bulk_file_id = ${bulkFileId}::uuid AND problem_code IS NULL AND ${HAS_REPAIRS}
    ORDER BY position
  `.execute(db)
  return result.rows
}

/** A job by id alone, for the steps that run it (the caller's access was checked when it was created). */
export async function getJob(db: Executor, jobId: string): Promise<JobRow> {
  return db.selectFrom('jobs').selectAll().where('id', '=', jobId).executeTakeFirstOrThrow()
}

/** The real run made from a dry run, if there is one. */
export async function findRealRunOf(db: Executor, dryRunJobId: string) {
  return db.selectFrom('jobs').select('id').where('rerun_of', '=', dryRunJobId).where('dry_run', '=', false).executeTakeFirst()
}

/** Progress of a running job, written outside its step's transaction (a dry run's, which rolls back). */
export async function setRunningProgress(db: Executor, jobId: string, progress: { files_done: number; records_done: number }): Promise<void> {
  await db.updateTable('jobs').set(progress).where('id', '=', jobId).where('status', '=', 'RUNNING').execute()
}

/** The profile a job runs with: every job made from a profile carries its snapshot from creation. */
export function profileSnapshotOf(job: { id: string; profile_snapshot: ProfileSnapshot | null }): ProfileSnapshot {
  if (job.profile_snapshot === null) throw new Error(`job ${job.id} has no profile snapshot`)
  return job.profile_snapshot
}
