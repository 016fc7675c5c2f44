-- Nothing reads records by institution alone: every query reaches them by MMS ID, by the job that
-- created them or through match keys, record changes and set members. The index only cost a
-- write for every record added and for every merge that could not be a HOT update.
DROP INDEX records_institution;
