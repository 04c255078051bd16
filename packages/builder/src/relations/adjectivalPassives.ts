// A passive participle the tagger read as an adjective ("X was beaten to death by Y", "X was wounded by Y"): with
// a copula and a "by" phrase naming who did it, the word is the passive of a verb of coercion or force the CAMEO
// dictionary knows (roots 17-20), so the clause is relabelled as the parser labels a passive (VERB, aux:pass,
// nsubj:pass, obl:agent) and the predicate readings apply. Only participle forms ("-ed", "-en", or a form the
// dictionary lists), and only a "by" phrase headed by a noun or a name ("by Monday" is a time). Participles of
// feeling stay adjectives ("X was unimpressed by Y", "alarmed by Y": the subject is the one who feels, not the
// one acted on).
import { loadCameoLexicon } from "../events/cameoLexicon.js";
import type { Doc } from "../nlp/doc.js";
import { regularVerbStems } from "../nlp/lemmatizer.js";

const BE_FORMS = new Set(["was", "were", "is", "are", "been", "be", "being", "am", "'s"]);
/** Nouns of time a "by" phrase may name ("by Monday", "by the end of the year"): no agent. */
const TIME_NOUNS = new Set(["time", "end", "day", "week", "month", "year", "night", "morning", "evening", "noon"]);

function caseWord(doc: Doc, t: number): string {
  const c = doc.children(t).find((k) => doc.deprel[k] === "case" && k < t);
  return c === undefined ? "" : doc.lowerWord(c);
}

/** CAMEO roots of acts done to someone: coercion (17), assault (18), fight (19), mass violence (20). */
const ACT_ROOTS = /^(17|18|19|20)/;

/** The verb lemma of a participle form, if the CAMEO dictionary knows the verb as one of coercion or force. */
function participleLemma(word: string): string | undefined {
  const lexicon = loadCameoLexicon();
  const lower = word.toLowerCase();
  if (!/(ed|en|wn|ung|ought|aught)$/.test(lower)) return undefined;
  const listed = lexicon.verbOfForm(lower);
  const lemma = listed && listed !== lower ? listed : regularVerbStems(lower).find((stem) => lexicon.has(stem));
  return lemma && ACT_ROOTS.test(lexicon.codeOf(lemma) ?? "") ? lemma : undefined;
}

/** Relabels each copular participle with an agent's "by" phrase as a passive verb. */
export function repairAdjectivalPassives(doc: Doc): void {
  let changed = false;
  for (let t = 0; t < doc.length; t++) {
    if (doc.upos[t] !== "ADJ") continue;
    const kids = doc.children(t);
    const cop = kids.find((c) => doc.deprel[c] === "cop" && c < t && BE_FORMS.has(doc.lowerWord(c)));
    if (cop === undefined) continue;
    const agent = kids.find(
      (c) =>
        c > t &&
        (doc.deprel[c] ?? "").startsWith("obl") &&
        caseWord(doc, c) === "by" &&
        (doc.upos[c] === "PROPN" || (doc.upos[c] === "NOUN" && !TIME_NOUNS.has(doc.lowerLemma(c)))),
    );
    if (agent === undefined) continue;
    const lemma = participleLemma(doc.words[t] ?? "");
    if (!lemma) continue;
    doc.upos[t] = "VERB";
    doc.lemma[t] = lemma;
    doc.deprel[cop] = "aux:pass";
    doc.deprel[agent] = "obl:agent";
    for (const c of kids) if (doc.deprel[c] === "nsubj") doc.deprel[c] = "nsubj:pass";
    changed = true;
  }
  if (changed) doc.invalidate();
}
