// `kg ner --conll FILE [--ner-model open|open-permissive|research|FILE] [--skip-bad]`: prints the CoNLL file with the predicted IOB2
// tag appended to each token line.
import { readFileSync } from "node:fs";
import { NerInputError, formatConllWithTags, parseConll } from "./parseConll.js";
import { NerModelError, loadNerTagger } from "./index.js";

const USAGE = "usage: kg ner --conll FILE [--ner-model open|open-permissive|research|FILE] [--skip-bad]";

export async function nerCommand(args: string[]): Promise<number> {
  const err = (m: string): void => void process.stderr.write(`kg ner: ${m}\n`);
  let file: string | undefined;
  let model: string | undefined;
  let skipBad = false;
  for (let i = 0; i < args.length; i++) {
    const k = args[i]!;
    if (k === "--help" || k === "-h") {
      process.stderr.write(
        `${USAGE}\n\nReads CoNLL-2003 (token first, space-separated columns; -DOCSTART- starts a document, a blank\n` +
          `line ends a sentence) and prints the same lines with the predicted IOB2 tag (PER, ORG, LOC, MISC) appended.\n\n` +
          `  --ner-model M   open (default: trained on commercially usable data), open-permissive (the same without\n` +
          `                  its share-alike sources), research (CoNLL-2003, research use only) or a model file\n` +
          `                  (--model FILE is the same)\n` +
          `  --skip-bad      leave malformed lines out of the output and list them on stderr instead of stopping\n`,
      );
      return 0;
    }
    if (k === "--skip-bad") skipBad = true;
    else if (k === "--conll" || k === "--model" || k === "--ner-model") {
      const v = args[++i];
      if (v === undefined) {
        err(`${k} needs a value\n${USAGE}`);
        return 2;
      }
      if (k === "--conll") file = v;
      else model = v;
    } else {
      err(`unknown argument "${k}"\n${USAGE}`);
      return 2;
    }
  }
  if (file === undefined) {
    err(`missing --conll FILE\n${USAGE}`);
    return 2;
  }
  try {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new NerInputError(file, undefined, code === "ENOENT" ? "file not found" : `cannot read file (${code})`);
    }
    const parsed = parseConll(text, file, { skipBad });
    const tagger = loadNerTagger(model);
    const tags = parsed.documents.map((d) => tagger.tagDocument(d.sentences.map((s) => s.map((t) => t.token))));
    // A reader that stops early (`| head`) closes the pipe: that is not an error worth a stack trace.
    process.stdout.once("error", (e: NodeJS.ErrnoException) => {
      if (e.code !== "EPIPE") err(`cannot write output: ${e.message}`);
    });
    process.stdout.write(formatConllWithTags(parsed, tags));
    if (parsed.skipped.length > 0) {
      for (const s of parsed.skipped) err(`skipped ${s.message}`);
      err(`skipped ${parsed.skipped.length} malformed line(s); ${parsed.tokenCount} token lines tagged`);
    }
    return 0;
  } catch (e) {
    if (e instanceof NerInputError || e instanceof NerModelError) {
      err(e.message);
      if (e instanceof NerInputError && e.line !== undefined && !skipBad) err("(--skip-bad leaves such lines out)");
      return 1;
    }
    err(`unexpected error: ${(e as Error).message ?? String(e)}`);
    return 1;
  }
}
