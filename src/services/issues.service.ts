import type { Db, Executor } from '../db/database.ts'
import { decodeIdCursor, toIdPage } from '../db/pagination.ts'
import { inRetriedTransaction } from '../db/retry.ts'
import * as issues from '../db/repositories/issues.repository.ts'
import { adjustJobCounters, insertEvent, lockJob, profileSnapshotOf } from '../db/repositories/jobs.repository.ts'
import { lockCandidate, lockMatchKeys, readCandidatesNow } from '../db/repositories/records.repository.ts'
import type { IssueCandidateSnapshot } from '../db/schema.ts'
import { fromStoredMarc } from '../db/stored-marc.ts'
import { fieldDifferences } from '../domain/import/field-differences.ts'
import { recordProblemsOf, shownProblem, type ShownRecordProblem } from '../domain/import/record-problems.ts'
import type { IssueKind, IssueStatus, ResolutionAction } from '../domain/import/issues.ts'
import { JOB_STATUS_LABELS } from '../domain/jobs/lifecycle.ts'
import { indexKeys, matchedOn, matchKeys, mergeRecords, overlayRecord } from '../domain/matching/index.ts'
import { profileTypesFor } from '../domain/permissions/roles.ts'
import { readerOptionsOf } from '../domain/profiles/profile.ts'
import type { Principal } from '../domain/permissions/principal.ts'
import { AppError, conflict, notFound } from '../errors.ts'
import { readSingleRecord } from '../marc/reader.ts'
import type { MarcRecord } from '../marc/record.ts'
import { toMarcJson } from '../marc/writer.ts'
import { addJobRecords, updateJobRecords } from '../pipeline/record-writes.ts'
import { completeImportJob } from '../pipeline/job-transitions.ts'
import { lookUpPoLines, type PoLineLookups, updateInventoryFacts, writeInventoryOf, writeItemUpdates } from '../pipeline/inventory-updates.ts'
import { inventoryCounters } from '../domain/inventory/plan.ts'
import { type OrderDataSummary, summarizeOrderData } from '../domain/inventory/summary.ts'
import { loadInventoryConfig } from '../db/repositories/inventory.repository.ts'
import type { JobsService } from './jobs.service.ts'

export interface Resolution {
  action: ResolutionAction
  /** The chosen candidate's MMS ID: required for MERGE and OVERLAY, refused otherwise. */
  mmsId?: string
}

/** The record outcome each action gives the issue's record. */
const OUTCOME_OF: Record<ResolutionAction, 'ADDED' | 'MERGED' | 'OVERLAID' | 'SKIPPED'> = {
  IMPORT_AS_NEW: 'ADDED',
  MERGE: 'MERGED',
  OVERLAY: 'OVERLAID',
  SKIP: 'SKIPPED',
}

export function toIssue(row: issues.IssueRow) {
  return {
    id: String(row.id),
    jobId: row.job_id,
    profileId: row.profile_id,
    kind: row.kind,
    status: row.status,
    dryRun: row.dry_run,
    reason: row.reason,
    record: { bulkFile: row.bulk_file_name, position: row.position, outcome: row.outcome },
    candidateMmsIds: row.candidates.map((candidate) => String(candidate.mmsId)),
    resolution:
      row.action === null
        ? null
        : {
            action: row.action,
            mmsId: row.mms_id === null ? null : String(row.mms_id),
            resolvedBy: row.resolved_by,
            resolvedAt: row.resolved_at?.toISOString() ?? null,
          },
    createdAt: row.created_at.toISOString(),
  }
}

export interface IssueListQuery {
  jobId?: string
  profileId?: string
  kind?: IssueKind
  status?: IssueStatus
  dryRun?: boolean
  cursor?: string
  limit: number
}

/**
 * Import issues (SPEC "Resolving import issues"): the records a person must decide on. Whoever may
 * monitor a job sees its issues; whoever may run its profile resolves them. Each resolution is one
 * transaction: the repository change, the record's outcome, the job's counters, an event crediting
 * the person, the issue closed and — for the job's last open multi-match — the job completed.
 */
export class IssuesService {
  readonly db: Db
  readonly jobs: JobsService

  constructor(jobs: JobsService) {
    this.db = jobs.db
    this.jobs = jobs
  }

