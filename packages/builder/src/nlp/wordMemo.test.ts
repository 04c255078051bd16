import { describe, expect, it } from "vitest";
import { Lemmatizer } from "./lemmatizer.js";
import { clusterTableOf } from "./wordClusters.js";
import { wordAtomsOf } from "./wordFeatures.js";
import { WordMemo } from "./wordMemo.js";

describe("WordMemo", () => {
  it("keeps at most its limit of words, starting again when full", () => {
    const memo = new WordMemo<number>(2);
    memo.set("a", 1);
    memo.set("b", 2);
    expect(memo.get("a")).toBe(1);
    memo.set("c", 3);
    expect(memo.get("a")).toBeUndefined();
    expect(memo.get("c")).toBe(3);
  });

  it("leaves word atoms as computed without it, for repeated and new words", () => {
    const clusters = clusterTableOf([
      ["minister", "0110"],
      ["said", "10"],
    ]);
    const memo = new WordMemo<Int32Array>(3);
    const sentences = [
      ["The", "minister", "said", "so", "."],
      ["“", "Minister", "’s", "aides", "said", "no", ".", "”"],
      ["The", "minister", "said", "so", "."],
    ];
    for (const words of sentences) expect(wordAtomsOf(words, clusters, memo)).toEqual(wordAtomsOf(words, clusters));
  });

  it("gives the lemmatizer's answer again for a word seen before under another tag", () => {
    const lemmatizer = new Lemmatizer({
      vocabulary: [
        ["VERB\tleft", "leave"],
        ["ADJ\tleft", "left"],
      ],
      suffixScripts: [],
      irregular: [],
    });
    expect(lemmatizer.lemmatize("left", "VERB")).toBe("leave");
    expect(lemmatizer.lemmatize("left", "ADJ")).toBe("left");
    expect(lemmatizer.lemmatize("left", "VERB")).toBe("leave");
  });
});
