/**
 * The institution configuration that order data resolves against (SPEC "Concepts"): libraries with
 * their locations, vendors with their accounts and currency, funds, item policies, material types,
 * and the institution's IANA time zone. Codes are kept exactly as given; each is unique within its
 * owner (the institution, or a location's library, or an account's vendor).
 */

/** The kinds of configuration that are a plain code with a name and an active flag. */
export const CODED_KINDS = ['library', 'fund', 'itemPolicy', 'materialType'] as const
export type CodedKind = (typeof CODED_KINDS)[number]

/** How a kind is named to people, in problems. */
export const KIND_NOUNS: Record<CodedKind | 'location' | 'vendor', string> = {
  library: 'Library',
  location: 'Location',
  vendor: 'Vendor',
  fund: 'Fund',
  itemPolicy: 'Item policy',
  materialType: 'Material type',
}

/** A referencing table as people say it in a problem: `po_lines` → "po lines". */
export function referrerName(table: string | undefined): string {
  return table === undefined ? 'other records' : table.replaceAll('_', ' ')
}

export interface VendorAccount {
  code: string
  description: string
}

/** An ISO 4217 currency code: three capital letters the runtime's currency data knows. */
export function isCurrencyCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && Intl.supportedValuesOf('currency').includes(code)
}

export type TimeZoneCheck = { ok: true } | { ok: false; reason: string }

/**
 * A real IANA time zone name: one the runtime's time zone data resolves (canonical names and their
 * IANA aliases such as `Europe/Kyiv` or `Etc/UTC`), spelt with its own capitals, and not a UTC
 * offset like `+01:00` (which does not follow daylight saving time).
 */
export function checkTimeZone(name: string): TimeZoneCheck {
  if (!/^[A-Za-z]/.test(name)) return { ok: false, reason: 'is not an IANA time zone name (a UTC offset is not a time zone)' }
  let resolved: string
  try {
    resolved = new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone
  } catch {
    return { ok: false, reason: 'is not an IANA time zone' }
  }
  if (resolved !== name && resolved.toLowerCase() === name.toLowerCase()) {
    return { ok: false, reason: `is spelt ${resolved} in the IANA time zone database` }
  }
  return { ok: true }
}

/** Account codes are unique within their vendor: the first code given twice, if any. */
export function duplicateAccountCode(accounts: readonly VendorAccount[]): string | undefined {
  const seen = new Set<string>()
  for (const account of accounts) {
    if (seen.has(account.code)) return account.code
    seen.add(account.code)
  }
  return undefined
}
