import { Temporal } from '@js-temporal/polyfill'
import type { Schedule, Weekday } from '../profiles/profile.ts'

/**
 * When a schedule (not scheduled · every day at HH:MM · every <weekday> at HH:MM) falls due, in an
 * IANA time zone. The zone rules are Temporal's (the tz database through Intl); we only choose how a
 * wall-clock time that does not exist, or exists twice, on a day of a DST change becomes an instant:
 *
 * - spring forward (the clock jumps over HH:MM, e.g. 02:30 in Europe/Stockholm on the last Sunday
 *   of March): the run is as late after the day's start as planned, i.e. moved forward by the length
 *   of the gap — 02:30 becomes 03:30 summer time. This is Temporal's `compatible` disambiguation,
 *   the rule of RFC 5545 (iCalendar) and java.time.
 * - fall back (HH:MM happens twice, e.g. 02:30 in Stockholm on the last Sunday of October): the run
 *   is the first occurrence, still in summer time, and only that one: the day has one due time.
 */
const ISO_WEEKDAY: Record<Weekday, number> = { MONDAY: 1, TUESDAY: 2, WEDNESDAY: 3, THURSDAY: 4, FRIDAY: 5, SATURDAY: 6, SUNDAY: 7 }

/** A run's instant in its zone, and the same instant in UTC, for people to read. */
export interface DueTimeView {
  /** ISO 8601 local date-time with the zone's offset then, e.g. 2027-03-28T03:30:00+02:00. */
  local: string
  /** ISO 8601 in UTC, e.g. 2027-03-28T01:30:00.000Z. */
  utc: string
  timeZone: string
}

/** The instant of the run on `date`, or null when the schedule does not run that day. */
function dueOn(schedule: Exclude<Schedule, { kind: 'NONE' }>, timeZone: string, date: Temporal.PlainDate): Temporal.ZonedDateTime | null {
  if (schedule.kind === 'WEEKLY' && date.dayOfWeek !== ISO_WEEKDAY[schedule.weekday]) return null
  const [hour, minute] = schedule.time.split(':').map(Number) as [number, number]
  return date.toPlainDateTime({ hour, minute }).toZonedDateTime(timeZone, { disambiguation: 'compatible' })
}

/**
 * The due times of the days around `now`'s local date, in order: from eight days before (a weekly
 * run, and a run moved past midnight by a gap) to eight days after.
 */
function dueTimesAround(schedule: Schedule, timeZone: string, now: Date): Temporal.ZonedDateTime[] {
  if (schedule.kind === 'NONE') return []
  const today = Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(timeZone).toPlainDate()
  const times: Temporal.ZonedDateTime[] = []
  for (let offset = -8; offset <= 8; offset++) {
    const due = dueOn(schedule, timeZone, today.add({ days: offset }))
    if (due !== null) times.push(due)
  }
  return times
}

/** The latest due time at or before `now`; null when not scheduled. */
export function latestDueAtOrBefore(schedule: Schedule, timeZone: string, now: Date): Date | null {
  const past = dueTimesAround(schedule, timeZone, now).filter((due) => due.epochMilliseconds <= now.getTime())
  const latest = past.at(-1)
  return latest === undefined ? null : new Date(latest.epochMilliseconds)
}

/** The first due time after `now`; null when not scheduled. */
export function nextDueAfter(schedule: Schedule, timeZone: string, now: Date): Date | null {
  const next = dueTimesAround(schedule, timeZone, now).find((due) => due.epochMilliseconds > now.getTime())
  return next === undefined ? null : new Date(next.epochMilliseconds)
}

/** A due time as people read it: in the zone (with its offset then) and in UTC. */
export function dueTimeView(instant: Date, timeZone: string): DueTimeView {
  const local = Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(timeZone)
  return { local: local.toString({ timeZoneName: 'never' }), utc: instant.toISOString(), timeZone }
}
