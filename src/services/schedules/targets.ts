import type { Transaction } from 'kysely'
import type { Db } from '../../db/database.ts'
import { type ScheduledRow, scheduledRowsOf } from '../../db/repositories/schedules.repository.ts'
import type { Database } from '../../db/schema.ts'
import type { StepQueue } from '../../pipeline/steps.ts'
import { startProfileRun } from '../profile-runs.ts'
import { startHarvest } from '../resource-sharing.service.ts'

/** What a fire function gets from the process that runs the scheduler. */
export interface ScheduleTargetContext {
  steps: StepQueue
}

/**
 * One kind of scheduled thing: where its schedules are (`list`: every active target with a
 * schedule, its institution's zone and its last change, in one query: `scheduledRowsOf(table)`
 * for a table of the usual columns) and how a due run starts
 * (`fire`: create the run's job, with the schedule as its actor, in `trx` — the transaction that
 * claims the due time, so the claim and the job commit together or not at all). A new kind is one
 * entry in SCHEDULE_TARGETS; its runs are claimed in `schedule_runs` under its `kind`.
 */
export interface ScheduleTarget {
  /** The target kind as `schedule_runs.target_kind` stores it. */
  kind: string
  list(db: Db): Promise<ScheduledRow[]>
  fire(trx: Transaction<Database>, context: ScheduleTargetContext, target: ScheduledRow, dueAt: Date): Promise<{ jobId: string }>
}

/**
 * `trx` as a Db whose `transaction().execute(fn)` runs `fn` in `trx` instead of opening a
 * transaction of its own: a service function that starts a run in its own transaction (as
 * startProfileRun does, for "run now") then runs inside the scheduler's claim.
 */
export function joiningTransaction(trx: Transaction<Database>): Db {
  return new Proxy(trx, {
    get(target, property) {
      if (property === 'transaction') {
        return () => ({ execute: <T>(work: (joined: Transaction<Database>) => Promise<T>) => work(target) })
      }
      // Kysely keeps its state in private fields: its methods must see the transaction itself.
      const value: unknown = Reflect.get(target, property, target)
      return typeof value === 'function' ? value.bind(target) : value
    },
  }) as unknown as Db
}

/** An FTP import profile's schedule starts its fetch job (services/profile-runs.ts). */
export const importProfileTarget: ScheduleTarget = {
  kind: 'IMPORT_PROFILE',
  list: scheduledRowsOf('import_profiles'),
  fire: (trx, context, profile, dueAt) =>
    startProfileRun(
      { db: joiningTransaction(trx), steps: context.steps },
      { profileId: profile.id, institutionId: profile.institutionId, actor: { kind: 'SCHEDULE', dueAt } },
    ),
}

/** An integration profile's schedule starts its harvest (issue 17; services/resource-sharing.service.ts). */
export const integrationProfileTarget: ScheduleTarget = {
  kind: 'INTEGRATION_PROFILE',
  list: scheduledRowsOf('integration_profiles'),
  fire: (trx, context, profile, dueAt) =>
    startHarvest(
      { db: joiningTransaction(trx), steps: context.steps },
      { profileId: profile.id, institutionId: profile.institutionId, actor: { kind: 'SCHEDULE', name: `${profile.name}, due ${dueAt.toISOString()}` } },
    ),
}

/** Every kind of scheduled thing the scheduler fires: a new kind is one line here. */
export const SCHEDULE_TARGETS: readonly ScheduleTarget[] = [importProfileTarget, integrationProfileTarget]
