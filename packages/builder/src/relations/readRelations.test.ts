// Relations read from hand-annotated UD parses of invented sentences (fixtures/*.conllu).
import { describe, expect, it } from "vitest";
import { relationsOfFixture as relationsOf } from "./fixtures/relationsOfFixture.js";

describe("relations from the parse", () => {
  it("shares an object through coordination and places an organization named by a common noun", () => {
    const r = relationsOf("coordination", [
      ["Police", "ORGANIZATION"],
      ["Varnsk", "LOCATION"],
      ["Tomas Brell", "PERSON"],
      ["Ilse Marn", "PERSON"],
    ]);
    expect(r).toContain("Police -COERCION-> Tomas Brell");
    expect(r).toContain("Police -COERCION-> Ilse Marn");
    expect(r).toContain("Police -LOCATION-> Varnsk");
  });

  it("reads a title with a nationality before a name as a role", () => {
    const r = relationsOf("control", [
      ["Ruritanian", "COUNTRY", { adjective: true }],
      ["Anna Kovel", "PERSON"],
      ["Marek Dvor", "PERSON"],
    ]);
    expect(r).toContain("Anna Kovel -ROLE-> Ruritanian");
    expect(r).toContain("Anna Kovel -STATEMENT-> Marek Dvor");
  });

  it("reads a relative clause's gap and the main clause around it", () => {
    const r = relationsOf("relative", [
      ["Dorvan Times", "ORGANIZATION"],
      ["Radio Kell", "ORGANIZATION"],
      ["Velland", "COUNTRY"],
    ]);
    expect(r).toContain("Radio Kell -PART_OF-> Dorvan Times");
    expect(r).toContain("Dorvan Times -OPPOSITION-> Velland");
  });

  it("reads an appositive title, the audience of a speech verb and the reported clause with a description", () => {
    const r = relationsOf("speech", [
      ["Jana Holt", "PERSON"],
      ["Merrow Party", "ORGANIZATION"],
      ["Radio Kell", "ORGANIZATION"],
      ["Velland", "COUNTRY"],
    ]);
    expect(r).toContain("Jana Holt -ROLE-> Merrow Party");
    expect(r).toContain("Jana Holt -STATEMENT-> Radio Kell");
    expect(r).toContain("Merrow Party -OPPOSITION-> Velland");
  });

  it("relates coordinated subjects of a light verb with an event noun", () => {
    const r = relationsOf("pact", [
      ["Velland", "COUNTRY"],
      ["Tarsia", "COUNTRY"],
      ["Porvik", "LOCATION"],
    ]);
    expect(r).toContain("Velland -ALLIANCE-> Tarsia");
  });

  it("reads birthplaces and City, Country, and where the person is from through the chain", () => {
    const r = relationsOf("origin", [
      ["Karl Ostin", "PERSON"],
      ["Brenholm", "LOCATION"],
      ["Tarsia", "COUNTRY"],
    ]);
    expect(r).toEqual(["Brenholm -LOCATION-> Tarsia", "Karl Ostin -ORIGIN-> Brenholm", "Karl Ostin -ORIGIN-> Tarsia"]);
  });

  it("takes a passive's agent from by-phrases and possessed bodies as part of their country", () => {
    const r = relationsOf("passive", [
      ["Mira Sand", "PERSON"],
      ["Velland", "COUNTRY"],
      ["army", "ORGANIZATION"],
    ]);
    expect(r).toContain("army -COERCION-> Mira Sand");
    expect(r).toContain("army -PART_OF-> Velland");
  });

  it("reads nominal predicates with a possessive agent", () => {
    const r = relationsOf("nominal", [
      ["Tarsia", "COUNTRY"],
      ["Velland", "COUNTRY"],
      ["Merrow Party", "ORGANIZATION"],
    ]);
    expect(r).toContain("Tarsia -VIOLENCE-> Velland");
  });

  it("lets a nationality on a people noun stand for its country", () => {
    const r = relationsOf("movement", [
      ["Vellandic", "COUNTRY", { adjective: true }],
      ["Tarsia", "COUNTRY"],
    ]);
    expect(r).toEqual(["Vellandic -MOVEMENT-> Tarsia"]);
  });

  it("resolves pronouns by subject preference and binding", () => {
    const r = relationsOf("pronoun", [
      ["Anna Kovel", "PERSON"],
      ["Marek Dvor", "PERSON"],
      ["Porvik", "LOCATION"],
    ]);
    expect(r).toContain("Anna Kovel -STATEMENT-> Marek Dvor");
    expect(r).toContain("Anna Kovel -SUPPORT-> Marek Dvor");
    expect(r).not.toContain("Marek Dvor -SUPPORT-> Anna Kovel");
  });

  it("reads X-based and hiring", () => {
    const r = relationsOf("based", [
      ["Porvik-based", "LOCATION", { modifier: "based" }],
      ["Halvard Group", "ORGANIZATION"],
      ["Tomas Brell", "PERSON"],
    ]);
    expect(r).toContain("Tomas Brell -ROLE-> Halvard Group");
  });
});

