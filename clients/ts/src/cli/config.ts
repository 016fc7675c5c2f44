import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'

export interface Connection {
  url: string
  key: string
}

/** Where `login` keeps the connection: the platform's per-user configuration folder (XDG on Linux). */
export function configFile(env: NodeJS.ProcessEnv = process.env): string {
  const base =
    process.platform === 'win32'
      ? (env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'))
      : process.platform === 'darwin'
        ? join(homedir(), 'Library', 'Application Support')
        : env.XDG_CONFIG_HOME || join(homedir(), '.config')
  return join(base, 'catalog-import', 'config.json')
}

/** The key is a password: the file is written readable by its owner alone, also when it already existed with wider rights. */
export async function saveConnection(connection: Connection, file = configFile()): Promise<void> {
  await mkdir(dirname(file), { recursive: true, mode: 0o700 })
  await writeFile(file, `${JSON.stringify(connection, null, 2)}\n`, { mode: 0o600 })
  await chmod(file, 0o600)
}

/** CATALOG_IMPORT_URL / CATALOG_IMPORT_KEY win over the file, each on its own, so a script can point a stored login elsewhere. */
export async function loadConnection(env: NodeJS.ProcessEnv = process.env, file = configFile(env)): Promise<Connection | null> {
  const stored = await readFile(file, 'utf8').then(
    (text) => JSON.parse(text) as Partial<Connection>,
    () => ({}) as Partial<Connection>,
  )
  const url = env.CATALOG_IMPORT_URL || stored.url
  const key = env.CATALOG_IMPORT_KEY || stored.key
  return url && key ? { url, key } : null
}
