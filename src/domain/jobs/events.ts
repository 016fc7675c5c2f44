/** The job event log's vocabulary (SPEC "Concepts: Event"). */
export const SEVERITIES = ['INFO', 'WARNING', 'ERROR'] as const
export type Severity = (typeof SEVERITIES)[number]

export const MODULES = ['UPLOAD', 'SPLIT', 'PARSE', 'MATCH', 'MERGE', 'INVENTORY', 'ORDER', 'FTP', 'HARVEST', 'SYSTEM'] as const
export type EventModule = (typeof MODULES)[number]

export const JOB_KINDS = ['IMPORT', 'SINGLE_RECORD', 'FTP_FETCH', 'HARVEST', 'REVERT'] as const
export type JobKind = (typeof JOB_KINDS)[number]

export interface JobEvent {
  severity: Severity
  module: EventModule
  description: string
  /** The user who caused it; null for the system. */
  createdBy: string | null
}

export const BULK_FILE_STATUSES = ['PENDING', 'DONE'] as const
export type BulkFileStatus = (typeof BULK_FILE_STATUSES)[number]
