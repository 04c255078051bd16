// `kg parse --conllu FILE [--skip-bad] [--model FILE]`: the input's lines with LEMMA, UPOS, HEAD and DEPREL
// replaced by the model's predictions (gold tokenization kept). `kg parse --text`: plain text on stdin, tokenized
// and split as the builder does, printed as CoNLL-U, so a person can see what the builder sees.
import { readFileSync } from "node:fs";
import { splitSentences } from "../text/splitSentences.js";
import { readConllu, writeConlluSentence } from "./conllu.js";
import { ParserModelError, loadDependencyParser } from "./loadDependencyParser.js";

const USAGE =
  "usage: kg parse --conllu FILE [--skip-bad] [--model FILE]\n       kg parse --text [--model FILE] < input.txt";

const HELP = `${USAGE}

--conllu FILE   read CoNLL-U (gold tokenization); print it with columns 3, 4, 7 and 8 (LEMMA, UPOS, HEAD, DEPREL)
                replaced by predictions. Comments, multiword ranges and empty nodes are kept as they are.
                A malformed sentence is reported on stderr with file, line and reason, and the command exits 2;
--skip-bad      print the good sentences anyway (still exit 2 when any was bad).
--text          read plain text from stdin, split and tokenize it as the builder does, print CoNLL-U.
--model FILE    a parser model other than the shipped one.
`;

function writeOut(text: string): void {
  process.stdout.write(text);
}

export async function parseCommand(args: string[]): Promise<number> {
  const err = (m: string): void => void process.stderr.write(`kg parse: ${m}\n`);
  let file: string | undefined;
  let text = false;
  let skipBad = false;
  let model: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const k = args[i] ?? "";
    if (k === "--help" || k === "-h") {
      process.stderr.write(HELP);
      return 0;
    }
    if (k === "--conllu" || k === "--model") {
      const v = args[++i];
      if (v === undefined) {
        err(`${k} needs a value\n${USAGE}`);
        return 2;
      }
      if (k === "--conllu") file = v;
      else model = v;
    } else if (k === "--text") text = true;
    else if (k === "--skip-bad") skipBad = true;
    else {
      err(`unknown argument "${k}"\n${USAGE}`);
      return 2;
    }
  }
  if ((file === undefined) === !text) {
    err(`give exactly one of --conllu FILE or --text\n${USAGE}`);
    return 2;
  }
  process.stdout.once("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") err(`cannot write output: ${e.message}`);
  });
  let parser;
  try {
    parser = loadDependencyParser(model);
  } catch (e) {
    if (e instanceof ParserModelError) {
      err(e.message);
      return 1;
    }
    throw e;
  }
  if (text) {
    const input = readFileSync(0, "utf8");
    const out: string[] = [];
    splitSentences(input).forEach((s, k) => {
      const words = s.tokens.map((t) => t.text);
      if (!words.length) return;
      const r = parser.analyze(words);
      const lines = [`# sent_id = ${k + 1}`, `# text = ${input.slice(s.start, s.end).replace(/\s+/g, " ")}`];
      s.tokens.forEach((t, i) => {
        const next = s.tokens[i + 1];
        const misc = next && next.start === t.end ? "SpaceAfter=No" : "_";
        const head = (r.head[i] ?? -1) + 1;
        lines.push([i + 1, t.text, r.lemma[i], r.upos[i], "_", "_", head, r.deprel[i], "_", misc].join("\t"));
      });
      out.push(lines.join("\n") + "\n\n");
    });
    writeOut(out.join(""));
    return 0;
  }
  let input: string;
  try {
    input = readFileSync(file ?? "", "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    err(`${file}: ${code === "ENOENT" ? "file not found" : `cannot read file (${code})`}`);
    return 2;
  }
  const { sentences, errors } = readConllu(input, file);
  for (const e of errors) err(`${e.file}:${e.line}: ${e.reason}`);
  if (errors.length && !skipBad) {
    err(
      `${errors.length} malformed sentence${errors.length > 1 ? "s" : ""}; nothing printed (use --skip-bad to print the others)`,
    );
    return 2;
  }
  const out: string[] = [];
  for (const s of sentences) out.push(writeConlluSentence(s, parser.analyze(s.words)));
  writeOut(out.join(""));
  return errors.length ? 2 : 0;
}