describe("relations through content nouns, attributions and references", () => {
  it("takes the author of a criticized or welcomed thing as the target, not the victim of an act", () => {
    const r = relationsOf("evaluation", [
      ["Alma Vesk", "PERSON"],
      ["Dorvan Council", "ORGANIZATION"],
      ["Halvard Group", "ORGANIZATION"],
      ["Velland", "COUNTRY"],
      ["Tomas Brell", "PERSON"],
    ]);
    expect(r).toContain("Alma Vesk -OPPOSITION-> Dorvan Council");
    expect(r).toContain("Halvard Group -SUPPORT-> Velland");
    expect(r).not.toContain("Halvard Group -OPPOSITION-> Tomas Brell");
  });

  it("finds the speaker beside a speech verb the parse left without a subject", () => {
    const r = relationsOf("attribution", [
      ["Petra Lind", "PERSON"],
      ["Radio Kell", "ORGANIZATION"],
    ]);
    expect(r).toContain("Petra Lind -STATEMENT-> Radio Kell");
  });

  it("resolves pronouns by gender and number and a described organization by its descriptor", () => {
    const r = relationsOf("references", [
      ["Tomas Brell", "PERSON"],
      ["Dorvan Courier", "ORGANIZATION"],
      ["Ilse Marn", "PERSON"],
      ["Anton Brisk", "PERSON"],
      ["Velland", "COUNTRY"],
      ["Dravists", "ORGANIZATION"],
      ["Porvik", "LOCATION"],
    ]);
    expect(r).toContain("Anton Brisk -SUPPORT-> Ilse Marn");
    expect(r).not.toContain("Ilse Marn -SUPPORT-> Anton Brisk");
    expect(r).toContain("Dravists -OPPOSITION-> Porvik");
    expect(r).not.toContain("Velland -OPPOSITION-> Porvik");
    expect(r).toContain("Anton Brisk -STATEMENT-> Dorvan Courier");
  });
});

describe("predicates the parse half reads", () => {
  it("codes a raid by its lemma, reads no reciprocal for a one-place verb, and no address in naming", () => {
    const r = relationsOf("lemmas", [
      ["Police", "ORGANIZATION"],
      ["Halvard Group", "ORGANIZATION"],
      ["Anna Kovel", "PERSON"],
      ["Marek Dvor", "PERSON"],
      ["Ilse Marn", "PERSON"],
      ["Tomas Brell", "PERSON"],
    ]);
    // CAMEO codes a raid as force (VIOLENCE); the lemma map as COERCION: either reads it. (The lemmatizer, not this
    // layer, repairs a wrongly stripped "raide": see nlp/lemmatizer.test.ts.)
    expect(r.some((x) => /^Police -(COERCION|VIOLENCE)-> Halvard Group$/.test(x))).toBe(true);
    expect(r.filter((x) => x.startsWith("Anna Kovel") || x.startsWith("Marek Dvor"))).toEqual([]);
    expect(r.filter((x) => x.startsWith("Tomas Brell -STATEMENT"))).toEqual([]);
  });
});

describe("verbs read with their preposition, event nouns with a light verb", () => {
  it("reads 'work with' as cooperation but 'work for' as a role, 'hit out at' as criticism", () => {
    const r = relationsOf("phrasal", [
      ["Velland", "COUNTRY"],
      ["Porvik", "COUNTRY"],
      ["Tomas Brell", "PERSON"],
      ["Halvard Group", "ORGANIZATION"],
      ["Alma Vesk", "PERSON"],
      ["Dorvan Council", "ORGANIZATION"],
    ]);
    expect(r).toContain("Velland -SUPPORT-> Porvik");
    expect(r).toContain("Tomas Brell -ROLE-> Halvard Group");
    expect(r).toContain("Alma Vesk -OPPOSITION-> Dorvan Council");
    // "air strikes": the modifier names no actor, so the light verb's subject is the attacker.
    expect(r).toContain("Velland -VIOLENCE-> Porvik");
  });
});

