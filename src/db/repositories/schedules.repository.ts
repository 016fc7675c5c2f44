import type { Schedule } from '../../domain/profiles/profile.ts'
import type { Executor } from '../database.ts'

/** A scheduled thing as the scheduler reads it: its schedule, its institution's zone, and since when it holds. */
export interface ScheduledRow {
  id: string
  institutionId: string
  name: string
  schedule: Schedule
  timeZone: string
  /** The last change of the target: a due time at or before it never fires (it was not yet the schedule). */
  since: Date
}

/** Active, not deleted import profiles with a schedule, each with its institution's time zone. */
export async function scheduledImportProfiles(db: Executor): Promise<ScheduledRow[]> {
  const rows = await db
    .selectFrom('import_profiles as p')
    .innerJoin('institutions as i', 'i.id', 'p.institution_id')
    .select(['p.id', 'p.institution_id', 'p.name', 'p.schedule', 'p.updated_at', 'i.time_zone'])
    .where('p.deleted_at', 'is', null)
    .where('p.active', '=', true)
    .where((eb) => eb(eb.ref('p.schedule', '->>').key('kind'), '<>', 'NONE'))
    .execute()
  return rows.map((row) => ({
    id: row.id,
    institutionId: row.institution_id,
    name: row.name,
    schedule: row.schedule,
    timeZone: row.time_zone,
    since: row.updated_at,
  }))
}

/** The latest claimed due time of each of the targets that has one. */
export async function lastDueTimes(db: Executor, targetKind: string, targetIds: readonly string[]): Promise<Map<string, Date>> {
  if (targetIds.length === 0) return new Map()
  const rows = await db
    .selectFrom('schedule_runs')
    .select(['target_id', (eb) => eb.fn.max('due_at').as('due_at')])
    .where('target_kind', '=', targetKind)
    .where('target_id', 'in', [...targetIds])
    .groupBy('target_id')
    .execute()
  return new Map(rows.map((row) => [row.target_id, row.due_at as Date]))
}

export interface RunClaim {
  targetKind: string
  targetId: string
  dueAt: Date
  institutionId: string
  claimedBy: string
}

/**
 * Claims a target's run at one due time; false when another process has it. A second claim of the
 * same due time waits for the first one's transaction, and then gets nothing (or, if that one rolled
 * back, the claim).
 */
export async function claimRun(trx: Executor, claim: RunClaim): Promise<boolean> {
  const row = await trx
    .insertInto('schedule_runs')
    .values({
      target_kind: claim.targetKind,
      target_id: claim.targetId,
      due_at: claim.dueAt,
      institution_id: claim.institutionId,
      claimed_by: claim.claimedBy,
    })
    .onConflict((conflict) => conflict.columns(['target_kind', 'target_id', 'due_at']).doNothing())
    .returning('target_id')
    .executeTakeFirst()
  return row !== undefined
}

/** The job a claimed run created, in the claim's transaction. */
export async function recordRunJob(trx: Executor, claim: Pick<RunClaim, 'targetKind' | 'targetId' | 'dueAt'>, jobId: string): Promise<void> {
  await trx
    .updateTable('schedule_runs')
    .set({ job_id: jobId })
    .where('target_kind', '=', claim.targetKind)
    .where('target_id', '=', claim.targetId)
    .where('due_at', '=', claim.dueAt)
    .execute()
}

/** An institution's IANA time zone. */
export async function institutionTimeZone(db: Executor, institutionId: string): Promise<string> {
  const row = await db.selectFrom('institutions').select('time_zone').where('id', '=', institutionId).executeTakeFirstOrThrow()
  return row.time_zone
}
