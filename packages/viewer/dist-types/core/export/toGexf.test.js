import { describe, expect, it } from "vitest";
import { toGexf } from "./toGexf.js";
describe("toGexf", () => {
    it("escapes untrusted labels and keeps positions", () => {
        const xml = toGexf([{ id: "x", label: '<img src=x onerror="alert(1)">', type: "PERSON", x: 1.5, y: -2, size: 4, color: "#e4572e" }], []);
        expect(xml).toContain('label="&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"');
        expect(xml).toContain('<viz:position x="1.5" y="-2" z="0"/>');
        expect(xml).toContain('<viz:color r="228" g="87" b="46"/>');
    });
});
//# sourceMappingURL=toGexf.test.js.map