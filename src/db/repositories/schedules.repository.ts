import { sql } from 'kysely'
import type { Schedule } from '../../domain/profiles/profile.ts'
import type { Executor } from '../database.ts'
import type { Database } from '../schema.ts'

/** A scheduled thing as the scheduler reads it: its schedule, its institution's zone, and since when it holds. */
export interface ScheduledRow {
  id: string
  institutionId: string
  name: string
  schedule: Schedule
  timeZone: string
  /**
   * The last change of the target or of its institution's time zone: a due time at or before it
   * never fires (it was not yet the schedule).
   */
  since: Date
}

/**
 * The scheduled rows of a table of scheduled things, each with its institution's time zone: those
 * active, not deleted and with a schedule. The table keeps the convention of import_profiles and
 * integration_profiles: id, institution_id, name, schedule (jsonb), active, deleted_at, updated_at.
 */
export function scheduledRowsOf(table: keyof Database) {
  return async (db: Executor): Promise<ScheduledRow[]> => {
    const result = await sql<{ id: string; institution_id: string; name: string; schedule: Schedule; updated_at: Date; time_zone: string }>`
      SELECT t.id, t.institution_id, t.name, t.schedule, greatest(t.updated_at, i.time_zone_changed_at) AS updated_at, i.time_zone
      FROM ${sql.table(table)} t JOIN institutions i ON i.id = t.institution_id
      WHERE t.deleted_at IS NULL AND t.active AND t.schedule->>'kind' <> 'NONE'`.execute(db)
    return result.rows.map((row) => ({
      id: row.id,
      institutionId: row.institution_id,
      name: row.name,
      schedule: row.schedule,
      timeZone: row.time_zone,
      since: row.updated_at,
    }))
  }
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
