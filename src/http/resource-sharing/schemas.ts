import { Type } from 'typebox'
import { BORROWING_STATUSES, EXTERNAL_SYSTEMS, INTEGRATION_TYPES } from '../../domain/resource-sharing/libris.ts'
import { ScheduleSchema } from '../profiles/schemas.ts'
import { JobStatusSchema } from '../jobs/schemas.ts'
import { NextRun } from '../schedules/schemas.ts'
import { StringEnum, Uuid } from '../schemas.ts'

const closed = { additionalProperties: false } as const
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()])

const Code = Type.String({ minLength: 1, maxLength: 100, pattern: '^\\S(.*\\S)?$', description: 'Stored exactly as given' })
const Name = Type.String({ minLength: 1, maxLength: 255 })
const Description = Type.String({ maxLength: 4000 })
const Day = Type.String({ format: 'date', description: 'A calendar day, YYYY-MM-DD' })
const BaseUrl = Type.String({
  minLength: 1,
  maxLength: 2000,
  description: 'The external system\'s API base, e.g. `https://iller.libris.kb.se/librisfjarrlan/api`; the harvest calls `{baseUrl}/illrequests/{libraryCode}/outgoing`',
})
const ApiKey = Type.String({
  minLength: 1,
  maxLength: 1024,
  writeOnly: true,
  description: 'Write-only: sent as the `api-key` header; stored encrypted, never returned or logged',
})
const IntegrationTypeSchema = StringEnum(INTEGRATION_TYPES, { description: 'Resource Sharing Integration' })
const SystemSchema = StringEnum(EXTERNAL_SYSTEMS, { description: 'The external system' })
export const BorrowingStatusSchema = StringEnum(BORROWING_STATUSES, {
  description:
    'Ours, from Libris\'s status: Uteliggande → REQUEST_SENT, Läst → READ_BY_PARTNER, Remitterad → FORWARDED, Kan reserveras → RESERVABLE, Reservation/Reserverad → RESERVED, Levererad → SHIPPED, Negativt svar → REJECTED, Avbeställd/Makulerad → CANCELLED, any other → OTHER',
})

const PROFILE_FIELDS = {
  code: Code,
  name: Name,
  description: Type.Optional(Description),
  integrationType: Type.Optional(IntegrationTypeSchema),
  system: Type.Optional(SystemSchema),
  baseUrl: BaseUrl,
  libraryCode: Type.String({ minLength: 1, maxLength: 100, description: 'Your library\'s code (sigel) in the external system; case-sensitive, as Libris has it' }),
  resourceSharingLibraryId: Type.String({ format: 'uuid', description: 'The library of ours that imported requests are transferred to' }),
  apiKey: Type.Optional(ApiKey),
  authentication: Type.Optional(Type.Boolean({ description: 'Send the API key with every call; needs `apiKey`' })),
  active: Type.Optional(Type.Boolean()),
  harvestStartDate: Day,
  schedule: Type.Optional(ScheduleSchema),
}

export const NewIntegrationProfile = Type.Object(PROFILE_FIELDS, {
  ...closed,
  description: 'integrationType defaults to RESOURCE_SHARING and system to LIBRIS. With `authentication` on, `apiKey` is required.',
  examples: [
    {
      code: 'LIBRIS_ILL',
      name: 'Libris ILL',
      baseUrl: 'https://iller.libris.kb.se/librisfjarrlan/api',
      libraryCode: 'Hig',
      resourceSharingLibraryId: '0b6f2f5e-8a8e-4c0b-a1b7-59e1c0f7d2a4',
      apiKey: 'secret-from-the-libris-settings-page',
      authentication: true,
      harvestStartDate: '2026-11-01',
      schedule: { kind: 'DAILY', time: '06:00' },
    },
  ],
})

export const IntegrationProfileChanges = Type.Object(
  {
    code: Type.Optional(Code),
    name: Type.Optional(Name),
    description: Type.Optional(Description),
    integrationType: Type.Optional(IntegrationTypeSchema),
    system: Type.Optional(SystemSchema),
    baseUrl: Type.Optional(BaseUrl),
    libraryCode: Type.Optional(PROFILE_FIELDS.libraryCode),
    resourceSharingLibraryId: Type.Optional(PROFILE_FIELDS.resourceSharingLibraryId),
    apiKey: Type.Optional(Nullable(ApiKey)),
    authentication: Type.Optional(Type.Boolean()),
    active: Type.Optional(Type.Boolean()),
    harvestStartDate: Type.Optional(Day),
    schedule: Type.Optional(ScheduleSchema),
  },
  { ...closed, minProperties: 1, description: 'Absent fields keep their values; `apiKey: null` removes the key (then `authentication` must be off).' },
)

export const IntegrationProfile = Type.Object({
  id: Uuid,
  code: Type.String(),
  name: Type.String(),
  description: Type.String(),
  integrationType: IntegrationTypeSchema,
  system: SystemSchema,
  baseUrl: Type.String(),
  libraryCode: Type.String(),
  resourceSharingLibraryId: Uuid,
  authentication: Type.Boolean(),
  apiKeySet: Type.Boolean({ description: 'Whether an API key is stored (the key itself is never returned)' }),
  active: Type.Boolean(),
  harvestStartDate: Day,
  lastHarvestedThrough: Nullable(Type.String({ format: 'date', description: 'The last day a successful harvest covered; the next harvest starts there' })),
  schedule: ScheduleSchema,
  nextRun: NextRun,
  version: Type.Integer({ description: 'Changes on every update; also the ETag' }),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
})

