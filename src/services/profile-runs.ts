import type { Db } from '../db/database.ts'
import { findProfile } from '../db/repositories/profiles.repository.ts'
import { findUser } from '../db/repositories/users.repository.ts'
import type { Actor } from '../domain/jobs/origin.ts'
import { conflict, notFound } from '../errors.ts'
import { createJob } from '../jobs/create.ts'
import type { StepQueue } from '../pipeline/steps.ts'
import { toProfile } from './profiles.service.ts'

/** What starting a run needs: the database and where the fetch job queues its first step. */
export interface ProfileRunDeps {
  db: Db
  steps: StepQueue
}

/** Who starts a run: a person (run now), or a profile's schedule at the time it fell due. */
export type RunActor = { kind: 'USER'; userId: string } | { kind: 'SCHEDULE'; dueAt: Date }

export interface StartProfileRun {
  profileId: string
  institutionId: string
  actor: RunActor
}

/**
 * Starts a run of an FTP profile: its fetch job (`Metadata Import w/FTP: <profile>`, kind
 * FTP_FETCH) with the profile as it is now, created with its first step in one transaction. The
 * caller has checked that the actor may run the profile (a person: as for an upload); this checks
 * that the profile exists in the institution (404), is an FTP profile and is active (409). The
 * fetch job lists, downloads and makes the load job on its own (pipeline/ftp-fetch.ts).
 */
export async function startProfileRun(deps: ProfileRunDeps, run: StartProfileRun): Promise<{ jobId: string }> {
  return deps.db.transaction().execute(async (trx) => {
    // Locked, so a delete or deactivation cannot slip between the check and the new job.
    const row = await trx
      .selectFrom('import_profiles')
      .select('id')
      .where('id', '=', run.profileId)
      .where('institution_id', '=', run.institutionId)
      .where('deleted_at', 'is', null)
      .forUpdate()
      .executeTakeFirst()
    const profileRow = row === undefined ? undefined : await findProfile(trx, run.institutionId, row.id)
    if (profileRow === undefined) throw notFound(`Import profile ${run.profileId}`)
    const profile = toProfile(profileRow)
    if (profile.protocol !== 'FTP' || profile.ftp === null) {
      throw conflict(`Profile "${profile.name}" imports uploaded files (protocol ${profile.protocol}); only an FTP profile fetches from a server`)
    }
    if (!profile.active) throw conflict(`Profile "${profile.name}" is inactive`)
    let actor: Actor
    if (run.actor.kind === 'USER') {
      const user = await findUser(trx, run.institutionId, run.actor.userId)
      if (user === undefined) throw notFound(`User ${run.actor.userId}`)
      actor = { kind: 'USER', userId: user.id, username: user.username }
    } else {
      actor = { kind: 'SCHEDULE', name: `${profile.name}, due ${run.actor.dueAt.toISOString()}` }
    }
    const job = await createJob(
      trx,
      deps.steps,
      { kind: 'FTP_FETCH', institutionId: run.institutionId, about: profile.name, profileId: profile.id, profile, actor },
      {
        event: {
          module: 'FTP',
          description:
            run.actor.kind === 'USER'
              ? `Run started by ${actor.kind === 'USER' ? actor.username : ''}`
              : `Run started by the profile's schedule, due ${run.actor.dueAt.toISOString()}`,
        },
      },
    )
    return { jobId: job.id }
  })
}
