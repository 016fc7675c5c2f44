/**
 * Names for the shapes the hand-written layer and the CLI use, taken from operations (by their
 * operationId) so they follow the document: a schema that becomes a named component keeps its name here.
 */
import type { components, operations } from './generated/openapi.ts'

type Json<Op extends keyof operations, Status extends keyof operations[Op]['responses']> = operations[Op]['responses'][Status] extends {
  content: { 'application/json': infer Body }
}
  ? Body
  : never

export type Problem = components['schemas']['Problem']
export type Job = Json<'getJob', 200>
export type JobStatus = Job['status']
export type JobEvent = Json<'listJobEvents', 200>['items'][number]
export type JobReport = Json<'getJobReport', 200>
export type Profile = Json<'getProfile', 200>
export type ProfileSummary = Json<'listProfiles', 200>['items'][number]
export type Issue = Json<'getIssue', 200>
export type IssueSummary = Json<'listIssues', 200>['items'][number]
export type ResolveIssueBody = operations['resolveIssue']['requestBody'] extends { content: { 'application/json': infer Body } } | undefined ? Body : never

/** The statuses after which a job changes no more on its own. MANUAL_HANDLING_REQUIRED waits for a person. */
export const SETTLED_STATUSES = [
  'COMPLETED_SUCCESS',
  'COMPLETED_WITH_ERRORS',
  'COMPLETED_NO_BULKS',
  'MANUAL_HANDLING_REQUIRED',
  'CANCELLED',
  'FAILED',
] as const satisfies readonly JobStatus[]

/** Every job status, in lifecycle order (the document's enum; a status it adds fails to compile below). */
export const JOB_STATUSES = ['PENDING', 'INITIALIZING', 'RUNNING', 'FINALIZING', ...SETTLED_STATUSES] as const satisfies readonly JobStatus[]
const everyStatusListed: Exclude<JobStatus, (typeof JOB_STATUSES)[number]> extends never ? true : never = true
void everyStatusListed
