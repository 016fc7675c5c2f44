import { hostname } from 'node:os'
import { findSingleIncomingRecord } from '../db/repositories/incoming-records.repository.ts'
import { closeOpenIssues } from '../db/repositories/issues.repository.ts'
import * as jobs from '../db/repositories/jobs.repository.ts'
import { findCandidates } from '../db/repositories/records.repository.ts'
import { type SingleRecordResult, singleRecordResult } from '../domain/import/single-record.ts'
import { problemsLine, recordProblemsOf, type ShownRecordProblem } from '../domain/import/record-problems.ts'
import type { JobStatus } from '../domain/jobs/lifecycle.ts'
import { matchKeys, type NotImportedReason, type Outcome } from '../domain/matching/index.ts'
import { type ProfileSnapshot, readerOptionsOf } from '../domain/profiles/profile.ts'
import type { Principal } from '../domain/permissions/principal.ts'
import { type MarcFormat, NotMarcError, readRecords, readSingleRecord, type RecordReadOptions } from '../marc/reader.ts'
import { processBulkFile } from '../pipeline/bulk.ts'
import { finalizeJob } from '../pipeline/finalize.ts'
import { initializeJob } from '../pipeline/initialize.ts'
import type { StepQueue } from '../pipeline/steps.ts'
import { createJob } from '../jobs/create.ts'
import { singleRecordJob } from '../jobs/single-record.ts'
import { transitionJob } from '../pipeline/job-transitions.ts'
import { countOf } from '../wording.ts'
import { type JobsService, storeJobFile } from './jobs.service.ts'

/**
 * The steps run here, in the request, one after the other: nothing is queued, so no worker ever
 * sees the job (its kind queues nothing when it starts either).
 */
const IN_REQUEST: StepQueue = { enqueue: async () => {}, enqueueMany: async () => {} }

const FILE_NAMES: Record<MarcFormat, string> = { ISO2709: 'record.mrc', MARCXML: 'record.xml', MARC_JSON: 'record.json' }

export interface SingleRecordBody {
  bytes: Buffer
  /** The format the request's media type declares; the body must be in it. */
  format: MarcFormat
  contentType: string
}

export interface SingleRecordImported {
  jobId: string
  jobStatus: JobStatus
  result: SingleRecordResult
  outcome: Outcome
  reason: NotImportedReason | null
  mmsId: string | null
  candidates: string[]
}

/** The body was refused; the job that recorded it is named so its events can be read. */
export interface SingleRecordRefused {
  refused: 'BAD_REQUEST' | 'UNPROCESSABLE' | 'CONFLICT'
  detail: string
  jobId: string
  jobStatus: JobStatus
  result: SingleRecordResult | null
  /** Every problem of a record that cannot be read, in record order (issue 14). */
  problems?: ShownRecordProblem[]
}

/**
 * SPEC "Single-record import": one record through the import pipeline with a designated profile,
 * answered at once. It is an ordinary job (kind SINGLE_RECORD) with a stored file and events, so
 * it shows in the job history with its report; only its steps run in the request instead of on
 * the queue.
 */
export class SingleRecordService {
  readonly jobs: JobsService
  readonly workerId = `single-record:${hostname()}:${process.pid}`

  constructor(jobs: JobsService) {
    this.jobs = jobs
  }

  async importRecord(caller: Principal, profileId: string, body: SingleRecordBody): Promise<SingleRecordImported | SingleRecordRefused> {
    const db = this.jobs.db
    const profile = await this.jobs.runnableProfile(caller, profileId)
    const records = await countRecords(body, readerOptionsOf(profile))
    const job = await db.transaction().execute(async (trx) => {
      // The media type states the record's format, more precisely than the profile's source
      // format (written for the files a vendor sends): the job runs, and its snapshot says, with it.
      const job = await createJob(trx, this.jobs.steps, this.jobs.newJob('SINGLE_RECORD', caller, { ...profile, sourceFormat: body.format }), async (job) => {
        const stored = await storeJobFile(
          trx,
          job,
          { name: FILE_NAMES[body.format], contentType: body.contentType, limitBytes: this.jobs.uploadLimitBytes },
          once(body.bytes),
        )
        return {
          inputs: [{ storedFileId: stored.id, bulkFileId: null }],
          event: { module: 'UPLOAD', description: `Single record received (${body.format}, ${countOf(body.bytes.byteLength, 'byte')})` },
        }
      })
      return job
    })

    if (records > 1) return this.refuseSeveral(job.id, records)
    try {
      await initializeJob(db, IN_REQUEST, job.id)
      if ((await this.status(job.id)) === 'RUNNING') {
        for (const file of await jobs.listBulkFiles(db, job.id)) await processBulkFile(db, IN_REQUEST, job.id, file.id, this.workerId)
        await finalizeJob(db, job.id)
      }
    } catch (error) {
      await this.failUnfinished(job.id, error)
      throw error
    }
    return this.answer(caller.institutionId, job.id)
  }

