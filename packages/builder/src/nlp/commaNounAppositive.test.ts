// A noun phrase set off by a comma after a name ("in X, the capital of Y") hung on the verb by the greedy parser
// (as an object of an intransitive verb) is the name's appositive again. Invented sentences.
import { describe, expect, it } from "vitest";
import { loadDependencyParser } from "./loadDependencyParser.js";

const parser = loadDependencyParser();

describe("appositive noun phrase after a comma", () => {
  it.each([
    ["Clashes erupted in Varnsk , the capital of Tarnland .", "Varnsk", "capital"],
    ["Talks resumed in Porvik , a port on the coast , on Monday .", "Porvik", "port"],
  ])("%s", (sentence, name, noun) => {
    const words = sentence.split(" ");
    const r = parser.analyze(words);
    const s = words.indexOf(name);
    const c = words.indexOf(noun);
    expect([r.head[c], r.deprel[c]], Array.from(r.head).join(" ")).toEqual([s, "appos"]);
  });
});
