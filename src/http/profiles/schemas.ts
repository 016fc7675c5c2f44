import { Type } from 'typebox'
import {
  MATCH_METHODS,
  MULTI_MATCH_ACTIONS,
  NO_MATCH_ACTIONS,
  SINGLE_MATCH_ACTIONS,
  TAG_PATTERN_SOURCE,
} from '../../domain/matching/policy.ts'
import { PROFILE_TYPES } from '../../domain/permissions/roles.ts'
import { ITEM_TARGETS, ORDER_TARGETS, SOURCE_PATTERN } from '../../domain/inventory/mapping.ts'
import { PRESET_NAMES } from '../../domain/inventory/presets.ts'
import {
  AFTER_IMPORT_ACTIONS,
  FTP_TRANSPORTS,
  INVENTORY_TYPES,
  MAX_SPLIT_SIZE,
  NORMALIZATIONS,
  PO_GROUPINGS,
  PROTOCOLS,
  REPAIR_POLICIES,
  SOURCE_FORMATS,
  UPDATE_INVENTORY_LOOKUPS,
  WEEKDAYS,
} from '../../domain/profiles/profile.ts'
import { NextRun } from '../schedules/schemas.ts'
import { StringEnum } from '../schemas.ts'

const closed = { additionalProperties: false } as const
const TagPattern = Type.String({ pattern: TAG_PATTERN_SOURCE, description: 'A tag or pattern: 035, 59X, 9XX' })
const Time = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: 'HH:MM in the institution\'s time zone' })

export const ProfileTypeSchema = StringEnum(PROFILE_TYPES, { description: 'What the profile imports' })
export const ProtocolSchema = StringEnum(PROTOCOLS)

export const MatchPolicySchema = Type.Object(
  {
    method: StringEnum(MATCH_METHODS, { description: 'How incoming records find their repository match' }),
    matchCancelledNumbers: Type.Boolean({ description: 'Also match on cancelled/invalid numbers (035 $z, 020 $z, 022 $y/$z)' }),
    noMatchAction: StringEnum(NO_MATCH_ACTIONS),
    singleMatchAction: StringEnum(SINGLE_MATCH_ACTIONS),
    multiMatchAction: StringEnum(MULTI_MATCH_ACTIONS, { description: 'MANUAL opens an import issue; SKIP leaves the record not imported' }),
    autoResolveMultiMatch: Type.Boolean({ description: 'Try the automatic multi-match rules first' }),
    preventOlderVersion: Type.Boolean({ description: 'Do not change a repository record whose 005 is newer' }),
    checkBriefLevel: Type.Boolean({ description: 'Do not replace a fuller record with a briefer one' }),
    allowDeletes: Type.Boolean({ description: 'Leader/05 = d deletes the matched record' }),
    skipDifferentInventoryType: Type.Boolean({ description: 'Skip a single match of another inventory type' }),
  },
  closed,
)

export const MergeRuleSchema = Type.Object(
  {
    preservedTags: Type.Array(TagPattern, { uniqueItems: true, description: 'Fields kept from the existing record' }),
    unionTags: Type.Array(TagPattern, { uniqueItems: true, description: 'Fields taken from both records (merge only)' }),
  },
  closed,
)

const Secret = (what: string) => Type.String({ minLength: 1, maxLength: 16384, writeOnly: true, description: `Write-only ${what}: stored encrypted, never returned` })
const FtpCommon = {
  transport: StringEnum(FTP_TRANSPORTS, { description: 'FTP (plain, or explicit FTPS with `secure`) or SFTP; default FTP' }),
  host: Type.String({ minLength: 1, maxLength: 255 }),
  port: Type.Integer({ minimum: 1, maximum: 65535, description: 'Default 21 for FTP, 22 for SFTP' }),
  username: Type.String({ minLength: 1, maxLength: 255 }),
  directory: Type.String({ minLength: 1, maxLength: 1024, description: 'The input directory; default /' }),
  filePatterns: Type.Array(Type.String({ minLength: 1, maxLength: 255 }), {
    minItems: 1,
    maxItems: 50,
    description: 'File names to fetch, `*` standing for zero or more characters (`*.mrc`, `EOD_*.xml`); a file matching any is fetched. Default ["*"]',
  }),
  secure: Type.Boolean({ description: 'FTP only: explicit FTPS (AUTH TLS); default false' }),
  afterImport: StringEnum(AFTER_IMPORT_ACTIONS, { description: 'What is done with a file on the server once its load job has it stored: LEAVE it (default), MOVE it to `moveTo`, DELETE it' }),
  moveTo: Type.Union([Type.String({ minLength: 1, maxLength: 1024 }), Type.Null()], { description: 'The folder files are moved to (afterImport MOVE only)' }),
}

