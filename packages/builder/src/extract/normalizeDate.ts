// Finds the first date expression in a sentence and normalises it against the article date: "on September 23"
// -> 2022-09-23, "late February" -> 2022-02, "last week" -> the date a week before, "on Monday" -> that weekday.
const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const MONTH_RE =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const DAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const DATE_RE = new RegExp(
  [
    `\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`, // September 23[, 2022]
    `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}(?:,?\\s+(\\d{4}))?\\b`, // 23 September [2022]
    `\\b(?:early|mid|late|in|since|last|this)[-\\s]+${MONTH_RE}(?:\\s+(\\d{4}))?\\b`, // late February
    `\\b(yesterday|today|last week|last month|last year|this week|on (?:${DAYS.join("|")}))\\b`,
    `\\b(?:in|since|during|by)\\s+(?:the\\s+(?:beginning|start|end|middle)\\s+of\\s+)?((?:19|20)\\d\\d)\\b`, // since 2022
  ].join("|"),
  "gi",
);

const FUTURE = /\b(will|expected to|due to|scheduled|plans? to|is to|are to|next)\b/i;

const pad = (n: number) => String(n).padStart(2, "0");

function monthIndex(s: string): number {
  const p = s.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(p));
}

/** Year of a month mentioned without one: the latest such month not after the article date. */
function yearFor(month: number, ref: { y: number; m?: number }): number {
  return ref.m !== undefined && month > ref.m ? ref.y - 1 : ref.y;
}

/** Every date expression in a sentence with its character offset, normalised. */
export function datesIn(sentence: string, articleDate?: string): { index: number; date: string }[] {
  const out: { index: number; date: string }[] = [];
  DATE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATE_RE.exec(sentence)) !== null) {
    const date = normalizeMatch(m, sentence, articleDate);
    if (date) out.push({ index: m.index, date });
  }
  return out;
}

/** The first date expression in a sentence, normalised against the article date. */
export function normalizeDate(sentence: string, articleDate?: string): string | undefined {
  return datesIn(sentence, articleDate)[0]?.date;
}

function normalizeMatch(m: RegExpExecArray, sentence: string, articleDate?: string): string | undefined {
  const ad = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(articleDate ?? "");
  const ref = ad ? { y: +ad[1]!, m: ad[2] ? +ad[2] - 1 : undefined, d: ad[3] ? +ad[3] : undefined } : undefined;
  if (m[1]) {
    const mon = monthIndex(m[1]);
    const y = m[3] ? +m[3] : ref ? yearFor(mon, ref) : undefined;
    return y === undefined ? undefined : `${y}-${pad(mon + 1)}-${pad(+m[2]!)}`;
  }
  if (m[5]) {
    const mon = monthIndex(m[5]);
    const y = m[6] ? +m[6] : ref ? yearFor(mon, ref) : undefined;
    return y === undefined ? undefined : `${y}-${pad(mon + 1)}-${pad(+m[4]!)}`;
  }
  if (m[7]) {
    const mon = monthIndex(m[7]);
    const y = m[8] ? +m[8] : ref ? yearFor(mon, ref) : undefined;
    return y === undefined ? undefined : `${y}-${pad(mon + 1)}`;
  }
  if (m[10]) return m[10];
  const rel = m[9]?.toLowerCase();
  if (!rel || !ref || ref.m === undefined) return undefined;
  if (rel === "last year") return String(ref.y - 1);
  if (rel === "last month") return ref.m === 0 ? `${ref.y - 1}-12` : `${ref.y}-${pad(ref.m)}`;
  if (ref.d === undefined) return rel === "this week" || rel === "last week" ? `${ref.y}-${pad(ref.m + 1)}` : undefined;
  const base = Date.UTC(ref.y, ref.m, ref.d);
  let offset = 0;
  if (rel === "yesterday") offset = -1;
  else if (rel === "last week") offset = -7;
  else if (rel.startsWith("on ")) {
    const wd = DAYS.indexOf(rel.slice(3));
    const cur = new Date(base).getUTCDay();
    // A weekday is the last one before the article date, or the next one when the sentence speaks of the future.
    offset = FUTURE.test(sentence) ? (wd - cur + 7) % 7 || 7 : -((cur - wd + 7) % 7);
  }
  const d = new Date(base + offset * 86400000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
