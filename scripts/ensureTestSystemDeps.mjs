// Installs the Debian packages the test suite drives (headless Chromium for browser tests; nbconvert, pandas,
// networkx, requests for the notebook test; PostgreSQL for the store's contract tests on both engines) when they are missing. Runs before `vitest run`.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const have = (cmd) => spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;
// Looks the modules up without importing them: importing pandas and matplotlib takes seconds on every test run.
const pythonHas = (mods) =>
  spawnSync(
    "/usr/bin/python3",
    [
      "-c",
      `import importlib.util, sys; sys.exit(0 if all(importlib.util.find_spec(m) for m in ${JSON.stringify(mods)}) else 1)`,
    ],
    { stdio: "ignore" },
  ).status === 0;

const missing = [];
if (!existsSync("/usr/bin/chromium")) missing.push("chromium", "fonts-dejavu-core");
if (!have("jupyter-nbconvert")) missing.push("jupyter-nbconvert", "python3-ipykernel");
if (!existsSync("/usr/lib/postgresql")) missing.push("postgresql");
if (!existsSync("/usr/bin/python3") || !pythonHas(["pandas", "networkx", "requests", "matplotlib"]))
  missing.push("python3-pandas", "python3-networkx", "python3-requests", "python3-matplotlib");

if (missing.length === 0) process.exit(0);
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const sudo = isRoot ? [] : ["sudo"];
process.stderr.write(`Installing test system packages: ${missing.join(" ")}\n`);
// Another apt-get on the machine (a second clone's tests installing the same packages) holds dpkg's lock for a
// minute or two: wait for it instead of failing the run at once.
const lockWait = ["-o", "DPkg::Lock::Timeout=600"];
try {
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync(sudo[0] ?? "apt-get", [...sudo.slice(1), ...(isRoot ? [] : ["apt-get"]), ...lockWait, "update", "-qq"], {
    stdio: ["ignore", "ignore", "inherit"],
    env,
  });
  execFileSync(
    sudo[0] ?? "apt-get",
    [
      ...sudo.slice(1),
      ...(isRoot ? [] : ["apt-get"]),
      ...lockWait,
      "install",
      "-y",
      "-qq",
      "--no-install-recommends",
      ...missing,
    ],
    { stdio: ["ignore", "ignore", "inherit"], env },
  );
} catch (error) {
  process.stderr.write(
    `Could not install ${missing.join(" ")} (${error.message}). Install them with apt-get and run the tests again.\n`,
  );
  process.exit(1);
}
