/**
 * The in-memory shape of one MARC record, shared by the readers, the writers, matching and merge.
 * Text is always Unicode (UTF-8 on the wire): readers convert MARC-8 on the way in.
 */
export interface Subfield {
  code: string
  value: string
}

export interface ControlField {
  tag: string
  value: string
}

export interface DataField {
  tag: string
  ind1: string
  ind2: string
  subfields: Subfield[]
}

export type Field = ControlField | DataField

export interface MarcRecord {
  /** 24 characters; readers normalise Ldr/09 to 'a' once the text is Unicode. */
  leader: string
  fields: Field[]
}

export function isControlField(field: Field): field is ControlField {
  return 'value' in field
}

export function isDataField(field: Field): field is DataField {
  return 'subfields' in field
}
