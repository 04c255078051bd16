// Apollo's local landing page embeds Sandbox from Apollo's CDN, so it needs the internet. Offline, the page would
// only say "Sandbox cannot be loaded"; this adds a same-origin script that, when Sandbox did not load, turns that
// message into a minimal query console (textarea, variables, Run), so people can still try queries.
import type { ApolloServerPlugin } from "@apollo/server";

export const OFFLINE_CONSOLE_PATH = "/graphql-console.js";

export function withOfflineConsole<T extends object>(plugin: ApolloServerPlugin<T>): ApolloServerPlugin<T> {
  return {
    ...plugin,
    async serverWillStart(service) {
      const listener = await plugin.serverWillStart?.(service);
      if (!listener?.renderLandingPage) return listener;
      const render = listener.renderLandingPage;
      return {
        ...listener,
        async renderLandingPage() {
          const page = await render();
          const inject = (html: string) =>
            html.replace("</body>", `<script src="${OFFLINE_CONSOLE_PATH}" defer></script>\n</body>`);
          const html = page.html;
          return { html: typeof html === "string" ? inject(html) : async () => inject(await html()) };
        },
      };
    },
  };
}

// Plain browser script; DOM building only (the page's CSP allows same-origin scripts, no inline ones).
export const OFFLINE_CONSOLE_SCRIPT = `(() => {
  const start = () => {
    if (window.EmbeddedSandbox) return;
    const box = document.querySelector(".fallback") || document.body;
    box.replaceChildren();
    const el = (tag, props, ...kids) => { const e = Object.assign(document.createElement(tag), props); e.append(...kids); return e; };
    const css = (e, s) => { Object.assign(e.style, s); return e; };
    const query = css(el("textarea", { rows: 14, value: "{\\n  stats { entityCount relationCount documentCount }\\n  search(query: \\"\\", limit: 5) { entity { id label type } score }\\n}" }), { width: "100%", fontFamily: "monospace" });
    const vars = css(el("textarea", { rows: 3, value: "{}" }), { width: "100%", fontFamily: "monospace" });
    const out = css(el("pre"), { background: "#f4f4f4", padding: "8px", whiteSpace: "pre-wrap", maxHeight: "50vh", overflow: "auto" });
    const run = el("button", { textContent: "Run" });
    run.onclick = async () => {
      out.textContent = "…";
      try {
        const res = await fetch(location.pathname, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: query.value, variables: JSON.parse(vars.value || "{}") }) });
        out.textContent = JSON.stringify(await res.json(), null, 2);
      } catch (e) { out.textContent = String(e); }
    };
    box.append(
      el("h1", { textContent: "newskg GraphQL" }),
      el("p", { textContent: "Apollo Sandbox needs the internet and could not be loaded. This minimal console works offline; the schema is schema.graphql." }),
      el("label", { textContent: "Query" }), query, el("label", { textContent: "Variables (JSON)" }), vars, run, out,
    );
    css(box, { position: "relative", zIndex: 10, padding: "16px", fontFamily: "sans-serif", background: "white" });
  };
  // Sandbox's script is loaded synchronously before this deferred one; give it a moment to construct.
  setTimeout(start, 1500);
})();
`;