export const FtpInput = Type.Object(
  {
    transport: Type.Optional(FtpCommon.transport),
    host: FtpCommon.host,
    username: FtpCommon.username,
    port: Type.Optional(FtpCommon.port),
    directory: Type.Optional(FtpCommon.directory),
    filePatterns: Type.Optional(FtpCommon.filePatterns),
    secure: Type.Optional(FtpCommon.secure),
    afterImport: Type.Optional(FtpCommon.afterImport),
    moveTo: Type.Optional(FtpCommon.moveTo),
    password: Type.Optional(Secret('password')),
    privateKey: Type.Optional(Secret('SFTP private key (OpenSSH or PEM)')),
  },
  closed,
)
export const FtpOutput = Type.Object({ ...FtpCommon, passwordSet: Type.Boolean(), privateKeySet: Type.Boolean() })

export const ScheduleSchema = Type.Union(
  [
    Type.Object({ kind: Type.Literal('NONE') }, closed),
    Type.Object({ kind: Type.Literal('DAILY'), time: Time }, closed),
    Type.Object({ kind: Type.Literal('WEEKLY'), weekday: StringEnum(WEEKDAYS), time: Time }, closed),
  ],
  { description: 'Not scheduled, every day at HH:MM, or every weekday at HH:MM' },
)

const Code = Type.String({ minLength: 1, maxLength: 100 })
const TargetRuleSchema = Type.Object(
  {
    sources: Type.Array(Type.String({ pattern: SOURCE_PATTERN, description: 'TAG$code, e.g. 960$s' }), { maxItems: 10, description: 'Alternatives in order; the first present wins' }),
    default: Type.Union([Type.String({ maxLength: 255 }), Type.Null()], { description: 'Used when no source is present' }),
  },
  closed,
)
const targets = (names: readonly string[]) => Type.Object(Object.fromEntries(names.map((name) => [name, Type.Optional(TargetRuleSchema)])), closed)
const MarcTag = Type.String({ pattern: '^[0-9]{3}$' })
export const FieldMappingSchema = Type.Object(
  {
    order: targets(ORDER_TARGETS),
    itemTag: Type.Union([MarcTag, Type.Null()], { description: 'The field repeated once per item; null: items come from the quantity' }),
    item: targets(ITEM_TARGETS),
    holdingSubfields: Type.Array(Type.String({ pattern: '^[a-z0-9]$' }), { maxItems: 36, description: 'Subfields of the item field copied onto the holding' }),
    portfolioTag: Type.Union([MarcTag, Type.Null()], { description: 'The field each portfolio comes from ($u URL, $z public note)' }),
  },
  { ...closed, description: 'Order-level targets read once per record, item-level targets once per occurrence of the item field' },
)
export const BarcodePolicySchema = Type.Union(
  [
    Type.Object({ kind: Type.Literal('NONE') }, closed),
    Type.Object({ kind: Type.Literal('GENERATE'), prefix: Type.String({ maxLength: 20, pattern: '^[A-Za-z0-9-]*$' }) }, closed),
  ],
  { description: 'An item without a barcode has none, or one generated from the institution\'s sequence after the prefix' },
)
const ORDER_SETTINGS = {
  preset: Type.Union([StringEnum(PRESET_NAMES), Type.Null()], { description: 'The mapping preset; `mapping`, when set, wins (GET /v1/inventory-presets)' }),
  mapping: Type.Union([FieldMappingSchema, Type.Null()]),
  defaultFund: Type.Union([Code, Type.Null()], { description: 'Fund code used when the file names none or an unknown one' }),
  fundCodesCaseInsensitive: Type.Boolean({ description: 'Fund codes match exactly unless this is true' }),
  barcode: BarcodePolicySchema,
  poGrouping: StringEnum(PO_GROUPINGS, { description: 'One purchase order per record, per bulk file, or per vendor invoice number' }),
  updateInventoryLookup: StringEnum(UPDATE_INVENTORY_LOOKUPS, { description: 'How an UPDATE_INVENTORY profile finds the PO line' }),
}
/** A mapping preset as GET /v1/inventory-presets lists it. */
export const InventoryPreset = Type.Object(
  {
    name: StringEnum(PRESET_NAMES),
    description: Type.String(),
    source: Type.String({ description: 'Where its tags and subfields come from' }),
    mapping: FieldMappingSchema,
  },
  closed,
)