export const IntegrationProfileListQuery = Type.Object(
  { active: Type.Optional(Type.Boolean()), cursor: Type.Optional(Type.String({ maxLength: 512 })), limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }) },
  closed,
)

export const MappingParams = Type.Object({ id: Uuid, mappingId: Uuid }, closed)

export const NewLibraryCodeMapping = Type.Object(
  {
    externalCode: Type.String({ minLength: 1, maxLength: 100, description: 'The library\'s code in the external system (a Libris sigel), matched exactly' }),
    libraryId: Type.String({ format: 'uuid', description: 'Our library' }),
  },
  closed,
)

export const LibraryCodeMappingChanges = Type.Partial(NewLibraryCodeMapping, { ...closed, minProperties: 1 })

export const LibraryCodeMapping = Type.Object({
  id: Uuid,
  integrationProfileId: Uuid,
  externalCode: Type.String(),
  libraryId: Uuid,
  version: Type.Integer({ description: 'Changes on every update; also the ETag' }),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
})

export const PageQuery = Type.Object(
  { cursor: Type.Optional(Type.String({ maxLength: 512 })), limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }) },
  closed,
)

export const NewPartner = Type.Object(
  {
    code: Type.String({ minLength: 1, maxLength: 100, description: 'Stored as given; unique and looked up regardless of case' }),
    name: Name,
    system: Type.Optional(SystemSchema),
    active: Type.Optional(Type.Boolean({ description: 'An inactive partner is not attached to harvested requests' })),
  },
  closed,
)

export const PartnerChanges = Type.Partial(NewPartner, { ...closed, minProperties: 1 })

export const Partner = Type.Object({
  id: Uuid,
  code: Type.String(),
  name: Type.String(),
  system: SystemSchema,
  active: Type.Boolean(),
  version: Type.Integer({ description: 'Changes on every update; also the ETag' }),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
})

export const PartnerListQuery = Type.Object(
  {
    code: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'The partner with this code, regardless of case' })),
    active: Type.Optional(Type.Boolean()),
    cursor: Type.Optional(Type.String({ maxLength: 512 })),
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  closed,
)

const LibraryRef = Type.Object({ code: Type.String({ description: 'As the external system wrote it' }), libraryId: Nullable(Uuid) })

export const BorrowingRequest = Type.Object({
  id: Uuid,
  integrationProfileId: Uuid,
  lfNumber: Type.String({ description: 'The Libris ILL order number staff see (unique per institution)' }),
  requestId: Type.String({ description: 'The external system\'s request id' }),
  externalStatus: Type.String({ description: 'The status as the external system wrote it' }),
  status: BorrowingStatusSchema,
  title: Nullable(Type.String()),
  author: Nullable(Type.String()),
  isbnIssn: Nullable(Type.String()),
  mediaType: Nullable(Type.String({ description: 'As Libris writes it: "Lån" (loan) or "Kopia" (copy)' })),
  requestingLibrary: Nullable(LibraryRef),
  receivingLibrary: LibraryRef,
  lenders: Type.Array(
    Type.Object({
      position: Type.Integer({ minimum: 1 }),
      code: Type.String({ description: 'The lending library\'s code as the external system wrote it' }),
      partnerId: Nullable(Type.String({ format: 'uuid', description: 'The partner with this code (regardless of case); null when there is none' })),
      response: Nullable(Type.String()),
      responseDate: Nullable(Type.String()),
      active: Type.Boolean({ description: 'The lender now holding the request' }),
    }),
    { description: 'The lending partners in the order the external system lists them' },
  ),
  lastModified: Type.String({ description: 'The external system\'s last_modified; a harvest updates the request when it changes' }),
  dateReceived: Nullable(Type.String()),
  dueDate: Nullable(Type.String()),
  createdByJob: Uuid,
  updatedByJob: Uuid,
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
})

export const BorrowingRequestListQuery = Type.Object(
  {
    status: Type.Optional(BorrowingStatusSchema),
    partnerId: Type.Optional(Type.String({ format: 'uuid', description: 'Requests with this partner among their lenders' })),
    jobId: Type.Optional(Type.String({ format: 'uuid', description: 'Requests the harvest job created or last updated' })),
    updatedSince: Type.Optional(Type.String({ format: 'date-time', description: 'Requests created or changed at or after this moment' })),
    cursor: Type.Optional(Type.String({ maxLength: 512 })),
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  closed,
)

export const HarvestReport = Type.Object({
  jobId: Uuid,
  integrationProfileId: Nullable(Uuid),
  status: JobStatusSchema,
  final: Type.Boolean({ description: 'Whether the job has finished and the numbers will not change' }),
  found: Type.Integer({ minimum: 0, description: 'Requests the external system answered for the window' }),
  created: Type.Integer({ minimum: 0, description: 'New requests imported' }),
  updated: Type.Integer({ minimum: 0, description: 'Known requests (by LF number) whose last_modified changed' }),
  unchanged: Type.Integer({ minimum: 0, description: 'Known requests with the same last_modified' }),
  failed: Type.Integer({ minimum: 0, description: 'Requests that stopped the harvest (a library code with no mapping); nothing of the run is written then' }),
})
