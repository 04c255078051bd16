// YAML front matter, read with the `yaml` package (YAML 1.2 core schema: no custom tags, no code, aliases capped).
// Scalars become strings ("2024-05-02" stays the text as written; numbers and booleans are stringified); lists of
// scalars are joined with ", "; nested maps are ignored. Keys are lower-cased.
import { parse } from "yaml";

export interface FrontMatter {
  data: Record<string, string>;
  /** The text after the closing `---` line. */
  body: string;
  /** Character offset of the body in the input. */
  bodyOffset: number;
  /** Set when the block is not valid YAML (its fields are then ignored). */
  error?: string;
}

function scalarText(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString();
  return undefined;
}

function fieldsOf(yaml: string): { data: Record<string, string>; error?: string } {
  let parsed: unknown;
  try {
    parsed = parse(yaml, { schema: "core", maxAliasCount: 100, prettyErrors: false });
  } catch (error) {
    return { data: {}, error: error instanceof Error ? error.message.split("\n")[0]! : String(error) };
  }
  const data: Record<string, string> = {};
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return { data };
  for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
    const text = Array.isArray(value)
      ? value
          .map(scalarText)
          .filter((v): v is string => !!v)
          .join(", ")
      : scalarText(value);
    if (text) data[key.toLowerCase()] = text;
  }
  return { data };
}

/** Returns null when the text does not start with a front matter block. */
export function parseFrontMatter(text: string): FrontMatter | null {
  const open = /^---[ \t]*\r?\n/.exec(text);
  if (!open) return null;
  const close = /^---[ \t]*$/m;
  const rest = text.slice(open[0].length);
  const end = close.exec(rest);
  if (!end) return null;
  const { data, error } = fieldsOf(rest.slice(0, end.index));
  let bodyOffset = open[0].length + end.index + end[0].length;
  if (text[bodyOffset] === "\r") bodyOffset++;
  if (text[bodyOffset] === "\n") bodyOffset++;
  const front: FrontMatter = { data, body: text.slice(bodyOffset), bodyOffset };
  if (error) front.error = error;
  return front;
}
