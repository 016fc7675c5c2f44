import { Type } from 'typebox'

/** When a scheduled thing (an FTP import profile, an integration profile) runs next, in its institution's zone and in UTC. */
export const NextRun = Type.Union(
  [
    Type.Object(
      {
        local: Type.String({ description: 'Local date-time with the offset in force then, e.g. 2027-03-28T03:30:00+02:00' }),
        utc: Type.String({ format: 'date-time', description: 'The same instant in UTC' }),
        timeZone: Type.String({ description: "The institution's IANA time zone, e.g. Europe/Stockholm" }),
      },
      { additionalProperties: false },
    ),
    Type.Null(),
  ],
  {
    description:
      'The next scheduled run; null when not scheduled or inactive. A time the clock skips (spring forward) runs as much later as the gap is long (02:30 → 03:30); a time that happens twice (fall back) runs once, the first time.',
  },
)
