// A separate process writing a store, for tests of what other processes see: `kill` dies by SIGKILL in the middle
// of a write; `kill-add` in the middle of an incremental one (the store holds the first DOCUMENTS synthetic
// documents; the build adds HOLD_MS more, and only their rows are written); `hold` keeps its write transaction
// open for a while (announcing "writing" on stdout).
import { openStore } from "../openStore.js";
import { syntheticGraph, syntheticSentences } from "./syntheticGraph.js";

const [mode, spec, documents = "200", holdMs = "3000"] = process.argv.slice(2);
if ((mode !== "kill" && mode !== "kill-add" && mode !== "hold") || !spec) {
  process.stderr.write("usage: storeChild kill|kill-add|hold SPEC [DOCUMENTS] [HOLD_MS|ADDED]\n");
  process.exit(2);
}
const store = await openStore(spec);
const count = Number(documents);
let seen = 0;
const added = mode === "kill-add" ? Number(holdMs) : 0;
await store.writeBuild({
  graph:
    mode === "kill-add"
      ? syntheticGraph({ documents: count + added })
      : syntheticGraph({ documents: count, editedDocuments: Array.from({ length: count }, (_, i) => i) }),
  sentencesOf: (text) => {
    seen++;
    if (mode === "kill" && seen === Math.floor(count / 2)) process.kill(process.pid, "SIGKILL");
    if (mode === "kill-add" && seen === Math.ceil(added / 2)) process.kill(process.pid, "SIGKILL");
    if (mode === "hold" && seen === 1) {
      process.stdout.write("writing\n");
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(holdMs));
    }
    return syntheticSentences(text);
  },
});
await store.close();
process.stdout.write("committed\n");
