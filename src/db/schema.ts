import type { ColumnType, Generated } from 'kysely'
import type { IssueKind, IssueStatus, ResolutionAction } from '../domain/import/issues.ts'
import type { ReportCounter } from '../domain/import/report.ts'
import type { FileJunk } from '../domain/import/junk.ts'
import type { EventModule, JobKind, Severity } from '../domain/jobs/events.ts'
import type { InventoryType, MatchPolicy, NotImportedReason, Outcome } from '../domain/matching/index.ts'
import type { LeftAloneReason, RevertedChange, RevertOutcome } from '../domain/revert/revert.ts'
import type { MarcFormat, Normalization, RecordProblem, RepairPolicy } from '../marc/reader.ts'
import type { JobStatus } from '../domain/jobs/lifecycle.ts'
import type { ActorKind, JobLink } from '../domain/jobs/origin.ts'
import type { FtpSettings, InventoryMapping, ProfileSnapshot, Protocol, Schedule, SourceFormat } from '../domain/profiles/profile.ts'
import type { ProfileType } from '../domain/permissions/roles.ts'
import type { RecordChange } from '../domain/records/changes.ts'
import type { StoredMarc } from './stored-marc.ts'
import type { BorrowingStatus, ExternalSystem, IntegrationType } from '../domain/resource-sharing/libris.ts'

/** Table types as the database has them after the migrations in `migrations/`. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>
type Json<T> = ColumnType<T, string, string>

export interface InstitutionsTable {
  id: Generated<string>
  code: string
  name: string
  time_zone: Generated<string>
  time_zone_changed_at: Timestamp | null
  version: Generated<number>
  created_at: Generated<Date>
}

export interface UsersTable {
  id: Generated<string>
  institution_id: string
  username: string
  display_name: string
  roles: string[]
  active: Generated<boolean>
  created_at: Generated<Date>
}

export interface ApiKeysTable {
  id: Generated<string>
  institution_id: string
  user_id: string
  name: string
  prefix: string
  key_hash: Buffer
  created_at: Generated<Date>
  last_used_at: Timestamp | null
  revoked_at: Timestamp | null
}

export interface ImportProfilesTable {
  id: Generated<string>
  institution_id: string
  name: string
  description: Generated<string>
  type: ProfileType
  source_format: SourceFormat
  protocol: Protocol
  ftp: Json<FtpSettings> | null
  ftp_password_encrypted: Buffer | null
  ftp_private_key_encrypted: Buffer | null
  match: Json<MatchPolicy>
  merge: Json<{ preservedTags: string[]; unionTags: string[] }>
  split_size: number
  repair_policy: Generated<RepairPolicy>
  normalization: Generated<Normalization>
  inventory: Json<InventoryMapping>
  schedule: Json<Schedule>
  active: Generated<boolean>
  restricted: Generated<boolean>
  version: Generated<number>
  created_by: string | null
  created_at: Generated<Date>
  updated_at: Generated<Date>
  deleted_at: Timestamp | null
}

/** A file an FTP profile loaded from its server (see migrations/20261207T1200_ftp_fetch.sql). */
export interface FtpLoadedFilesTable {
  id: Generated<string>
  profile_id: string
  name: string
  size_bytes: number
  modified_at: Date | null
  sha256: string
  fetch_job_id: string
  load_job_id: string
  stored_file_id: string
  loaded_at: Generated<Date>
}

export interface ProfileGrantsTable {
  profile_id: string
  user_id: string
  granted_by: string | null
  created_at: Generated<Date>
}

export interface JobsTable {
  id: Generated<string>
  institution_id: string
  profile_id: string | null
  kind: JobKind
  name: string
  status: JobStatus
  label: string | null
  notes: string | null
  created_by: string | null
  actor_kind: Generated<ActorKind>
  /** The job this one was made from, and how (see `JobLink`). */
  parent_job_id: string | null
  parent_link: JobLink | null
  /** Computed from the parent link: the original of a re-run (or of a dry run's real run). */
  rerun_of: ColumnType<string | null, never, never>
  created_at: Generated<Date>
  started_at: Timestamp | null
  ended_at: Timestamp | null
  dry_run: Generated<boolean>
  profile_snapshot: Json<ProfileSnapshot> | null
  records_total: Generated<number>
  records_done: Generated<number>
  files_total: Generated<number>
  files_done: Generated<number>
  counters: ColumnType<Record<string, number>, string | undefined, string>
  failure_reason: string | null
  updated_at: Generated<Date>
  stage_ms: ColumnType<Record<string, number>, string | undefined, string>
  /** Computed from the parent link: for a REVERT job, the import it reverts. */
  reverts_job: ColumnType<string | null, never, never>
  /** A HARVEST job's integration profile. */
  integration_profile_id: string | null
}

