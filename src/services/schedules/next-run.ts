import type { Executor } from '../../db/database.ts'
import { institutionTimeZone } from '../../db/repositories/schedules.repository.ts'
import type { ProfileSnapshot } from '../../domain/profiles/profile.ts'
import { type DueTimeView, dueTimeView, nextDueAfter } from '../../domain/schedules/due-times.ts'

/** A profile as the API shows it: the snapshot a job runs with, and when its schedule runs next. */
export type ProfileView = ProfileSnapshot & { nextRun: DueTimeView | null }

/** The next run of a schedule in `timeZone` after `now`; null when not scheduled or inactive. */
export function nextRun(schedule: ProfileSnapshot['schedule'], active: boolean, timeZone: string, now: Date): DueTimeView | null {
  const next = active ? nextDueAfter(schedule, timeZone, now) : null
  return next === null ? null : dueTimeView(next, timeZone)
}

/** The institution's profiles, each with its next run in the institution's time zone. */
export async function withNextRuns(db: Executor, institutionId: string, profiles: ProfileSnapshot[], now = new Date()): Promise<ProfileView[]> {
  if (profiles.every((profile) => profile.schedule.kind === 'NONE')) return profiles.map((profile) => ({ ...profile, nextRun: null }))
  const timeZone = await institutionTimeZone(db, institutionId)
  return profiles.map((profile) => ({ ...profile, nextRun: nextRun(profile.schedule, profile.active, timeZone, now) }))
}
