/** Namespace prefix ('' for the default namespace) → namespace URI. */
export type Bindings = Map<string, string>

export const MARC21_SLIM = 'http://www.loc.gov/MARC21/slim'

/**
 * Vocabularies whose `<record>` is a MARC record: MARC21 slim, MarcXchange (ISO 25577, the same
 * elements, used by European union catalogues), and no namespace at all — exports that drop the
 * declaration (`evergreen/serials_*.xml`) are still MARCXML to the people who send them.
 */
const MARC_NAMESPACES = new Set([MARC21_SLIM, 'info:lc/xmlns/marcxchange-v1', 'info:lc/xmlns/marcxchange-v2', ''])

export function isMarcNamespace(uri: string): boolean {
  return MARC_NAMESPACES.has(uri)
}

export interface StartTag {
  qname: string
  selfClosing: boolean
  /** `xmlns` / `xmlns:p` attributes of this tag. */
  declarations: Bindings
}

const NAME = /^[^\s/>]+/
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g

/** Reads a start tag's text between `<` and `>` (exclusive), as far as the splitter needs. */
export function parseStartTag(text: string): StartTag {
  const qname = NAME.exec(text)?.[0] ?? ''
  const declarations: Bindings = new Map()
  ATTRIBUTE.lastIndex = qname.length
  for (let match = ATTRIBUTE.exec(text); match !== null; match = ATTRIBUTE.exec(text)) {
    const name = match[1] ?? ''
    if (name === 'xmlns' || name.startsWith('xmlns:')) {
      declarations.set(name === 'xmlns' ? '' : name.slice(6), unescapeAttribute(match[2] ?? match[3] ?? ''))
    }
  }
  return { qname, selfClosing: text.endsWith('/'), declarations }
}

function unescapeAttribute(value: string): string {
  return value.includes('&')
    ? value.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name] ?? '')
    : value
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')
}

/**
 * The declarations to add to a record's start tag so it parses on its own: those it inherits
 * from its ancestors and does not redeclare itself.
 */
export function missingDeclarations(inherited: Bindings, own: Bindings): string {
  let text = ''
  for (const [prefix, uri] of inherited) {
    if (own.has(prefix) || prefix === 'xml' || (prefix === '' && uri === '')) continue
    text += prefix === '' ? ` xmlns="${escapeAttribute(uri)}"` : ` xmlns:${prefix}="${escapeAttribute(uri)}"`
  }
  return text
}
