import type { Db, Executor } from '../db/database.ts'
import * as requests from '../db/repositories/borrowing-requests.repository.ts'
import * as integration from '../db/repositories/integration-profiles.repository.ts'
import { getJob, insertEvent, lockJob, updateJob } from '../db/repositories/jobs.repository.ts'
import type { BorrowingLender } from '../db/schema.ts'
import type { JobEvent } from '../domain/jobs/events.ts'
import {
  borrowingStatusOf,
  harvestWindow,
  type LibrisRequest,
  MalformedResponseError,
  parseOutgoing,
  today,
} from '../domain/resource-sharing/libris.ts'
import { decryptSecret } from '../domain/secrets/secrets.ts'
import { claimFirstStep, transitionJob } from './job-transitions.ts'
import { countOf } from '../wording.ts'

/** How a harvest talks to the external system: attempts, the wait between them (doubling), and each call's time limit. */
export interface HarvestOptions {
  attempts: number
  backoffMs: number
  timeoutMs: number
}

export const DEFAULT_HARVEST_OPTIONS: HarvestOptions = { attempts: 4, backoffMs: 2_000, timeoutMs: 30_000 }

/** The harvest's report (SPEC "Resource sharing harvest"), kept in the job's counters. */
export interface HarvestCounters {
  found: number
  created: number
  updated: number
  unchanged: number
  failed: number
}

/** Why a harvest ends FAILED before anything is written: said in the job's event as is. */
class HarvestFailure extends Error {}

const event = (severity: JobEvent['severity'], description: string): JobEvent => ({ severity, module: 'HARVEST', description, createdBy: null })

/**
 * `GET {base}/illrequests/{sigel}/outgoing?start_date=&end_date=` with the `api-key` header
 * (research §2.3), outside any transaction. Timeouts, connection failures and 5xx answers are tried
 * again after a wait that doubles; 401/403 and other answers are final. Each retry is an event.
 */
async function fetchOutgoing(
  db: Db,
  jobId: string,
  url: string,
  apiKey: string | null,
  options: HarvestOptions,
): Promise<LibrisRequest[]> {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (apiKey !== null) headers['api-key'] = apiKey
  for (let attempt = 1; ; attempt++) {
    let problem: string
    try {
      const response = await fetch(url, { headers, signal: AbortSignal.timeout(options.timeoutMs) })
      const body = await response.text()
      if (response.status === 401 || response.status === 403) {
        throw new HarvestFailure(`Libris answered ${response.status}: the API key was refused`)
      }
      if (response.status >= 200 && response.status < 300) {
        try {
          return parseOutgoing(body)
        } catch (error) {
          if (error instanceof MalformedResponseError) throw new HarvestFailure(`Libris's answer is malformed: ${error.message}; nothing was imported`)
          throw error
        }
      }
      if (response.status < 500) throw new HarvestFailure(`Libris answered ${response.status}; nothing was imported`)
      problem = `Libris answered ${response.status}`
    } catch (error) {
      if (error instanceof HarvestFailure) throw error
      const name = (error as Error).name
      problem = name === 'TimeoutError' ? `Libris did not answer within ${options.timeoutMs} ms` : `Libris could not be reached (${(error as Error).message})`
    }
    if (attempt >= options.attempts) throw new HarvestFailure(`${problem}; gave up after ${countOf(attempt, 'attempt')}, nothing was imported`)
    const wait = options.backoffMs * 2 ** (attempt - 1)
    await db.transaction().execute(async (trx) => {
      const job = await lockJob(trx, jobId)
      if (job !== undefined) await insertEvent(trx, jobId, job.status, event('WARNING', `${problem}; trying again in ${wait} ms (attempt ${attempt + 1} of ${options.attempts})`))
    })
    await new Promise((resolve) => setTimeout(resolve, wait))
  }
}

