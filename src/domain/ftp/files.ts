import { JOB_KINDS, type JobKind } from '../jobs/events.ts'

/**
 * File-name patterns as an FTP profile has them: `*` stands for zero or more characters, anything
 * else for itself (case matters, as on the servers vendors use). A name matching any pattern is fetched.
 */
export function matchesAny(patterns: readonly string[], name: string): boolean {
  return patterns.some((pattern) => patternRegExp(pattern).test(name))
}

function patternRegExp(pattern: string): RegExp {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*')
  return new RegExp(`^${source}$`, 's')
}

/** A file on the server as the loaded-files registry knows it: the same name with another size or time is a new file. */
export interface FileIdentity {
  name: string
  sizeBytes: number
  modifiedAt: Date | null
}

export function identityKey(file: FileIdentity): string {
  return JSON.stringify([file.name, file.sizeBytes, file.modifiedAt?.getTime() ?? null])
}

/** Only the load job of an FTP run shows in its profile's history; the fetch job is in the general job list. */
export const PROFILE_HISTORY_KINDS: readonly JobKind[] = JOB_KINDS.filter((kind) => kind !== 'FTP_FETCH')

/** Files in the order of their names' code points (a listing, the order a load job reads them). */
export function byName(a: { name: string }, b: { name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0
}
