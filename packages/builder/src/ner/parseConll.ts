// CoNLL-2003 reading and writing shared by `kg ner`, `kg train-ner` and the tests.

/** A problem in an input file, reported as "file:line: message" instead of a stack trace. */
export class NerInputError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    detail: string,
  ) {
    super(line === undefined ? `${file}: ${detail}` : `${file}:${line}: ${detail}`);
    this.name = "NerInputError";
  }
}

export interface ConllToken {
  /** The line as read (trailing whitespace and CR removed). */
  readonly line: string;
  /** 1-based line number in the file. */
  readonly lineNo: number;
  readonly token: string;
  /** Last column when the line has at least two columns (the gold tag in training files). */
  readonly lastColumn: string | undefined;
}

export interface ConllDocument {
  /** Sentences of tokens (none for a -DOCSTART- directly followed by another); sentences are never empty. */
  readonly sentences: ConllToken[][];
}

/** One printable line of the input: a token line points at its document/sentence/token, others are kept verbatim. */
export type ConllLine =
  | { readonly kind: "text"; readonly line: string }
  | { readonly kind: "token"; readonly doc: number; readonly sentence: number; readonly index: number };

export interface ParsedConll {
  readonly documents: ConllDocument[];
  readonly lines: ConllLine[];
  readonly tokenCount: number;
  /** Lines left out with `skipBad` (file order), as "file:line: reason" errors. */
  readonly skipped: NerInputError[];
}

export interface ParseConllOptions {
  /** Leave malformed lines out (reported in `skipped`) instead of stopping at the first one. */
  skipBad?: boolean;
}

const DOCSTART = "-DOCSTART-";

/** C0 control characters other than tab/newline/CR-like whitespace: a sign of a binary or damaged file. */
function hasControlChar(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c < 32 && (c < 9 || c > 13)) return true;
  }
  return false;
}

/**
 * Parses CoNLL text: whitespace-separated columns with the token first, `-DOCSTART-` lines opening a document, blank
 * lines ending a sentence. Every token line must have the same number of columns as the first one, so that a shifted
 * or truncated line is reported instead of silently producing wrong output.
 */
export function parseConll(text: string, file: string, options: ParseConllOptions = {}): ParsedConll {
  if (text.length === 0) throw new NerInputError(file, undefined, "file is empty");
  // A UTF-8 byte order mark would otherwise glue onto the first token ("\uFEFF-DOCSTART-").
  const rawLines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split("\n");
  // A final newline yields one empty trailing element that is not a line of the file.
  if (rawLines.length > 0 && rawLines[rawLines.length - 1] === "") rawLines.pop();
  const documents: ConllDocument[] = [];
  const lines: ConllLine[] = [];
  let doc: ConllDocument | undefined;
  let sentence: ConllToken[] | undefined;
  let columns = -1;
  let tokenCount = 0;
  const skipped: NerInputError[] = [];
  const bad = (lineNo: number, detail: string): void => {
    const e = new NerInputError(file, lineNo, detail);
    if (!options.skipBad) throw e;
    skipped.push(e);
  };
  for (let i = 0; i < rawLines.length; i++) {
    const lineNo = i + 1;
    const line = rawLines[i]!.replace(/\s+$/, "");
    if (line.length === 0) {
      sentence = undefined;
      lines.push({ kind: "text", line });
      continue;
    }
    if (hasControlChar(line)) {
      bad(lineNo, "malformed line: contains control characters (is this a text file?)");
      continue;
    }
    if (/^\s/.test(line)) {
      bad(lineNo, "malformed line: starts with whitespace, the token must be the first column");
      continue;
    }
    const cols = line.split(/\s+/);
    if (cols[0] === DOCSTART) {
      doc = { sentences: [] };
      documents.push(doc);
      sentence = undefined;
      lines.push({ kind: "text", line });
      continue;
    }
    if (columns === -1) columns = cols.length;
    else if (cols.length !== columns) {
      bad(lineNo, `malformed line: ${cols.length} column(s) where earlier token lines have ${columns}`);
      continue;
    }
    if (!doc) {
      doc = { sentences: [] };
      documents.push(doc);
    }
    if (!sentence) {
      sentence = [];
      doc.sentences.push(sentence);
    }
    lines.push({
      kind: "token",
      doc: documents.length - 1,
      sentence: doc.sentences.length - 1,
      index: sentence.length,
    });
    sentence.push({ line, lineNo, token: cols[0]!, lastColumn: cols.length > 1 ? cols[cols.length - 1] : undefined });
    tokenCount++;
  }
  if (tokenCount === 0) throw new NerInputError(file, undefined, "no token lines found (empty CoNLL file)");
  return { documents, lines, tokenCount, skipped };
}

/** Renders the parsed lines with the predicted tag appended to each token line. */
export function formatConllWithTags(parsed: ParsedConll, tags: readonly (readonly (readonly string[])[])[]): string {
  const out: string[] = [];
  for (const l of parsed.lines) {
    if (l.kind === "text") out.push(l.line);
    else {
      const tok = parsed.documents[l.doc]!.sentences[l.sentence]![l.index]!;
      // Keep the file's column separator: tab-separated lines get a tab, others a space.
      const sep = tok.line.includes("\t") && !tok.line.includes(" ") ? "\t" : " ";
      out.push(`${tok.line}${sep}${tags[l.doc]![l.sentence]![l.index]!}`);
    }
  }
  return out.length ? out.join("\n") + "\n" : "";
}
