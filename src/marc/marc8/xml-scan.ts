/**
 * A purpose-built scan of the Library of Congress codetables.xml. The file is machine-generated,
 * has a fixed shape (`<characterSet name= ISOcode=>` holding `<code>` elements with `<marc>`,
 * `<ucs>`, optional `<isCombining>`), no comments, CDATA or entities inside those elements, so a few
 * regular expressions read it several times faster than a general XML parser would.
 */

export interface XmlCode {
  /** MARC-8 code in hex, as written: "E2", "212320". */
  readonly marc: string
  /** Preferred Unicode mapping in hex; "" when LC maps the code to nothing (e.g. ANSEL 0xEC). */
  readonly ucs: string
  readonly combining: boolean
}

export interface XmlCharacterSet {
  readonly name: string
  /** The ISOcode attribute, in hex: the final byte of the set's escape sequence ("42", "31"). */
  readonly isoCode: string
  readonly codes: readonly XmlCode[]
}

const CHARACTER_SET = /<characterSet\b([^>]*)>([\s\S]*?)<\/characterSet>/g
const CODE = /<code>([\s\S]*?)<\/code>/g
const MARC = /<marc>([^<]*)<\/marc>/
// `<ucs/>` and `<ucs></ucs>` both occur for codes LC maps to nothing.
const UCS = /<ucs>([^<]*)<\/ucs>|<ucs\/>/
const COMBINING = /<isCombining>\s*true\s*<\/isCombining>/

export function scanCharacterSets(xml: string): XmlCharacterSet[] {
  const sets: XmlCharacterSet[] = []
  for (const [, attributes = '', body = ''] of xml.matchAll(CHARACTER_SET)) {
    const name = attribute(attributes, 'name')
    const isoCode = attribute(attributes, 'ISOcode')
    if (name === undefined || isoCode === undefined) {
      throw new Error(`a <characterSet> lacks its name or ISOcode attribute: <characterSet${attributes}>`)
    }
    sets.push({ name, isoCode, codes: scanCodes(body, name) })
  }
  return sets
}

function scanCodes(body: string, setName: string): XmlCode[] {
  const codes: XmlCode[] = []
  for (const [, code = ''] of body.matchAll(CODE)) {
    const marc = MARC.exec(code)?.[1]?.trim()
    const ucsMatch = UCS.exec(code)
    if (marc === undefined || ucsMatch === null) {
      throw new Error(`a <code> in "${setName}" lacks <marc> or <ucs>: ${code.trim().slice(0, 120)}`)
    }
    codes.push({ marc, ucs: (ucsMatch[1] ?? '').trim(), combining: COMBINING.test(code) })
  }
  return codes
}

function attribute(attributes: string, name: string): string | undefined {
  const value = new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1]
  return value === undefined ? undefined : unescapeXml(value)
}

function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, entity: string) => XML_ENTITIES[entity] ?? '')
}

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
