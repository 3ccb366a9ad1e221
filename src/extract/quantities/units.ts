// Currencies, scales and units of measure: the vocabulary that turns "£600m" into 600,000,000 GBP and
// "28,668 Russians" into a count of persons.

/** Currency symbols before a number ("US$" and "$" both USD). */
export const CURRENCY_SYMBOL: Record<string, string> = {
  $: 'USD', US$: 'USD', 'U.S.$': 'USD', C$: 'CAD', A$: 'AUD', NZ$: 'NZD', HK$: 'HKD', R$: 'BRL', '£': 'GBP', '€': 'EUR',
  '¥': 'JPY', '₽': 'RUB', '₸': 'KZT', '₴': 'UAH', '₹': 'INR', '₩': 'KRW', '₺': 'TRY',
};
export const CURRENCY_SYMBOL_SOURCE = '(?:U\\.S\\.\\$|US\\$|NZ\\$|HK\\$|[CAR]\\$|[$£€¥₽₸₴₹₩₺])';

/** ISO 4217 codes written next to a number ("EUR 5 million", "300 KZT"). */
export const CURRENCY_CODES = new Set([
  'USD', 'EUR', 'GBP', 'RUB', 'KZT', 'CNY', 'RMB', 'JPY', 'CHF', 'CAD', 'AUD', 'NZD', 'HKD', 'INR', 'PKR', 'AFN', 'IRR', 'IQD',
  'SYP', 'JOD', 'LBP', 'SAR', 'AED', 'QAR', 'KWD', 'EGP', 'TRY', 'UAH', 'BYN', 'GEL', 'AMD', 'AZN', 'UZS', 'KGS', 'TJS', 'TMT',
  'MDL', 'PLN', 'CZK', 'HUF', 'SEK', 'NOK', 'DKK', 'MXN', 'COP', 'BRL', 'ARS', 'CLP', 'PEN', 'VES', 'VEF', 'BOB', 'GTQ', 'HNL',
  'NIO', 'CRC', 'DOP', 'UYU', 'PYG', 'ZAR', 'NGN', 'KES', 'ANG', 'RSD', 'RON', 'BAM', 'BGN', 'MKD', 'HRK', 'ISK', 'LKR', 'NPR', 'BDT',
  'IDR', 'KRW', 'TWD', 'SGD', 'THB', 'VND', 'MYR', 'ILS', 'MAD', 'DZD', 'TND', 'LYD', 'ETB', 'XOF', 'XAF', 'KPW', 'OMR', 'BHD', 'YER', 'SDG', 'MNT',
]);
export const CURRENCY_CODE_SOURCE = [...CURRENCY_CODES].join('|');

/** Currency words, singular and plural, to a code; a country adjective before them may refine it. */
export const CURRENCY_WORD: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', dlr: 'USD', dlrs: 'USD', stg: 'GBP', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', sterling: 'GBP',
  ruble: 'RUB', rubles: 'RUB', rouble: 'RUB', roubles: 'RUB', tenge: 'KZT', yuan: 'CNY', renminbi: 'CNY', yen: 'JPY',
  hryvnia: 'UAH', hryvnias: 'UAH', złoty: 'PLN', złotys: 'PLN', forint: 'HUF', forints: 'HUF', hryvnas: 'UAH', lari: 'GEL', manat: 'AZN', manats: 'AZN', som: 'KGS', soms: 'KGS',
  soums: 'UZS', somoni: 'TJS', dram: 'AMD', drams: 'AMD', lira: 'TRY', liras: 'TRY', rupee: 'INR', rupees: 'INR',
  rial: 'rial', rials: 'rial', riyal: 'riyal', riyals: 'riyal', dinar: 'dinar', dinars: 'dinar', afghani: 'AFN', afghanis: 'AFN',
  peso: 'peso', pesos: 'peso', reais: 'BRL', bolivar: 'VES', bolivars: 'VES', bolivares: 'VES', quetzal: 'GTQ', quetzales: 'GTQ',
  quetzals: 'GTQ', lempira: 'HNL', lempiras: 'HNL', cordoba: 'NIO', cordobas: 'NIO', colones: 'CRC',
  soles: 'PEN', guarani: 'PYG', guaranies: 'PYG', rand: 'ZAR', naira: 'NGN', shilling: 'shilling', shillings: 'shilling', franc: 'franc',
  francs: 'franc', zloty: 'PLN', zlotys: 'PLN', krona: 'SEK', kronor: 'SEK', krone: 'NOK', kroner: 'NOK', lei: 'MDL', leu: 'MDL',
  // (Korea's won only after a scale: "2.7 trillion won"; "won" alone is mostly the verb.)
  won: 'KRW',
};
export const CURRENCY_WORD_SOURCE = Object.keys(CURRENCY_WORD).sort((a, b) => b.length - a.length).join('|');

