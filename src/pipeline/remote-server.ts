import { posix } from 'node:path'
import { PassThrough } from 'node:stream'
import { Client as FtpClient, FileType, FTPError } from 'basic-ftp'
import SftpClient from 'ssh2-sftp-client'
import type { FtpSettings } from '../domain/profiles/profile.ts'

/**
 * An FTP profile's server, whatever the transport: FTP or explicit FTPS through `basic-ftp`, SFTP
 * through `ssh2-sftp-client`. Every call is network I/O: callers never make one inside a database
 * transaction.
 */
export interface RemoteFile {
  name: string
  sizeBytes: number
  /** As the server reports it; null when it reports none. */
  modifiedAt: Date | null
}

export interface RemoteCredentials {
  password: string | null
  privateKey: string | null
}

/** How long to wait for the server, and which certificate authorities an FTPS server may be signed by. */
export interface RemoteOptions {
  timeoutMs: number
  /** PEM certificates trusted for FTPS besides the system's (a vendor's own CA, a test's self-signed certificate). */
  tlsCa?: string
}

/** Why a server could not be used, in the terms test-connection answers with. */
export const REMOTE_FAILURES = ['UNREACHABLE', 'AUTH_FAILED', 'DIRECTORY_MISSING', 'TRANSFER_FAILED'] as const
export type RemoteFailure = (typeof REMOTE_FAILURES)[number]

export class RemoteServerError extends Error {
  readonly failure: RemoteFailure
  constructor(failure: RemoteFailure, message: string) {
    super(message)
    this.name = 'RemoteServerError'
    this.failure = failure
  }
}

/** A connection logged in and standing in the profile's input directory. */
export interface RemoteConnection {
  /**
   * The plain files of the input directory. Over FTP the time of each file `exact` names is asked
   * for on its own (MDTM, to the second), the others keep the listing's (often to the minute).
   */
  list(exact?: (name: string) => boolean): Promise<RemoteFile[]>
  /** A file's bytes as they arrive; ends with an error when the transfer breaks. */
  download(name: string): AsyncIterable<Uint8Array>
  /** Moves a file of the input directory into `folder` (relative to the input directory, or absolute). */
  move(name: string, folder: string): Promise<void>
  remove(name: string): Promise<void>
  close(): Promise<void>
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE'])

function isNetworkError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && (NETWORK_CODES.has(code) || code.startsWith('ERR_TLS') || code.startsWith('ERR_SSL'))
}

/** Logs in and changes to the input directory: each step's failure says which it was. */
export async function connectRemote(settings: FtpSettings, credentials: RemoteCredentials, options: RemoteOptions): Promise<RemoteConnection> {
  return settings.transport === 'SFTP' ? connectSftp(settings, credentials, options) : connectFtp(settings, credentials, options)
}

