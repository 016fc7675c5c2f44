import { Type } from 'typebox'
import { ISSUE_KINDS, ISSUE_STATUSES, RESOLUTIONS } from '../../domain/import/issues.ts'
import { UPDATE_INVENTORY_LOOKUPS } from '../../domain/profiles/profile.ts'
import { MarcJson } from '../records/schemas.ts'
import { Cursor, Limit, RecordProblems, StringEnum, Uuid } from '../schemas.ts'

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()])

const IssueKind = StringEnum(ISSUE_KINDS, {
  description: 'MULTI_MATCH: several repository records match and the profile leaves the choice to a person; INVALID: the record could not be read at all',
})
const IssueStatus = StringEnum(ISSUE_STATUSES, {
  description: 'OPEN: waiting for a person; RESOLVED: a person decided; CLOSED: nobody can decide any more (a dry run\'s issue, or its job was cancelled or failed)',
})
const Action = StringEnum(RESOLUTIONS, {
  description: 'IMPORT_AS_NEW: add the record as a new one; MERGE / OVERLAY: onto the chosen candidate (`mmsId`); SKIP: leave the record out. An INVALID issue takes SKIP only.',
})
const MmsId = Type.String({ pattern: '^[0-9]{1,16}$', description: 'An MMS ID' })

export const IssueParams = Type.Object({ id: Type.String({ pattern: '^[0-9]{1,16}$', description: 'The issue id' }) }, { additionalProperties: false })

export const Issue = Type.Object(
  {
    id: Type.String(),
    jobId: Uuid,
    profileId: Nullable(Uuid),
    kind: IssueKind,
    status: IssueStatus,
    dryRun: Type.Boolean({ description: 'The issue of a dry run: what a real run would ask; it cannot be resolved' }),
    reason: Type.String({ description: 'Why no automatic decision was possible (the multi-match explanation, or why the record could not be read)' }),
    record: Type.Object({
      bulkFile: Type.String({ description: 'The bulk file the record came in' }),
      position: Type.Integer({ description: 'Its position in the bulk file, from 1' }),
      outcome: Nullable(Type.String({ description: 'The record\'s outcome: PENDING_MANUAL while open, then the chosen action\'s' })),
    }),
    candidateMmsIds: Type.Array(Type.String(), { description: 'The candidates left for a person (MULTI_MATCH)' }),
    resolution: Nullable(
      Type.Object({
        action: Action,
        mmsId: Nullable(Type.String({ description: 'The record written: the new one, or the candidate merged or overlaid' })),
        resolvedBy: Nullable(Uuid),
        resolvedAt: Nullable(Type.String({ format: 'date-time' })),
      }),
    ),
    createdAt: Type.String({ format: 'date-time' }),
  },
  {
    examples: [
      {
        id: '42',
        jobId: '5b3f4c1e-0d2a-4f7b-9c1e-2a3b4c5d6e7f',
        profileId: '0e3c9f3a-58b4-4bd0-8f6c-0f1d5d2b6a11',
        kind: 'MULTI_MATCH',
        status: 'OPEN',
        dryRun: false,
        reason: '2 repository records match and automatic resolution is off',
        record: { bulkFile: 'vendor.mrc (1)', position: 7, outcome: 'PENDING_MANUAL' },
        candidateMmsIds: ['9900000000101', '9900000000102'],
        resolution: null,
        createdAt: '2026-11-22T10:00:05.000Z',
      },
    ],
  },
)

const Candidate = Type.Object({
  mmsId: Type.String(),
  asOffered: Type.Object(
    { revision: Type.Integer(), version005: Nullable(Type.String()), locked: Type.Boolean() },
    { description: 'The candidate as offered: when the issue opened, or when a resolution last found it changed' },
  ),
  now: Nullable(
    Type.Object(
      {
        revision: Type.Integer(),
        version005: Nullable(Type.String()),
        briefLevel: Type.Integer(),
        inventoryType: Type.String(),
        locked: Type.Boolean(),
        deleted: Type.Boolean(),
      },
      { description: 'The candidate as it is now; null when it no longer exists' },
    ),
  ),
  changedSinceOffered: Type.Boolean({
    description: 'Changed, locked or deleted since it was offered: MERGE or OVERLAY onto it answers 409 once, and the issue then offers it as it is',
  }),
  matchedOn: Type.Array(Type.Object({ kind: Type.String(), value: Type.String(), cancelled: Type.Boolean() }), {
    description: 'The match keys the incoming record shares with it',
  }),
  differences: Type.Array(
    Type.Object({ tag: Type.String(), incoming: Type.Array(Type.String()), candidate: Type.Array(Type.String()) }),
    { description: 'The tags whose fields differ, each side\'s fields as text (`10 $a Title`)' },
  ),
})

