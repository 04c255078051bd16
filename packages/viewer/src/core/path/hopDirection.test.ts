import { describe, expect, it } from "vitest";
import { hopDirection, hopText } from "./hopDirection.js";

const a = { id: "person:a", label: "Ann Lee" };
const b = { id: "person:b", label: "Bo Park" };

describe("hopDirection", () => {
  it("points along the path when the path goes from the relation's subject to its object", () => {
    const hop = hopDirection({ source: a.id, category: "SUPPORT", label: "backed" }, a, b);
    expect(hop.direction).toBe("forward");
    expect(hopText(hop)).toBe("Ann Lee → backed → Bo Park");
    expect(hop.sentence).toBe("Ann Lee backed Bo Park");
  });

  it("points back when the path reaches the subject from its object, and keeps the subject first in the sentence", () => {
    const hop = hopDirection({ source: a.id, category: "COERCION", label: "arrested" }, b, a);
    expect(hop.direction).toBe("backward");
    expect(hopText(hop)).toBe("Bo Park ← arrested ← Ann Lee");
    expect(hop.sentence).toBe("Ann Lee arrested Bo Park");
  });

  it("reads a symmetric category the same both ways", () => {
    const there = hopDirection({ source: a.id, category: "CO_OCCURRENCE", label: "co-occurs with" }, a, b);
    const back = hopDirection({ source: a.id, category: "CO_OCCURRENCE", label: "co-occurs with" }, b, a);
    expect(there.direction).toBe("undirected");
    expect(hopText(there)).toBe("Ann Lee — co-occurs with — Bo Park");
    expect(hopText(back)).toBe("Bo Park — co-occurs with — Ann Lee");
    expect(hopDirection({ source: a.id, category: "ALLIANCE", label: "allied with" }, b, a).direction).toBe(
      "undirected",
    );
  });
});
