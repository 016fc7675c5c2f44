import { isControlTag, isDataTag, isValidTag } from '../field-rules.ts'
import type { Field } from '../record.ts'
import { isControlField } from '../record.ts'
import { MarcWriteError } from './errors.ts'

function printable(char: string, allowSpace: boolean): boolean {
  const code = char.charCodeAt(0)
  return char.length === 1 && code <= 0x7e && (code > 0x20 || (allowSpace && code === 0x20))
}

/** The leader: 24 printable ASCII characters (the writers fill in the structural positions). */
export function checkLeader(leader: string): void {
  if (leader.length !== 24 || !/^[\x20-\x7e]{24}$/.test(leader)) {
    throw new MarcWriteError(`the leader ${JSON.stringify(leader)} is not 24 printable ASCII characters`)
  }
}

/**
 * The structure every format needs: a valid tag of the right kind for the field, single-character
 * indicators and subfield codes. Text itself is checked by each writer (what it can carry differs).
 */
export function checkField(field: Field, index: number): void {
  const where = `field #${index + 1} (${field.tag})`
  if (!isValidTag(field.tag)) throw new MarcWriteError(`${where}: the tag is not 3 ASCII letters or digits`)
  if (isControlField(field)) {
    if (isDataTag(field.tag)) throw new MarcWriteError(`${where}: a control field with a data field tag`)
    return
  }
  if (isControlTag(field.tag)) throw new MarcWriteError(`${where}: a data field with a control field tag`)
  if (!printable(field.ind1, true) || !printable(field.ind2, true)) {
    throw new MarcWriteError(`${where}: indicators ${JSON.stringify(field.ind1 + field.ind2)} are not two printable ASCII characters`)
  }
  for (const subfield of field.subfields) {
    if (!printable(subfield.code, false)) {
      throw new MarcWriteError(`${where}: subfield code ${JSON.stringify(subfield.code)} is not one printable ASCII character`)
    }
  }
}