const Code = Nullable(Type.String())

export const OrderData = Type.Object(
  {
    poLine: Nullable(
      Type.Object(
        {
          vendor: Code,
          vendorReferenceNumber: Code,
          price: Nullable(Type.String({ description: 'Decimal text, as it would be stored' })),
          currency: Code,
          fund: Nullable(Type.String({ description: 'The fund it would be charged to (the file\'s, else the profile\'s default); null when none resolves' })),
          quantity: Type.Integer({ minimum: 1 }),
          type: StringEnum(['PHYSICAL', 'ELECTRONIC'] as const),
          status: StringEnum(['ACTIVE', 'IN_REVIEW'] as const),
          reviewReasons: Type.Array(Type.String()),
        },
        { description: 'NEW_ORDER: the PO line the import creates once the record is imported' },
      ),
    ),
    poLineLookup: Nullable(
      Type.Object(
        {
          by: StringEnum(UPDATE_INVENTORY_LOOKUPS),
          key: Nullable(Type.String({ description: 'The PO line number or vendor reference number the record gives' })),
          problem: Nullable(Type.String({ description: 'Why the record names no PO line' })),
        },
        { description: 'UPDATE_INVENTORY: how the record names the PO line whose items it updates' },
      ),
    ),
    items: Type.Array(
      Type.Object({ library: Code, location: Code, barcode: Code, itemPolicy: Code, materialType: Code, callNumber: Code, copyNumber: Code }),
      { description: 'Its items as the file gives them (codes), one per item field or per copy ordered' },
    ),
    portfolios: Type.Array(Type.Object({ url: Code, publicNote: Code })),
    problems: Type.Array(Type.String(), { description: 'What would be refused (an unknown location, …), against the configuration as it is now' }),
    warnings: Type.Array(Type.String(), { description: 'What would be left off (an unknown item policy, …)' }),
  },
  { description: 'The embedded order data of the incoming record (issue 15): what importing it creates or updates beside the bibliographic record' },
)

export const IssueDetail = Type.Object({
  ...Issue.properties,
  incoming: Nullable(MarcJson),
  problem: Nullable(Type.String({ description: 'Why the record could not be read (INVALID): its first problem (`problems[0]`)' })),
  problems: RecordProblems('Every problem that kept the record from being read (INVALID), in record order, each with its field position; empty otherwise'),
  orderData: Nullable(OrderData),
  candidates: Type.Array(Candidate),
})

export const ResolveBody = Type.Object(
  { action: Action, mmsId: Type.Optional(MmsId) },
  { additionalProperties: false, examples: [{ action: 'MERGE', mmsId: '9900000000101' }, { action: 'IMPORT_AS_NEW' }] },
)

export const ResolveManyBody = Type.Object(
  {
    resolutions: Type.Array(
      Type.Object({ issueId: IssueParams.properties.id, action: Action, mmsId: Type.Optional(MmsId) }, { additionalProperties: false }),
      { minItems: 1, maxItems: 500, description: 'Applied one by one, each all-or-nothing' },
    ),
  },
  { additionalProperties: false, examples: [{ resolutions: [{ issueId: '42', action: 'SKIP' }, { issueId: '43', action: 'OVERLAY', mmsId: '9900000000102' }] }] },
)

export const ResolveManyResult = Type.Object({
  results: Type.Array(
    Type.Object({
      issueId: Type.String(),
      resolved: Type.Boolean(),
      issue: Nullable(Issue),
      problem: Nullable(Type.Object({ status: Type.Integer(), code: Type.String(), detail: Type.String() }, { description: 'Why this one was not applied' })),
    }),
    { description: 'One per requested resolution, in request order' },
  ),
})

const filters = {
  kind: Type.Optional(IssueKind),
  status: Type.Optional(IssueStatus),
  cursor: Cursor,
  limit: Limit,
}

export const JobIssuesQuery = Type.Object(filters, { additionalProperties: false })

export const IssuesQuery = Type.Object(
  {
    jobId: Type.Optional(Uuid),
    profileId: Type.Optional(Uuid),
    dryRun: Type.Optional(Type.Boolean({ description: 'Only the issues of dry runs (true) or of real runs (false)' })),
    ...filters,
  },
  { additionalProperties: false },
)
