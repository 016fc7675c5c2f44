import type { MarcRecord } from '../record.ts'
import { isControlField } from '../record.ts'
import { checkField, checkLeader } from './check.ts'
import { MarcWriteError } from './errors.ts'

export const MARC21_SLIM_NAMESPACE = 'http://www.loc.gov/MARC21/slim'

// Characters XML 1.0 cannot carry, even as character references: C0 controls other than tab,
// LF and CR, lone surrogates, U+FFFE and U+FFFF.
const NOT_XML = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

function escapeText(value: string, where: string): string {
  const bad = NOT_XML.exec(value)
  if (bad !== null) {
    const code = bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')
    throw new MarcWriteError(`${where} contains U+${code}, which XML 1.0 cannot represent`)
  }
  // CR is escaped because XML parsers turn a literal CR (or CRLF) into LF.
  return value.replace(/[&<>\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;'))
}

function escapeAttribute(value: string): string {
  return value.replace(/[&<>"\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`)
}

/**
 * One `<record>` element in the MARC21 slim namespace, standalone (it declares its namespace, so
 * it can be a file by itself or sit inside `marcXmlCollection`). The leader is written as held:
 * MARCXML's leader length and base address are not meaningful and readers ignore them.
 */
export function toMarcXml(record: MarcRecord): string {
  checkLeader(record.leader)
  let xml = `<record xmlns="${MARC21_SLIM_NAMESPACE}">\n  <leader>${escapeText(record.leader, 'the leader')}</leader>\n`
  record.fields.forEach((field, index) => {
    checkField(field, index)
    const where = `field #${index + 1} (${field.tag})`
    if (isControlField(field)) {
      xml += `  <controlfield tag="${escapeAttribute(field.tag)}">${escapeText(field.value, where)}</controlfield>\n`
      return
    }
    xml += `  <datafield tag="${escapeAttribute(field.tag)}" ind1="${escapeAttribute(field.ind1)}" ind2="${escapeAttribute(field.ind2)}">\n`
    for (const subfield of field.subfields) {
      xml += `    <subfield code="${escapeAttribute(subfield.code)}">${escapeText(subfield.value, `${where} $${subfield.code}`)}</subfield>\n`
    }
    xml += '  </datafield>\n'
  })
  return xml + '</record>'
}

export const MARCXML_COLLECTION_START = `<?xml version="1.0" encoding="UTF-8"?>\n<collection xmlns="${MARC21_SLIM_NAMESPACE}">\n`
export const MARCXML_COLLECTION_END = '</collection>\n'

/**
 * A MARCXML document streamed piece by piece: the collection start, each record (from
 * `toMarcXml`), the end. Pipe it to a response or a file; nothing is held but one record.
 */
export function* marcXmlCollection(records: Iterable<string>): Generator<string> {
  yield MARCXML_COLLECTION_START
  for (const record of records) yield record + '\n'
  yield MARCXML_COLLECTION_END
}

/** The same for records that arrive asynchronously (e.g. rows streamed from the database). */
export async function* marcXmlCollectionAsync(records: AsyncIterable<string>): AsyncGenerator<string> {
  yield MARCXML_COLLECTION_START
  for await (const record of records) yield record + '\n'
  yield MARCXML_COLLECTION_END
}