/** The profile's inventory as it is answered: every setting present. */
export const InventoryOutput = Type.Object(
  {
    type: StringEnum(INVENTORY_TYPES),
    library: Type.Union([Code, Type.Null()]),
    location: Type.Union([Code, Type.Null()]),
    ...ORDER_SETTINGS,
  },
  closed,
)
/** The inventory as sent: absent settings take their defaults (no preset, PER_RECORD, PO_LINE_NUMBER, no barcodes). */
export const InventorySchema = Type.Object(
  {
    type: StringEnum(INVENTORY_TYPES),
    library: Type.Union([Code, Type.Null()], { default: null }),
    location: Type.Union([Code, Type.Null()], { default: null }),
    ...Object.fromEntries(Object.entries(ORDER_SETTINGS).map(([name, schema]) => [name, Type.Optional(schema)])),
  },
  closed,
)

/**
 * A rule constrains only the fields it names; saying so (`unevaluatedProperties: true`) keeps
 * Redocly's example check, which closes every object schema that does not, from reading a rule as
 * "no other fields".
 */
const rule = (properties: Record<string, object>, required: string[] = []) => ({
  properties,
  ...(required.length === 0 ? {} : { required }),
  unevaluatedProperties: true,
})

/**
 * The cross-field rules of a new profile (domain/profiles/profile.ts, profileViolations) as JSON
 * Schema, so that a body the document accepts is one the service accepts; absent fields count
 * with their defaults (protocol UPLOAD, match method OCLC, preserved 9XX, unioned 035). Only
 * "no tag both preserved and unioned" for two given lists is beyond JSON Schema: said in words.
 */
const MATCH_RULES = [
  {
    if: rule({ matchCancelledNumbers: { const: true } }, ['matchCancelledNumbers']),
    then: rule({ method: { enum: ['OCLC', 'ISBN', 'ISSN'] } }),
  },
  {
    if: rule({ allowDeletes: { const: true } }, ['allowDeletes']),
    then: rule({ method: { not: { const: 'NONE' } } }),
  },
]
const NEW_MERGE_RULES = [
  { if: rule({ unionTags: {} }, ['unionTags']), else: rule({ preservedTags: { not: { contains: { const: '035' } } } }) },
  { if: rule({ preservedTags: {} }, ['preservedTags']), else: rule({ unionTags: { not: { contains: { const: '9XX' } } } }) },
]
/** Rules within the server settings (profileViolations' ftpViolations), on `ftp` when it is an object. */
const ftpObject = (properties: Record<string, object>, required: string[]) => rule({ ftp: { type: 'object', ...rule(properties, required) } }, ['ftp'])
const FTP_RULES = [
  { if: ftpObject({ afterImport: { const: 'MOVE' } }, ['afterImport']), then: ftpObject({ moveTo: { type: 'string' } }, ['moveTo']) },
  { if: ftpObject({ moveTo: { type: 'string' } }, ['moveTo']), then: ftpObject({ afterImport: { const: 'MOVE' } }, ['afterImport']) },
  { if: ftpObject({ privateKey: { type: 'string' } }, ['privateKey']), then: ftpObject({ transport: { const: 'SFTP' } }, ['transport']) },
  { if: ftpObject({ transport: { const: 'SFTP' } }, ['transport']), then: ftpObject({ secure: { not: { const: true } } }, []) },
]
const NEW_PROFILE_RULES = [
  {
    if: rule({ protocol: { const: 'FTP' } }, ['protocol']),
    then: rule(
      {
        ftp: {
          type: 'object',
          anyOf: [rule({ password: { type: 'string' } }, ['password']), rule({ transport: { const: 'SFTP' }, privateKey: { type: 'string' } }, ['transport', 'privateKey'])],
        },
      },
      ['ftp'],
    ),
    else: rule({ ftp: { type: 'null' }, schedule: rule({ kind: { const: 'NONE' } }) }),
  },
  ...FTP_RULES,
  {
    if: rule({ type: { const: 'AUTHORITY' } }, ['type']),
    then: rule({ match: rule({ method: { enum: ['SYSTEM_ID', 'NONE'] } }, ['method']) }, ['match']),
  },
  {
    if: rule({ type: { const: 'NEW_ORDER' } }, ['type']),
    then: rule({ inventory: rule({ type: { not: { const: 'NONE' } } }) }),
  },
]