/** Country adjectives that pick the currency of a shared name ("Colombian pesos", "Jordanian dinars"). */
export const CURRENCY_BY_ADJECTIVE: Record<string, Record<string, string>> = {
  dollar: { Canadian: 'CAD', Australian: 'AUD', 'New Zealand': 'NZD', 'Hong Kong': 'HKD', Singapore: 'SGD', Taiwan: 'TWD', Jamaican: 'JMD', Zimbabwean: 'ZWL', US: 'USD', American: 'USD' },
  peso: { Mexican: 'MXN', Colombian: 'COP', Argentine: 'ARS', Argentinian: 'ARS', Chilean: 'CLP', Philippine: 'PHP', Dominican: 'DOP', Cuban: 'CUP', Uruguayan: 'UYU' },
  dinar: { Iraqi: 'IQD', Jordanian: 'JOD', Kuwaiti: 'KWD', Libyan: 'LYD', Algerian: 'DZD', Tunisian: 'TND', Serbian: 'RSD', Bahraini: 'BHD' },
  rupee: { Indian: 'INR', Pakistani: 'PKR', 'Sri Lankan': 'LKR', Nepalese: 'NPR' },
  riyal: { Saudi: 'SAR', Qatari: 'QAR', Omani: 'OMR', Yemeni: 'YER', Iranian: 'IRR' },
  pound: { Egyptian: 'EGP', Syrian: 'SYP', Lebanese: 'LBP', Sudanese: 'SDG', British: 'GBP' },
  franc: { Swiss: 'CHF', CFA: 'XOF', Congolese: 'CDF' },
  lira: { Turkish: 'TRY', Syrian: 'SYP', Lebanese: 'LBP' },
  ruble: { Russian: 'RUB', Belarusian: 'BYN', Belarussian: 'BYN', Transnistrian: 'PRB' },
  rouble: { Russian: 'RUB', Belarusian: 'BYN', Belarussian: 'BYN', Transnistrian: 'PRB' },
  manat: { Azerbaijani: 'AZN', Turkmen: 'TMT' },
  som: { Kyrgyz: 'KGS', Uzbek: 'UZS' },
};

/**
 * A currency name several countries share, in an article about one of them: "rubles" in a story on
 * Belarus are Belarusian rubles. The other country must be named more often than the default's.
 */
