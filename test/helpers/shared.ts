import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The shared MARC test data beside the checkout (`../shared/marc/`); never copied into the repo. */
export const sharedMarcDir = fileURLToPath(new URL('../../../shared/marc/', import.meta.url))

export function sharedMarcPath(relative: string): string {
  return sharedMarcDir + relative
}

export function readSharedMarc(relative: string): Buffer {
  return readFileSync(sharedMarcPath(relative))
}
