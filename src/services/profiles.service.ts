import type { Db, Executor } from '../db/database.ts'
import { decodeCursor, toPage } from '../db/pagination.ts'
import * as profiles from '../db/repositories/profiles.repository.ts'
import { findUser } from '../db/repositories/users.repository.ts'
import { UNFINISHED_STATUSES } from '../domain/jobs/lifecycle.ts'
import { DEFAULT_MATCH_POLICY, DEFAULT_MERGE_RULE, type MatchPolicy, type MergeRule } from '../domain/matching/policy.ts'
import { type ProfileAction, type ProfileType, mayOnProfileType, profileTypesFor } from '../domain/permissions/roles.ts'
import {
  DEFAULT_NORMALIZATION,
  DEFAULT_REPAIR_POLICY,
  DEFAULT_SPLIT_SIZE,
  type Normalization,
  type RepairPolicy,
  type FtpSettings,
  type InventoryMapping,
  inventorySettings,
  type ProfileRules,
  type Protocol,
  profileViolations,
  type ProfileSnapshot,
  type Schedule,
  type SourceFormat,
} from '../domain/profiles/profile.ts'
import { encryptSecret } from '../domain/secrets/secrets.ts'
import type { Principal } from '../domain/permissions/principal.ts'
import { AppError, forbidden, notFound } from '../errors.ts'
import { withNextRuns } from './schedules/next-run.ts'

export type ProfileRow = profiles.ProfileRow
type FtpInput = Partial<FtpSettings> & { password?: string; privateKey?: string }

export interface ProfileInput {
  name?: string
  description?: string
  type?: ProfileType
  sourceFormat?: SourceFormat
  protocol?: Protocol
  ftp?: FtpInput | null
  match?: Partial<MatchPolicy>
  merge?: Partial<MergeRule>
  splitSize?: number
  repairPolicy?: RepairPolicy
  normalization?: Normalization
  inventory?: Partial<InventoryMapping>
  schedule?: Schedule
  active?: boolean
  restricted?: boolean
}

export function etagOf(version: number): string {
  return `"v${version}"`
}

export function toProfile(row: ProfileRow): ProfileSnapshot {
  const ftp = row.ftp
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    type: row.type,
    sourceFormat: row.source_format,
    protocol: row.protocol,
    ftp: ftp === null ? null : { ...ftp, passwordSet: row.ftp_password_encrypted !== null, privateKeySet: row.ftp_private_key_encrypted !== null },
    match: row.match,
    merge: row.merge,
    splitSize: row.split_size,
    repairPolicy: row.repair_policy,
    normalization: row.normalization,
    inventory: inventorySettings(row.inventory, row.type),
    schedule: row.schedule,
    active: row.active,
    restricted: row.restricted,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === '23505'
}

function assertRules(rules: ProfileRules): void {
  const violations = profileViolations(rules)
  if (violations.length > 0) {
    throw new AppError('VALIDATION_FAILED', violations.map((v) => `${v.field} ${v.message}`).join('; '), { errors: violations })
  }
}

function ftpSettings(ftp: FtpInput | null | undefined, current: FtpSettings | null): FtpSettings | null {
  if (ftp === null) return null
  if (ftp === undefined) return current
  const { password: _password, privateKey: _privateKey, ...settings } = ftp
  const merged = { ...current, ...settings }
  if (merged.host === undefined || merged.username === undefined) {
    throw new AppError('VALIDATION_FAILED', 'ftp needs host and username', {
      errors: [{ field: merged.host === undefined ? 'ftp.host' : 'ftp.username', message: 'is required' }],
    })
  }
  const transport = merged.transport ?? 'FTP'
  const afterImport = merged.afterImport ?? 'LEAVE'
  return {
    transport,
    host: merged.host,
    port: merged.port ?? (transport === 'SFTP' ? 22 : 21),
    username: merged.username,
    directory: merged.directory ?? '/',
    filePatterns: merged.filePatterns ?? ['*'],
    secure: merged.secure ?? false,
    afterImport,
    // A folder kept from before is dropped when the action is no longer MOVE; one sent with another action is refused.
    moveTo: afterImport === 'MOVE' ? (merged.moveTo ?? null) : (settings.moveTo ?? null),
  }
}

export class ProfilesService {
  readonly db: Db
  readonly secretKey: Buffer
  constructor(db: Db, secretKey: Buffer) {
    this.db = db
    this.secretKey = secretKey
  }

  /** The profile if it is in the caller's institution (404 otherwise) and the caller may `action` it (403). */
  async load(caller: Principal, profileId: string, action: ProfileAction, db: Executor = this.db): Promise<ProfileRow> {
    const row = await profiles.findProfile(db, caller.institutionId, profileId)
    if (row === undefined) throw notFound(`Import profile ${profileId}`)
    if (!mayOnProfileType(caller.roles, action, row.type)) {
      throw new AppError('FORBIDDEN', `Your roles may not ${action} ${row.type} profiles`)
    }
    return row
  }

