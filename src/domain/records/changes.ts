/** What a job did to a record; a revert job restores (merged/overlaid) and undeletes too. */
export const RECORD_CHANGES = ['ADDED', 'MERGED', 'OVERLAID', 'DELETED', 'RESTORED', 'UNDELETED'] as const
export type RecordChange = (typeof RECORD_CHANGES)[number]
