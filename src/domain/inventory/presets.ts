import type { FieldMapping, TargetRule } from './mapping.ts'

/**
 * Mapping presets, each exactly as the research brief's §1.4 table gives its source (Sierra load
 * tables, Evergreen's acq seed, the FOLIO order import tool's GOBI sample, the Alma knowledge
 * article, Harvard's HUA profile). A preset is a starting point: a profile names one, or carries a
 * mapping of its own that an administrator edited from one.
 */
const r = (sources: string[], fallback: string | null = null): TargetRule => ({ sources, default: fallback })

export const PRESET_NAMES = ['ALMA_949_ITEM', 'ALMA_949_UPDATE_INVENTORY', 'III_960', 'III_OCLC_980', 'EVERGREEN_970', 'GOBI_980', 'REPOSITORY_852_856'] as const
export type PresetName = (typeof PRESET_NAMES)[number]

export interface Preset {
  name: PresetName
  description: string
  source: string
  mapping: FieldMapping
}

export const PRESETS: Record<PresetName, Preset> = {
  ALMA_949_ITEM: {
    name: 'ALMA_949_ITEM',
    description: 'Alma-style 949 items: one item per 949 ($a library and location, $m item policy), price $s and fund $u',
    source: 'Ex Libris knowledge article "EOD multiple items two 949 fields" (meanings inferred from its example)',
    mapping: {
      order: { price: r(['949$s']), fund: r(['949$u']), currency: r([], 'USD'), acquisitionMethod: r([], 'PURCHASE') },
      itemTag: '949',
      item: { library: r(['949$a']), location: r(['949$a']), itemPolicy: r(['949$m']) },
      holdingSubfields: [],
      portfolioTag: '856',
    },
  },
  ALMA_949_UPDATE_INVENTORY: {
    name: 'ALMA_949_UPDATE_INVENTORY',
    description:
      'Alma-style shelf-ready 949 for Update Inventory: the PO line by 949 $p (its number) or $r (the vendor reference number); one 949 per item with $b barcode, $m item policy and $g copy number (the line\'s item of that copy; without $g, the next one in copy order)',
    source:
      'PALS "Creating an import profile matching on POL" (barcode and item policy updated, location kept); $m item policy as in the ALMA_949_ITEM article. No published Alma table names the POL and barcode subfields (research §1.1): $p, $r and $b are ours, to edit with the vendor',
    mapping: {
      order: { poLineNumber: r(['949$p']), vendorReference: r(['949$r']) },
      itemTag: '949',
      item: { barcode: r(['949$b']), itemPolicy: r(['949$m']), copyNumber: r(['949$g']) },
      holdingSubfields: [],
      portfolioTag: null,
    },
  },
  III_960: {
    name: 'III_960',
    description: 'Innovative (Sierra/Millennium) 960 order + 961 variable fields, 945 items',
    source: 'University of Memphis and Marmot Sierra load tables; 945 items as Innovative vendors send them',
    mapping: {
      order: {
        vendor: r(['960$v']),
        fund: r(['960$u']),
        price: r(['960$s']),
        currency: r(['960$z', '961$b'], 'USD'),
        quantity: r(['960$o']),
        vendorReference: r(['961$i']),
        acquisitionMethod: r(['960$a'], 'PURCHASE'),
        note: r(['961$h', '961$d']),
      },
      itemTag: '945',
      item: { location: r(['945$l', '960$t']), barcode: r(['945$i']), itemPolicy: r(['945$t']), copyNumber: r(['945$g']) },
      holdingSubfields: [],
      portfolioTag: '856',
    },
  },
  III_OCLC_980: {
    name: 'III_OCLC_980',
    description: 'Innovative order data routed through OCLC: 980 price, 981 vendor, fund and notes, 949 copies and location',
    source: 'University of Memphis load table (OCLC variant)',
    mapping: {
      order: {
        vendor: r(['981$v']),
        fund: r(['981$b']),
        price: r(['980$b']),
        currency: r([], 'USD'),
        quantity: r(['949$d']),
        acquisitionMethod: r([], 'PURCHASE'),
        note: r(['981$h', '981$i']),
      },
      itemTag: null,
      item: { location: r(['949$h']) },
      holdingSubfields: [],
      portfolioTag: '856',
    },
  },
  EVERGREEN_970: {
    name: 'EVERGREEN_970',
    description: 'Evergreen provider holding tag 970 (Ingram, Brodart, Baker & Taylor seed): one item per 970',
    source: 'Evergreen Open-ILS/tests/datasets/sql/acq.sql',
    mapping: {
      order: { fund: r(['970$f']), price: r(['970$p']), currency: r([], 'USD'), quantity: r(['970$q']), acquisitionMethod: r([], 'PURCHASE'), note: r(['970$z']) },
      itemTag: '970',
      item: { library: r(['970$o']), location: r(['970$l']), barcode: r(['970$b']), itemPolicy: r(['970$m']), callNumber: r(['970$n']) },
      holdingSubfields: [],
      portfolioTag: '856',
    },
  },
  GOBI_980: {
    name: 'GOBI_980',
    description: 'GOBI 980 template (FOLIO order import tool core, "sigma" and "chi" variants): a template to edit, not a fixed spec',
    source: 'folio-labs/folio-order-import-tool README',
    mapping: {
      order: {
        vendor: r(['980$v']),
        vendorAccount: r(['980$g']),
        fund: r(['980$b']),
        price: r(['980$m']),
        currency: r(['980$k'], 'USD'),
        quantity: r(['980$q'], '1'),
        vendorReference: r(['980$c']),
        acquisitionMethod: r(['980$t'], 'PURCHASE'),
        orderFormat: r(['980$z']),
        note: r(['980$n']),
      },
      itemTag: null,
      item: { location: r(['980$a']), barcode: r(['980$o']), itemPolicy: r(['980$r']), materialType: r(['980$d'], 'BOOK'), copyNumber: r([], 'c.1') },
      holdingSubfields: [],
      portfolioTag: '856',
    },
  },
  REPOSITORY_852_856: {
    name: 'REPOSITORY_852_856',
    description: 'Repository inventory: a holding and item per 852 ($b library, $c location, $h call number, $p barcode; $2 $h $i $x $z kept on the holding), a portfolio per 856 ($u URL, $z note)',
    source: 'Harvard HUA import profile; MARC 21 holdings 852/856',
    mapping: {
      order: {},
      itemTag: '852',
      item: { library: r(['852$b']), location: r(['852$c']), callNumber: r(['852$h']), barcode: r(['852$p']) },
      holdingSubfields: ['2', 'h', 'i', 'x', 'z'],
      portfolioTag: '856',
    },
  },
}

export function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name)
}
