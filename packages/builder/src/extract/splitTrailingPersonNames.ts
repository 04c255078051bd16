// An organisation's name run into the person named after it ("Leader of the Porvik House of Lords Jane Doe",
// "the Varnsk Trade Council Jane Doe said"): the tagger tags both as one organisation. A common first name and a
// capitalised word ending the span, after a part shaped like a body's name, are the person.
import { loadGazetteer } from "../ner/loadGazetteer.js";
import { loadOrgHeads } from "../ner/loadOrgHeads.js";
import { ORG_DESCRIPTORS, ORG_NAME_ENDINGS } from "./lexicon/organizations.js";
import type { NerSpan } from "./nerSpans.js";

const isName = (w: string): boolean => /^\p{Lu}\p{Ll}/u.test(w);

/** Whether the words [i, j) are shaped like a body's name: an inner "of" or an organisation word at the end. */
function bodyShaped(lower: readonly string[], i: number, j: number): boolean {
  const last = lower[j - 1]!;
  return (
    lower.slice(i + 1, j - 1).includes("of") ||
    ORG_NAME_ENDINGS.has(last) ||
    ORG_DESCRIPTORS.has(last) ||
    loadOrgHeads().kindOf.has(last)
  );
}

/** Splits an organisation span of four words or more whose last two are "<first name> <Name>" after a body's name. */
export function splitTrailingPersonNames(spans: readonly NerSpan[], words: readonly string[]): NerSpan[] {
  const first = loadGazetteer().firstNames;
  const lower = words.map((w) => w.toLowerCase());
  return spans.flatMap((sp) => {
    const p = sp.j - 2;
    if (sp.label !== "ORG" || sp.j - sp.i < 4) return [sp];
    if (!isName(words[p]!) || !isName(words[p + 1]!) || !first.has(lower[p]!)) return [sp];
    // "... Commons William Hague": the word before the first name ends the body's name, and is no first name itself.
    if (!/^\p{Lu}/u.test(words[p - 1]!) || first.has(lower[p - 1]!) || !bodyShaped(lower, sp.i, p)) return [sp];
    return [
      { i: sp.i, j: p, label: "ORG" },
      { i: p, j: sp.j, label: "PER" },
    ];
  });
}