const InventoryInput = Type.Object(InventorySchema.properties, {
  ...closed,
  description: 'Library and location need an inventory type other than NONE',
  if: rule({ type: { const: 'NONE' } }, ['type']),
  then: rule({ library: { type: 'null' }, location: { type: 'null' } }),
})

const NewMatch = Type.Partial(MatchPolicySchema, {
  ...closed,
  description:
    'Absent fields take their defaults (method OCLC). matchCancelledNumbers needs method OCLC, ISBN or ISSN; allowDeletes needs a method other than NONE.',
  allOf: MATCH_RULES,
})
const NewMerge = Type.Partial(MergeRuleSchema, {
  ...closed,
  description:
    'Absent lists take their defaults (preservedTags ["9XX"], unionTags ["035"]). No tag pattern may be both preserved and unioned.',
  allOf: NEW_MERGE_RULES,
})

const Name = Type.String({ minLength: 1, maxLength: 255 })
const Description = Type.String({ maxLength: 4000 })
const SplitSize = Type.Integer({ minimum: 1, maximum: MAX_SPLIT_SIZE, description: 'Records per bulk file' })
const RepairPolicySchema = StringEnum(REPAIR_POLICIES, {
  description:
    'STRICT: a record with any defect is not imported. REPAIR (default): a defect that can be mended without guessing content (an empty subfield, a directory entry that cannot be real while the field terminators agree, an indicator that is no indicator, a structural leader position, bytes not valid in the record\'s character set, stored as U+FFFD while the incoming record keeps them) is mended and the record imported, each repair recorded on it as a warning; defects that need a guess leave the record not imported under both.',
})
const NormalizationSchema = StringEnum(NORMALIZATIONS, {
  description:
    'The Unicode normalization of the stored text: PRESERVE (default) keeps the incoming text as it is (MARC-8 becomes its decomposed Unicode sequences); NFC or NFD normalize every value. Match keys are NFC whatever the choice.',
})

const NEW_PROFILE_EXAMPLES = [{ name: 'OCLC weekly loads', type: 'REPOSITORY', match: { method: 'OCLC', singleMatchAction: 'MERGE' } }]

export const NewProfile = Type.Object(
  {
    name: Name,
    description: Type.Optional(Description),
    type: ProfileTypeSchema,
    sourceFormat: Type.Optional(StringEnum(SOURCE_FORMATS, { description: 'AUTO detects ISO 2709, MARCXML or MARC-in-JSON' })),
    protocol: Type.Optional(ProtocolSchema),
    ftp: Type.Optional(Type.Union([FtpInput, Type.Null()])),
    match: Type.Optional(Type.Partial(MatchPolicySchema, closed)),
    merge: Type.Optional(Type.Partial(MergeRuleSchema, closed)),
    splitSize: Type.Optional(SplitSize),
    repairPolicy: Type.Optional(RepairPolicySchema),
    normalization: Type.Optional(NormalizationSchema),
    inventory: Type.Optional(InventorySchema),
    schedule: Type.Optional(ScheduleSchema),
    active: Type.Optional(Type.Boolean()),
    restricted: Type.Optional(Type.Boolean({ description: 'Only users with a grant may run it' })),
  },
  {
    ...closed,
    examples: NEW_PROFILE_EXAMPLES,
  },
)

/**
 * createProfile's body as the document shows it: NewProfile with its cross-field rules. The service
 * checks the same rules itself (profileViolations, with messages in the profile's terms), so the
 * route validates NewProfile and this is what clients and generated SDKs see.
 */
export const NewProfileDocument = Type.Object(
  { ...NewProfile.properties, match: Type.Optional(NewMatch), merge: Type.Optional(NewMerge), inventory: Type.Optional(InventoryInput) },
  {
    ...closed,
    description: [
      'Rules across fields (absent fields count with their defaults):',
      '- protocol FTP needs `ftp` with a `password` (SFTP: or a `privateKey`); an UPLOAD profile (the default) has no `ftp` and is not scheduled (`schedule.kind` NONE);',
      '- an AUTHORITY profile matches by SYSTEM_ID or NONE, so it names `match.method`;',
      '- a NEW_ORDER profile creates inventory: `inventory.type` is not NONE (absent: PHYSICAL);',
      '- in `ftp`: afterImport MOVE needs `moveTo` (and `moveTo` needs MOVE), a `privateKey` needs transport SFTP, and SFTP is never `secure` (that is FTPS);',
      '- see `match`, `merge` and `inventory` for theirs.',
    ].join('\n'),
    allOf: NEW_PROFILE_RULES,
    examples: NEW_PROFILE_EXAMPLES,
  },
)

