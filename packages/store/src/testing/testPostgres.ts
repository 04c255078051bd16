// A throwaway PostgreSQL cluster for tests, from Debian's `postgresql` package (installed when missing, as
// scripts/ensureTestSystemDeps.mjs does). initdb into a temp dir, run on a private loopback port with fsync off,
// as the `postgres` system user when running as root (PostgreSQL refuses to run as root). Never skipped: when it
// cannot start, startTestPostgres throws with the reason.
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

export interface TestPostgres {
  /** Connection string of the cluster's `postgres` database. */
  url: string;
  port: number;
  /** Creates a fresh, empty database and returns its connection string. */
  /** A fresh database; with icuLocale (e.g. "en-US"), collated by that language instead of the cluster's. */
  createDatabase(options?: { icuLocale?: string }): Promise<string>;
  /** Stops the server (fast shutdown) but keeps the data directory, for "server down" tests. */
  stop(): Promise<void>;
  /** Starts it again on the same port. */
  start(): Promise<void>;
  /** Stops the server and removes its files. */
  destroy(): Promise<void>;
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

function findBinDir(): string | null {
  const base = "/usr/lib/postgresql";
  if (!existsSync(base)) return null;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? join(base, versions[0]!, "bin") : null;
}

function install(): void {
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const sudo = isRoot ? [] : ["sudo"];
  const apt = (args: string[]) =>
    execFileSync(sudo[0] ?? "apt-get", [...(isRoot ? [] : ["apt-get"]), ...args], {
      stdio: ["ignore", "ignore", "pipe"],
      env,
    });
  try {
    apt(["update", "-qq"]);
    apt(["install", "-y", "-qq", "--no-install-recommends", "postgresql"]);
  } catch (error) {
    throw new Error(
      `PostgreSQL is not installed and installing Debian's postgresql package failed (${(error as Error).message}); ` +
        "install it with `apt-get install postgresql` and run the tests again",
      { cause: error },
    );
  }
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** Runs a PostgreSQL program as the user that owns the cluster. */
function asOwner(bin: string, args: string[]): { command: string; args: string[] } {
  return isRoot ? { command: "runuser", args: ["-u", "postgres", "--", bin, ...args] } : { command: bin, args };
}

export async function startTestPostgres(): Promise<TestPostgres> {
  let binDir = findBinDir();
  if (!binDir) {
    install();
    binDir = findBinDir();
    if (!binDir) throw new Error("PostgreSQL was installed but no initdb was found under /usr/lib/postgresql");
  }
  if (isRoot && spawnSync("id", ["-u", "postgres"], { stdio: "ignore" }).status !== 0)
    throw new Error("running as root, but there is no `postgres` system user to run PostgreSQL as");

  const dir = mkdtempSync(join(tmpdir(), "kg-pg-"));
  const data = join(dir, "data");
  chmodSync(dir, 0o755);
  if (isRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    chownSync(dir, uid, gid);
  }
  const init = asOwner(join(binDir, "initdb"), ["-D", data, "-A", "trust", "-U", "kg", "-E", "UTF8", "--no-sync"]);
  const initRun = spawnSync(init.command, init.args, { encoding: "utf8" });
  if (initRun.status !== 0)
    throw new Error(`initdb failed (exit ${initRun.status}): ${(initRun.stderr || initRun.stdout || "").trim()}`);

  const port = await freePort();
  const url = `postgres://kg@127.0.0.1:${port}/postgres`;
  let child: ChildProcess | null = null;
  let log = "";

  const start = async (): Promise<void> => {
    if (child && child.exitCode === null) return; // already running
    const run = asOwner(join(binDir, "postgres"), [
      "-D",
      data,
      "-p",
      String(port),
      "-k",
      dir,
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "fsync=off",
      "-c",
      "synchronous_commit=off",
      "-c",
      "full_page_writes=off",
      "-c",
      "max_connections=60",
      "-c",
      "shared_buffers=32MB",
    ]);
    log = "";
    const proc = spawn(run.command, run.args, { stdio: ["ignore", "ignore", "pipe"] });
    child = proc;
    proc.stderr!.on("data", (chunk: Buffer) => {
      log = (log + chunk.toString()).slice(-4000);
    });
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (proc.exitCode !== null) throw new Error(`postgres exited with ${proc.exitCode} at start: ${log.trim()}`);
      const client = new pg.Client({ connectionString: url });
      try {
        await client.connect();
        await client.query("SELECT 1");
        await client.end();
        return;
      } catch {
        await client.end().catch(() => undefined);
        if (Date.now() > deadline) throw new Error(`postgres did not accept connections within 30 s: ${log.trim()}`);
        await new Promise((done) => setTimeout(done, 100));
      }
    }
  };

  /** The postmaster's pid (runuser does not forward signals to it), or null when it is not running. */
  const postmasterPid = (): number | null => {
    try {
      const pid = Number(readFileSync(join(data, "postmaster.pid"), "utf8").split("\n")[0]);
      return Number.isInteger(pid) && pid > 0 ? pid : null;
    } catch {
      return null;
    }
  };
  const signal = (sig: NodeJS.Signals): boolean => {
    const pid = postmasterPid();
    if (pid === null) return false;
    try {
      process.kill(pid, sig);
      return true;
    } catch {
      return false;
    }
  };
  // If the test process ends without destroy(), the cluster must not outlive it.
  const onExit = () => signal("SIGQUIT");
  process.once("exit", onExit);

  const stop = async (): Promise<void> => {
    const proc = child;
    child = null;
    if (!proc || proc.exitCode !== null) return;
    const exited = new Promise<void>((done) => proc.once("exit", () => done()));
    // SIGINT is PostgreSQL's fast shutdown: sessions are ended, open transactions rolled back.
    if (!signal("SIGINT")) proc.kill("SIGKILL");
    const timer = setTimeout(() => signal("SIGQUIT"), 10_000);
    await exited;
    clearTimeout(timer);
  };

  try {
    await start();
  } catch (error) {
    await stop();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }

  let databases = 0;
  return {
    url,
    port,
    async createDatabase(options = {}) {
      const name = `kg_test_${process.pid}_${++databases}`;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const icu = options.icuLocale;
        if (icu !== undefined && !/^[A-Za-z-]+$/.test(icu)) throw new Error(`bad ICU locale "${icu}"`);
        await client.query(
          icu === undefined
            ? `CREATE DATABASE ${name}`
            : `CREATE DATABASE ${name} TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE '${icu}'`,
        );
      } finally {
        await client.end();
      }
      return url.replace(/\/postgres$/, `/${name}`);
    },
    stop,
    start,
    async destroy() {
      await stop();
      process.off("exit", onExit);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