export interface StoredFilesTable {
  id: Generated<string>
  institution_id: string
  job_id: string | null
  name: string
  content_type: string | null
  size_bytes: Generated<number>
  sha256: string | null
  complete: Generated<boolean>
  created_at: Generated<Date>
}

export interface StoredFileChunksTable {
  file_id: string
  seq: number
  data: Buffer
}

export interface BulkFilesTable {
  id: Generated<string>
  job_id: string
  stored_file_id: string
  seq: number
  name: string
  format: MarcFormat
  record_count: number
  size_bytes: number
  /** The bytes of the file's records, in position order (incoming_records.raw_start/raw_length). */
  raw: Buffer
  status: Generated<string>
  counts: ColumnType<Record<string, number>, string | undefined, string>
  created_at: Generated<Date>
  processed_at: Timestamp | null
  processed_by: string | null
  /** Bytes after its records (or before, in a file's first) that are no record (issue 14). */
  junk: Json<FileJunk[]> | null
}

export interface IncomingRecordsTable {
  id: Generated<number>
  job_id: string
  bulk_file_id: string
  position: number
  /** Where the record's bytes are in its bulk file's `raw`, from 0. */
  raw_start: number
  raw_length: number
  problem_code: string | null
  problem_message: string | null
  /**
   * Every problem of a record that could not be read, in record order (`problems[0]` is
   * problem_code/problem_message); rows stored before it have their one problem without a field.
   */
  problems: Json<RecordProblem[]> | null
  /** What the reader tolerated (or, under REPAIR, mended), imported or not. */
  warnings: Json<unknown> | null
  outcome: Outcome | null
  reason: ColumnType<NotImportedReason | null, NotImportedReason | null, string | null>
  mms_id: number | null
  matched: Generated<boolean>
  multi_match: Generated<boolean>
  candidate_count: Generated<number>
  auto_resolved_by: string | null
  added_despite_match: Generated<boolean>
  match_skipped_inventory: Generated<boolean>
  candidates: string[] | null
  resolved_manually: string | null
  /** What the inventory step did for the record (InventoryTally), null when it did nothing. */
  inventory: Json<Record<string, unknown>> | null
  /** Merged or overlaid into a record that it left as it was (issue 14). */
  unchanged: Generated<boolean>
}

export interface JobEventsTable {
  id: Generated<number>
  job_id: string
  created_at: Generated<Date>
  severity: Severity
  module: EventModule
  status: JobStatus
  description: string
  created_by: string | null
}

export interface RecordsTable {
  /** bigint in PostgreSQL; read as a number (int8 parser in database.ts), far below 2^53. */
  mms_id: Generated<number>
  institution_id: string
  kind: Generated<string>
  marc: Json<StoredMarc>
  created_by_job: string | null
  updated_by_job: string | null
  created_at: Generated<Date>
  updated_at: Generated<Date>
  version_005: string | null
  brief_level: Generated<number>
  inventory_type: Generated<InventoryType>
  revision: Generated<number>
  locked_by: string | null
  locked_until: Timestamp | null
  deleted_at: Timestamp | null
  deleted_by_job: string | null
}

export interface RecordMatchKeysTable {
  institution_id: string
  kind: string
  value: string
  mms_id: number
  cancelled: boolean
}

export interface RecordChangesTable {
  id: Generated<number>
  job_id: string
  mms_id: number
  change: RecordChange
  before_marc: Json<StoredMarc> | null
  before_revision: number | null
  revision_after: number
  created_at: Generated<Date>
}

/** What a job reads: a whole stored file, or one bulk file's records (a re-run of that file). */
export interface JobInputsTable {
  job_id: string
  seq: number
  stored_file_id: string
  bulk_file_id: string | null
}

export interface IdempotencyKeysTable {
  user_id: string
  key: string
  request_hash: string
  status_code: number
  headers: Json<Record<string, string>>
  body: string
  created_at: Generated<Date>
}

/** An itemized set of repository records, made from a job report's counter. */
export interface RecordSetsTable {
  id: Generated<string>
  institution_id: string
  name: string
  job_id: string
  counter: ReportCounter
  /** The job's status when the set was made. */
  job_status: JobStatus
  counter_records: number
  records_without_repository_record: number
  member_count: number
  created_by: string | null
  created_at: Generated<Date>
}

