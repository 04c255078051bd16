// Name and alias search, case- and accent-insensitive: exact, then prefix, then word prefix, then substring.
export function normalizeName(s) {
    return s
        .normalize("NFD")
        .replace(/\p{M}/gu, "")
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, " ")
        .trim();
}
export function buildSearchIndex(entries) {
    const out = [];
    for (const e of entries) {
        const names = [...new Set([e.label, ...e.names])];
        out.push({ ...e, names, normNames: names.map(normalizeName) });
    }
    return { entries: out };
}
function scoreName(name, q) {
    if (name === q)
        return 100;
    if (name.startsWith(q))
        return 80;
    if (name.split(" ").some((w) => w.startsWith(q)))
        return 60;
    if (name.includes(q))
        return 40;
    return 0;
}
export function searchEntities(index, query, limit = 8) {
    const q = normalizeName(query);
    if (!q)
        return [];
    const hits = [];
    for (const e of index.entries) {
        let best = 0;
        let matched = e.label;
        e.normNames.forEach((n, i) => {
            const s = scoreName(n, q);
            if (s > best) {
                best = s;
                matched = e.names[i];
            }
        });
        if (best > 0)
            hits.push({
                id: e.id,
                label: e.label,
                type: e.type,
                matched,
                score: best + Math.min(9, Math.log2(1 + e.weight)),
            });
    }
    hits.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label));
    return hits.slice(0, limit);
}
//# sourceMappingURL=searchEntities.js.map