// Builder commands behind `pnpm kg`. Each returns a process exit code; results go to stdout, messages to stderr.
export async function runBuilderCommand(command: string, args: string[]): Promise<number> {
  switch (command) {
    case "build":
      return (await import("./buildCommand.js")).buildCommand(args);
    case "export":
      return (await import("./exportCommand.js")).exportCommand(args);
    case "train-ner":
      return (await import("../ner/trainNerCommand.js")).trainNerCommand(args);
    case "ner":
      return (await import("../ner/nerCommand.js")).nerCommand(args);
    case "parse":
      return (await import("../nlp/parseCommand.js")).parseCommand(args);
    case "train-parser":
      return (await import("../nlp/trainParserCommand.js")).trainParserCommand(args);
    case "ingest":
      return (await import("../queue/queueCommands.js")).ingestCommand(args);
    case "worker":
      return (await import("../queue/queueCommands.js")).workerCommand(args);
    default:
      process.stderr.write(`kg: unknown builder command "${command}"\n`);
      return 2;
  }
}