export interface RecordSetMembersTable {
  set_id: string
  mms_id: number
}

/** One record a revert puts back (or leaves alone), planned at its start, decided by its batch. */
export interface RevertItemsTable {
  revert_job_id: string
  reverted_job_id: string
  mms_id: number
  batch: number
  change: RevertedChange
  expected_revision: number
  outcome: RevertOutcome | null
  reason: LeftAloneReason | null
  found_revision: number | null
  found_updated_by_job: string | null
}

/** A candidate of an import issue as it was when the issue opened. */
export interface IssueCandidateSnapshot {
  mmsId: number
  revision: number
  version005: string | null
  locked: boolean
}

export interface ImportIssuesTable {
  id: Generated<number>
  institution_id: string
  job_id: string
  incoming_record_id: number
  kind: IssueKind
  status: IssueStatus
  reason: string
  candidates: ColumnType<IssueCandidateSnapshot[], string | undefined, string>
  action: ResolutionAction | null
  chosen_mms_id: number | null
  resolved_by: string | null
  resolved_at: Date | null
  created_at: Generated<Date>
}

export interface LibrariesTable {
  id: Generated<string>
  institution_id: string
  code: string
  name: string
  active: Generated<boolean>
  version: Generated<number>
  created_at: Generated<Date>
  updated_at: Generated<Date>
}

export interface LocationsTable {
  id: Generated<string>
  library_id: string
  code: string
  name: string
  active: Generated<boolean>
  version: Generated<number>
  created_at: Generated<Date>
  updated_at: Generated<Date>
}

export interface VendorsTable {
  id: Generated<string>
  institution_id: string
  code: string
  name: string
  currency: string
  active: Generated<boolean>
  version: Generated<number>
  created_at: Generated<Date>
  updated_at: Generated<Date>
}

export interface VendorAccountsTable {
  id: Generated<string>
  vendor_id: string
  code: string
  description: Generated<string>
}

export interface FundsTable {
  id: Generated<string>
  institution_id: string
  code: string
  name: string
  active: Generated<boolean>
  version: Generated<number>
  created_at: Generated<Date>
  updated_at: Generated<Date>
}

/** A code list of the institution: item policies and material types share this shape. */
export interface CodeListTable {
  id: Generated<string>
  institution_id: string
  code: string
  name: string
  active: Generated<boolean>
  version: Generated<number>
  created_at: Generated<Date>
  updated_at: Generated<Date>
}

/** Inventory and orders (migration 20261207T1100): every row names the job that created it. */
export interface AcquisitionSequencesTable {
  institution_id: string
  name: 'PO' | 'PO_LINE' | 'BARCODE'
  last_value: number
}

export interface PurchaseOrdersTable {
  id: Generated<string>
  institution_id: string
  number: string
  grouping: 'PER_RECORD' | 'PER_FILE' | 'PER_INVOICE'
  group_key: string
  vendor_id: string | null
  job_id: string
  created_at: Generated<Date>
}

export interface FundShare {
  fundId: string
  code: string
  percent: number
}

export interface PoLinesTable {
  id: Generated<string>
  institution_id: string
  number: string
  purchase_order_id: string
  mms_id: number
  vendor_id: string | null
  vendor_code: string | null
  vendor_account_id: string | null
  vendor_reference_number: string | null
  type: 'PHYSICAL' | 'ELECTRONIC'
  acquisition_method: string
  /** numeric(14,2): read as a string. */
  price: string | null
  currency: string | null
  quantity: number
  fund_distribution: Json<FundShare[]>
  fund_code: string | null
  notes: string[]
  status: 'ACTIVE' | 'IN_REVIEW'
  review_reasons: string[]
  invoice_number: string | null
  job_id: string
  incoming_record_id: number | null
  created_at: Generated<Date>
  updated_at: Generated<Date>
}

export interface HoldingsTable {
  id: Generated<string>
  institution_id: string
  mms_id: number
  library_id: string
  location_id: string
  call_number: string | null
  subfields: Json<Array<{ code: string; value: string }>>
  job_id: string
  created_at: Generated<Date>
  updated_at: Generated<Date>
}

export interface ItemsTable {
  id: Generated<string>
  institution_id: string
  holding_id: string
  po_line_id: string | null
  barcode: string | null
  item_policy_id: string | null
  material_type_id: string | null
  description: string | null
  enumeration: string | null
  chronology: string | null
  copy_number: string | null
  receiving_date: Date | null
  process_type: string | null
  job_id: string
  updated_by_job: string | null
  created_at: Generated<Date>
  updated_at: Generated<Date>
}

