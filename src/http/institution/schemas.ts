import { Type } from 'typebox'
import { Cursor, Limit } from '../schemas.ts'

const closed = { additionalProperties: false } as const

/** A code as the institution writes it: kept exactly as given, no surrounding spaces or control characters. */
const Code = Type.String({
  minLength: 1,
  maxLength: 50,
  pattern: '^[^\\s\\x00-\\x1f\\x7f](?:[^\\x00-\\x1f\\x7f]*[^\\s\\x00-\\x1f\\x7f])?$',
  description: 'Kept exactly as given (codes are case-sensitive); unique within its owner',
})
const Name = Type.String({ minLength: 1, maxLength: 200, pattern: '^[^\\x00-\\x1f\\x7f]*$' })
const Currency = Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217 currency code, e.g. EUR, USD, SEK' })
const Active = Type.Boolean({ description: 'Inactive entries stay for what already refers to them; new data should not pick them' })

const common = {
  id: Type.String({ format: 'uuid' }),
  code: Type.String(),
  name: Type.String(),
  active: Type.Boolean(),
  version: Type.Integer({ description: 'Changes with every update; the ETag is "v<version>"' }),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
}

const example = {
  id: '0b6b1e0c-7d2e-4d6b-9a3e-2f7c1d9e4a10',
  active: true,
  version: 1,
  createdAt: '2026-12-07T10:00:00.000Z',
  updatedAt: '2026-12-07T10:00:00.000Z',
}

export const Library = Type.Object(common, { examples: [{ ...example, code: 'MAIN', name: 'Main Library' }] })
export const Location = Type.Object(
  { ...common, libraryId: Type.String({ format: 'uuid' }) },
  { examples: [{ ...example, code: 'STACKS', name: 'Main stacks', libraryId: '6c1f3e0e-1c2d-4a51-9f59-1c8f1f0b8e11' }] },
)
export const Fund = Type.Object(common, { examples: [{ ...example, code: 'HIST-2026', name: 'History books 2026' }] })
export const ItemPolicy = Type.Object(common, { examples: [{ ...example, code: 'LOAN-28', name: '28-day loan' }] })
export const MaterialType = Type.Object(common, { examples: [{ ...example, code: 'BOOK', name: 'Book' }] })

const VendorAccountSchema = Type.Object({ code: Type.String(), description: Type.String() })
export const Vendor = Type.Object(
  { ...common, currency: Type.String({ description: 'ISO 4217' }), accounts: Type.Array(VendorAccountSchema) },
  {
    examples: [
      { ...example, code: 'YBP', name: 'GOBI Library Solutions', currency: 'USD', accounts: [{ code: 'YBP-1', description: 'Firm orders' }] },
    ],
  },
)

export const Institution = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    code: Type.String(),
    name: Type.String(),
    timeZone: Type.String({ description: 'IANA time zone: schedules and dates shown to staff are in it' }),
    version: Type.Integer({ description: 'Changes with every update; the ETag is "v<version>"' }),
  },
  { examples: [{ id: '6c1f3e0e-1c2d-4a51-9f59-1c8f1f0b8e11', code: 'MAIN', name: 'Main University Library', timeZone: 'Europe/Stockholm', version: 2 }] },
)

export const NewCoded = Type.Object({ code: Code, name: Name, active: Type.Optional(Active) }, closed)
export const CodedChanges = Type.Object(
  { code: Type.Optional(Code), name: Type.Optional(Name), active: Type.Optional(Active) },
  { ...closed, minProperties: 1 },
)

const AccountInput = Type.Object(
  { code: Code, description: Type.Optional(Type.String({ maxLength: 500, pattern: '^[^\\x00-\\x1f\\x7f]*$' })) },
  closed,
)
const Accounts = Type.Array(AccountInput, { maxItems: 500, description: 'The vendor\'s accounts; on update the list replaces the current one' })

export const NewVendor = Type.Object({ code: Code, name: Name, currency: Currency, accounts: Type.Optional(Accounts), active: Type.Optional(Active) }, closed)
export const VendorChanges = Type.Object(
  {
    code: Type.Optional(Code),
    name: Type.Optional(Name),
    currency: Type.Optional(Currency),
    accounts: Type.Optional(Accounts),
    active: Type.Optional(Active),
  },
  { ...closed, minProperties: 1 },
)

export const InstitutionChanges = Type.Object(
  { timeZone: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'An IANA time zone name, e.g. Europe/Stockholm' })) },
  { ...closed, minProperties: 1 },
)

export const ConfigListQuery = Type.Object(
  {
    active: Type.Optional(Type.Boolean({ description: 'Only active (true) or inactive (false) entries' })),
    code: Type.Optional(Type.String({ maxLength: 50, description: 'Only the entry with exactly this code' })),
    cursor: Cursor,
    limit: Limit,
  },
  closed,
)
