// A small, safe YAML front matter reader: only `key: value` lines with plain, single- or double-quoted scalars.
// Articles need no more than that, and it cannot execute or expand anything.

export interface FrontMatter {
  data: Record<string, string>;
  /** The text after the closing `---` line. */
  body: string;
  /** Character offset of the body in the input. */
  bodyOffset: number;
}

function unquote(raw: string): string {
  const value = raw.trim();
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
    try {
      return JSON.parse(value) as string;
    } catch {
      return value.slice(1, -1);
    }
  }
  if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) return value.slice(1, -1).replace(/''/g, "'");
  // Plain scalar: drop a trailing comment.
  return value.replace(/\s+#.*$/, "");
}

/** Returns null when the text does not start with a front matter block. */
export function parseFrontMatter(text: string): FrontMatter | null {
  const open = /^---[ \t]*\r?\n/.exec(text);
  if (!open) return null;
  const close = /^---[ \t]*$/m;
  const rest = text.slice(open[0].length);
  const end = close.exec(rest);
  if (!end) return null;
  const data: Record<string, string> = {};
  for (const line of rest.slice(0, end.index).split(/\r?\n/)) {
    const match = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!match) continue;
    const value = unquote(match[2]!);
    if (value !== "") data[match[1]!.toLowerCase()] = value;
  }
  let bodyOffset = open[0].length + end.index + end[0].length;
  if (text[bodyOffset] === "\r") bodyOffset++;
  if (text[bodyOffset] === "\n") bodyOffset++;
  return { data, body: text.slice(bodyOffset), bodyOffset };
}