  async list(caller: Principal, query: IssueListQuery) {
    if (query.jobId !== undefined) await this.jobs.load(caller, query.jobId)
    const rows = await issues.listIssues(
      this.db,
      caller.institutionId,
      {
        profileTypes: profileTypesFor(caller.roles, 'view'),
        ...(query.jobId === undefined ? {} : { jobId: query.jobId }),
        ...(query.profileId === undefined ? {} : { profileId: query.profileId }),
        ...(query.kind === undefined ? {} : { kind: query.kind }),
        ...(query.status === undefined ? {} : { status: query.status }),
        ...(query.dryRun === undefined ? {} : { dryRun: query.dryRun }),
      },
      { ...optionalAfter(decodeIdCursor(query.cursor)), limit: query.limit },
    )
    const page = toIdPage(rows, query.limit, (row) => row.incoming_record_id)
    return { items: page.rows.map(toIssue), nextCursor: page.nextCursor }
  }

  /** An issue of the caller's institution whose job the caller may monitor (404 for another institution's). */
  async load(caller: Principal, issueId: string): Promise<issues.IssueRow> {
    return (await this.loadWithJob(caller, issueId)).row
  }

  private async loadWithJob(caller: Principal, issueId: string) {
    const row = await issues.findIssue(this.db, caller.institutionId, Number(issueId))
    if (row === undefined) throw notFound(`Import issue ${issueId}`)
    return { row, job: await this.jobs.load(caller, row.job_id) }
  }

  /** The issue with the incoming record and, per candidate, what matched and which fields differ. */
  async detail(caller: Principal, issueId: string) {
    const row = await this.load(caller, issueId)
    const incoming = await readIncoming(this.db, row)
    const policy = profileSnapshotOf({ id: row.job_id, profile_snapshot: row.profile_snapshot }).match
    const current = await readCandidatesNow(this.db, row.candidates.map((c) => c.mmsId))
    const byId = new Map(current.map((record) => [Number(record.mms_id), record]))
    const keys = incoming.record === null ? [] : matchKeys(incoming.record, policy.method, policy)
    return {
      ...toIssue(row),
      incoming: incoming.record === null ? null : toMarcJson(incoming.record),
      problem: incoming.problem,
      problems: incoming.problems,
      orderData: incoming.record === null ? null : await orderDataOf(this.db, caller.institutionId, row, incoming.record),
      candidates: row.candidates.map((opened) => {
        const now = byId.get(opened.mmsId)
        const marc = now === undefined ? undefined : fromStoredMarc(now.marc)
        return {
          mmsId: String(opened.mmsId),
          asOffered: { revision: opened.revision, version005: opened.version005, locked: opened.locked },
          now:
            now === undefined
              ? null
              : {
                  revision: now.revision,
                  version005: now.version_005,
                  briefLevel: now.brief_level,
                  inventoryType: now.inventory_type,
                  locked: now.locked_until !== null && now.locked_until > new Date(),
                  deleted: now.deleted_at !== null,
                },
          changedSinceOffered: changeSinceOffered(opened, now) !== null,
          matchedOn: marc === undefined ? [] : matchedOn(keys, indexKeys(marc, String(opened.mmsId)), policy),
          differences: marc === undefined || incoming.record === null ? [] : fieldDifferences(incoming.record, marc),
        }
      }),
    }
  }

  async resolve(caller: Principal, issueId: string, resolution: Resolution) {
    const { row, job } = await this.loadWithJob(caller, issueId)
    // SPEC "Resolving import issues": whoever may run the job's profile.
    await this.jobs.assertMayActOn(caller, job, 'RESOLVE_ISSUES')
    checkResolution(row, resolution)
    try {
      await inRetriedTransaction(this.db, (trx) => applyResolution(trx, caller, row, resolution))
    } catch (error) {
      // The person is shown the candidates as they are now: looking again, they can choose.
      if (error instanceof CandidateChanged) await issues.refreshCandidates(this.db, row.id)
      throw error
    }
    const resolved = await issues.findIssue(this.db, caller.institutionId, row.id)
    return toIssue(resolved ?? row)
  }

