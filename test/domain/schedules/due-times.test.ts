import t from 'tap'
import { dueTimeView, latestDueAtOrBefore, nextDueAfter } from '../../../src/domain/schedules/due-times.ts'
import type { Schedule } from '../../../src/domain/profiles/profile.ts'

/*
 * Expected instants worked out by hand from the DST rules, not by the code under test:
 *
 * Europe/Stockholm: CET = UTC+1, CEST = UTC+2; summer time from the last Sunday of March at 01:00
 * UTC (02:00 CET → 03:00 CEST) to the last Sunday of October at 01:00 UTC (03:00 CEST → 02:00 CET).
 * In 2027: 28 March and 31 October (1 January 2027 is a Friday; 28 March is day 87, 31 October
 * day 304, both Sundays).
 *
 * America/Chicago: CST = UTC−6, CDT = UTC−5; daylight time from the second Sunday of March at
 * 02:00 CST (08:00 UTC → 03:00 CDT) to the first Sunday of November at 02:00 CDT (07:00 UTC →
 * 01:00 CST). In 2027: 14 March and 7 November.
 *
 * Our choices for the two odd days: a time the clock skips runs as much later as the gap is long
 * (02:30 → 03:30 the new offset, the instant 02:30 would be at the old offset); a time that
 * happens twice runs once, at its first occurrence (the old, summer offset).
 */
const at = (iso: string) => new Date(iso)
const daily = (time: string): Schedule => ({ kind: 'DAILY', time })

/** The due times one after another from `from`, as a person following the calendar would see them. */
function sequence(schedule: Schedule, zone: string, from: string, count: number): string[] {
  const out: string[] = []
  let now = at(from)
  for (let i = 0; i < count; i++) {
    const next = nextDueAfter(schedule, zone, now)
    if (next === null) break
    out.push(next.toISOString())
    now = next
  }
  return out
}

t.test('every day at 08:00 in Europe/Stockholm across both DST changes of 2027', async (t) => {
  t.same(sequence(daily('08:00'), 'Europe/Stockholm', '2027-03-26T12:00:00Z', 3), [
    '2027-03-27T07:00:00.000Z', // Saturday, CET
    '2027-03-28T06:00:00.000Z', // Sunday, CEST from 01:00 UTC
    '2027-03-29T06:00:00.000Z',
  ])
  t.same(sequence(daily('08:00'), 'Europe/Stockholm', '2027-10-29T12:00:00Z', 3), [
    '2027-10-30T06:00:00.000Z', // CEST
    '2027-10-31T07:00:00.000Z', // CET from 01:00 UTC
    '2027-11-01T07:00:00.000Z',
  ])
})

t.test('a time the spring-forward skips (02:30 in Stockholm on 28 March 2027) runs at 03:30 CEST', async (t) => {
  t.same(sequence(daily('02:30'), 'Europe/Stockholm', '2027-03-26T12:00:00Z', 3), [
    '2027-03-27T01:30:00.000Z', // 02:30 CET
    '2027-03-28T01:30:00.000Z', // 02:30 does not exist: 03:30 CEST
    '2027-03-29T00:30:00.000Z', // 02:30 CEST
  ])
  t.same(dueTimeView(at('2027-03-28T01:30:00Z'), 'Europe/Stockholm'), {
    local: '2027-03-28T03:30:00+02:00',
    utc: '2027-03-28T01:30:00.000Z',
    timeZone: 'Europe/Stockholm',
  })
})

t.test('a time the fall-back repeats (02:30 in Stockholm on 31 October 2027) runs once, the first time', async (t) => {
  t.same(sequence(daily('02:30'), 'Europe/Stockholm', '2027-10-30T12:00:00Z', 2), [
    '2027-10-31T00:30:00.000Z', // 02:30 CEST, the first of the two
    '2027-11-01T01:30:00.000Z', // not 2027-10-31T01:30Z (02:30 CET, the repeat): the next day
  ])
  // At the repeat itself the latest due time is still the first occurrence: nothing new is due.
  t.equal(latestDueAtOrBefore(daily('02:30'), 'Europe/Stockholm', at('2027-10-31T01:30:00Z'))?.toISOString(), '2027-10-31T00:30:00.000Z')
})

t.test('every Sunday in America/Chicago across both DST changes of 2027', async (t) => {
  const sunday = (time: string): Schedule => ({ kind: 'WEEKLY', weekday: 'SUNDAY', time })
  t.same(sequence(sunday('02:30'), 'America/Chicago', '2027-03-01T00:00:00Z', 3), [
    '2027-03-07T08:30:00.000Z', // 02:30 CST
    '2027-03-14T08:30:00.000Z', // 02:30 skipped: 03:30 CDT
    '2027-03-21T07:30:00.000Z', // 02:30 CDT
  ])
  t.same(sequence(sunday('01:30'), 'America/Chicago', '2027-10-25T00:00:00Z', 3), [
    '2027-10-31T06:30:00.000Z', // 01:30 CDT
    '2027-11-07T06:30:00.000Z', // 01:30 happens twice: the first, CDT
    '2027-11-14T07:30:00.000Z', // 01:30 CST
  ])
  t.same(dueTimeView(at('2027-11-14T07:30:00Z'), 'America/Chicago').local, '2027-11-14T01:30:00-06:00')
})

t.test('every Monday at 09:00 in Chicago, and every day at 08:00, around the March change', async (t) => {
  t.same(sequence({ kind: 'WEEKLY', weekday: 'MONDAY', time: '09:00' }, 'America/Chicago', '2027-03-01T16:00:00Z', 2), [
    '2027-03-08T15:00:00.000Z', // CST
    '2027-03-15T14:00:00.000Z', // CDT
  ])
  t.same(sequence(daily('08:00'), 'America/Chicago', '2027-03-13T00:00:00Z', 2), ['2027-03-13T14:00:00.000Z', '2027-03-14T13:00:00.000Z'])
  t.same(sequence(daily('08:00'), 'America/Chicago', '2027-11-06T00:00:00Z', 2), ['2027-11-06T13:00:00.000Z', '2027-11-07T14:00:00.000Z'])
})

t.test('the latest due time at or before now, and nothing for an unscheduled profile', async (t) => {
  const schedule = daily('08:00')
  t.equal(latestDueAtOrBefore(schedule, 'Europe/Stockholm', at('2027-03-28T05:59:59Z'))?.toISOString(), '2027-03-27T07:00:00.000Z')
  t.equal(latestDueAtOrBefore(schedule, 'Europe/Stockholm', at('2027-03-28T06:00:00Z'))?.toISOString(), '2027-03-28T06:00:00.000Z')
  // Three days later, the missed days are not listed: only the latest.
  t.equal(latestDueAtOrBefore(schedule, 'Europe/Stockholm', at('2027-03-31T10:00:00Z'))?.toISOString(), '2027-03-31T06:00:00.000Z')
  const weekly: Schedule = { kind: 'WEEKLY', weekday: 'WEDNESDAY', time: '23:45' }
  // Wednesday 31 March 2027 23:45 CEST = 21:45 UTC; on Tuesday 6 April the latest is still that one.
  t.equal(latestDueAtOrBefore(weekly, 'Europe/Stockholm', at('2027-04-06T12:00:00Z'))?.toISOString(), '2027-03-31T21:45:00.000Z')
  t.equal(latestDueAtOrBefore({ kind: 'NONE' }, 'Europe/Stockholm', at('2027-04-06T12:00:00Z')), null)
  t.equal(nextDueAfter({ kind: 'NONE' }, 'Europe/Stockholm', at('2027-04-06T12:00:00Z')), null)
})