const BRITAIN = /\b(?:Britain|British|UK|U\.K\.|England|English|London|Scotland|Wales)\b/g;
/** Matches nothing: a shared name with no default country. */
const NOWHERE = /(?!)/g;
export const SHARED_CURRENCY: Readonly<Record<string, readonly { code: string; country: RegExp; against: RegExp }[]>> = {
  RUB: [{ code: 'BYN', country: /\b(?:Belarus|Belarusian|Belarussian|Minsk|Lukashenka|Lukashenko)\b/g, against: /\b(?:Russia|Russian|Russians|Moscow|Kremlin)\b/g }],
  AZN: [{ code: 'TMT', country: /\b(?:Turkmenistan|Turkmen|Ashgabat)\b/g, against: /\b(?:Azerbaijan|Azerbaijani|Baku)\b/g }],
  KGS: [{ code: 'UZS', country: /\b(?:Uzbekistan|Uzbek|Tashkent)\b/g, against: /\b(?:Kyrgyzstan|Kyrgyz|Bishkek)\b/g }],
  MDL: [{ code: 'RON', country: /\b(?:Romania|Romanian|Romanians|Bucharest)\b/g, against: /\b(?:Moldova|Moldovan|Moldovans|Chisinau|Chișinău|Transnistria|Transnistrian)\b/g }],
  // "pounds" in a story on Syria, Egypt, Lebanon or Sudan (more often named than Britain) are theirs.
  GBP: [
    { code: 'SYP', country: /\b(?:Syria|Syrian|Syrians|Damascus)\b/g, against: BRITAIN },
    { code: 'EGP', country: /\b(?:Egypt|Egyptian|Egyptians|Cairo)\b/g, against: BRITAIN },
    { code: 'LBP', country: /\b(?:Lebanon|Lebanese|Beirut)\b/g, against: BRITAIN },
    { code: 'SDG', country: /\b(?:Sudan|Sudanese|Khartoum)\b/g, against: BRITAIN },
  ],
  // "dinars" without an adjective: the dinar country the story names most.
  dinar: [
    { code: 'RSD', country: /\b(?:Serbia|Serbian|Serbs|Belgrade)\b/g, against: NOWHERE },
    { code: 'IQD', country: /\b(?:Iraq|Iraqi|Iraqis|Baghdad)\b/g, against: NOWHERE },
    { code: 'JOD', country: /\b(?:Jordan|Jordanian|Amman)\b/g, against: NOWHERE },
    { code: 'KWD', country: /\b(?:Kuwait|Kuwaiti)\b/g, against: NOWHERE },
    { code: 'LYD', country: /\b(?:Libya|Libyan|Tripoli)\b/g, against: NOWHERE },
    { code: 'DZD', country: /\b(?:Algeria|Algerian|Algiers)\b/g, against: NOWHERE },
    { code: 'TND', country: /\b(?:Tunisia|Tunisian|Tunis)\b/g, against: NOWHERE },
  ],
};
export const CURRENCY_ADJECTIVE_SOURCE = '(?:US|U\\.S\\.|American|Canadian|Australian|New Zealand|Hong Kong|Singapore|Taiwan|Jamaican|Zimbabwean|Mexican|Colombian|Argentine|Argentinian|Chilean|Philippine|Dominican|Cuban|Uruguayan|Iraqi|Jordanian|Kuwaiti|Libyan|Algerian|Tunisian|Serbian|Bahraini|Indian|Pakistani|Sri Lankan|Nepalese|Saudi|Qatari|Omani|Yemeni|Iranian|Egyptian|Syrian|Lebanese|Sudanese|British|Swiss|CFA|Congolese|Turkish|Russian|Kazakh|Chinese|Japanese|Ukrainian|Belarusian|Belarussian|Transnistrian|Azerbaijani|Turkmen|Kyrgyz|Uzbek)';

export function currencyOf(word: string, adjective: string | undefined): string {
  const w = word.toLowerCase();
  const base = CURRENCY_WORD[w]!;
  if (!adjective) return base;
  // Wire-service abbreviations ("Canadian dlrs") share the full word's table.
  const singular = w === 'dlr' || w === 'dlrs' ? 'dollar' : w.replace(/s$/, '');
  const table = CURRENCY_BY_ADJECTIVE[singular] ?? CURRENCY_BY_ADJECTIVE[w];
  return table?.[adjective.replace(/\./g, '') === 'US' ? 'US' : adjective] ?? base;
}

/** Scale words and their multipliers; "m", "bn" only attached to a number or after a currency. */
export const SCALE: Record<string, number> = {
  // (Indian scales: a lakh is 100,000, a crore ten million.)
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, bln: 1e9, b: 1e9, tn: 1e12, trn: 1e12,
};