  /**
   * Each resolution alone, all-or-nothing, in request order: one that fails leaves the others
   * applied, and says why in its own result (a fault of ours too, logged with `logError`).
   */
  async resolveMany(caller: Principal, items: ReadonlyArray<Resolution & { issueId: string }>, logError: (error: unknown) => void) {
    const results = []
    for (const item of items) {
      try {
        results.push({ issueId: item.issueId, resolved: true, issue: await this.resolve(caller, item.issueId, item), problem: null })
      } catch (error) {
        if (!(error instanceof AppError)) logError(error)
        const problem =
          error instanceof AppError
            ? { status: error.status, code: error.code, detail: error.message }
            : { status: 500, code: 'INTERNAL', detail: 'The resolution failed on a fault of ours and was not applied; it can be sent again' }
        results.push({ issueId: item.issueId, resolved: false, issue: null, problem })
      }
    }
    return { results }
  }
}

function optionalAfter(afterId: number | undefined) {
  return afterId === undefined ? {} : { afterId }
}

/** The issue's incoming record, read as its job read it (`issue` carries the job's profile snapshot). */
async function readIncoming(
  db: Executor,
  issue: issues.IssueRow,
): Promise<{ record: MarcRecord | null; problem: string | null; problems: ShownRecordProblem[] }> {
  const row = await issues.findIssueRecord(db, issue.incoming_record_id)
  if (row.problem_code !== null) {
    const problems = recordProblemsOf(row)
    return { record: null, problem: `${row.problem_code}: ${row.problem_message ?? ''}`, problems }
  }
  const item = readSingleRecord(row.raw, undefined, readerOptionsOf(issue.profile_snapshot ?? {}))
  if (item.ok) return { record: item.record, problem: null, problems: [] }
  return { record: null, problem: `${item.problem.code}: ${item.problem.message}`, problems: (item.problems ?? [item.problem]).map(shownProblem) }
}

/** What the record's order data would make, resolved against the institution's configuration as it is now. */
async function orderDataOf(db: Executor, institutionId: string, issue: issues.IssueRow, record: MarcRecord): Promise<OrderDataSummary | null> {
  const profile = profileSnapshotOf({ id: issue.job_id, profile_snapshot: issue.profile_snapshot })
  const facts = await updateInventoryFacts(db, { institutionId, profile }, record)
  return summarizeOrderData(record, profile, await loadInventoryConfig(db, institutionId), facts ?? undefined)
}

/** What the request asks must fit the issue (422), before anything is locked. */
function checkResolution(row: issues.IssueRow, resolution: Resolution) {
  const needsCandidate = resolution.action === 'MERGE' || resolution.action === 'OVERLAY'
  if (row.dry_run) throw conflict('The issue belongs to a dry run: it shows what a real run would ask; run the dry run for real to resolve it')
  if (row.status !== 'OPEN') throw conflict(`Import issue ${row.id} is ${row.status.toLowerCase()}: there is nothing left to decide`)
  if (row.kind === 'MULTI_MATCH' && row.job_status !== 'MANUAL_HANDLING_REQUIRED') {
    throw conflict(`The job is ${JOB_STATUS_LABELS[row.job_status]}: its multi-matches are resolved once it waits for manual handling`)
  }
  if (row.kind === 'INVALID' && resolution.action !== 'SKIP') {
    throw new AppError('UNPROCESSABLE', 'The record could not be read: the only resolution is SKIP (fix the record and load it again)', {
      errors: [{ field: 'body.action', message: 'must be SKIP for an INVALID issue' }],
    })
  }
  if (needsCandidate && resolution.mmsId === undefined) {
    throw new AppError('UNPROCESSABLE', `${resolution.action} needs the chosen candidate's mmsId`, { errors: [{ field: 'body.mmsId', message: 'is required' }] })
  }
  if (!needsCandidate && resolution.mmsId !== undefined) {
    throw new AppError('UNPROCESSABLE', `${resolution.action} takes no mmsId`, { errors: [{ field: 'body.mmsId', message: 'must be absent' }] })
  }
  if (needsCandidate && !row.candidates.some((candidate) => String(candidate.mmsId) === resolution.mmsId)) {
    throw new AppError('UNPROCESSABLE', `${resolution.mmsId} is not one of the issue's candidates (${row.candidates.map((c) => c.mmsId).join(', ')})`, {
      errors: [{ field: 'body.mmsId', message: 'is not a candidate of this issue' }],
    })
  }
}