async function connectFtp(settings: FtpSettings, credentials: RemoteCredentials, options: RemoteOptions): Promise<RemoteConnection> {
  const client = new FtpClient(options.timeoutMs)
  const where = `${settings.host}:${settings.port}`
  try {
    await client.access({
      host: settings.host,
      port: settings.port,
      user: settings.username,
      password: credentials.password ?? '',
      secure: settings.secure,
      secureOptions: { servername: settings.host, ...(options.tlsCa === undefined ? {} : { ca: options.tlsCa }) },
    })
  } catch (error) {
    client.close()
    if (error instanceof FTPError && error.code === 530) throw new RemoteServerError('AUTH_FAILED', `${where} refused the login of "${settings.username}": ${error.message}`)
    throw new RemoteServerError('UNREACHABLE', `${where} could not be reached${settings.secure ? ' over FTPS' : ''}: ${describe(error)}`)
  }
  try {
    await client.cd(settings.directory)
  } catch (error) {
    client.close()
    if (error instanceof FTPError) throw new RemoteServerError('DIRECTORY_MISSING', `The directory ${settings.directory} is not on ${where}: ${error.message}`)
    throw new RemoteServerError('UNREACHABLE', `${where} dropped the connection: ${describe(error)}`)
  }
  const failed = (what: string, error: unknown) =>
    new RemoteServerError(error instanceof FTPError && !isNetworkError(error) ? 'TRANSFER_FAILED' : 'UNREACHABLE', `${what} on ${where} failed: ${describe(error)}`)
  return {
    async list(exact = () => true) {
      try {
        const entries = await client.list()
        const files: RemoteFile[] = []
        for (const entry of entries) {
          if (entry.type !== FileType.File) continue
          // A listing's time may be to the minute or the day; MDTM gives the second when the server has it.
          let modifiedAt = entry.modifiedAt ?? null
          if (exact(entry.name)) {
            try {
              modifiedAt = await client.lastMod(entry.name)
            } catch (error) {
              if (!(error instanceof FTPError)) throw error
            }
          }
          files.push({ name: entry.name, sizeBytes: entry.size, modifiedAt })
        }
        return files
      } catch (error) {
        throw failed(`Listing ${settings.directory}`, error)
      }
    },
    async *download(name) {
      const bytes = new PassThrough()
      const transfer = client.downloadTo(bytes, name)
      transfer.catch((error: unknown) => bytes.destroy(error instanceof Error ? error : new Error(String(error))))
      try {
        for await (const chunk of bytes) yield chunk as Buffer
        await transfer
      } catch (error) {
        throw failed(`Downloading ${name}`, error)
      } finally {
        // A consumer that stopped early leaves a transfer that would never finish: drop the connection.
        if (!bytes.readableEnded) client.close()
      }
    },
    async move(name, folder) {
      try {
        await client.rename(name, posix.join(folder, name))
      } catch (error) {
        throw failed(`Moving ${name} to ${folder}`, error)
      }
    },
    async remove(name) {
      try {
        await client.remove(name)
      } catch (error) {
        throw failed(`Deleting ${name}`, error)
      }
    },
    async close() {
      client.close()
    },
  }
}

async function connectSftp(settings: FtpSettings, credentials: RemoteCredentials, options: RemoteOptions): Promise<RemoteConnection> {
  const client = new SftpClient()
  const where = `${settings.host}:${settings.port}`
  try {
    await client.connect({
      host: settings.host,
      port: settings.port,
      username: settings.username,
      readyTimeout: options.timeoutMs,
      ...(credentials.password === null ? {} : { password: credentials.password }),
      ...(credentials.privateKey === null ? {} : { privateKey: credentials.privateKey }),
    })
  } catch (error) {
    await client.end().catch(() => false)
    const message = describe(error)
    if (/authentication/i.test(message)) throw new RemoteServerError('AUTH_FAILED', `${where} refused the login of "${settings.username}": ${message}`)
    throw new RemoteServerError('UNREACHABLE', `${where} could not be reached over SFTP: ${message}`)
  }
  const directory = settings.directory
  const failed = (what: string, error: unknown) => new RemoteServerError('TRANSFER_FAILED', `${what} on ${where} failed: ${describe(error)}`)
  let kind: false | string
  try {
    kind = await client.exists(directory)
  } catch (error) {
    await client.end().catch(() => false)
    throw new RemoteServerError('UNREACHABLE', `${where} dropped the connection: ${describe(error)}`)
  }
  if (kind !== 'd') {
    await client.end().catch(() => false)
    throw new RemoteServerError('DIRECTORY_MISSING', `The directory ${directory} is not on ${where}`)
  }
  const inDirectory = (name: string) => posix.resolve('/', directory, name)
  return {
    async list() {
      try {
        const entries = await client.list(directory)
        return entries
          .filter((entry) => entry.type === '-')
          .map((entry) => ({ name: entry.name, sizeBytes: entry.size, modifiedAt: entry.modifyTime > 0 ? new Date(entry.modifyTime) : null }))
      } catch (error) {
        throw failed(`Listing ${directory}`, error)
      }
    },
    async *download(name) {
      const stream = client.createReadStream(inDirectory(name))
      try {
        for await (const chunk of stream) yield chunk as Buffer
      } catch (error) {
        throw failed(`Downloading ${name}`, error)
      } finally {
        stream.destroy()
      }
    },
    async move(name, folder) {
      try {
        await client.rename(inDirectory(name), posix.resolve('/', directory, folder, name))
      } catch (error) {
        throw failed(`Moving ${name} to ${folder}`, error)
      }
    },
    async remove(name) {
      try {
        await client.delete(inDirectory(name))
      } catch (error) {
        throw failed(`Deleting ${name}`, error)
      }
    },
    async close() {
      await client.end().catch(() => false)
    },
  }
}
