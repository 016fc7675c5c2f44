import { closeSync, openSync, readdirSync, readSync, renameSync, statSync, unlinkSync } from 'node:fs'
import { createServer } from 'node:net'
import { join, posix } from 'node:path'
import { Readable } from 'node:stream'
import { FileSystem, FtpSrv } from 'ftp-srv'
import { generate } from 'selfsigned'
import ssh2 from 'ssh2'

/**
 * Real FTP and SFTP servers on 127.0.0.1 high ports, each serving a scratch directory: ftp-srv
 * (plain or explicit TLS with a self-signed certificate) and ssh2's server with an SFTP subsystem
 * (password or public-key login). What the service under test talks to is a server, never a stub.
 */
export interface FileServer {
  port: number
  close(): Promise<void>
}

/** A port nothing listens on: bound once, then released. */
export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as { port: number }).port
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

const quiet = {
  child: () => quiet,
  trace: () => {},
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  fatal: () => {},
}

export interface FtpServerOptions {
  root: string
  username: string
  password: string
  /** Explicit TLS (AUTH TLS) with this certificate. */
  tls?: { key: string; cert: string }
  /** The first `count` downloads break after `afterBytes` bytes: the data connection is destroyed. */
  breakDownloads?: { count: number; afterBytes: number }
}

export async function startFtpServer(options: FtpServerOptions): Promise<FileServer & { downloads: number }> {
  const port = await freePort()
  const state = { downloads: 0 }
  const breaking = options.breakDownloads
  class BreakingFileSystem extends FileSystem {
    override async read(fileName: string, readOptions: { start?: number } = {}) {
      state.downloads += 1
      if (breaking === undefined || state.downloads > breaking.count) return super.read(fileName, readOptions)
      const { fsPath } = (this as unknown as { _resolvePath(path: string): { fsPath: string } })._resolvePath(fileName)
      const fd = openSync(fsPath, 'r')
      const head = Buffer.alloc(breaking.afterBytes)
      const read = readSync(fd, head, 0, breaking.afterBytes, 0)
      closeSync(fd)
      const stream = new Readable({
        read() {
          this.push(head.subarray(0, read))
          setTimeout(() => this.destroy(new Error('connection dropped by the test')), 20)
        },
      })
      return { stream, clientPath: fileName }
    }
  }
  const server = new FtpSrv({
    url: `ftp://127.0.0.1:${port}`,
    pasv_url: '127.0.0.1',
    pasv_min: 40000,
    pasv_max: 60000,
    anonymous: false,
    log: quiet as never,
    ...(options.tls === undefined ? {} : { tls: options.tls }),
  })
  server.on('login', ({ connection, username, password }, resolve, reject) => {
    if (username !== options.username || password !== options.password) {
      reject(new Error('wrong user or password'))
      return
    }
    resolve({ fs: new BreakingFileSystem(connection, { root: options.root, cwd: '/' }) })
  })
  await server.listen()
  return {
    port,
    get downloads() {
      return state.downloads
    },
    close: () => server.close(),
  }
}

/** A self-signed certificate for 127.0.0.1: the service trusts it through its CA setting. */
export async function selfSignedCertificate(): Promise<{ key: string; cert: string }> {
  const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keySize: 2048,
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
  })
  return { key: pems.private, cert: pems.cert }
}

export interface SftpServerOptions {
  root: string
  username: string
  password?: string
  /** The public key (OpenSSH) a client may log in with. */
  publicKey?: string
}

const { STATUS_CODE, OPEN_MODE } = ssh2.utils.sftp

