import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { rm } from "node:fs/promises";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { buildGraph } from "../pipeline/buildGraph.js";
import { DEFAULT_EXTRACTOR_MODULE, DEFAULT_NER_MODULE } from "../pipeline/extractorBackend.js";
import { createWorkspace } from "../pipeline/testing/buildFixture.js";
import { defaultNerModelPath, loadNerTagger, nerModelPathOf, resolveNerModel } from "./index.js";
import { FEATURE_VERSION } from "./featureExtractor.js";
import { PROFILES } from "./trainNerCommand.js";

describe("NER model profiles", () => {
  it("resolve names to the shipped files and anything else to a path", () => {
    expect(defaultNerModelPath).toBe(nerModelPathOf("open"));
    expect(resolveNerModel("research")).toBe(nerModelPathOf("research"));
    expect(resolveNerModel("some/model.bin.gz")).toBe(resolve("some/model.bin.gz"));
  });

  it("ship an open default and a research model, each recording its data and terms", () => {
    expect(loadNerTagger().modelName).toBe("newskg-ner-open-v4");
    expect(loadNerTagger("research").modelName).toBe("newskg-ner-research-v4");
    const header = (p: string): string => gunzipSync(readFileSync(p)).subarray(0, 2000).toString("latin1");
    expect(header(nerModelPathOf("open"))).not.toContain("conll2003");
    expect(header(nerModelPathOf("open"))).toContain("CC BY 4.0");
    expect(header(nerModelPathOf("research"))).toContain("research use only");
  });

  it("keep each model's feature templates: every shipped model on the version its profile trains with", () => {
    const version = (p: string): number => {
      const raw = gunzipSync(readFileSync(p));
      return (JSON.parse(raw.toString("utf8", 12, 12 + raw.readUInt32LE(8))) as { featureVersion: number })
        .featureVersion;
    };
    expect(version(nerModelPathOf("open"))).toBe(PROFILES.open.featureVersion);
    expect(version(nerModelPathOf("open-permissive"))).toBe(PROFILES["open-permissive"].featureVersion);
    expect(version(nerModelPathOf("research"))).toBe(PROFILES.research.featureVersion);
    // New models train with version 9 (open v4 among them); the other two keep the version they were trained with.
    expect(FEATURE_VERSION).toBe(9);
    expect([PROFILES.open, PROFILES["open-permissive"], PROFILES.research].map((p) => p.featureVersion)).toEqual([
      9, 5, 5,
    ]);
  });

  it("ship an open-permissive model without the share-alike sources (re3d Wikipedia, word clusters)", () => {
    expect(loadNerTagger("open-permissive").modelName).toBe("newskg-ner-open-permissive-v1");
    const raw = gunzipSync(readFileSync(nerModelPathOf("open-permissive")));
    const training = JSON.parse(raw.toString("utf8", 12, 12 + raw.readUInt32LE(8))) as {
      training: { data: string[]; clusters: string; terms: string };
    };
    expect(training.training.clusters).toBe("none");
    expect(training.training.data.some((f) => /wikipedia|conll2003/i.test(f))).toBe(false);
    expect(training.training.data).toContain("../relations/re3d/UK Government");
    expect(training.training.terms).not.toContain("CC BY-SA");
  });

  it("are chosen by name in a build (nerModel), the open one by default", async () => {
    const ws = await createWorkspace({ "a.txt": "Harbour talks\n\nThe minister arrived in Valdmark on Monday." });
    try {
      const real = { extractorModule: DEFAULT_EXTRACTOR_MODULE, nerModule: DEFAULT_NER_MODULE, curationFile: null };
      expect((await buildGraph(ws.options(real))).nerModel).toBe("newskg-ner-open-v4");
      const research = await buildGraph(ws.options({ ...real, nerModel: "research" }));
      expect(research).toMatchObject({ nerModel: "newskg-ner-research-v4", extracted: 1 });
    } finally {
      await rm(ws.root, { recursive: true, force: true });
    }
  });
});
