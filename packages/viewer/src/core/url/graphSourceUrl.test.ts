import { describe, expect, it } from "vitest";
import { graphSourceUrl } from "./graphSourceUrl.js";

const base = "https://news.example.org/explorer/?focus=x";

describe("graphSourceUrl", () => {
  it("loads the default and same-origin graphs", () => {
    expect(graphSourceUrl(null, base).href).toBe("https://news.example.org/explorer/graph.json");
    expect(graphSourceUrl("/archive/2024.json", base).href).toBe("https://news.example.org/archive/2024.json");
  });
  it("refuses other origins unless allowed, and non-http schemes", () => {
    expect(() => graphSourceUrl("https://evil.example.com/g.json", base)).toThrow(/not an allowed source/);
    expect(() => graphSourceUrl("//evil.example.com/g.json", base)).toThrow(/not an allowed source/);
    expect(graphSourceUrl("https://cdn.example.net/g.json", base, ["https://cdn.example.net"]).host).toBe(
      "cdn.example.net",
    );
    expect(() => graphSourceUrl("data:application/json,{}", base)).toThrow(/http\(s\) only/);
  });
});