/** An SFTP server whose paths are the scratch directory's (`/` is `root`). */
export async function startSftpServer(options: SftpServerOptions): Promise<FileServer> {
  const port = await freePort()
  const hostKey = ssh2.utils.generateKeyPairSync('ed25519').private
  const allowed = options.publicKey === undefined ? undefined : ssh2.utils.parseKey(options.publicKey)
  if (allowed instanceof Error) throw allowed
  const server = new ssh2.Server({ hostKeys: [hostKey] }, (client) => {
    client.on('authentication', (ctx) => {
      if (ctx.username !== options.username) return ctx.reject()
      if (ctx.method === 'password' && options.password !== undefined && ctx.password === options.password) return ctx.accept()
      if (ctx.method === 'publickey' && allowed !== undefined) {
        const key = Array.isArray(allowed) ? allowed[0] : allowed
        if (key !== undefined && ctx.key.algo === key.type && ctx.key.data.equals(key.getPublicSSH())) {
          if (ctx.signature === undefined) return ctx.accept()
          if (key.verify(ctx.blob as Buffer, ctx.signature, ctx.hashAlgo) === true) return ctx.accept()
        }
      }
      ctx.reject(['password', 'publickey'])
    })
    client.on('ready', () => {
      client.on('session', (acceptSession) => {
        const session = acceptSession()
        session.on('sftp', (acceptSftp) => serveSftp(acceptSftp(), options.root))
      })
    })
    client.on('error', () => {})
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

function serveSftp(sftp: ssh2.SFTPWrapper, root: string): void {
  const handles = new Map<number, { kind: 'file'; fd: number } | { kind: 'dir'; path: string; done: boolean }>()
  let next = 0
  const local = (path: string) => join(root, posix.resolve('/', path))
  const handleOf = (buffer: Buffer) => handles.get(buffer.readUInt32BE(0))
  const newHandle = (value: { kind: 'file'; fd: number } | { kind: 'dir'; path: string; done: boolean }) => {
    const id = next++
    handles.set(id, value)
    const buffer = Buffer.alloc(4)
    buffer.writeUInt32BE(id)
    return buffer
  }
  const attrsOf = (path: string) => {
    const stat = statSync(path)
    return { mode: stat.mode, uid: 0, gid: 0, size: stat.size, atime: Math.floor(stat.atimeMs / 1000), mtime: Math.floor(stat.mtimeMs / 1000) }
  }
  const guard = (reqid: number, work: () => void) => {
    try {
      work()
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      sftp.status(reqid, code === 'ENOENT' ? STATUS_CODE.NO_SUCH_FILE : STATUS_CODE.FAILURE)
    }
  }
  sftp.on('REALPATH', (reqid, path) => {
    const resolved = posix.resolve('/', path)
    sftp.name(reqid, [{ filename: resolved, longname: resolved, attrs: {} as ssh2.Attributes }])
  })
  for (const op of ['STAT', 'LSTAT'] as const) {
    sftp.on(op, (reqid: number, path: string) => guard(reqid, () => sftp.attrs(reqid, attrsOf(local(path)))))
  }
  sftp.on('OPEN', (reqid, path, flags) => {
    guard(reqid, () => {
      if (flags & OPEN_MODE.WRITE) return sftp.status(reqid, STATUS_CODE.PERMISSION_DENIED)
      sftp.handle(reqid, newHandle({ kind: 'file', fd: openSync(local(path), 'r') }))
    })
  })
  sftp.on('FSTAT', (reqid, handle) => {
    const open = handleOf(handle)
    if (open?.kind !== 'file') return sftp.status(reqid, STATUS_CODE.FAILURE)
    const stat = statSync(`/proc/self/fd/${open.fd}`)
    sftp.attrs(reqid, { mode: stat.mode, uid: 0, gid: 0, size: stat.size, atime: 0, mtime: Math.floor(stat.mtimeMs / 1000) })
  })
  sftp.on('READ', (reqid, handle, offset, length) => {
    const open = handleOf(handle)
    if (open?.kind !== 'file') return sftp.status(reqid, STATUS_CODE.FAILURE)
    const buffer = Buffer.alloc(length)
    const read = readSync(open.fd, buffer, 0, length, offset)
    if (read === 0) return sftp.status(reqid, STATUS_CODE.EOF)
    sftp.data(reqid, buffer.subarray(0, read))
  })
  sftp.on('OPENDIR', (reqid, path) => {
    guard(reqid, () => {
      if (!statSync(local(path)).isDirectory()) return sftp.status(reqid, STATUS_CODE.FAILURE)
      sftp.handle(reqid, newHandle({ kind: 'dir', path: local(path), done: false }))
    })
  })
  sftp.on('READDIR', (reqid, handle) => {
    const open = handleOf(handle)
    if (open?.kind !== 'dir') return sftp.status(reqid, STATUS_CODE.FAILURE)
    if (open.done) return sftp.status(reqid, STATUS_CODE.EOF)
    open.done = true
    const names = readdirSync(open.path).map((name) => {
      const attrs = attrsOf(join(open.path, name))
      const kind = (attrs.mode & 0o170000) === 0o040000 ? 'd' : '-'
      return { filename: name, longname: `${kind}rw-r--r-- 1 0 0 ${attrs.size} Jan 1 00:00 ${name}`, attrs }
    })
    sftp.name(reqid, names)
  })
  sftp.on('CLOSE', (reqid, handle) => {
    const open = handleOf(handle)
    if (open?.kind === 'file') closeSync(open.fd)
    handles.delete(handle.readUInt32BE(0))
    sftp.status(reqid, STATUS_CODE.OK)
  })
  sftp.on('RENAME', (reqid, from, to) => guard(reqid, () => {
    renameSync(local(from), local(to))
    sftp.status(reqid, STATUS_CODE.OK)
  }))
  sftp.on('REMOVE', (reqid, path) => guard(reqid, () => {
    unlinkSync(local(path))
    sftp.status(reqid, STATUS_CODE.OK)
  }))
}
