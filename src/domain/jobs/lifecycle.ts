/**
 * The job lifecycle (SPEC "Job lifecycle"): the one table of legal status transitions. The runner,
 * the cancel and resolve endpoints and the tests all go through `assertTransition`.
 */
export const JOB_STATUSES = [
  'PENDING',
  'INITIALIZING',
  'RUNNING',
  'FINALIZING',
  'COMPLETED_SUCCESS',
  'COMPLETED_WITH_ERRORS',
  'COMPLETED_NO_BULKS',
  'MANUAL_HANDLING_REQUIRED',
  'CANCELLED',
  'FAILED',
] as const
export type JobStatus = (typeof JOB_STATUSES)[number]

export const JOB_STATUS_LABELS: Record<JobStatus, string> = {
  PENDING: 'Pending',
  INITIALIZING: 'Initializing',
  RUNNING: 'Running',
  FINALIZING: 'Finalizing',
  COMPLETED_SUCCESS: 'Completed Successfully',
  COMPLETED_WITH_ERRORS: 'Completed with Errors',
  COMPLETED_NO_BULKS: 'Completed with No Bulks',
  MANUAL_HANDLING_REQUIRED: 'Manual Handling Required',
  CANCELLED: 'Cancelled',
  FAILED: 'Failed',
}

export const TRANSITIONS: Readonly<Record<JobStatus, readonly JobStatus[]>> = {
  PENDING: ['INITIALIZING', 'CANCELLED'],
  INITIALIZING: ['RUNNING', 'COMPLETED_NO_BULKS', 'FAILED', 'CANCELLED'],
  RUNNING: ['FINALIZING', 'FAILED', 'CANCELLED'],
  FINALIZING: ['COMPLETED_SUCCESS', 'COMPLETED_WITH_ERRORS', 'MANUAL_HANDLING_REQUIRED'],
  MANUAL_HANDLING_REQUIRED: ['COMPLETED_SUCCESS', 'COMPLETED_WITH_ERRORS'],
  COMPLETED_SUCCESS: [],
  COMPLETED_WITH_ERRORS: [],
  COMPLETED_NO_BULKS: [],
  CANCELLED: [],
  FAILED: [],
}

/** Statuses from which the job will still change on its own or by a person: the "running" tab. */
export const UNFINISHED_STATUSES: readonly JobStatus[] = JOB_STATUSES.filter(
  (status) => TRANSITIONS[status].length > 0,
)
export const FINISHED_STATUSES: readonly JobStatus[] = JOB_STATUSES.filter((status) => TRANSITIONS[status].length === 0)

/**
 * Finished without completing its work: whatever the job was for (its open issues, the one revert
 * an import may have) is free again.
 */
export const ABANDONED_STATUSES: readonly JobStatus[] = ['CANCELLED', 'FAILED']

/** SPEC "Job lifecycle": what can be re-run. A failure of the system, or records not imported. */
export const RERUNNABLE_STATUSES: readonly JobStatus[] = ['FAILED', 'COMPLETED_WITH_ERRORS']

/** Whether the job has finished: no move leaves its status. */
export function isFinished(status: JobStatus): boolean {
  return TRANSITIONS[status].length === 0
}

export function canTransition(from: JobStatus, to: JobStatus): boolean {
  return TRANSITIONS[from].includes(to)
}

export class IllegalTransitionError extends Error {
  readonly from: JobStatus
  readonly to: JobStatus
  constructor(from: JobStatus, to: JobStatus) {
    super(`A job cannot go from ${from} to ${to}`)
    this.name = 'IllegalTransitionError'
    this.from = from
    this.to = to
  }
}

export function assertTransition(from: JobStatus, to: JobStatus): void {
  if (!canTransition(from, to)) throw new IllegalTransitionError(from, to)
}
