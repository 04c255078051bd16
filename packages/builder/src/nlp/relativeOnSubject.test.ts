// A subject relative set off by commas after a name ("X, who had led the group, resigned") is often built by the
// greedy parser as the sentence, with the name on it (as its subject, or as a vocative, which EWT's e-mails teach)
// and the main verb hung on it. The main verb is the root and the relative a modifier of the name. Invented
// sentences; a verb coordinated inside the relative stays in it.
import { describe, expect, it } from "vitest";
import { loadDependencyParser } from "./loadDependencyParser.js";

const parser = loadDependencyParser();

describe("relative clause on a sentence's subject", () => {
  it.each([
    ["Ana Brill , who was raised in Tarnby , left the city .", "left", "Ana", "raised"],
    ["Ana Brill , who lives in Tarnby , criticized the mayor .", "criticized", "Ana", "lives"],
    ["Tom Kade , who had led the group since 2001 , resigned on Monday .", "resigned", "Tom", "led"],
    ["Ana Brill , who was raised in Tarnby and left the city , died .", "died", "Ana", "raised"],
    // Built as a clause on the main verb, the name on that clause.
    ["Omar Feld , who founded Acme Corp in 1990 , met Dara Quist in Halvik .", "met", "Omar", "founded"],
    ["Tom Kade , who runs the clinic , said the attack was planned .", "said", "Tom", "runs"],
  ])("%s", (sentence, verb, subject, relative) => {
    const words = sentence.split(" ");
    const r = parser.analyze(words);
    const v = words.indexOf(verb);
    const s = words.indexOf(subject);
    const c = words.indexOf(relative);
    expect(r.head[v], `${verb} is the root: ${Array.from(r.head).join(" ")}`).toBe(-1);
    expect([r.head[s], r.deprel[s]]).toEqual([v, "nsubj"]);
    expect([r.head[c], r.deprel[c]]).toEqual([s, "acl:relcl"]);
  });
});
