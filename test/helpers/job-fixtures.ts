import type { TestApp, TestUser } from './app.ts'
import { multipart, type UploadFile } from './multipart.ts'
import { incomingRaw } from '../../src/db/repositories/incoming-records.repository.ts'

/** A profile that adds every record (no matching), with the given changes. */
export async function makeProfile(env: TestApp, extra: object = {}): Promise<string> {
  const res = await env.app.inject({
    method: 'POST',
    url: '/v1/profiles',
    headers: env.admin.headers,
    payload: { name: `p-${Math.random()}`, type: 'REPOSITORY', match: { method: 'NONE' }, ...extra },
  })
  if (res.statusCode !== 201) throw new Error(`profile not created: ${res.body}`)
  return res.json().id
}

export async function uploadFiles(env: TestApp, profileId: string, files: UploadFile[], as: TestUser = env.admin) {
  const body = multipart(files)
  return env.app.inject({ method: 'POST', url: `/v1/profiles/${profileId}/jobs`, headers: { ...as.headers, ...body.headers }, payload: body.payload })
}

/** Uploads and answers the new job's id. */
export async function startJob(env: TestApp, profileId: string, files: UploadFile[]): Promise<string> {
  const res = await uploadFiles(env, profileId, files)
  if (res.statusCode !== 202) throw new Error(`import not started: ${res.body}`)
  return res.json().id
}

const SETTLED = ['COMPLETED_SUCCESS', 'COMPLETED_WITH_ERRORS', 'COMPLETED_NO_BULKS', 'CANCELLED', 'FAILED', 'MANUAL_HANDLING_REQUIRED']

export async function settled(env: TestApp, jobId: string) {
  for (let i = 0; i < 1200; i++) {
    const res = await env.app.inject({ method: 'GET', url: `/v1/jobs/${jobId}`, headers: env.admin.headers })
    if (SETTLED.includes(res.json().status)) return res.json()
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`job ${jobId} did not finish`)
}

export interface BulkFileView {
  id: string
  name: string
  format: string
  recordCount: number
  status: string
  problems: Array<{ position: number; code: string; message: string }>
}

export async function filesOf(env: TestApp, jobId: string): Promise<BulkFileView[]> {
  return (await env.app.inject({ method: 'GET', url: `/v1/jobs/${jobId}/files`, headers: env.admin.headers })).json().items
}

/** A job's incoming records as the database holds them, in bulk file and position order. */
export async function incomingOf(env: TestApp, jobId: string) {
  return env.db
    .selectFrom('incoming_records')
    .innerJoin('bulk_files', 'bulk_files.id', 'incoming_records.bulk_file_id')
    .select(['incoming_records.position', incomingRaw().as('raw'), 'incoming_records.problem_code', 'incoming_records.outcome', 'bulk_files.seq'])
    .where('incoming_records.job_id', '=', jobId)
    .orderBy('bulk_files.seq')
    .orderBy('incoming_records.position')
    .execute()
}

const OUTCOMES = ['ADDED', 'MERGED', 'OVERLAID', 'DELETED', 'SKIPPED', 'NOT_IMPORTED', 'PENDING_MANUAL']

/**
 * After a test set records' outcomes by hand (as matching would have): the job's outcome and
 * not-imported-reason counters as the bulk writer keeps them, counted again from its records.
 */
export async function recountOutcomes(env: TestApp, jobId: string): Promise<void> {
  const job = await env.db.selectFrom('jobs').select('counters').where('id', '=', jobId).executeTakeFirstOrThrow()
  const rows = await env.db.selectFrom('incoming_records').select(['outcome', 'reason']).where('job_id', '=', jobId).execute()
  const counters = Object.fromEntries(Object.entries(job.counters).filter(([name]) => !OUTCOMES.includes(name) && !name.startsWith('NOT_IMPORTED:')))
  const add = (name: string) => {
    counters[name] = (counters[name] ?? 0) + 1
  }
  for (const row of rows) {
    if (row.outcome !== null) add(row.outcome)
    if (row.reason !== null) add(`NOT_IMPORTED:${row.reason}`)
  }
  await env.db.updateTable('jobs').set({ counters: JSON.stringify(counters) }).where('id', '=', jobId).execute()
}