/**
 * Every field optional; nested `match`, `merge` and `ftp` are merged into the current values, so
 * the cross-field rules apply to the result and can only be described here.
 */
export const ProfileChanges = Type.Object(
  {
    name: Type.Optional(Name),
    description: Type.Optional(Description),
    sourceFormat: Type.Optional(StringEnum(SOURCE_FORMATS)),
    protocol: Type.Optional(ProtocolSchema),
    ftp: Type.Optional(Type.Union([Type.Partial(FtpInput, closed), Type.Null()])),
    match: Type.Optional(Type.Partial(MatchPolicySchema, closed)),
    merge: Type.Optional(Type.Partial(MergeRuleSchema, closed)),
    splitSize: Type.Optional(SplitSize),
    repairPolicy: Type.Optional(RepairPolicySchema),
    normalization: Type.Optional(NormalizationSchema),
    inventory: Type.Optional(InventorySchema),
    schedule: Type.Optional(ScheduleSchema),
    active: Type.Optional(Type.Boolean()),
    restricted: Type.Optional(Type.Boolean()),
  },
  {
    ...closed,
    minProperties: 1,
    description:
      'Changes are merged into the current profile (nested `match`, `merge` and `ftp` field by field), and the result must keep the rules of createProfile: protocol FTP needs ftp settings with a password (SFTP: or a private key), UPLOAD profiles have no ftp and no schedule, AUTHORITY profiles match by SYSTEM_ID or NONE, NEW_ORDER profiles have an inventory type, matchCancelledNumbers needs OCLC, ISBN or ISSN, allowDeletes a match method, and no tag pattern is both preserved and unioned. A result that breaks one answers 400 naming the field.',
  },
)

export const Profile = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    name: Type.String(),
    description: Type.String(),
    type: ProfileTypeSchema,
    sourceFormat: StringEnum(SOURCE_FORMATS),
    protocol: ProtocolSchema,
    ftp: Type.Union([FtpOutput, Type.Null()]),
    match: MatchPolicySchema,
    merge: MergeRuleSchema,
    splitSize: Type.Integer(),
    repairPolicy: RepairPolicySchema,
    normalization: NormalizationSchema,
    inventory: InventoryOutput,
    schedule: ScheduleSchema,
    nextRun: NextRun,
    active: Type.Boolean(),
    restricted: Type.Boolean(),
    version: Type.Integer({ description: 'Changes on every update; also the ETag' }),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  {
    examples: [
      {
        id: '0b6f2f5e-8a8e-4c0b-a1b7-59e1c0f7d2a4',
        name: 'OCLC weekly loads',
        description: '',
        type: 'REPOSITORY',
        sourceFormat: 'AUTO',
        protocol: 'UPLOAD',
        ftp: null,
        match: {
          method: 'OCLC',
          matchCancelledNumbers: false,
          noMatchAction: 'ADD',
          singleMatchAction: 'MERGE',
          multiMatchAction: 'MANUAL',
          autoResolveMultiMatch: true,
          preventOlderVersion: false,
          checkBriefLevel: false,
          allowDeletes: false,
          skipDifferentInventoryType: false,
        },
        merge: { preservedTags: ['9XX'], unionTags: ['035'] },
        splitSize: 50,
        inventory: {
          type: 'NONE',
          library: null,
          location: null,
          preset: null,
          mapping: null,
          defaultFund: null,
          fundCodesCaseInsensitive: false,
          barcode: { kind: 'NONE' },
          poGrouping: 'PER_RECORD',
          updateInventoryLookup: 'PO_LINE_NUMBER',
        },
        repairPolicy: 'REPAIR',
        normalization: 'PRESERVE',
        schedule: { kind: 'NONE' },
        nextRun: null,
        active: true,
        restricted: false,
        version: 1,
        createdAt: '2026-11-22T10:00:00.000Z',
        updatedAt: '2026-11-22T10:00:00.000Z',
      },
    ],
  },
)

export const ProfileListQuery = Type.Object(
  {
    type: Type.Optional(ProfileTypeSchema),
    protocol: Type.Optional(ProtocolSchema),
    active: Type.Optional(Type.Boolean()),
    cursor: Type.Optional(Type.String({ maxLength: 512 })),
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  closed,
)

export const Grant = Type.Object({
  profileId: Type.String({ format: 'uuid' }),
  userId: Type.String({ format: 'uuid' }),
  grantedBy: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
})