/** Units of measure after a number, to a canonical unit. Longest names first in the regex. */
export const MEASURE_UNIT: Record<string, string> = {
  percent: 'percent', 'per cent': 'percent', pct: 'percent', '%': 'percent', 'percentage points': 'percentage point', 'percentage point': 'percentage point',
  'basis points': 'basis point', 'basis point': 'basis point', bps: 'basis point',
  km: 'km', kms: 'km', kilometers: 'km', kilometres: 'km', kilometer: 'km', kilometre: 'km',
  'square kilometers': 'km2', 'square kilometres': 'km2', 'sq km': 'km2', km2: 'km2', 'km²': 'km2', 'square miles': 'sq mi', 'square mile': 'sq mi',
  miles: 'mile', mile: 'mile', mi: 'mile', m: 'm', meters: 'm', metres: 'm', meter: 'm', metre: 'm', feet: 'ft', foot: 'ft', ft: 'ft',
  hectares: 'ha', hectare: 'ha', ha: 'ha', acres: 'acre', acre: 'acre',
  tons: 't', tonnes: 't', ton: 't', tonne: 't', 'metric tons': 't', 'metric tonnes': 't', kilograms: 'kg', kilogram: 'kg', kilos: 'kg', kg: 'kg',
  grams: 'g', gram: 'g', lbs: 'lb', lb: 'lb',
  millimeters: 'mm', millimetres: 'mm', millimeter: 'mm', millimetre: 'mm', mm: 'mm', centimeters: 'cm', centimetres: 'cm', centimeter: 'cm', centimetre: 'cm', cm: 'cm',
  'barrels per day': 'barrel/day', 'barrels a day': 'barrel/day', bpd: 'barrel/day', barrels: 'barrel', barrel: 'barrel', bbl: 'barrel',
  'twenty-foot equivalent units': 'TEU', 'twenty-foot equivalent unit': 'TEU', TEU: 'TEU', TEUs: 'TEU', 'forty-foot equivalent units': 'FEU', FEU: 'FEU', FEUs: 'FEU',
  'cubic meters': 'm3', 'cubic metres': 'm3', 'cubic meter': 'm3', m3: 'm3', 'm³': 'm3', 'cu m': 'm3', bcm: 'bcm', 'cubic feet': 'cu ft', 'cu ft': 'cu ft',
  MW: 'MW', GW: 'GW', kW: 'kW', MWh: 'MWh', GWh: 'GWh', kWh: 'kWh', TWh: 'TWh', megawatts: 'MW', gigawatts: 'GW', kilowatts: 'kW', megawatt: 'MW', gigawatt: 'GW', kilowatt: 'kW',
  'kilowatt-hours': 'kWh', 'kilowatt hours': 'kWh', 'megawatt-hours': 'MWh', 'megawatt hours': 'MWh', 'gigawatt-hours': 'GWh',
  'gigawatt hours': 'GWh', 'terawatt-hours': 'TWh', 'terawatt hours': 'TWh',
  MHz: 'MHz', GHz: 'GHz', kHz: 'kHz', Hz: 'Hz', Mbps: 'Mbit/s', 'Mb/s': 'Mbit/s', 'Gb/s': 'Gbit/s', knots: 'knot',
  liters: 'l', litres: 'l', liter: 'l', litre: 'l', gallons: 'gal', gallon: 'gal',
  hours: 'hour', hour: 'hour', minutes: 'minute', minute: 'minute', seconds: 'second', days: 'day', day: 'day', weeks: 'week', week: 'week',
  months: 'month', month: 'month', years: 'year', year: 'year', decades: 'decade',
};
export const MEASURE_UNIT_SOURCE = Object.keys(MEASURE_UNIT)
  .sort((a, b) => b.length - a.length)
  .map((u) => u.replace(/[%²³]/g, (c) => c).replace(/ /g, '\\s+'))
  .join('|');

/** Count nouns that count persons. */
export const PERSON_NOUNS = new Set([
  'people', 'persons', 'person', 'individuals', 'troops', 'soldiers', 'servicemen', 'service members', 'migrants', 'immigrants',
  'emigrants', 'refugees', 'residents', 'civilians', 'fighters', 'militants', 'insurgents', 'rebels', 'guerrillas', 'members',
  'workers', 'employees', 'children', 'kids', 'women', 'men', 'victims', 'citizens', 'inhabitants', 'students', 'police',
  'policemen', 'officers', 'personnel', 'prisoners', 'detainees', 'hostages', 'protesters', 'protestors', 'demonstrators',
  'voters', 'delegates', 'deputies', 'lawmakers', 'officials', 'tourists', 'pilgrims', 'volunteers', 'mercenaries',
  'journalists', 'doctors', 'teachers', 'inmates', 'suspects', 'youths', 'adults', 'minors', 'dead', 'killed', 'wounded',
  'injured', 'displaced', 'casualties', 'agents', 'gunmen', 'recruits', 'conscripts', 'veterans', 'farmers', 'staff',
  'ethnic', 'nationals', 'foreigners', 'users', 'supporters', 'asylum', 'patients', 'survivors', 'passengers', 'crew',
  'sailors', 'marines', 'pilots', 'advisers', 'advisors', 'contractors', 'observers', 'peacekeepers', 'commanders',
  'leaders', 'children', 'girls', 'boys', 'babies', 'infants', 'inhabitants', 'settlers', 'villagers', 'residents',
]);
/** A capitalized plural demonym ("Russians", "Kazakhs", "Iraqis", "Chinese") counts persons. */
export const DEMONYM_PLURAL = /^[A-Z][a-z]+(?:ians|ans|is|ks|hs|ese|ers|ens|ots|ars|ds)$/;