  /** One profile as the API shows it, with its next scheduled run. */
  async get(caller: Principal, profileId: string) {
    const [view] = await withNextRuns(this.db, caller.institutionId, [toProfile(await this.load(caller, profileId, 'view'))])
    return view as NonNullable<typeof view>
  }

  async list(caller: Principal, query: { type?: ProfileType; protocol?: Protocol; active?: boolean; cursor?: string; limit: number }) {
    const visible = profileTypesFor(caller.roles, 'view').filter((type) => query.type === undefined || type === query.type)
    const rows = await profiles.listProfiles(
      this.db,
      caller.institutionId,
      { types: visible, ...(query.protocol === undefined ? {} : { protocol: query.protocol }), ...(query.active === undefined ? {} : { active: query.active }) },
      { after: decodeCursor(query.cursor), limit: query.limit },
    )
    const page = toPage(rows, query.limit)
    return { items: await withNextRuns(this.db, caller.institutionId, page.rows.map(toProfile)), nextCursor: page.nextCursor }
  }

  async create(caller: Principal, input: ProfileInput & { name: string; type: ProfileType }) {
    if (!mayOnProfileType(caller.roles, 'manage', input.type)) {
      throw new AppError('FORBIDDEN', `Your roles may not create ${input.type} profiles`)
    }
    const ftp = ftpSettings(input.ftp, null)
    const rules: ProfileRules = {
      type: input.type,
      protocol: input.protocol ?? 'UPLOAD',
      ftp,
      hasFtpPassword: input.ftp?.password !== undefined,
      hasFtpPrivateKey: input.ftp?.privateKey !== undefined,
      match: { ...DEFAULT_MATCH_POLICY, ...input.match },
      merge: { ...DEFAULT_MERGE_RULE, ...input.merge },
      splitSize: input.splitSize ?? DEFAULT_SPLIT_SIZE,
      inventory: inventorySettings(input.inventory, input.type),
      schedule: input.schedule ?? { kind: 'NONE' },
    }
    assertRules(rules)
    try {
      const row = await profiles.insertProfile(this.db, {
        institution_id: caller.institutionId,
        name: input.name,
        description: input.description ?? '',
        type: rules.type,
        source_format: input.sourceFormat ?? 'AUTO',
        protocol: rules.protocol,
        ftp: JSON.stringify(rules.ftp),
        ftp_password_encrypted: input.ftp?.password === undefined ? null : encryptSecret(this.secretKey, input.ftp.password),
        ftp_private_key_encrypted: input.ftp?.privateKey === undefined ? null : encryptSecret(this.secretKey, input.ftp.privateKey),
        match: JSON.stringify(rules.match),
        merge: JSON.stringify(rules.merge),
        split_size: rules.splitSize,
        repair_policy: input.repairPolicy ?? DEFAULT_REPAIR_POLICY,
        normalization: input.normalization ?? DEFAULT_NORMALIZATION,
        inventory: JSON.stringify(rules.inventory),
        schedule: JSON.stringify(rules.schedule),
        active: input.active ?? true,
        restricted: input.restricted ?? false,
        created_by: caller.userId,
      })
      const [view] = await withNextRuns(this.db, caller.institutionId, [toProfile(row)])
      return view as NonNullable<typeof view>
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('CONFLICT', `A profile named "${input.name}" already exists`)
      throw error
    }
  }