export interface PortfoliosTable {
  id: Generated<string>
  institution_id: string
  mms_id: number
  po_line_id: string | null
  url: string | null
  public_note: string | null
  job_id: string
  created_at: Generated<Date>
}

export interface ItemChangesTable {
  job_id: string
  item_id: string
  before_barcode: string | null
  before_item_policy_id: string | null
  before_updated_by_job: string | null
  before_updated_at: Date
}

export interface ScheduleRunsTable {
  target_kind: string
  target_id: string
  due_at: Timestamp
  institution_id: string
  job_id: string | null
  claimed_at: Generated<Date>
  claimed_by: string
}

/** A day as PostgreSQL's `date`, read as YYYY-MM-DD text (see database.ts). */
type DateColumn = ColumnType<string, string, string>

export interface IntegrationProfilesTable {
  id: Generated<string>
  institution_id: string
  code: string
  name: string
  description: Generated<string>
  integration_type: IntegrationType
  system: ExternalSystem
  base_url: string
  library_code: string
  resource_sharing_library_id: string
  api_key_encrypted: Buffer | null
  authentication: Generated<boolean>
  active: Generated<boolean>
  harvest_start_date: DateColumn
  schedule: Json<Schedule>
  harvested_through: ColumnType<string | null, string | null | undefined, string | null>
  version: Generated<number>
  created_by: string | null
  created_at: Generated<Date>
  updated_at: Generated<Date>
  deleted_at: Timestamp | null
}

export interface LibraryCodeMappingsTable {
  id: Generated<string>
  integration_profile_id: string
  external_code: string
  library_id: string
  version: Generated<number>
  created_at: Generated<Date>
  updated_at: Generated<Date>
}

export interface PartnersTable {
  id: Generated<string>
  institution_id: string
  code: string
  name: string
  system: ExternalSystem
  active: Generated<boolean>
  version: Generated<number>
  created_at: Generated<Date>
  updated_at: Generated<Date>
}

/** A lender of a borrowing request, in the order Libris lists them. */
export interface BorrowingLender {
  position: number
  code: string
  partnerId: string | null
  response: string | null
  responseDate: string | null
  active: boolean
}

export interface BorrowingRequestsTable {
  id: Generated<string>
  institution_id: string
  integration_profile_id: string
  lf_number: string
  external_request_id: string
  external_status: string
  status: BorrowingStatus
  title: string | null
  author: string | null
  isbn_issn: string | null
  media_type: string | null
  requesting_library_code: string | null
  requesting_library_id: string | null
  receiving_library_code: string
  receiving_library_id: string
  lenders: Json<BorrowingLender[]>
  external_last_modified: string
  date_received: string | null
  due_date: string | null
  created_by_job: string
  updated_by_job: string
  created_at: Generated<Date>
  updated_at: Generated<Date>
}

export interface Database {
  institutions: InstitutionsTable
  users: UsersTable
  api_keys: ApiKeysTable
  import_profiles: ImportProfilesTable
  profile_grants: ProfileGrantsTable
  ftp_loaded_files: FtpLoadedFilesTable
  jobs: JobsTable
  idempotency_keys: IdempotencyKeysTable
  stored_files: StoredFilesTable
  stored_file_chunks: StoredFileChunksTable
  bulk_files: BulkFilesTable
  incoming_records: IncomingRecordsTable
  job_events: JobEventsTable
  records: RecordsTable
  job_inputs: JobInputsTable
  record_match_keys: RecordMatchKeysTable
  record_changes: RecordChangesTable
  revert_items: RevertItemsTable
  record_sets: RecordSetsTable
  record_set_members: RecordSetMembersTable
  import_issues: ImportIssuesTable
  libraries: LibrariesTable
  locations: LocationsTable
  vendors: VendorsTable
  vendor_accounts: VendorAccountsTable
  funds: FundsTable
  item_policies: CodeListTable
  material_types: CodeListTable
  acquisition_sequences: AcquisitionSequencesTable
  purchase_orders: PurchaseOrdersTable
  po_lines: PoLinesTable
  holdings: HoldingsTable
  items: ItemsTable
  portfolios: PortfoliosTable
  item_changes: ItemChangesTable
  schedule_runs: ScheduleRunsTable
  integration_profiles: IntegrationProfilesTable
  library_code_mappings: LibraryCodeMappingsTable
  partners: PartnersTable
  borrowing_requests: BorrowingRequestsTable
}
