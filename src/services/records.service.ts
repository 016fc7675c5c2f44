import type { Db } from '../db/database.ts'
import { decodeIdCursor, toIdPage } from '../db/pagination.ts'
import * as records from '../db/repositories/repository-records.repository.ts'
import { hasAnyRole, PROFILE_TYPES, type ProfileType, profileTypesFor } from '../domain/permissions/roles.ts'
import type { Principal } from '../domain/permissions/principal.ts'
import type { RecordChange } from '../domain/records/changes.ts'
import { AppError, notFound } from '../errors.ts'
import { toMarcJson } from '../marc/writer.ts'

/** Locks expire: a record left open in an editor does not block imports for good. */
export const LOCK_MINUTES = 60

export function toRepositoryRecord(row: records.RecordRow & { change?: string }) {
  const locked = row.locked_until !== null && row.locked_until > new Date()
  return {
    mmsId: String(row.mms_id),
    kind: row.kind,
    version005: row.version_005,
    briefLevel: row.brief_level,
    inventoryType: row.inventory_type,
    revision: row.revision,
    lock: locked ? { holder: row.locked_by, expiresAt: row.locked_until?.toISOString() ?? null } : null,
    createdByJob: row.created_by_job,
    updatedByJob: row.updated_by_job,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    deleted: row.deleted_at !== null,
    ...(row.change === undefined ? {} : { change: row.change as RecordChange }),
    marc: toMarcJson(row.marc),
  }
}

function mmsIdOf(text: string): number {
  const value = Number(text)
  if (!/^\d{1,16}$/.test(text) || !Number.isSafeInteger(value)) throw notFound(`Record ${text}`)
  return value
}

export class RecordsService {
  readonly db: Db
  constructor(db: Db) {
    this.db = db
  }

  async get(caller: Principal, mmsId: string) {
    const row = await records.findRecord(this.db, caller.institutionId, mmsIdOf(mmsId))
    if (row === undefined) throw notFound(`Record ${mmsId}`)
    const type = await this.creatorType(caller, row)
    if (!profileTypesFor(caller.roles, 'view').includes(type)) {
      throw new AppError('FORBIDDEN', `Record ${mmsId} was created by a ${type} import, which your roles may not monitor`)
    }
    return row
  }

  /**
   * Records are read and locked by those who may monitor the profile type that created them
   * (SPEC "Permissions"). A record no import created (loaded before this service) counts as a
   * bibliographic repository record.
   */
  private async creatorType(caller: Principal, row: records.RecordRow): Promise<ProfileType> {
    const type = row.created_by_job === null ? undefined : await records.creatingProfileType(this.db, caller.institutionId, row.created_by_job)
    return PROFILE_TYPES.find((known) => known === type) ?? 'REPOSITORY'
  }

  async listForJob(caller: Principal, query: { jobId: string; change?: RecordChange; cursor?: string; limit: number }) {
    const after = decodeIdCursor(query.cursor)
    const rows = await records.listJobRecords(
      this.db,
      caller.institutionId,
      { jobId: query.jobId, ...(query.change === undefined ? {} : { change: query.change }) },
      { ...(after === undefined ? {} : { afterMmsId: after }), limit: query.limit },
    )
    const page = toIdPage(rows, query.limit, (row) => row.mms_id)
    return { items: page.rows.map(toRepositoryRecord), nextCursor: page.nextCursor }
  }

  async lock(caller: Principal, mmsId: string) {
    const row = await this.get(caller, mmsId)
    if (row.deleted_at !== null) throw new AppError('CONFLICT', `Record ${mmsId} is deleted`)
    const locked = await records.lockRecord(this.db, caller.institutionId, row.mms_id, caller.userId, LOCK_MINUTES)
    if (locked === undefined) throw new AppError('CONFLICT', `Record ${mmsId} is locked by another user until ${row.locked_until?.toISOString()}`)
    return { mmsId: String(locked.mms_id), holder: locked.locked_by, expiresAt: locked.locked_until?.toISOString() ?? null }
  }

  async unlock(caller: Principal, mmsId: string) {
    const row = await this.get(caller, mmsId)
    const held = row.locked_until !== null && row.locked_until > new Date()
    if (held && row.locked_by !== caller.userId && !hasAnyRole(caller.roles, ['GENERAL_SYSTEM_ADMINISTRATOR', 'CATALOG_ADMINISTRATOR'])) {
      throw new AppError('FORBIDDEN', 'Only the holder or a catalog administrator may release this lock')
    }
    await records.unlockRecord(this.db, caller.institutionId, row.mms_id)
  }
}
