import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'

const KEY_PREFIX = 'cis'

export interface NewApiKey {
  /** The whole key, shown to its owner once and never again. */
  key: string
  prefix: string
  hash: Buffer
}

/** `cis_<prefix>_<secret>`: the prefix finds the row, the hash of the whole key proves it. */
export function generateApiKey(): NewApiKey {
  const prefix = randomBytes(6).toString('hex')
  const key = `${KEY_PREFIX}_${prefix}_${randomBytes(32).toString('base64url')}`
  return { key, prefix, hash: hashApiKey(key) }
}

export function apiKeyPrefix(key: string): string | null {
  const match = /^cis_([0-9a-f]{12})_[A-Za-z0-9_-]{16,}$/.exec(key)
  return match?.[1] ?? null
}

export function hashApiKey(key: string): Buffer {
  return createHash('sha256').update(key).digest()
}

/** A key supplied by the operator (BOOTSTRAP_ADMIN_KEY) need not have our shape; give it a prefix. */
export function externalKeyPrefix(key: string): string {
  return `x${createHash('sha256').update(`prefix:${key}`).digest('hex').slice(0, 11)}`
}

/** AES-256-GCM: iv (12) ‖ tag (16) ‖ ciphertext. Used for secrets we must read back (FTP passwords). */
export function encryptSecret(key: Buffer, plaintext: string): Buffer {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
  return Buffer.concat([iv, cipher.getAuthTag(), body])
}

export function decryptSecret(key: Buffer, sealed: Buffer): string {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12))
  decipher.setAuthTag(sealed.subarray(12, 28))
  return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8')
}
