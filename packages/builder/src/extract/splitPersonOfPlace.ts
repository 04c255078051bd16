// A person's name run on over the "of" phrase after it ("Jane Doe of Porvik said", "Jane Doe of the Varnsk Trade
// Council"): the tagger tags both as one person. People's names in news carry no inner "of" after two or more
// words (the "of" names it keeps are one word before it: "Catherine of Aragon"), so the part after "of" is the
// place the person is from, or an organisation when it ends like one.
import type { NerSpan } from "./nerSpans.js";
import { TITLE_HEADS } from "./lexicon/titles.js";
import { endsOrganization } from "./splitCoordinatedNames.js";
import { isCapitalized } from "../text/isCapitalized.js";

/** Splits a person span "<Name> <Name> of <Name>..." at its "of" into the person and the place or organisation. */
export function splitPersonOfPlace(spans: readonly NerSpan[], words: readonly string[]): NerSpan[] {
  const lower = words.map((w) => w.toLowerCase());
  return spans.flatMap((sp) => {
    if (sp.label !== "PER") return [sp];
    const q = lower.indexOf("of", sp.i);
    if (q < sp.i + 2 || q >= sp.j - 1) return [sp];
    for (let k = sp.i; k < q; k++) if (!isCapitalized(words[k]!)) return [sp];
    // "Harwick University of Drelby" mistagged as a person is an organisation's name, not a person's; "Deputy
    // Secretary of State X" is a title and a name (the mention finder strips the title).
    if (endsOrganization(lower[q - 1]!) || TITLE_HEADS.has(lower[q - 1]!)) return [sp];
    // "of the Varnsk Council": the article is no part of the name after it.
    const start = lower[q + 1] === "the" ? q + 2 : q + 1;
    if (start >= sp.j || !isCapitalized(words[start]!) || !isCapitalized(words[sp.j - 1]!)) return [sp];
    const org = endsOrganization(lower[sp.j - 1]!);
    return [
      { i: sp.i, j: q, label: "PER" },
      { i: start, j: sp.j, label: org ? "ORG" : "LOC" },
    ];
  });
}
