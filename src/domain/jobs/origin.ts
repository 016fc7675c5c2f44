/**
 * Where a job comes from: who started it, and the job it was made from. Every way of creating a job
 * (an upload, a re-run, a dry run's real run, a revert, and next a schedule's FTP fetch and its
 * load) names these two, so the job history can say why each job exists.
 */
export const ACTOR_KINDS = ['USER', 'SCHEDULE', 'SYSTEM'] as const
export type ActorKind = (typeof ACTOR_KINDS)[number]

export type Actor =
  | { kind: 'USER'; userId: string; username: string }
  | { kind: 'SCHEDULE'; name: string }
  | { kind: 'SYSTEM' }

/** How a job relates to its parent job: FTP_LOAD_OF links an FTP load job to the fetch job that made it. */
export const JOB_LINKS = ['RERUN_OF', 'REVERT_OF', 'FTP_LOAD_OF'] as const
export type JobLink = (typeof JOB_LINKS)[number]

export interface ParentJob {
  jobId: string
  link: JobLink
}

/** The user an actor is, for the `created_by` of what it writes; null for a schedule or the system. */
export function actingUser(actor: Actor): string | null {
  return actor.kind === 'USER' ? actor.userId : null
}

/** The actor as a job's event log names it. */
export function actorName(actor: Actor): string {
  if (actor.kind === 'USER') return actor.username
  if (actor.kind === 'SCHEDULE') return `schedule "${actor.name}"`
  return 'the system'
}