  async update(caller: Principal, profileId: string, ifMatch: string | undefined, changes: ProfileInput) {
    if (ifMatch === undefined) {
      throw new AppError('PRECONDITION_REQUIRED', 'Send If-Match with the ETag you read, so you do not overwrite a change you have not seen')
    }
    return this.db.transaction().execute(async (trx) => {
      const row = await this.load(caller, profileId, 'manage', trx)
      if (ifMatch !== '*' && !ifMatch.split(',').map((tag) => tag.trim().replace(/^W\//, '')).includes(etagOf(row.version))) {
        throw new AppError('PRECONDITION_FAILED', `The profile has changed since you read it; it is now at version ${row.version}`)
      }
      const current = toProfile(row)
      const protocol = changes.protocol ?? current.protocol
      const ftp = protocol === 'UPLOAD' && changes.ftp === undefined ? null : ftpSettings(changes.ftp, row.ftp)
      const password = changes.ftp?.password
      const keepPassword = ftp !== null && password === undefined
      const privateKey = changes.ftp?.privateKey
      // A private key is only SFTP's: switching a profile to FTP lets it go.
      const keepPrivateKey = ftp !== null && ftp.transport === 'SFTP' && privateKey === undefined
      const rules: ProfileRules = {
        type: current.type,
        protocol,
        ftp,
        hasFtpPassword: password !== undefined || (keepPassword && row.ftp_password_encrypted !== null),
        hasFtpPrivateKey: privateKey !== undefined || (keepPrivateKey && row.ftp_private_key_encrypted !== null),
        match: { ...current.match, ...changes.match },
        merge: { ...current.merge, ...changes.merge },
        splitSize: changes.splitSize ?? current.splitSize,
        inventory: changes.inventory === undefined ? current.inventory : inventorySettings(changes.inventory, current.type),
        schedule: changes.schedule ?? current.schedule,
      }
      assertRules(rules)
      if (changes.active === false && current.active) await this.assertNoUnfinishedJobs(trx, profileId, 'deactivated')
      try {
        const updated = await profiles.updateProfile(trx, profileId, row.version, {
          ...(changes.name === undefined ? {} : { name: changes.name }),
          ...(changes.description === undefined ? {} : { description: changes.description }),
          ...(changes.sourceFormat === undefined ? {} : { source_format: changes.sourceFormat }),
          ...(changes.repairPolicy === undefined ? {} : { repair_policy: changes.repairPolicy }),
          ...(changes.normalization === undefined ? {} : { normalization: changes.normalization }),
          ...(changes.active === undefined ? {} : { active: changes.active }),
          ...(changes.restricted === undefined ? {} : { restricted: changes.restricted }),
          protocol: rules.protocol,
          ftp: JSON.stringify(rules.ftp),
          ftp_password_encrypted:
            password !== undefined ? encryptSecret(this.secretKey, password) : keepPassword ? row.ftp_password_encrypted : null,
          ftp_private_key_encrypted:
            privateKey !== undefined ? encryptSecret(this.secretKey, privateKey) : keepPrivateKey ? row.ftp_private_key_encrypted : null,
          match: JSON.stringify(rules.match),
          merge: JSON.stringify(rules.merge),
          split_size: rules.splitSize,
          inventory: JSON.stringify(rules.inventory),
          schedule: JSON.stringify(rules.schedule),
        })
        if (updated === undefined) throw new AppError('PRECONDITION_FAILED', 'The profile changed while you were saving; read it again')
        const [view] = await withNextRuns(trx, caller.institutionId, [toProfile(updated)])
        return view as NonNullable<typeof view>
      } catch (error) {
        if (isUniqueViolation(error)) throw new AppError('CONFLICT', `A profile named "${changes.name}" already exists`)
        throw error
      }
    })
  }

  async remove(caller: Principal, profileId: string) {
    await this.db.transaction().execute(async (trx) => {
      await this.load(caller, profileId, 'manage', trx)
      // Lock the row so a job cannot be started on it between the check and the delete.
      await profiles.lockProfile(trx, profileId)
      await this.assertNoUnfinishedJobs(trx, profileId, 'deleted')
      await profiles.softDeleteProfile(trx, profileId)
    })
  }

  private async assertNoUnfinishedJobs(db: Executor, profileId: string, verb: string) {
    const unfinished = await profiles.countJobsInStatus(db, profileId, UNFINISHED_STATUSES)
    if (unfinished > 0) {
      throw new AppError('CONFLICT', `The profile cannot be ${verb} while ${unfinished} of its jobs are unfinished`)
    }
  }

  async getGrant(caller: Principal, profileId: string, userId: string) {
    await this.load(caller, profileId, 'manage')
    const grant = await profiles.findGrant(this.db, profileId, userId)
    if (grant === undefined) throw notFound(`A grant of profile ${profileId} to user ${userId}`)
    return toGrant(grant)
  }

  async listGrants(caller: Principal, profileId: string) {
    await this.load(caller, profileId, 'manage')
    return (await profiles.listGrants(this.db, profileId)).map(toGrant)
  }

  async putGrant(caller: Principal, profileId: string, userId: string) {
    await this.load(caller, profileId, 'manage')
    // SPEC "Permissions": a grant is signed off by someone other than the user who receives it.
    // Refused on any profile, not only restricted ones: a profile can be made restricted later.
    if (userId === caller.userId) throw forbidden('A grant is signed off by someone other than the user who receives it; ask another administrator')
    if ((await findUser(this.db, caller.institutionId, userId)) === undefined) throw notFound(`User ${userId}`)
    const { created, row } = await profiles.upsertGrant(this.db, { profile_id: profileId, user_id: userId, granted_by: caller.userId })
    if (row === undefined) throw new Error('grant vanished while being written')
    return { created, grant: toGrant(row) }
  }

  async deleteGrant(caller: Principal, profileId: string, userId: string) {
    await this.load(caller, profileId, 'manage')
    if (!(await profiles.deleteGrant(this.db, profileId, userId))) throw notFound(`A grant of profile ${profileId} to user ${userId}`)
  }
}

function toGrant(row: { profile_id: string; user_id: string; granted_by: string | null; created_at: Date }) {
  return { profileId: row.profile_id, userId: row.user_id, grantedBy: row.granted_by, createdAt: row.created_at.toISOString() }
}