describe("people described by their title", () => {
  it("resolves 'the minister' to the person named with that title, and an unheld title to nobody", () => {
    const r = relationsOf("titles", [
      ["Petra Lind", "PERSON"],
      ["Anton Brisk", "PERSON"],
      ["Velland", "COUNTRY"],
      ["Porvik", "COUNTRY"],
    ]);
    expect(r).toContain("Petra Lind -OPPOSITION-> Velland");
    expect(r.filter((x) => x.endsWith("-> Porvik"))).toEqual([]);
  });
});

describe("statements relayed by a source", () => {
  it("reads a verbal act an outlet reported as a statement through it, not a material act", () => {
    const r = relationsOf("relay", [
      ["Alma Vesk", "PERSON"],
      ["Velland", "COUNTRY"],
      ["Radio Kell", "ORGANIZATION"],
      ["Police", "ORGANIZATION"],
      ["Tomas Brell", "PERSON"],
    ]);
    expect(r).toContain("Alma Vesk -OPPOSITION-> Velland");
    expect(r).toContain("Alma Vesk -STATEMENT-> Radio Kell");
    expect(r).toContain("Police -COERCION-> Tomas Brell");
    expect(r).not.toContain("Police -STATEMENT-> Radio Kell");
  });
});

describe("robust reads of recurrent parse errors and passive phrasal verbs", () => {
  it("keeps the direction of a phrasal verb in the passive (stranded preposition or particle)", () => {
    const r = relationsOf("passivePhrasal", [
      ["Anna Kovel", "PERSON"],
      ["Green League", "ORGANIZATION"],
      ["Workers Union", "ORGANIZATION"],
      ["Interior Ministry", "ORGANIZATION"],
    ]);
    // "was voted for by X": the preposition shares the agent's phrase; "was cracked down on by X": a particle.
    expect(r).toContain("Green League -SUPPORT-> Anna Kovel");
    expect(r).not.toContain("Anna Kovel -SUPPORT-> Green League");
    expect(r).toContain("Interior Ministry -COERCION-> Workers Union");
    expect(r).not.toContain("Workers Union -COERCION-> Interior Ministry");
  });

  it("fills a relative clause's gap when the parse attached the clause elsewhere", () => {
    const r = relationsOf("relativeMisattached", [
      ["Peter Salo", "PERSON"],
      ["Jan Berg", "PERSON"],
      ["Tom Baker", "PERSON"],
      ["Security Service", "ORGANIZATION"],
      ["Jana Holt", "PERSON"],
      ["Interior Ministry", "ORGANIZATION"],
    ]);
    // parataxis instead of acl:relcl: the name before "who" is the antecedent.
    expect(r).toContain("Jan Berg -VIOLENCE-> Peter Salo");
    // the clause hung on the title inside the name ("Journalist X, who ...").
    expect(r).toContain("Security Service -COERCION-> Tom Baker");
    // a well-attached relative clause still reads.
    expect(r).toContain("Jana Holt -OPPOSITION-> Interior Ministry");
  });

  it("reads a case-marked object of a participle as its agent (the author of the thing criticized)", () => {
    const r = relationsOf("agentAsObject", [
      ["Jana Holt", "PERSON"],
      ["Merrow Party", "ORGANIZATION"],
    ]);
    expect(r).toContain("Jana Holt -OPPOSITION-> Merrow Party");
  });

  it("gives a quotation to the body a speaker noun names, and to no earlier party when none is named", () => {
    const named = relationsOf("quoteSpeakerNoun", [
      ["Green League", "ORGANIZATION"],
      ["Interior Ministry", "ORGANIZATION"],
      ["Merrow Party", "ORGANIZATION"],
    ]);
    // "a ministry spokesman": the ministry named before speaks; "we" is the ministry, not the accuser.
    expect(named).toContain("Interior Ministry -COERCION-> Merrow Party");
    expect(named).not.toContain("Green League -COERCION-> Merrow Party");
    const unnamed = relationsOf("quoteSpeakerUnnamed", [
      ["Jana Holt", "PERSON"],
      ["Interior Ministry", "ORGANIZATION"],
      ["Merrow Party", "ORGANIZATION"],
    ]);
    // "the spokeswoman" is the speaker even though no name stands for her: the previous speaker does not take it.
    expect(unnamed.filter((x) => x.endsWith("-> Merrow Party"))).toEqual([]);
  });
});

