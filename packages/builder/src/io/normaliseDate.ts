// Publication dates from front matter and page metadata, read with explicit formats only (never `Date.parse`, whose
// result depends on the machine's time zone): ISO 8601 (the calendar date as written, whatever the offset),
// "March 4, 2024", "4 March 2024", "Mon, 04 Mar 2024 10:00:00 GMT", "March 2024", "2024/03/04", and numeric
// "04/03/2024" when the day and month can be told apart: by a part above 12, or by the article's locale
// (day-first "en-GB", month-first "en-US"). Otherwise the date is reported as ambiguous and not guessed.

export type DateReading = { date: string } | { problem: string };

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const WEEKDAY = "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?";
const ORDINAL = "(?:st|nd|rd|th)?";
/** A clock time and zone after the date ("10:00:00 GMT", "at 9.30am EST"): ignored, the date is as written. */
const TIME = "(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}.*)?";

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const YMD = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const MONTH_DAY_YEAR = new RegExp(`^${WEEKDAY}${MONTH}\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})${TIME}$`, "i");
const DAY_MONTH_YEAR = new RegExp(`^${WEEKDAY}(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})${TIME}$`, "i");
const MONTH_YEAR = new RegExp(`^${MONTH},?\\s+(\\d{4})$`, "i");
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

const pad = (n: number) => String(n).padStart(2, "0");

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function calendarDate(y: number, m: number, d?: number): DateReading {
  if (m < 1 || m > 12) return { problem: `month ${m} does not exist` };
  if (d === undefined) return { date: `${y}-${pad(m)}` };
  // Day 0 of the next month is the last day of this one (UTC arithmetic: no time zone involved).
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d < 1 || d > last) return { problem: `day ${d} does not exist in ${y}-${pad(m)}` };
  return { date: `${y}-${pad(m)}-${pad(d)}` };
}

/** "day" when the locale writes numeric dates day first (en-GB, fr), "month" when month first (en-US), else null. */
export function numericDateOrder(locale: string | undefined): "day" | "month" | null {
  if (!locale) return null;
  let canonical: string;
  try {
    const supported = Intl.DateTimeFormat.supportedLocalesOf(locale.replace(/_/g, "-"));
    if (supported.length === 0) return null;
    canonical = supported[0]!;
  } catch {
    return null;
  }
  // Bare "en" is written both ways (US and UK): only a region decides.
  if (/^en$/i.test(canonical)) return null;
  const order = new Intl.DateTimeFormat(canonical, { timeZone: "UTC" })
    .formatToParts(new Date(Date.UTC(2000, 10, 22)))
    .map((part) => part.type)
    .filter((type) => type === "day" || type === "month" || type === "year");
  if (order.join() === "day,month,year") return "day";
  if (order.join() === "month,day,year") return "month";
  return null;
}

/** Reads a publication date; `locale` (BCP 47, "en-GB") decides numeric dates such as "03/04/2024". */
export function readDate(value: string, locale?: string): DateReading {
  const text = value.trim().replace(/\s+/g, " ");
  let m: RegExpExecArray | null;
  if ((m = ISO.exec(text))) return m[2] ? calendarDate(+m[1]!, +m[2], m[3] ? +m[3] : undefined) : { date: m[1]! };
  if ((m = YMD.exec(text))) return calendarDate(+m[1]!, +m[2]!, +m[3]!);
  if ((m = MONTH_DAY_YEAR.exec(text))) return calendarDate(+m[3]!, monthOf(m[1]!), +m[2]!);
  if ((m = DAY_MONTH_YEAR.exec(text))) return calendarDate(+m[3]!, monthOf(m[2]!), +m[1]!);
  if ((m = MONTH_YEAR.exec(text))) return calendarDate(+m[2]!, monthOf(m[1]!));
  if ((m = NUMERIC.exec(text))) {
    const [a, b, y] = [+m[1]!, +m[2]!, +m[3]!];
    const order = a > 12 ? "day" : b > 12 || a === b ? "month" : numericDateOrder(locale);
    if (order === "day") return calendarDate(y, b, a);
    if (order === "month") return calendarDate(y, a, b);
    return {
      problem: `ambiguous date "${text}" (day or month first?): write it as YYYY-MM-DD or give the article's locale`,
    };
  }
  return { problem: `unreadable date "${text}" (expected e.g. 2024-03-04 or March 4, 2024)` };
}

/** ISO date (YYYY-MM-DD) or partial (YYYY-MM, YYYY); undefined when missing, unreadable or ambiguous. */
export function normaliseDate(value: string | undefined, locale?: string): string | undefined {
  if (!value) return undefined;
  const reading = readDate(value, locale);
  return "date" in reading ? reading.date : undefined;
}
