export { MarcWriteError } from './write/errors.ts'
export { toIso2709 } from './write/iso2709.ts'
export type { MarcJsonDataField, MarcJsonRecord } from './write/marcjson.ts'
export { toMarcJson } from './write/marcjson.ts'
export {
  MARC21_SLIM_NAMESPACE,
  MARCXML_COLLECTION_END,
  MARCXML_COLLECTION_START,
  marcXmlCollection,
  marcXmlCollectionAsync,
  toMarcXml,
} from './write/marcxml.ts'
