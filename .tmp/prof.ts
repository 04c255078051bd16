import { writeFileSync } from "node:fs";
import { launchBrowser } from "../test/browser/helpers/launchBrowser.js";
import { newsroomGraph } from "../test/browser/helpers/newsroomGraph.js";
import { startViewerServer } from "../test/browser/helpers/startViewerServer.js";
const fixture = newsroomGraph({ nodes: 10000, edges: 48000, hubNeighbours: 2000 });
const server = await startViewerServer(fixture.path);
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
for (let run = 0; run < 3; run++) {
  await page.goto(`${server.url}/?r=${run}`);
  await page.waitForFunction(() => (window as any).__kgExplorer?.ready, null, { timeout: 120000 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
  const r = await page.evaluate(`(async () => {
    const h = window.__kgExplorer; const t = performance.now(); await h.select(${JSON.stringify(fixture.hub)});
    let open = 0;
    for (;;) { const c = document.querySelector("#details-body .section-title")?.textContent ?? "";
      if (!open && document.querySelector("#details-body .relation")) open = performance.now() - t;
      if (Number(/Relations \\((\\d+)\\)/.exec(c)?.[1] ?? 0) >= 2000) break; await new Promise(r => setTimeout(r, 5)); }
    const listed = performance.now() - t;
    const res = performance.getEntriesByType("resource").filter(e => e.startTime >= t).map(e => [JSON.stringify(e.name).slice(-12), Math.round(e.startTime - t), Math.round(e.responseEnd - t), e.encodedBodySize]);
    return { open, listed, res };
  })()`);
  const { profile } = (await cdp.send("Profiler.stop")) as any;
  console.log(JSON.stringify(r));
  if (run === 2) writeFileSync("/tmp/h-view/focus.cpuprofile", JSON.stringify(profile));
}
await browser.close();
await server.close();
