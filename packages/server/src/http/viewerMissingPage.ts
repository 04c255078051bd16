// What `/` shows when packages/viewer/dist has not been built.
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

export function viewerMissingPage(staticDir: string): string {
  return `<!doctype html><meta charset="utf-8"><title>newskg</title>
<body style="font-family:sans-serif;max-width:40em;margin:3em auto">
<h1>newskg server</h1>
<p>The viewer is not built (no <code>${escapeHtml(staticDir)}/index.html</code>). Build it with
<code>npx -y pnpm@10 build:viewer</code> and reload this page.</p>
<p>Meanwhile: <a href="/graphql">GraphQL API and Sandbox</a> · <a href="/health">health</a> ·
<a href="/graph.json">graph.json</a> · <a href="/embed/snapshot.svg">snapshot.svg</a></p></body>`;
}
