// Client-side GEXF 1.3 of the visible subgraph (Gephi's format), with positions, colours and the main attributes.
export function escapeXml(s) {
    // Drops characters XML 1.0 forbids, then escapes markup.
    return s
        .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;")
        .replace(/'/g, "&apos;");
}
function rgb(hex) {
    const m = /^#?([0-9a-f]{6})$/i.exec(hex);
    const n = m ? parseInt(m[1], 16) : 0x888888;
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
export function toGexf(nodes, edges, title = "newskg view") {
    const lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
        `  <meta><creator>newskg viewer</creator><description>${escapeXml(title)}</description></meta>`,
        '  <graph defaultedgetype="directed" mode="static">',
        '    <attributes class="node"><attribute id="type" title="type" type="string"/></attributes>',
        '    <attributes class="edge"><attribute id="category" title="category" type="string"/><attribute id="confidence" title="confidence" type="double"/></attributes>',
        "    <nodes>",
    ];
    for (const n of nodes) {
        const [r, g, b] = rgb(n.color);
        lines.push(`      <node id="${escapeXml(n.id)}" label="${escapeXml(n.label)}"><attvalues><attvalue for="type" value="${escapeXml(n.type)}"/></attvalues>` +
            `<viz:position x="${n.x}" y="${n.y}" z="0"/><viz:size value="${n.size}"/><viz:color r="${r}" g="${g}" b="${b}"/></node>`);
    }
    lines.push("    </nodes>", "    <edges>");
    for (const e of edges) {
        lines.push(`      <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}" label="${escapeXml(e.label)}" weight="${e.weight}">` +
            `<attvalues><attvalue for="category" value="${escapeXml(e.category)}"/><attvalue for="confidence" value="${e.confidence}"/></attvalues></edge>`);
    }
    lines.push("    </edges>", "  </graph>", "</gexf>", "");
    return lines.join("\n");
}
//# sourceMappingURL=toGexf.js.map