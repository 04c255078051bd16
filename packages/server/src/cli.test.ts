// `kg serve` argument handling (the serving itself is covered through startServer).
import { afterEach, describe, expect, it, vi } from "vitest";
import { runServeCommand } from "./cli.js";

describe("kg serve arguments", () => {
  afterEach(() => vi.restoreAllMocks());

  it("prints usage for --help and refuses bad options", async () => {
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    expect(await runServeCommand(["--help"])).toBe(0);
    expect(String(stderr.mock.calls[0]?.[0])).toMatch(/usage: pnpm kg serve/);
    expect(await runServeCommand(["--port", "http"])).toBe(2);
    expect(await runServeCommand(["--port", "70000"])).toBe(2);
    expect(await runServeCommand(["--nope"])).toBe(2);
    expect(await runServeCommand(["--readers", "two"])).toBe(2);
    expect(await runServeCommand(["--active", "0"])).toBe(2);
    expect(await runServeCommand(["--queue-wait", "soon"])).toBe(2);
    expect(await runServeCommand(["--shutdown-grace", "later"])).toBe(2);
    expect(await runServeCommand(["--answer-cache-mb", "lots"])).toBe(2);
    expect(await runServeCommand(["--reader-heap-mb", "4"])).toBe(2);
    const said = stderr.mock.calls.map((c) => String(c[0])).join("");
    expect(said).toMatch(/--port must be a port number/);
    expect(said).toMatch(/--readers must be a whole number from 0 to 64, got "two"/);
    expect(said).toMatch(/--active must be a whole number from 1 to 1024, got "0"/);
    expect(said).toMatch(/--queue-wait must be a whole number of ms from 0 to 600000, got "soon"/);
    expect(said).toMatch(/--shutdown-grace must be a whole number of ms from 0 to 600000, got "later"/);
    expect(said).toMatch(/--answer-cache-mb must be a whole number of MB from 0 to 65536, got "lots"/);
    expect(said).toMatch(/--reader-heap-mb must be a whole number of MB from 16 to 65536, got "4"/);
  });
});
