import type { MarcRecord } from './record.ts'
import { toIso2709, toMarcJson, toMarcXml } from './writer.ts'

/** The MARC representations the API serves, by media type (negotiated from `Accept`). */
export const MARC_MEDIA_TYPES = {
  'application/marc': 'ISO 2709 (binary MARC21, UTF-8)',
  'application/marcxml+xml': 'MARCXML (MARC21 slim)',
  'application/marc+json': 'MARC-in-JSON',
} as const
export type MarcMediaType = keyof typeof MARC_MEDIA_TYPES

export function serialiseRecord(record: MarcRecord, type: MarcMediaType): string | Uint8Array {
  if (type === 'application/marc') return toIso2709(record)
  if (type === 'application/marcxml+xml') return `<?xml version="1.0" encoding="UTF-8"?>\n${toMarcXml(record)}\n`
  return JSON.stringify(toMarcJson(record))
}
