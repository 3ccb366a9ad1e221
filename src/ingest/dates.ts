// Publication dates as formats write them -> ISO YYYY-MM-DD, keeping the calendar day as written
// (no time-zone shift: "2005-01-04T23:30:00-05:00" was published on January 4 where it was written).

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?';

const ISO = /^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?=$|[T\s])/;
const DAY_MONTH_YEAR = new RegExp(`^\\s*${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?[\\s-]+${MONTH}[\\s-,]+(\\d{4})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`^\\s*${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1000 || year > 2999) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().slice(0, 3)] ?? 0;
}

/**
 * "2005-01-04", "2005-01-04T10:00:00Z", "Tue, 04 Jan 2005 10:00:00 GMT", "4 January 2005", "January 4, 2005",
 * "Tuesday, January 4, 2005", "26-FEB-1987 15:01:01.79". With `whole`, nothing but the date (and a time) may follow.
 */
export function toIsoDate(value: string | null | undefined, opts: { whole?: boolean } = {}): string | null {
  if (!value) return null;
  let m = ISO.exec(value);
  let result: string | null = null;
  let rest = '';
  if (m) {
    result = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    rest = value.slice(m[0].length);
  } else if ((m = DAY_MONTH_YEAR.exec(value))) {
    result = iso(Number(m[3]), monthNumber(m[2]!), Number(m[1]));
    rest = value.slice(m[0].length);
  } else if ((m = MONTH_DAY_YEAR.exec(value))) {
    result = iso(Number(m[3]), monthNumber(m[1]!), Number(m[2]));
    rest = value.slice(m[0].length);
  }
  // A time may follow, and on archive pages an "Age: 2 yrs" note ("June 10, 2010 03:15 PM Age: 2 yrs").
  if (result && opts.whole && !/^\s*(?:T?[\d:.]+\s*(?:[ap]\.?m\.?)?\s*(?:Z|[+-]\d{2}:?\d{2}|[A-Z]{2,4})?)?\s*(?:Age:\s*[\w ]{1,20})?\s*$/i.test(rest)) return null;
  return result;
}
