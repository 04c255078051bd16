import { describe, expect, it } from "vitest";
import { WidgetError, isGraphqlUrl, resolveSrc } from "./loadSubgraph.js";
import { radialLayout } from "./radialLayout.js";
describe("resolveSrc", () => {
    const base = "https://news.example.org/story/1";
    it("resolves relative addresses against the page", () => {
        expect(resolveSrc("/graphql", base).href).toBe("https://news.example.org/graphql");
    });
    it("explains missing, malformed and non-http sources", () => {
        expect(() => resolveSrc(null, base)).toThrow(/missing/);
        expect(() => resolveSrc("  ", base)).toThrow(WidgetError);
        expect(() => resolveSrc("http://[nope", base)).toThrow(/not a valid address/);
        expect(() => resolveSrc("javascript:alert(1)", base)).toThrow(/http/);
    });
    it("tells GraphQL endpoints from graph files", () => {
        expect(isGraphqlUrl(new URL("https://x.org/graphql"))).toBe(true);
        expect(isGraphqlUrl(new URL("https://x.org/api/graphql/"))).toBe(true);
        expect(isGraphqlUrl(new URL("https://cdn.x.org/graph.json"))).toBe(false);
    });
});
describe("radialLayout", () => {
    it("puts the focus in the centre and each hop on its ring", () => {
        const node = (id, x, y) => ({ id, label: id, type: "PERSON", x, y, size: 1 });
        const edge = (id, source, target) => ({
            id,
            source,
            target,
            category: "ROLE",
            label: "",
            confidence: 1,
        });
        const pos = radialLayout({
            focus: "a",
            truncated: false,
            nodes: [node("a", 0, 0), node("b", 1, 0), node("c", 0, 1), node("d", 5, 5)],
            edges: [edge("ab", "a", "b"), edge("ca", "c", "a"), edge("bd", "b", "d")],
        });
        expect(pos.get("a")).toEqual({ x: 0, y: 0 });
        expect(Math.hypot(pos.get("b").x, pos.get("b").y)).toBeCloseTo(1);
        expect(Math.hypot(pos.get("d").x, pos.get("d").y)).toBeCloseTo(2);
    });
});
//# sourceMappingURL=loadSubgraph.test.js.map