class CandidateChanged extends AppError {
  constructor(mmsId: number, why: string) {
    super('CONFLICT', `Candidate ${mmsId} changed since it was offered: ${why}. The issue now shows it as it is: look again and choose`)
  }
}

interface CurrentCandidate {
  revision: number
  version_005: string | null
  locked_until: Date | null
  deleted_at: Date | null
}

/**
 * Why a candidate cannot take the record it was offered for, or null when it is as it was offered:
 * the person chose it as they saw it, so any change since (its 005, a lock, any other edit, a
 * delete) asks them to look again.
 */
function changeSinceOffered(opened: IssueCandidateSnapshot, now: CurrentCandidate | undefined): string | null {
  if (now === undefined || now.deleted_at !== null) return 'it has been deleted'
  if (now.locked_until !== null && now.locked_until > new Date()) return 'it is locked (being edited)'
  if (now.version_005 !== opened.version005) return `its 005 changed from ${opened.version005 ?? 'none'} to ${now.version_005 ?? 'none'}`
  if (now.revision !== opened.revision) return `it was changed (revision ${opened.revision} → ${now.revision})`
  return null
}

async function applyResolution(trx: Executor, caller: Principal, row: issues.IssueRow, resolution: Resolution) {
  // The issue first, then the job: a second resolution of the same issue waits here and then finds
  // it resolved; resolutions of one job's issues take turns on its row, so the last one sees that
  // no other issue is open.
  const issue = await issues.lockIssue(trx, row.id)
  if (issue?.status === 'RESOLVED') throw conflict(`Import issue ${row.id} was resolved already`)
  if (issue?.status !== 'OPEN') throw conflict(`Import issue ${row.id} was closed: its job ended`)
  const job = await lockJob(trx, row.job_id)
  if (job === undefined) throw notFound(`Job ${row.job_id}`)

  // Update Inventory: the PO line first — without one nothing is written (issue 15).
  const lookups = row.kind === 'MULTI_MATCH' && resolution.action !== 'SKIP' ? await poLineOfResolved(trx, caller, row, resolution) : null
  const written = row.kind === 'MULTI_MATCH' ? await applyToRepository(trx, caller, row, resolution) : null
  const mmsId = written?.mmsId ?? null
  // The record is in: its order data makes what the pipeline would have made (issue 15).
  const inventory = written === null ? null : await inventoryOfResolved(trx, caller, row, written, lookups)
  await issues.markResolved(trx, row.id, { action: resolution.action, chosenMmsId: mmsId, userId: caller.userId })
  let updated = job
  if (row.kind === 'MULTI_MATCH') {
    const outcome = OUTCOME_OF[resolution.action]
    await issues.recordResolvedOutcome(trx, row.incoming_record_id, { outcome, mmsId, action: resolution.action, inventory })
    updated = await adjustJobCounters(trx, job.id, { PENDING_MANUAL: -1, [outcome]: 1, ...inventoryCounters([inventory]) })
  }
  await insertEvent(trx, job.id, job.status, {
    severity: 'INFO',
    module: 'MATCH',
    description: describeResolution(row, resolution, mmsId, caller.username),
    createdBy: caller.userId,
  })
  if (row.kind === 'MULTI_MATCH' && job.status === 'MANUAL_HANDLING_REQUIRED' && (await issues.countOpenMultiMatches(trx, job.id)) === 0) {
    await completeImportJob(trx, updated)
  }
}

/**
 * An Update Inventory record is written only onto its PO line's record (po-line-match.ts): the
 * line is looked up before anything is written, and a resolution that names no line, adds a new
 * record or picks another candidate is refused. Null for other profile types.
 */