function outgoingUrl(baseUrl: string, sigel: string, window: { from: string; to: string }): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`
  const url = new URL(`illrequests/${encodeURIComponent(sigel)}/outgoing`, base)
  url.searchParams.set('start_date', window.from)
  url.searchParams.set('end_date', window.to)
  return url.toString()
}

async function failHarvest(db: Db, jobId: string, reason: string, counters?: HarvestCounters): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const job = await lockJob(trx, jobId)
    if (job === undefined || job.status !== 'INITIALIZING') return
    if (counters !== undefined) await updateJob(trx, jobId, { counters: JSON.stringify(counters), records_total: counters.found })
    await transitionJob(trx, jobId, 'FAILED', event('ERROR', reason), { failure_reason: reason })
  })
}

/**
 * The HARVEST job's one step: the window, the call to Libris (all of it, outside any transaction),
 * then one transaction that checks every library code has a mapping, creates the new requests,
 * updates the known ones whose `last_modified` changed, counts the rest, and completes the job — or
 * fails it and writes nothing. Safe to run twice: the job must still be INITIALIZING to be written.
 */
export async function runHarvest(db: Db, jobId: string, secretKey: Buffer | undefined, options: HarvestOptions): Promise<void> {
  if (!(await claimFirstStep(db, jobId, { module: 'HARVEST', description: 'Harvest started' }))) return
  const job = await getJob(db, jobId)
  if (job.integration_profile_id === null) throw new Error(`harvest job ${jobId} has no integration profile`)
  const profile = await integration.getIntegrationProfile(db, job.integration_profile_id)
  const window = harvestWindow(profile.harvest_start_date, profile.harvested_through, today(await integration.institutionTimeZone(db, job.institution_id)))

  if (window.from > window.to) {
    await db.transaction().execute(async (trx) => {
      await updateJob(trx, jobId, { counters: JSON.stringify({ found: 0, created: 0, updated: 0, unchanged: 0, failed: 0 } satisfies HarvestCounters) })
      await transitionJob(trx, jobId, 'COMPLETED_NO_BULKS', event('INFO', `The harvest start date ${profile.harvest_start_date} is after today (${window.to}): nothing to harvest yet`))
    })
    return
  }

  let apiKey: string | null = null
  if (profile.authentication) {
    if (profile.api_key_encrypted === null || secretKey === undefined) {
      await failHarvest(db, jobId, 'The profile asks for authentication but has no API key; set one and run it again')
      return
    }
    apiKey = decryptSecret(secretKey, profile.api_key_encrypted)
  }

  await db.transaction().execute(async (trx) => {
    const current = await lockJob(trx, jobId)
    if (current !== undefined) {
      await insertEvent(trx, jobId, current.status, event('INFO', `Asking Libris for the outgoing requests of ${profile.library_code} from ${window.from} to ${window.to}`))
    }
  })
  let found: LibrisRequest[]
  try {
    found = await fetchOutgoing(db, jobId, outgoingUrl(profile.base_url, profile.library_code, window), apiKey, options)
  } catch (error) {
    if (!(error instanceof HarvestFailure)) throw error
    await failHarvest(db, jobId, error.message)
    return
  }

  await db.transaction().execute(async (trx) => {
    const locked = await lockJob(trx, jobId)
    if (locked === undefined || locked.status !== 'INITIALIZING') return
    await applyHarvest(trx, { jobId, institutionId: job.institution_id, profileId: profile.id, window }, found)
  })
}

async function applyHarvest(
  trx: Executor,
  run: { jobId: string; institutionId: string; profileId: string; window: { from: string; to: string } },
  found: LibrisRequest[],
): Promise<void> {
  const { jobId, institutionId } = run
  const mappings = await integration.mappingsOf(trx, run.profileId)
  const unmapped = new Map<string, string[]>()
  for (const request of found) {
    for (const code of [request.receivingLibraryCode, request.requestingLibraryCode]) {
      if (code !== null && !mappings.has(code)) unmapped.set(code, [...(unmapped.get(code) ?? []), request.lfNumber])
    }
  }
  if (unmapped.size > 0) {
    const failedRequests = new Set([...unmapped.values()].flat())
    const codes = [...unmapped.entries()].map(([code, lfs]) => `"${code}" (requests ${lfs.join(', ')})`).join('; ')
    const reason = `No library code mapping for ${codes}: map ${unmapped.size === 1 ? 'it' : 'them'} to a library of ours and run the harvest again; nothing was imported`
    const counters: HarvestCounters = { found: found.length, created: 0, updated: 0, unchanged: 0, failed: failedRequests.size }
    await updateJob(trx, jobId, { counters: JSON.stringify(counters), records_total: found.length })
    await transitionJob(trx, jobId, 'FAILED', event('ERROR', reason), { failure_reason: reason })
    return
  }

  const partners = await integration.partnersByCode(trx, institutionId, found.flatMap((request) => request.recipients.map((r) => r.libraryCode)))
  const known = await requests.knownByLfNumber(trx, institutionId, found.map((request) => request.lfNumber))
  // Lending libraries that are not partners of ours, with the requests that name them.
  const strangers = new Map<string, string[]>()
  const created: requests.BorrowingRequestValues[] = []
  const updated: requests.BorrowingRequestValues[] = []
  let unchanged = 0
  for (const request of found) {
    const stored = known.get(request.lfNumber)
    if (stored === request.lastModified) {
      unchanged++
      continue
    }
    const lenders: BorrowingLender[] = request.recipients.map((recipient, index) => {
      const partnerId = partners.get(recipient.libraryCode.toLowerCase()) ?? null
      if (partnerId === null) strangers.set(recipient.libraryCode, [...(strangers.get(recipient.libraryCode) ?? []), request.lfNumber])
      return {
        position: index + 1,
        code: recipient.libraryCode,
        partnerId,
        response: recipient.response,
        responseDate: recipient.responseDate,
        active: recipient.isActiveLibrary,
      }
    })
    const values: requests.BorrowingRequestValues = {
      institution_id: institutionId,
      integration_profile_id: run.profileId,
      lf_number: request.lfNumber,
      external_request_id: request.requestId,
      external_status: request.status,
      status: borrowingStatusOf(request.status),
      title: request.title,
      author: request.author,
      isbn_issn: request.isbnIssn,
      media_type: request.mediaType,
      requesting_library_code: request.requestingLibraryCode,
      requesting_library_id: request.requestingLibraryCode === null ? null : (mappings.get(request.requestingLibraryCode) as string),
      receiving_library_code: request.receivingLibraryCode,
      receiving_library_id: mappings.get(request.receivingLibraryCode) as string,
      lenders: JSON.stringify(lenders),
      external_last_modified: request.lastModified,
      date_received: request.dateReceived,
      due_date: request.dueDate,
      created_by_job: jobId,
      updated_by_job: jobId,
    }
    if (stored === undefined) created.push(values)
    else updated.push(values)
  }
  await requests.insertBorrowingRequests(trx, created)
  await requests.updateBorrowingRequests(trx, institutionId, updated)
  await integration.setHarvestedThrough(trx, run.profileId, run.window.to)

  const counters: HarvestCounters = { found: found.length, created: created.length, updated: updated.length, unchanged, failed: 0 }
  await updateJob(trx, jobId, { counters: JSON.stringify(counters), records_total: found.length, records_done: found.length })
  const warnings = [...strangers.entries()].map(([code, lfs]) =>
    event('WARNING', `Lending library "${code}" is not one of our partners (requests ${lfs.join(', ')}); the requests were imported without it`),
  )
  await integration.insertHarvestEvents(trx, jobId, 'INITIALIZING', warnings)
  await transitionJob(trx, jobId, 'RUNNING', event('INFO', `Libris answered ${countOf(found.length, 'request')} from ${run.window.from} to ${run.window.to}`))
  await transitionJob(trx, jobId, 'FINALIZING', event('INFO', 'Requests written'))
  await transitionJob(
    trx,
    jobId,
    'COMPLETED_SUCCESS',
    event(
      warnings.length > 0 ? 'WARNING' : 'INFO',
      `${countOf(found.length, 'request')} found: ${created.length} created, ${updated.length} updated, ${unchanged} unchanged` +
        (warnings.length > 0 ? `; ${warnings.length} lending ${warnings.length === 1 ? 'library was not a partner' : 'libraries were not partners'} of ours` : ''),
    ),
  )
}
