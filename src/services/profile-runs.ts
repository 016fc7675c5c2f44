import type { Db } from '../db/database.ts'
import { listLoadedFiles } from '../db/repositories/ftp-files.repository.ts'
import { findProfile, lockProfile } from '../db/repositories/profiles.repository.ts'
import { findUser } from '../db/repositories/users.repository.ts'
import { byName, identityKey, matchesAny } from '../domain/ftp/files.ts'
import type { Actor } from '../domain/jobs/origin.ts'
import type { Principal } from '../domain/permissions/principal.ts'
import type { FtpSettings } from '../domain/profiles/profile.ts'
import { decryptSecret } from '../domain/secrets/secrets.ts'
import { AppError, conflict, notFound } from '../errors.ts'
import { createJob } from '../jobs/create.ts'
import { connectRemote, type RemoteConnection, type RemoteFailure, type RemoteOptions, RemoteServerError } from '../pipeline/remote-server.ts'
import type { StepQueue } from '../pipeline/steps.ts'
import type { JobsService } from './jobs.service.ts'
import { type ProfileRow, toProfile } from './profiles.service.ts'
import { countOf } from '../wording.ts'

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
 * fetch job lists, downloads and makes the load job on its own (jobs/ftp-fetch-step.ts).
 */
export async function startProfileRun(deps: ProfileRunDeps, run: StartProfileRun): Promise<{ jobId: string }> {
  return deps.db.transaction().execute(async (trx) => {
    // Locked, so a delete or deactivation cannot slip between the check and the new job.
    await lockProfile(trx, run.profileId)
    const row = await findProfile(trx, run.institutionId, run.profileId)
    if (row === undefined) throw notFound(`Import profile ${run.profileId}`)
    const profile = toProfile(row)
    if (profile.protocol !== 'FTP' || profile.ftp === null) {
      throw conflict(`Profile "${profile.name}" imports uploaded files (protocol ${profile.protocol}); only an FTP profile fetches from a server`)
    }
    if (!profile.active) throw conflict(`Profile "${profile.name}" is inactive`)
    let actor: Actor
    let started: string
    if (run.actor.kind === 'USER') {
      const user = await findUser(trx, run.institutionId, run.actor.userId)
      if (user === undefined) throw notFound(`User ${run.actor.userId}`)
      actor = { kind: 'USER', userId: user.id, username: user.username }
      started = `Run started by ${user.username}`
    } else {
      actor = { kind: 'SCHEDULE', name: `${profile.name}, due ${run.actor.dueAt.toISOString()}` }
      started = `Run started by the profile's schedule, due ${run.actor.dueAt.toISOString()}`
    }
    const job = await createJob(
      trx,
      deps.steps,
      { kind: 'FTP_FETCH', institutionId: run.institutionId, about: profile.name, profileId: profile.id, profile, actor },
      { event: { module: 'FTP', description: started } },
    )
    return { jobId: job.id }
  })
}

/** What test-connection answers. */
export type ConnectionOutcome = 'REACHABLE' | Exclude<RemoteFailure, 'TRANSFER_FAILED'> | 'LISTING_FAILED'

/**
 * The HTTP side of FTP profiles: run now, what the server holds, whether it can be reached. Each
 * reads the server with the profile's stored secrets, outside any database transaction.
 */
export class ProfileRunsService {
  readonly jobs: JobsService
  readonly secretKey: Buffer
  readonly remote: RemoteOptions

  constructor(jobs: JobsService, secretKey: Buffer, remote: RemoteOptions) {
    this.jobs = jobs
    this.secretKey = secretKey
    this.remote = remote
  }

  /** Run now: what running the profile takes (as for an upload), then its fetch job. */
  async run(caller: Principal, profileId: string) {
    await this.jobs.runnableProfile(caller, profileId)
    const { jobId } = await startProfileRun(
      { db: this.jobs.db, steps: this.jobs.steps },
      { profileId, institutionId: caller.institutionId, actor: { kind: 'USER', userId: caller.userId } },
    )
    return this.jobs.load(caller, jobId)
  }

  /** The input directory's files, each with whether it matches the patterns and when it was loaded. */
  async remoteFiles(caller: Principal, profileId: string) {
    const row = await this.ftpProfile(caller, profileId, 'run')
    const settings = row.ftp as FtpSettings
    const connection = await this.connect(row).catch((error: unknown) => {
      if (error instanceof RemoteServerError) throw new AppError('BAD_GATEWAY', error.message)
      throw error
    })
    let listed
    try {
      listed = await connection.list((name) => matchesAny(settings.filePatterns, name))
    } catch (error) {
      if (error instanceof RemoteServerError) throw new AppError('BAD_GATEWAY', error.message)
      throw error
    } finally {
      await connection.close()
    }
    const loaded = new Map<string, { loadedAt: string; loadJobId: string }>()
    for (const file of await listLoadedFiles(this.jobs.db, row.id, listed.map((entry) => entry.name))) {
      const key = identityKey({ name: file.name, sizeBytes: Number(file.size_bytes), modifiedAt: file.modified_at })
      if (!loaded.has(key)) loaded.set(key, { loadedAt: file.loaded_at.toISOString(), loadJobId: file.load_job_id })
    }
    return {
      directory: settings.directory,
      items: listed
        .sort(byName)
        .map((file) => ({
          name: file.name,
          sizeBytes: file.sizeBytes,
          modifiedAt: file.modifiedAt?.toISOString() ?? null,
          matches: matchesAny(settings.filePatterns, file.name),
          loaded: loaded.get(identityKey(file)) ?? null,
        })),
    }
  }

  /** Connects, logs in, opens the input directory and lists it: the first step that fails says why. */
  async testConnection(caller: Principal, profileId: string): Promise<{ outcome: ConnectionOutcome; detail: string }> {
    const row = await this.ftpProfile(caller, profileId, 'manage')
    const settings = row.ftp as FtpSettings
    let connection: RemoteConnection
    try {
      connection = await this.connect(row)
    } catch (error) {
      if (!(error instanceof RemoteServerError)) throw error
      return { outcome: error.failure === 'TRANSFER_FAILED' ? 'LISTING_FAILED' : error.failure, detail: error.message }
    }
    try {
      const files = await connection.list((name) => matchesAny(settings.filePatterns, name))
      const matching = files.filter((file) => matchesAny(settings.filePatterns, file.name)).length
      return { outcome: 'REACHABLE', detail: `${settings.directory} holds ${countOf(files.length, 'file')}, ${matching} matching the patterns` }
    } catch (error) {
      if (!(error instanceof RemoteServerError)) throw error
      return { outcome: 'LISTING_FAILED', detail: error.message }
    } finally {
      await connection.close()
    }
  }

  private async ftpProfile(caller: Principal, profileId: string, action: 'run' | 'manage'): Promise<ProfileRow> {
    const row = await this.jobs.profiles.load(caller, profileId, action)
    if (action === 'run') await this.jobs.assertMayRun(caller, row.type, async () => row)
    if (row.protocol !== 'FTP' || row.ftp === null) throw conflict(`Profile "${row.name}" imports uploaded files; it has no server`)
    return row
  }

  private connect(row: ProfileRow): Promise<RemoteConnection> {
    return connectRemote(
      row.ftp as FtpSettings,
      {
        password: row.ftp_password_encrypted === null ? null : decryptSecret(this.secretKey, row.ftp_password_encrypted),
        privateKey: row.ftp_private_key_encrypted === null ? null : decryptSecret(this.secretKey, row.ftp_private_key_encrypted),
      },
      this.remote,
    )
  }
}
