// The gazetteer's rows as scripts/build-gazetteer.ts builds them: tuples, not objects, so their JSON
// text stays small. The script packs them with their phrase index (./pack.ts); ./index.ts reads that once.

/** The packed file, under models/. */
export const GAZETTEER_FILE = 'gazetteer/gazetteer.bin.gz';
export const GAZETTEER_VERSION = 3;

/** [iso3, common name, lat, lon, alternative names, capital geonameId (0 when unknown)] */
export type CountryRow = [string, string, number, number, string[], number];

/** GPE: a place with a government (city, province); LOC: a place without one (field, sea, river, macro-region). */
export type PlaceType = 'GPE' | 'LOC';
export type PlaceKind = 'city' | 'capital' | 'region' | 'field' | 'water' | 'area';
/** [name, type, kind, iso3 ('' when none), lat, lon, geonameId (0 when none), population, aliases, admin1 (US state code, else '')] */
export type PlaceRow = [string, PlaceType, PlaceKind, string, number, number, number, number, string[], string];

/** [surface form, iso3 ('' for groups without a country: Arabs, Muslims), canonical adjective] */
export type NorpRow = [string, string, string];

export type OrgKind = 'igo' | 'company' | 'outlet' | 'institution' | 'party' | 'ngo' | 'armed';
/** [name, kind, iso3 (''), CAMEO code (''), aliases] */
export type OrgRow = [string, OrgKind, string, string, string[]];

/** [CAMEO code, from yyyymmdd (0 = open), to yyyymmdd (0 = open), the office's title where our facts know it] */
export type DatedCode = [string, number, number] | [string, number, number, string];
/** [name, aliases, dated codes] */
export type PersonRow = [string, string[], DatedCode[]];

/** [name, aliases] */
export type EventRow = [string, string[]];

export interface GazetteerData {
  version: number;
  countries: CountryRow[];
  places: PlaceRow[];
  norps: NorpRow[];
  orgs: OrgRow[];
  people: PersonRow[];
  events: EventRow[];
  /** Folded single-word names that are also common lower-case words ("time", "trend"): weak evidence alone. */
  common: string[];
}