  private async status(jobId: string): Promise<JobStatus> {
    return (await jobs.getJob(this.jobs.db, jobId)).status
  }

  /**
   * Several records: the pipeline would import every one of them, so it never starts. The job is
   * recorded as FAILED with why — what a broken upload gets — and nothing was imported.
   */
  private async refuseSeveral(jobId: string, records: number): Promise<SingleRecordRefused> {
    const detail = `The body holds ${records} records; a single-record import takes exactly one. Nothing was imported.`
    await this.jobs.db.transaction().execute(async (trx) => {
      await transitionJob(trx, jobId, 'INITIALIZING', { severity: 'INFO', module: 'UPLOAD', description: 'Job started', createdBy: null })
      await transitionJob(trx, jobId, 'FAILED', { severity: 'ERROR', module: 'PARSE', description: detail, createdBy: null }, { failure_reason: detail })
    })
    return { refused: 'UNPROCESSABLE', detail, jobId, jobStatus: 'FAILED', result: null }
  }

  /** A step failed on a fault of ours: no queue will retry it, so the job must not stay unfinished. */
  private async failUnfinished(jobId: string, error: unknown) {
    const reason = `The import stopped on a system error: ${error instanceof Error ? error.message : String(error)}`
    await this.jobs.db
      .transaction()
      .execute((trx) => singleRecordJob.fail(trx, jobId, reason))
      .catch(() => {
        // Already finished, or the database is what failed: the original error is the one to report.
      })
  }

  private async answer(institutionId: string, jobId: string): Promise<SingleRecordImported | SingleRecordRefused> {
    const db = this.jobs.db
    const job = await jobs.findJob(db, institutionId, jobId)
    if (job === undefined) throw new Error(`job ${jobId} vanished`)
    const jobStatus = job.status
    if (jobStatus === 'FAILED') {
      return { refused: 'BAD_REQUEST', detail: `The body is not a MARC record: ${job.failure_reason ?? 'unreadable'}`, jobId, jobStatus, result: null }
    }
    if (jobStatus === 'COMPLETED_NO_BULKS') {
      return { refused: 'BAD_REQUEST', detail: 'The body holds no record.', jobId, jobStatus, result: null }
    }
    const incoming = await findSingleIncomingRecord(db, jobId)
    if (incoming === undefined || incoming.outcome === null) {
      return { refused: 'CONFLICT', detail: `The job ended ${jobStatus} before the record was imported`, jobId, jobStatus, result: null }
    }
    const outcome = incoming.outcome
    const reason = incoming.reason
    const result = singleRecordResult(outcome, reason)
    if (result === 'NOT_ADDED_INVALID') {
      const problems = recordProblemsOf(incoming)
      const problem = problems.length === 0 ? 'it cannot be read' : problemsLine(problems)
      // The caller is told in the 422 and has nothing to decide: no import issue is left open (issue 14 item 8).
      await closeOpenIssues(db, jobId)
      return { refused: 'UNPROCESSABLE', detail: `The body is not a valid MARC record (${problem}). Nothing was imported.`, jobId, jobStatus, result, problems }
    }
    let candidates = incoming.candidates
    if (candidates === null && outcome === 'NOT_IMPORTED' && incoming.matched) {
      candidates = await this.currentMatches(institutionId, incoming.raw, jobs.profileSnapshotOf(job))
    }
    return {
      jobId,
      jobStatus,
      result,
      outcome,
      reason,
      mmsId: incoming.mms_id === null ? null : String(incoming.mms_id),
      candidates: (candidates ?? []).map(String),
    }
  }

  /**
   * The repository records the incoming record matches now. Only a MANUAL decision stores its
   * candidates; a record not imported for its matches otherwise (multi-match SKIP, too many, the
   * one match locked, newer or fuller) is answered with them looked up again, a moment later.
   */
  private async currentMatches(institutionId: string, raw: Buffer, profile: ProfileSnapshot): Promise<string[]> {
    const item = readSingleRecord(raw, undefined, readerOptionsOf(profile))
    if (!item.ok) return []
    const keys = matchKeys(item.record, profile.match.method, profile.match)
    const rows = await findCandidates(this.jobs.db, institutionId, keys, profile.match.matchCancelledNumbers)
    return [...new Set(rows.map((row) => row.mmsId))].sort((a, b) => a - b).map(String)
  }
}

/**
 * How many records the body holds, read as the import's own split step will read it. Not MARC at
 * all counts as one: the pipeline then fails the job and says why.
 */
async function countRecords(body: SingleRecordBody, options: RecordReadOptions): Promise<number> {
  let count = 0
  try {
    for await (const item of readRecords(once(body.bytes), { ...options, format: body.format, junk: 'SEPARATE' })) {
      if (!('kind' in item)) count += 1
    }
  } catch (error) {
    if (!(error instanceof NotMarcError)) throw error
    return 1
  }
  return count
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes
}