describe("subjects the parse lost and pronouns after an appositive subject", () => {
  it("reads a flat clause's name before a subjectless verb, and drops a misparsed subject of a passive", () => {
    const r = relationsOf("flatClauseSubject", [
      ["Sue Holm", "PERSON"],
      ["Jan Berg", "PERSON"],
      ["Velmar Gazette", "ORGANIZATION"],
      ["Velmar", "LOCATION"],
      ["Brell", "PERSON"],
    ]);
    // "the veteran skipper Sue Holm commended Jan Berg", with "skipper" tagged a verb and Sue Holm its object.
    expect(r).toContain("Sue Holm -SUPPORT-> Jan Berg");
    // "A ... leak claims Brell was assaulted by Jan Berg": "claims" tagged a noun, the clause hung on it.
    expect(r).not.toContain("Velmar Gazette -VIOLENCE-> Brell");
    expect(r).toContain("Jan Berg -VIOLENCE-> Brell");
  });

  it("resolves a subject pronoun to the name in apposition to the previous sentence's subject", () => {
    const r = relationsOf("appositiveSubject", [
      ["Jana Holt", "PERSON"],
      ["Green League", "ORGANIZATION"],
      ["Tom Baker", "PERSON"],
      ["Interior Ministry", "ORGANIZATION"],
    ]);
    expect(r).toContain("Tom Baker -OPPOSITION-> Interior Ministry");
    expect(r).not.toContain("Jana Holt -OPPOSITION-> Interior Ministry");
  });
});

describe("event nouns, evaluated acts and the arguments a parse puts one level down", () => {
  it("reads the place of an event noun's target, the author of an evaluated event and a nested agent", () => {
    const r = relationsOf("eventNounArguments", [
      ["Black Hand", "ORGANIZATION"],
      ["Porvik", "LOCATION"],
      ["Velland", "COUNTRY"],
      ["Tarsian", "COUNTRY", { adjective: true }],
      ["Anna Kovel", "PERSON"],
      ["Velmar", "ORGANIZATION"],
    ]);
    // "mounted an attack on police stations in Porvik": the stations' place.
    expect(r).toContain("Black Hand -VIOLENCE-> Porvik");
    // "condemned the Tarsian airstrikes on Porvik": the strikes' author is opposed, the place struck is not.
    expect(r).toContain("Velland -OPPOSITION-> Tarsian");
    expect(r).not.toContain("Velland -OPPOSITION-> Porvik");
    expect(r).toContain("Tarsian -VIOLENCE-> Porvik");
    // "was sentenced to ten years in prison by a Velmar court", the "by" phrase parsed under "years".
    expect(r).toContain("Velmar -COERCION-> Anna Kovel");
  });

  it("gives a prepositional gerund after an object to the object", () => {
    const r = relationsOf("gerundControl", [
      ["Velland", "COUNTRY"],
      ["Tarsia", "COUNTRY"],
      ["Black Hand", "ORGANIZATION"],
      ["Tom Baker", "PERSON"],
      ["Jan Osk", "PERSON"],
    ]);
    expect(r).toContain("Tarsia -VIOLENCE-> Black Hand");
    expect(r).not.toContain("Velland -VIOLENCE-> Black Hand");
    expect(r).toContain("Tom Baker -VIOLENCE-> Jan Osk");
  });
});

describe("plural pronouns for people a name modifies", () => {
  it("resolves 'them' to the country of 'Tarsian troops' named in the sentence before", () => {
    const r = relationsOf("peopleNounAntecedent", [
      ["Tarsian", "COUNTRY", { adjective: true }],
      ["Porvik", "LOCATION"],
      ["Black Hand", "ORGANIZATION"],
    ]);
    expect(r).toContain("Black Hand -OPPOSITION-> Tarsian");
  });
});

describe("acts a verb of not doing controls", () => {
  it("reads no event under 'failed to', as under a negation", () => {
    const r = relationsOf("failedTo", [
      ["Merrow Party", "ORGANIZATION"],
      ["Jana Holt", "PERSON"],
      ["Tom Baker", "PERSON"],
    ]);
    // "failed to support Jana Holt" states no support; "wanted to support Tom Baker" is read as before.
    expect(r).not.toContain("Merrow Party -SUPPORT-> Jana Holt");
    expect(r).toContain("Merrow Party -SUPPORT-> Tom Baker");
  });
});
