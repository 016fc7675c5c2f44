import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { buildCodeTables, type Marc8CodeTables } from './tables.ts'

export type { Marc8CharacterSet, Marc8CodeTables } from './tables.ts'

/** Environment variable that overrides where the Library of Congress codetables.xml is read from. */
export const CODETABLES_ENV = 'MARC8_CODETABLES'

// `/work/main/src/marc/marc8/` → `/work/shared/…`: the shared data folder sits beside the checkout,
// both on developer machines and in CI, so the tables are never copied into the repository.
const DEFAULT_CODETABLES_URL = new URL('../../../../shared/marc/codetables/codetables.xml', import.meta.url)

export function codeTablesPath(): string {
  const fromEnv = process.env[CODETABLES_ENV]
  return fromEnv !== undefined && fromEnv !== '' ? fromEnv : fileURLToPath(DEFAULT_CODETABLES_URL)
}

/**
 * Reads and indexes one codetables.xml. Uncached: `codeTables()` is the one callers use.
 * A missing or unusable file is a deployment problem, not a data problem, so it throws instead of
 * turning every record into a decode error.
 */
export function readCodeTables(path: string): Marc8CodeTables {
  let xml: string
  try {
    xml = readFileSync(path, 'utf8')
  } catch (cause) {
    const why = cause instanceof Error ? cause.message : String(cause)
    throw new Error(
      `MARC-8 code tables could not be read from ${path} (${why}); ` +
        `set ${CODETABLES_ENV} to the path of the Library of Congress codetables.xml`,
      { cause },
    )
  }
  try {
    return buildCodeTables(xml)
  } catch (cause) {
    const why = cause instanceof Error ? cause.message : String(cause)
    throw new Error(`MARC-8 code tables at ${path} are not usable: ${why} (${CODETABLES_ENV} may point to the wrong file)`, {
      cause,
    })
  }
}

let loaded: Marc8CodeTables | undefined

/** The tables, read once on first use (≈2 MB of XML, a few tens of milliseconds) and then shared. */
export function codeTables(): Marc8CodeTables {
  loaded ??= readCodeTables(codeTablesPath())
  return loaded
}
