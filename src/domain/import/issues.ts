/**
 * Import issues (SPEC "Manual handling"): the records of a job a person must decide on. One
 * vocabulary for the table, the service and the API's enums.
 */
/** MULTI_MATCH: several repository records match and the profile leaves the choice to a person; INVALID: the record could not be read. */
export const ISSUE_KINDS = ['MULTI_MATCH', 'INVALID'] as const
export type IssueKind = (typeof ISSUE_KINDS)[number]

/** OPEN: waiting for a person; RESOLVED: decided; CLOSED: its job ended first (or it was a dry run's). */
export const ISSUE_STATUSES = ['OPEN', 'RESOLVED', 'CLOSED'] as const
export type IssueStatus = (typeof ISSUE_STATUSES)[number]

/** What a person may decide for an issue. */
export const RESOLUTIONS = ['IMPORT_AS_NEW', 'MERGE', 'OVERLAY', 'SKIP'] as const
export type ResolutionAction = (typeof RESOLUTIONS)[number]
