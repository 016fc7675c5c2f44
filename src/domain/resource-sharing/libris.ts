/**
 * The Libris ILL API as its public clients call it (research/eod-ftp-libris.md §2.3): the envelope
 * `{ count, ill_requests: [...] }` of `GET illrequests/{sigel}/outgoing?start_date=&end_date=`, the
 * request fields we keep, and the literal Swedish status strings mapped to our borrowing-request
 * statuses. Rules only, no I/O: the harvest reads the body, this says whether it can be trusted.
 */

export const INTEGRATION_TYPES = ['RESOURCE_SHARING'] as const
export type IntegrationType = (typeof INTEGRATION_TYPES)[number]

export const EXTERNAL_SYSTEMS = ['LIBRIS'] as const
export type ExternalSystem = (typeof EXTERNAL_SYSTEMS)[number]

/** Our status of a borrowing request, from Libris's status string. */
export const BORROWING_STATUSES = [
  'REQUEST_SENT',
  'READ_BY_PARTNER',
  'FORWARDED',
  'RESERVABLE',
  'RESERVED',
  'SHIPPED',
  'REJECTED',
  'CANCELLED',
  'OTHER',
] as const
export type BorrowingStatus = (typeof BORROWING_STATUSES)[number]

/** The status strings Libris writes (§2.3 "Status values"), each with ours. */
export const LIBRIS_STATUSES: Readonly<Record<string, BorrowingStatus>> = {
  Uteliggande: 'REQUEST_SENT',
  Läst: 'READ_BY_PARTNER',
  Remitterad: 'FORWARDED',
  'Kan reserveras': 'RESERVABLE',
  Reservation: 'RESERVED',
  Reserverad: 'RESERVED',
  Levererad: 'SHIPPED',
  'Negativt svar': 'REJECTED',
  Avbeställd: 'CANCELLED',
  Makulerad: 'CANCELLED',
}

/** Ours for a Libris status; a string Libris may add later is kept as it came, with OTHER. */
export function borrowingStatusOf(external: string): BorrowingStatus {
  return LIBRIS_STATUSES[external] ?? 'OTHER'
}

export interface LibrisRecipient {
  libraryCode: string
  response: string | null
  responseDate: string | null
  isActiveLibrary: boolean
}

/** One outgoing request as we keep it. */
export interface LibrisRequest {
  lfNumber: string
  requestId: string
  status: string
  title: string | null
  author: string | null
  isbnIssn: string | null
  mediaType: string | null
  requestingLibraryCode: string | null
  receivingLibraryCode: string
  recipients: LibrisRecipient[]
  lastModified: string
  dateReceived: string | null
  dueDate: string | null
}

/** A body that is not what the API answers; `message` says what was wrong, for the job's event. */
export class MalformedResponseError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'MalformedResponseError'
  }
}

type Json = Record<string, unknown>

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function text(value: unknown, where: string, required: boolean): string | null {
  if (value === undefined || value === null || value === '') {
    if (required) throw new MalformedResponseError(`${where} is missing`)
    return null
  }
  if (typeof value === 'number') return String(value)
  if (typeof value !== 'string') throw new MalformedResponseError(`${where} is not a string`)
  return value
}

function libraryCode(value: unknown, where: string, required: boolean): string | null {
  // receiving_library is an object { name, library_code }; requesting_library may be the sigel itself.
  if (isObject(value)) return text(value.library_code, `${where}.library_code`, required)
  return text(value, where, required)
}

function request(value: unknown, index: number): LibrisRequest {
  const where = `ill_requests[${index}]`
  if (!isObject(value)) throw new MalformedResponseError(`${where} is not an object`)
  const recipients = value.recipients ?? []
  if (!Array.isArray(recipients)) throw new MalformedResponseError(`${where}.recipients is not a list`)
  return {
    lfNumber: text(value.lf_number, `${where}.lf_number`, true) as string,
    requestId: text(value.request_id, `${where}.request_id`, true) as string,
    status: text(value.status, `${where}.status`, true) as string,
    title: text(value.title, `${where}.title`, false),
    author: text(value.author, `${where}.author`, false),
    isbnIssn: text(value.isbn_issn, `${where}.isbn_issn`, false),
    mediaType: text(value.media_type, `${where}.media_type`, false),
    requestingLibraryCode: libraryCode(value.requesting_library, `${where}.requesting_library`, false),
    receivingLibraryCode: libraryCode(value.receiving_library, `${where}.receiving_library`, true) as string,
    recipients: recipients.map((recipient: unknown, position) => {
      const at = `${where}.recipients[${position}]`
      if (!isObject(recipient)) throw new MalformedResponseError(`${at} is not an object`)
      return {
        libraryCode: text(recipient.library_code, `${at}.library_code`, true) as string,
        response: text(recipient.response, `${at}.response`, false),
        responseDate: text(recipient.response_date, `${at}.response_date`, false),
        isActiveLibrary: recipient.is_active_library === true || recipient.is_active_library === 1 || recipient.is_active_library === '1',
      }
    }),
    lastModified: text(value.last_modified, `${where}.last_modified`, true) as string,
    dateReceived: text(value.date_received, `${where}.date_received`, false),
    dueDate: text(value.due_date_max, `${where}.due_date_max`, false),
  }
}

/** The requests of an `outgoing` answer, or what is wrong with it. */
export function parseOutgoing(body: string): LibrisRequest[] {
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch (error) {
    throw new MalformedResponseError(`the answer is not JSON (${(error as Error).message})`)
  }
  if (!isObject(value)) throw new MalformedResponseError('the answer is not a JSON object')
  if (typeof value.count !== 'number' || !Number.isInteger(value.count)) throw new MalformedResponseError('count is missing or not a whole number')
  // Clients test count == 0 for "no data"; then ill_requests may be absent.
  const list = value.ill_requests ?? (value.count === 0 ? [] : undefined)
  if (!Array.isArray(list)) throw new MalformedResponseError('ill_requests is missing or not a list')
  if (list.length !== value.count) throw new MalformedResponseError(`count says ${value.count} but ill_requests holds ${list.length}`)
  const requests = list.map(request)
  const seen = new Set<string>()
  for (const r of requests) {
    if (seen.has(r.lfNumber)) throw new MalformedResponseError(`lf_number ${r.lfNumber} appears twice`)
    seen.add(r.lfNumber)
  }
  return requests
}

/** A calendar day, YYYY-MM-DD. */
export type Day = string

/** Today in `timeZone` (the institution's), as a day. */
export function today(timeZone: string, now: Date = new Date()): Day {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
}

/**
 * The harvest's window of whole days (SPEC "Resource sharing harvest"): from the later of the
 * harvest start date and the last day a successful harvest covered (that day again: requests may
 * have changed after it ran), up to today. Empty (from after to) when the start date is in the future.
 */
export function harvestWindow(startDate: Day, harvestedThrough: Day | null, todayDay: Day): { from: Day; to: Day } {
  const from = harvestedThrough !== null && harvestedThrough > startDate ? harvestedThrough : startDate
  return { from, to: todayDay }
}
