import type { Db, Executor } from '../db/database.ts'
import { decodeCursor, toPage } from '../db/pagination.ts'
import * as requests from '../db/repositories/borrowing-requests.repository.ts'
import * as integration from '../db/repositories/integration-profiles.repository.ts'
import { findJob, type JobRow, updateJob } from '../db/repositories/jobs.repository.ts'
import { type Actor, actorName } from '../domain/jobs/origin.ts'
import { UNFINISHED_STATUSES, isFinished } from '../domain/jobs/lifecycle.ts'
import type { Principal } from '../domain/permissions/principal.ts'
import type { Schedule } from '../domain/profiles/profile.ts'
import type { BorrowingStatus, ExternalSystem, IntegrationType } from '../domain/resource-sharing/libris.ts'
import { encryptSecret } from '../domain/secrets/secrets.ts'
import { AppError, conflict, invalid, notFound } from '../errors.ts'
import { createJob } from '../jobs/create.ts'
import type { StepQueue } from '../pipeline/steps.ts'
import type { HarvestCounters } from '../pipeline/harvest.ts'
import { callerActor } from './jobs.service.ts'
import { institutionTimeZone } from '../db/repositories/schedules.repository.ts'
import { nextRun } from './schedules/next-run.ts'
import { etagOf } from './profiles.service.ts'

export interface IntegrationProfileInput {
  code?: string
  name?: string
  description?: string
  integrationType?: IntegrationType
  system?: ExternalSystem
  baseUrl?: string
  libraryCode?: string
  resourceSharingLibraryId?: string
  apiKey?: string | null
  authentication?: boolean
  active?: boolean
  harvestStartDate?: string
  schedule?: Schedule
}

/** A profile as the API shows it; `timeZone` is the institution's, for when its schedule runs next. */
export function toIntegrationProfile(row: integration.IntegrationProfileRow, timeZone: string, now = new Date()) {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    description: row.description,
    integrationType: row.integration_type,
    system: row.system,
    baseUrl: row.base_url,
    libraryCode: row.library_code,
    resourceSharingLibraryId: row.resource_sharing_library_id,
    authentication: row.authentication,
    apiKeySet: row.api_key_encrypted !== null,
    active: row.active,
    harvestStartDate: row.harvest_start_date,
    lastHarvestedThrough: row.harvested_through,
    schedule: row.schedule,
    nextRun: nextRun(row.schedule, row.active, timeZone, now),
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  }
}

function toMapping(row: integration.MappingRow) {
  return {
    id: row.id,
    integrationProfileId: row.integration_profile_id,
    externalCode: row.external_code,
    libraryId: row.library_id,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  }
}

function toPartner(row: integration.PartnerRow) {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    system: row.system,
    active: row.active,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  }
}

