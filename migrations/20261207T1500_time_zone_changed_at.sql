-- When the institution's time zone last changed. Its schedules' due times move with the zone, so a
-- due time at or before the change was never the schedule and must not fire as a missed run (the
-- scheduler takes the later of this and the profile's own last change). NULL: never changed here.
ALTER TABLE institutions ADD COLUMN time_zone_changed_at timestamptz;