async function poLineOfResolved(trx: Executor, caller: Principal, row: issues.IssueRow, resolution: Resolution): Promise<PoLineLookups | null> {
  const profile = profileSnapshotOf({ id: row.job_id, profile_snapshot: row.profile_snapshot })
  if (profile.type !== 'UPDATE_INVENTORY') return null
  const { record } = await readIncoming(trx, row)
  const lookups = await lookUpPoLines(trx, { institutionId: caller.institutionId, profile }, [{ incomingId: row.incoming_record_id, record }])
  const refused = lookups?.refused.get(row.incoming_record_id)
  if (refused !== undefined) {
    throw conflict(
      `Record ${row.position} of ${row.bulk_file_name} names no PO line (${refused.problems.join('; ')}): an Update Inventory record is written ` +
        'only onto its PO line\'s record. Nothing was written; resolve it with SKIP',
    )
  }
  const line = lookups?.found.get(row.incoming_record_id)
  if (line === undefined) return lookups
  if (resolution.action === 'IMPORT_AS_NEW' || resolution.mmsId !== String(line.mmsId)) {
    throw new AppError(
      'UNPROCESSABLE',
      `An Update Inventory record updates its PO line's record: ${line.mmsId} (PO line ${line.number}). Choose it (MERGE or OVERLAY) or SKIP`,
      { errors: [{ field: resolution.action === 'IMPORT_AS_NEW' ? 'body.action' : 'body.mmsId', message: `must be ${line.mmsId}, the record of PO line ${line.number}` }] },
    )
  }
  return lookups
}

/** The PO line, inventory or item updates of the record a resolution imported, as its job's profile says. */
async function inventoryOfResolved(
  trx: Executor,
  caller: Principal,
  row: issues.IssueRow,
  written: { mmsId: number; record: MarcRecord },
  lookups: PoLineLookups | null,
) {
  const profile = profileSnapshotOf({ id: row.job_id, profile_snapshot: row.profile_snapshot })
  const context = { jobId: row.job_id, institutionId: caller.institutionId, profile }
  const inputs = [{ incomingId: row.incoming_record_id, bulkFileId: row.bulk_file_id, mmsId: written.mmsId, record: written.record }]
  const tallies = lookups === null ? await writeInventoryOf(trx, context, inputs) : await writeItemUpdates(trx, context, inputs, lookups)
  return tallies.get(row.incoming_record_id) ?? null
}

/** Writes what the person chose, under the same key locks as the pipeline; answers the record written and the incoming record. */
async function applyToRepository(
  trx: Executor,
  caller: Principal,
  row: issues.IssueRow,
  resolution: Resolution,
): Promise<{ mmsId: number; record: MarcRecord } | null> {
  if (resolution.action === 'SKIP') return null
  const profile = profileSnapshotOf({ id: row.job_id, profile_snapshot: row.profile_snapshot })
  const { record } = await readIncoming(trx, row)
  if (record === null) throw new Error(`import issue ${row.id}: its record cannot be read`)
  const institutionId = caller.institutionId
  await lockMatchKeys(trx, institutionId, matchKeys(record, profile.match.method, profile.match))
  if (resolution.action === 'IMPORT_AS_NEW') {
    const [added] = await addJobRecords(trx, institutionId, row.job_id, [record])
    return added === undefined ? null : { mmsId: added, record }
  }
  const mmsId = Number(resolution.mmsId)
  const current = await lockCandidate(trx, mmsId)
  const opened = row.candidates.find((candidate) => candidate.mmsId === mmsId) as IssueCandidateSnapshot
  const why = changeSinceOffered(opened, current)
  if (why !== null || current === undefined) throw new CandidateChanged(mmsId, why ?? 'it is gone')
  const before = fromStoredMarc(current.marc)
  const merged = resolution.action === 'MERGE' ? mergeRecords(before, record, profile.merge) : overlayRecord(before, record, profile.merge)
  await updateJobRecords(trx, institutionId, row.job_id, [{ mmsId, marc: merged, before, change: resolution.action === 'MERGE' ? 'MERGED' : 'OVERLAID' }])
  return { mmsId, record }
}

function describeResolution(row: issues.IssueRow, resolution: Resolution, mmsId: number | null, username: string): string {
  const record = `record ${row.position} of ${row.bulk_file_name}`
  const what =
    row.kind === 'INVALID'
      ? 'set aside (it could not be read)'
      : {
          IMPORT_AS_NEW: `imported as new record ${mmsId}`,
          MERGE: `merged into ${mmsId}`,
          OVERLAY: `overlaid onto ${mmsId}`,
          SKIP: 'skipped',
        }[resolution.action]
  return `Import issue ${row.id} resolved by ${username}: ${record} ${what}`
}
