import { describe, expect, it } from "vitest";
import { decodeViewState, defaultViewState, encodeViewState } from "./viewState.js";

describe("viewState", () => {
  it("writes nothing for the default view", () => {
    expect(encodeViewState(defaultViewState()).toString()).toBe("");
  });
  it("round-trips focus, filters, camera, path", () => {
    const s = defaultViewState();
    s.focus = "person:kassym-jomart-tokayev";
    s.filters = {
      ...s.filters,
      types: new Set(["PERSON", "ORGANIZATION"]),
      minConfidence: 0.5,
      community: 3,
      from: "2022-09",
      hideCoOccurrence: true,
    };
    s.camera = { x: 0.51234567, y: 0.4, ratio: 0.25 };
    s.sizeBy = "pagerank";
    s.path = ["a", "b"];
    s.edge = "e7";
    s.colorBy = "community";
    s.filters = { ...s.filters, hideIsolated: true, neighboursOnly: true };
    const back = decodeViewState(encodeViewState(s).toString());
    expect(back.focus).toBe(s.focus);
    expect([...back.filters.types]).toEqual(["PERSON", "ORGANIZATION"]);
    expect(back.filters.minConfidence).toBe(0.5);
    expect(back.filters.community).toBe(3);
    expect(back.filters.from).toBe("2022-09");
    expect(back.filters.hideCoOccurrence).toBe(true);
    expect(back.camera).toEqual({ x: 0.5123, y: 0.4, ratio: 0.25 });
    expect(back.sizeBy).toBe("pagerank");
    expect(back.path).toEqual(["a", "b"]);
    expect(back.edge).toBe("e7");
    expect(back.colorBy).toBe("community");
    expect(back.filters.hideIsolated).toBe(true);
    expect(back.filters.neighboursOnly).toBe(true);
  });
  it("ignores garbage", () => {
    const s = decodeViewState("types=BOGUS,PERSON&minConf=7&from=<script>&x=1&y=nan&ratio=1");
    expect([...s.filters.types]).toEqual(["PERSON"]);
    expect(s.filters.minConfidence).toBe(0);
    expect(s.filters.from).toBeNull();
    expect(s.camera).toBeNull();
  });
});
