import type { JobKind } from '../domain/jobs/events.ts'
import { ftpFetchJob } from './ftp-fetch.ts'
import { harvestJob } from './harvest.ts'
import { importJob } from './import.ts'
import type { JobKindModule } from './kind.ts'
import { revertJob } from './revert.ts'
import { singleRecordJob } from './single-record.ts'

/** Every job kind this service runs: a new kind is its own module and one line here. */
export const JOB_KIND_MODULES: readonly JobKindModule[] = [importJob, singleRecordJob, revertJob, ftpFetchJob, harvestJob]

/** The module of a registered kind; undefined for a kind the vocabulary names but nothing runs yet. */
export function jobKindModule(kind: JobKind): JobKindModule | undefined {
  return JOB_KIND_MODULES.find((module) => module.kind === kind)
}

/** Whether a job of `kind` allows `action` on it. */
export function allows(kind: JobKind, action: JobKindModule['actions'][number]): boolean {
  return jobKindModule(kind)?.actions.includes(action) ?? false
}
