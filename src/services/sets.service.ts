import type { Db } from '../db/database.ts'
import { decodeIdCursor } from '../db/pagination.ts'
import * as sets from '../db/repositories/sets.repository.ts'
import { REPORT_COUNTERS, type ReportCounter } from '../domain/import/report.ts'
import type { Principal } from '../domain/permissions/principal.ts'
import { notFound } from '../errors.ts'
import type { JobsService } from './jobs.service.ts'
import { toRepositoryRecord } from './records.service.ts'

export function toRecordSet(row: sets.SetRow) {
  const counter = row.counter
  return {
    id: row.id,
    name: row.name,
    jobId: row.job_id,
    counter,
    counterLabel: REPORT_COUNTERS[counter],
    jobStatus: row.job_status,
    memberCount: row.member_count,
    counterRecords: row.counter_records,
    recordsWithoutRepositoryRecord: row.records_without_repository_record,
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
  }
}

export interface NewSet {
  jobId: string
  counter: ReportCounter
  name?: string
}

function encodeCursor(mmsId: number): string {
  return Buffer.from(String(mmsId)).toString('base64url')
}

export class SetsService {
  readonly db: Db
  readonly jobs: JobsService

  constructor(db: Db, jobs: JobsService) {
    this.db = db
    this.jobs = jobs
  }

  /** A set of the repository records behind one of a job's report counters, as they are now. */
  async createFromCounter(caller: Principal, input: NewSet) {
    const job = await this.jobs.load(caller, input.jobId)
    const row = await sets.insertCounterSet(this.db, {
      institutionId: caller.institutionId,
      name: input.name ?? `${REPORT_COUNTERS[input.counter]} — ${job.name} (job ${job.id})`,
      jobId: job.id,
      jobStatus: job.status,
      counter: input.counter,
      createdBy: caller.userId,
    })
    return toRecordSet(row)
  }

  /**
   * A set of the caller's institution, which the caller may see: whoever may monitor the job it
   * was made from (its records came from that job's report).
   */
  async load(caller: Principal, setId: string): Promise<sets.SetRow> {
    const row = await sets.findSet(this.db, caller.institutionId, setId)
    if (row === undefined) throw notFound(`Set ${setId}`)
    await this.jobs.load(caller, row.job_id)
    return row
  }

  async members(caller: Principal, setId: string, query: { cursor?: string; limit: number }) {
    const set = await this.load(caller, setId)
    const after = decodeIdCursor(query.cursor)
    const rows = await sets.listSetMembers(this.db, caller.institutionId, set.id, { ...(after === undefined ? {} : { afterMmsId: after }), limit: query.limit })
    const page = rows.slice(0, query.limit)
    const last = page[page.length - 1]
    return {
      items: page.map(toRepositoryRecord),
      nextCursor: rows.length > query.limit && last !== undefined ? encodeCursor(last.mms_id) : null,
    }
  }
}
