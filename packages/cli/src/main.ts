// `pnpm kg <command>`: one entry point for the toolkit. Commands live in their packages; this only dispatches,
// so stdout carries nothing but what each command is for (messages and progress go to stderr).
const USAGE = `usage: pnpm kg <command> [options]

commands:
  build [--articles DIR] [--out FILE] [--curation FILE] [--no-curation]   build the graph from articles
  export --format gexf|graphml|csv|json [--graph FILE] [--out FILE]       export the built graph
  export --embed DIR [--store SPEC]                                       per-entity snapshots for a CDN
  train-ner [--profile P] [--data DIR] [--out FILE]                       train an NER model: open, open-permissive, research
  ner --conll FILE [--ner-model P|FILE] [--skip-bad]                      tag a CoNLL-2003 file (IOB2 column appended)
  train-parser [--data DIR] [--out FILE]                                  train the tagger and parser from UD EWT
  parse --conllu FILE | --text                                            tag and parse CoNLL-U, or plain text on stdin
  ingest DIR [--store postgres://...]                                     queue a folder's articles (PostgreSQL)
  worker [--store postgres://...] [--drain]                               extract queued articles, write builds
  serve [--port N] [--store SPEC | --graph FILE]                          serve GraphQL API + viewer

Run \`pnpm kg <command> --help\` for a command's options.`;

const [command, ...args] = process.argv.slice(2);

async function main(): Promise<number> {
  switch (command) {
    case "export":
      if (args.some((a) => a === "--embed" || a.startsWith("--embed="))) {
        const { runEmbedExport } = await import("@newskg/server/embed");
        return runEmbedExport(args);
      }
      return (await import("@newskg/builder/cli")).runBuilderCommand(command, args);
    case "build":
    case "ingest":
    case "worker":
    case "train-ner":
    case "ner":
    case "parse":
    case "train-parser": {
      const { runBuilderCommand } = await import("@newskg/builder/cli");
      return runBuilderCommand(command, args);
    }
    case "serve": {
      const { runServeCommand } = await import("@newskg/server/cli");
      return runServeCommand(args);
    }
    case undefined:
    case "help":
    case "--help":
    case "-h":
      process.stderr.write(USAGE + "\n");
      return command === undefined ? 2 : 0;
    default:
      process.stderr.write(`kg: unknown command "${command}"\n\n${USAGE}\n`);
      return 2;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`kg ${command}: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.KG_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 1;
  },
);