function toBorrowingRequest(row: requests.BorrowingRequestRow) {
  return {
    id: row.id,
    integrationProfileId: row.integration_profile_id,
    lfNumber: row.lf_number,
    requestId: row.external_request_id,
    externalStatus: row.external_status,
    status: row.status,
    title: row.title,
    author: row.author,
    isbnIssn: row.isbn_issn,
    mediaType: row.media_type,
    requestingLibrary: row.requesting_library_code === null ? null : { code: row.requesting_library_code, libraryId: row.requesting_library_id },
    receivingLibrary: { code: row.receiving_library_code, libraryId: row.receiving_library_id },
    lenders: row.lenders,
    lastModified: row.external_last_modified,
    dateReceived: row.date_received,
    dueDate: row.due_date,
    createdByJob: row.created_by_job,
    updatedByJob: row.updated_by_job,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === '23505'
}

/** If-Match as for import profiles: required (428), and the version read (412). */
function assertIfMatch(ifMatch: string | undefined, version: number, what: string): void {
  if (ifMatch === undefined) {
    throw new AppError('PRECONDITION_REQUIRED', 'Send If-Match with the ETag you read, so you do not overwrite a change you have not seen')
  }
  if (ifMatch !== '*' && !ifMatch.split(',').map((tag) => tag.trim().replace(/^W\//, '')).includes(etagOf(version))) {
    throw new AppError('PRECONDITION_FAILED', `The ${what} has changed since you read it; it is now at version ${version}`)
  }
}

/** A real calendar day: 2026-02-30 passes the date format's pattern but is no day. */
function assertDay(field: string, day: string): void {
  const date = new Date(`${day}T00:00:00Z`)
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day) throw invalid(field, 'is not a calendar day')
}

function assertBaseUrl(url: string): void {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw invalid('baseUrl', 'is not a URL')
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw invalid('baseUrl', 'must be an http or https URL')
  if (parsed.username !== '' || parsed.password !== '') throw invalid('baseUrl', 'must not carry a user name or password; the API key goes in apiKey')
}

/**
 * Starts a harvest of an integration profile of `institutionId` (404 otherwise) as `actor`: a user's
 * "run now", or a schedule (its `db` then joins the transaction that claims the due time). One at a
 * time per profile (409), and only of an active profile (409).
 */
export async function startHarvest(
  context: { db: Db; steps: StepQueue },
  run: { profileId: string; institutionId: string; actor: Actor },
): Promise<{ jobId: string; job: JobRow }> {
  return context.db.transaction().execute(async (trx) => {
    // Locked before it is read, so a deactivation or deletion cannot slip in between.
    await integration.lockIntegrationProfile(trx, run.profileId)
    const row = await integration.findIntegrationProfile(trx, run.institutionId, run.profileId)
    if (row === undefined) throw notFound(`Integration profile ${run.profileId}`)
    if (!row.active) throw conflict(`Integration profile "${row.name}" is inactive`)
    if ((await integration.countHarvestsInStatus(trx, run.profileId, UNFINISHED_STATUSES)) > 0) {
      throw conflict(`A harvest of integration profile "${row.name}" is already under way`)
    }
    const job = await createJob(
      trx,
      context.steps,
      { kind: 'HARVEST', institutionId: run.institutionId, about: row.name, profileId: null, profile: null, actor: run.actor },
      { event: { module: 'HARVEST', description: `Started by ${actorName(run.actor)}` } },
    )
    const linked = await updateJob(trx, job.id, { integration_profile_id: run.profileId })
    return { jobId: linked.id, job: linked }
  })
}

/**
 * Resource sharing (issue 17, seed 004): integration profiles with their library code mappings,
 * partners, the harvested borrowing requests, and starting a harvest. Every route that reaches this
 * is the General System Administrator's (SPEC "Permissions"); another institution's ids answer 404.
 */
export class ResourceSharingService {
  readonly db: Db
  readonly secretKey: Buffer
  readonly steps: StepQueue
  constructor(db: Db, secretKey: Buffer, steps: StepQueue) {
    this.db = db
    this.secretKey = secretKey
    this.steps = steps
  }

  private async assertLibrary(db: Executor, caller: Principal, field: string, libraryId: string) {
    if ((await integration.findLibrary(db, caller.institutionId, libraryId)) === undefined) throw invalid(field, 'is not a library of your institution')
  }

  async loadProfile(caller: Principal, id: string, db: Executor = this.db) {
    const row = await integration.findIntegrationProfile(db, caller.institutionId, id)
    if (row === undefined) throw notFound(`Integration profile ${id}`)
    return row
  }

  async profile(caller: Principal, id: string) {
    return toIntegrationProfile(await this.loadProfile(caller, id), await institutionTimeZone(this.db, caller.institutionId))
  }

  async listProfiles(caller: Principal, query: { active?: boolean; cursor?: string; limit: number }) {
    const rows = await integration.listIntegrationProfiles(
      this.db,
      caller.institutionId,
      query.active === undefined ? {} : { active: query.active },
      { after: decodeCursor(query.cursor), limit: query.limit },
    )
    const page = toPage(rows, query.limit)
    const timeZone = await institutionTimeZone(this.db, caller.institutionId)
    return { items: page.rows.map((row) => toIntegrationProfile(row, timeZone)), nextCursor: page.nextCursor }
  }

  async createProfile(
    caller: Principal,
    input: IntegrationProfileInput & { code: string; name: string; baseUrl: string; libraryCode: string; resourceSharingLibraryId: string; harvestStartDate: string },
  ) {
    assertBaseUrl(input.baseUrl)
    assertDay('harvestStartDate', input.harvestStartDate)
    const authentication = input.authentication ?? false
    if (authentication && (input.apiKey === undefined || input.apiKey === null)) throw invalid('apiKey', 'is required when authentication is on')
    await this.assertLibrary(this.db, caller, 'resourceSharingLibraryId', input.resourceSharingLibraryId)
    try {
      const row = await integration.insertIntegrationProfile(this.db, {
        institution_id: caller.institutionId,
        code: input.code,
        name: input.name,
        description: input.description ?? '',
        integration_type: input.integrationType ?? 'RESOURCE_SHARING',
        system: input.system ?? 'LIBRIS',
        base_url: input.baseUrl,
        library_code: input.libraryCode,
        resource_sharing_library_id: input.resourceSharingLibraryId,
        api_key_encrypted: input.apiKey === undefined || input.apiKey === null ? null : encryptSecret(this.secretKey, input.apiKey),
        authentication,
        active: input.active ?? true,
        harvest_start_date: input.harvestStartDate,
        schedule: JSON.stringify(input.schedule ?? { kind: 'NONE' }),
        created_by: caller.userId,
      })
      return toIntegrationProfile(row, await institutionTimeZone(this.db, caller.institutionId))
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`An integration profile with code "${input.code}" already exists`)
      throw error
    }
  }

  async updateProfile(caller: Principal, id: string, ifMatch: string | undefined, changes: IntegrationProfileInput) {
    return this.db.transaction().execute(async (trx) => {
      const row = await this.loadProfile(caller, id, trx)
      assertIfMatch(ifMatch, row.version, 'integration profile')
      if (changes.baseUrl !== undefined) assertBaseUrl(changes.baseUrl)
      if (changes.harvestStartDate !== undefined) assertDay('harvestStartDate', changes.harvestStartDate)
      if (changes.resourceSharingLibraryId !== undefined) await this.assertLibrary(trx, caller, 'resourceSharingLibraryId', changes.resourceSharingLibraryId)
      const apiKey =
        changes.apiKey === undefined ? row.api_key_encrypted : changes.apiKey === null ? null : encryptSecret(this.secretKey, changes.apiKey)
      if ((changes.authentication ?? row.authentication) && apiKey === null) throw invalid('apiKey', 'is required when authentication is on')
      if (changes.active === false && row.active) await this.assertNoUnfinishedHarvest(trx, id, 'deactivated')
      try {
        const updated = await integration.updateIntegrationProfile(trx, id, row.version, {
          ...(changes.code === undefined ? {} : { code: changes.code }),
          ...(changes.name === undefined ? {} : { name: changes.name }),
          ...(changes.description === undefined ? {} : { description: changes.description }),
          ...(changes.integrationType === undefined ? {} : { integration_type: changes.integrationType }),
          ...(changes.system === undefined ? {} : { system: changes.system }),
          ...(changes.baseUrl === undefined ? {} : { base_url: changes.baseUrl }),
          ...(changes.libraryCode === undefined ? {} : { library_code: changes.libraryCode }),
          ...(changes.resourceSharingLibraryId === undefined ? {} : { resource_sharing_library_id: changes.resourceSharingLibraryId }),
          ...(changes.authentication === undefined ? {} : { authentication: changes.authentication }),
          ...(changes.active === undefined ? {} : { active: changes.active }),
          ...(changes.harvestStartDate === undefined ? {} : { harvest_start_date: changes.harvestStartDate }),
          ...(changes.schedule === undefined ? {} : { schedule: JSON.stringify(changes.schedule) }),
          api_key_encrypted: apiKey,
        })
        if (updated === undefined) throw new AppError('PRECONDITION_FAILED', 'The integration profile changed while you were saving; read it again')
        return toIntegrationProfile(updated, await institutionTimeZone(trx, caller.institutionId))
      } catch (error) {
        if (isUniqueViolation(error)) throw conflict(`An integration profile with code "${changes.code}" already exists`)
        throw error
      }
    })
  }

  async removeProfile(caller: Principal, id: string) {
    await this.db.transaction().execute(async (trx) => {
      await this.loadProfile(caller, id, trx)
      await integration.lockIntegrationProfile(trx, id)
      await this.assertNoUnfinishedHarvest(trx, id, 'deleted')
      await integration.softDeleteIntegrationProfile(trx, id)
    })
  }

  private async assertNoUnfinishedHarvest(db: Executor, id: string, verb: string) {
    const unfinished = await integration.countHarvestsInStatus(db, id, UNFINISHED_STATUSES)
    if (unfinished > 0) throw conflict(`The integration profile cannot be ${verb} while its harvest is unfinished`)
  }

  /** Starts "Import resource sharing requests using profile <name>" now, as the caller. */
  async run(caller: Principal, id: string) {
    await this.loadProfile(caller, id)
    const { job } = await startHarvest({ db: this.db, steps: this.steps }, { profileId: id, institutionId: caller.institutionId, actor: callerActor(caller) })
    return job
  }

  /** A HARVEST job's report: its counters, final once the job is. */
  async harvestReport(caller: Principal, jobId: string) {
    const job = await findJob(this.db, caller.institutionId, jobId)
    if (job === undefined) throw notFound(`Job ${jobId}`)
    if (job.kind !== 'HARVEST') throw notFound(`Job ${jobId} is not a harvest: its report is /v1/jobs/${jobId}/report`)
    const counters = job.counters as Partial<HarvestCounters>
    return {
      jobId: job.id,
      integrationProfileId: job.integration_profile_id,
      status: job.status,
      final: isFinished(job.status),
      found: counters.found ?? 0,
      created: counters.created ?? 0,
      updated: counters.updated ?? 0,
      unchanged: counters.unchanged ?? 0,
      failed: counters.failed ?? 0,
    }
  }

  // Library code mappings

  async listMappings(caller: Principal, profileId: string, query: { cursor?: string; limit: number }) {
    await this.loadProfile(caller, profileId)
    const rows = await integration.listMappings(this.db, profileId, { after: decodeCursor(query.cursor), limit: query.limit })
    const page = toPage(rows, query.limit)
    return { items: page.rows.map(toMapping), nextCursor: page.nextCursor }
  }

  async getMapping(caller: Principal, profileId: string, mappingId: string, db: Executor = this.db) {
    await this.loadProfile(caller, profileId, db)
    const row = await integration.findMapping(db, profileId, mappingId)
    if (row === undefined) throw notFound(`Library code mapping ${mappingId}`)
    return row
  }

  async mapping(caller: Principal, profileId: string, mappingId: string) {
    return toMapping(await this.getMapping(caller, profileId, mappingId))
  }

  async createMapping(caller: Principal, profileId: string, input: { externalCode: string; libraryId: string }) {
    await this.loadProfile(caller, profileId)
    await this.assertLibrary(this.db, caller, 'libraryId', input.libraryId)
    try {
      return toMapping(await integration.insertMapping(this.db, { integration_profile_id: profileId, external_code: input.externalCode, library_id: input.libraryId }))
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`Library code "${input.externalCode}" is mapped already`)
      throw error
    }
  }

  async updateMapping(caller: Principal, profileId: string, mappingId: string, ifMatch: string | undefined, changes: { externalCode?: string; libraryId?: string }) {
    return this.db.transaction().execute(async (trx) => {
      const row = await this.getMapping(caller, profileId, mappingId, trx)
      assertIfMatch(ifMatch, row.version, 'library code mapping')
      if (changes.libraryId !== undefined) await this.assertLibrary(trx, caller, 'libraryId', changes.libraryId)
      try {
        const updated = await integration.updateMapping(trx, mappingId, row.version, {
          ...(changes.externalCode === undefined ? {} : { external_code: changes.externalCode }),
          ...(changes.libraryId === undefined ? {} : { library_id: changes.libraryId }),
        })
        if (updated === undefined) throw new AppError('PRECONDITION_FAILED', 'The mapping changed while you were saving; read it again')
        return toMapping(updated)
      } catch (error) {
        if (isUniqueViolation(error)) throw conflict(`Library code "${changes.externalCode}" is mapped already`)
        throw error
      }
    })
  }

  async deleteMapping(caller: Principal, profileId: string, mappingId: string) {
    await this.getMapping(caller, profileId, mappingId)
    await integration.deleteMapping(this.db, mappingId)
  }

  // Partners

  async listPartners(caller: Principal, query: { code?: string; active?: boolean; cursor?: string; limit: number }) {
    const rows = await integration.listPartners(
      this.db,
      caller.institutionId,
      { ...(query.code === undefined ? {} : { code: query.code }), ...(query.active === undefined ? {} : { active: query.active }) },
      { after: decodeCursor(query.cursor), limit: query.limit },
    )
    const page = toPage(rows, query.limit)
    return { items: page.rows.map(toPartner), nextCursor: page.nextCursor }
  }

  async getPartner(caller: Principal, id: string, db: Executor = this.db) {
    const row = await integration.findPartner(db, caller.institutionId, id)
    if (row === undefined) throw notFound(`Partner ${id}`)
    return row
  }

  async partner(caller: Principal, id: string) {
    return toPartner(await this.getPartner(caller, id))
  }

  async createPartner(caller: Principal, input: { code: string; name: string; system?: ExternalSystem; active?: boolean }) {
    try {
      return toPartner(
        await integration.insertPartner(this.db, {
          institution_id: caller.institutionId,
          code: input.code,
          name: input.name,
          system: input.system ?? 'LIBRIS',
          active: input.active ?? true,
        }),
      )
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`A partner with code "${input.code}" (in any case) already exists`)
      throw error
    }
  }

  async updatePartner(
    caller: Principal,
    id: string,
    ifMatch: string | undefined,
    changes: { code?: string; name?: string; system?: ExternalSystem; active?: boolean },
  ) {
    return this.db.transaction().execute(async (trx) => {
      const row = await this.getPartner(caller, id, trx)
      assertIfMatch(ifMatch, row.version, 'partner')
      try {
        const updated = await integration.updatePartner(trx, id, row.version, {
          ...(changes.code === undefined ? {} : { code: changes.code }),
          ...(changes.name === undefined ? {} : { name: changes.name }),
          ...(changes.system === undefined ? {} : { system: changes.system }),
          ...(changes.active === undefined ? {} : { active: changes.active }),
        })
        if (updated === undefined) throw new AppError('PRECONDITION_FAILED', 'The partner changed while you were saving; read it again')
        return toPartner(updated)
      } catch (error) {
        if (isUniqueViolation(error)) throw conflict(`A partner with code "${changes.code}" (in any case) already exists`)
        throw error
      }
    })
  }

  async deletePartner(caller: Principal, id: string) {
    await this.db.transaction().execute(async (trx) => {
      await this.getPartner(caller, id, trx)
      if (!(await integration.deletePartner(trx, id))) throw conflict('Borrowing requests name this partner as a lender; deactivate it instead')
    })
  }

  // Borrowing requests

  async listBorrowingRequests(
    caller: Principal,
    query: { status?: BorrowingStatus; partnerId?: string; jobId?: string; updatedSince?: string; cursor?: string; limit: number },
  ) {
    const rows = await requests.listBorrowingRequests(
      this.db,
      caller.institutionId,
      {
        ...(query.status === undefined ? {} : { status: query.status }),
        ...(query.partnerId === undefined ? {} : { partnerId: query.partnerId }),
        ...(query.jobId === undefined ? {} : { jobId: query.jobId }),
        ...(query.updatedSince === undefined ? {} : { updatedSince: query.updatedSince }),
      },
      { after: decodeCursor(query.cursor), limit: query.limit },
    )
    const page = toPage(rows, query.limit)
    return { items: page.rows.map(toBorrowingRequest), nextCursor: page.nextCursor }
  }

  async borrowingRequest(caller: Principal, id: string) {
    const row = await requests.findBorrowingRequest(this.db, caller.institutionId, id)
    if (row === undefined) throw notFound(`Borrowing request ${id}`)
    return toBorrowingRequest(row)
  }
}
