import type { Logger } from 'pino'
import type { Db } from '../../db/database.ts'
import { claimRun, lastDueTimes, recordRunJob, type ScheduledRow } from '../../db/repositories/schedules.repository.ts'
import { latestDueAtOrBefore } from '../../domain/schedules/due-times.ts'
import type { ScheduleTarget, ScheduleTargetContext } from './targets.ts'

export interface SchedulerOptions {
  db: Db
  logger: Logger
  /** What the targets' fire functions need to start a job (the queue to send its first step to). */
  context: ScheduleTargetContext
  /** The kinds of scheduled things (SCHEDULE_TARGETS). */
  targets: readonly ScheduleTarget[]
  /** Names this process in the runs it claims. */
  workerId: string
  /** The clock; tests turn it by hand. */
  now?: () => Date
  /** Time between two looks at the schedules (default 10 s): a run starts at most this late. */
  intervalMs?: number
}

/** The scheduler's default interval: a run starts within this much of its due time. */
export const SCHEDULER_INTERVAL_MS = 10_000

/**
 * Fires scheduled runs, exactly once per due time however many processes run one. Every interval it
 * reads each target kind's scheduled things (one query a kind) and the latest due time each has run
 * (one more), and for each whose latest due time at or before now has not run — and lies after the
 * target's last change — claims that due time in `schedule_runs` and creates the run's job in the
 * same transaction: the primary key lets one process have it, the others wait on the row and do
 * nothing, and a failed start rolls the claim back to be tried again at the next look.
 *
 * Catch-up: the scheduler fires the latest due time only. A run that fell due while every process
 * was down fires once, when the first one starts; several missed due times (days of downtime) are
 * still one run, the latest — a vendor load fetches whatever is on the server, so one run catches
 * up all of it.
 */
export class Scheduler {
  private readonly options: SchedulerOptions
  private readonly now: () => Date
  private timer: NodeJS.Timeout | undefined
  private running: Promise<unknown> | undefined
  private stopped = false

  constructor(options: SchedulerOptions) {
    this.options = options
    this.now = options.now ?? (() => new Date())
  }

  /** Looks at the schedules now and then every interval, until stop(). */
  start(): void {
    this.stopped = false
    const loop = () => {
      this.running = this.tick()
        .catch((error: unknown) => this.options.logger.error({ err: error }, 'scheduler: looking at the schedules failed'))
        .finally(() => {
          if (!this.stopped) this.timer = setTimeout(loop, this.options.intervalMs ?? SCHEDULER_INTERVAL_MS)
        })
    }
    loop()
  }

  /** Stops the loop; resolves once a look under way has ended. */
  async stop(): Promise<void> {
    this.stopped = true
    clearTimeout(this.timer)
    await this.running
  }

  /** One look at every schedule at the clock's now: the runs this process fired. */
  async tick(): Promise<Array<{ targetKind: string; targetId: string; dueAt: Date; jobId: string }>> {
    const now = this.now()
    const fired: Array<{ targetKind: string; targetId: string; dueAt: Date; jobId: string }> = []
    let looked = 0
    for (const target of this.options.targets) {
      const scheduled = await target.list(this.options.db)
      looked += scheduled.length
      const lastDue = await lastDueTimes(this.options.db, target.kind, scheduled.map((item) => item.id))
      for (const item of scheduled) {
        let dueAt: Date | null
        try {
          dueAt = latestDueAtOrBefore(item.schedule, item.timeZone, now)
        } catch (error) {
          // An institution's time zone the runtime does not know: said every look, the others still run.
          this.options.logger.error({ err: error, targetKind: target.kind, targetId: item.id, timeZone: item.timeZone }, 'scheduler: cannot compute the due time')
          continue
        }
        if (dueAt === null || dueAt <= item.since) continue
        const last = lastDue.get(item.id)
        if (last !== undefined && dueAt <= last) continue
        const jobId = await this.fire(target, item, dueAt)
        if (jobId !== null) fired.push({ targetKind: target.kind, targetId: item.id, dueAt, jobId })
      }
    }
    this.options.logger.debug({ now: now.toISOString(), scheduled: looked, fired: fired.length }, 'scheduler looked at the schedules')
    return fired
  }

  /** Claims the due time and starts the run in one transaction; the job's id, or null when another process had it. */
  private async fire(target: ScheduleTarget, item: ScheduledRow, dueAt: Date): Promise<string | null> {
    const claim = { targetKind: target.kind, targetId: item.id, dueAt, institutionId: item.institutionId, claimedBy: this.options.workerId }
    try {
      const jobId = await this.options.db.transaction().execute(async (trx) => {
        if (!(await claimRun(trx, claim))) return null
        const { jobId } = await target.fire(trx, this.options.context, item, dueAt)
        await recordRunJob(trx, claim, jobId)
        return jobId
      })
      if (jobId !== null) {
        this.options.logger.info({ targetKind: target.kind, targetId: item.id, dueAt: dueAt.toISOString(), jobId }, 'scheduled run started')
      }
      return jobId
    } catch (error) {
      this.options.logger.error(
        { err: error, targetKind: target.kind, targetId: item.id, dueAt: dueAt.toISOString() },
        'scheduler: starting a scheduled run failed; trying again at the next look',
      )
      return null
    }
  }
}
