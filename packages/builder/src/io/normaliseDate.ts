/** ISO date (YYYY-MM-DD) or partial (YYYY-MM, YYYY) from a front matter or meta value; undefined if unreadable. */
export function normaliseDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?$/.exec(trimmed);
  if (iso) return [iso[1], iso[2], iso[3]].filter(Boolean).join("-");
  const parsed = Date.parse(trimmed);
  return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString().slice(0, 10);
}
