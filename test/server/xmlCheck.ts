// Well-formedness check for XML/SVG outputs with Python's standard-library parser (Debian's python3 when present:
// it starts faster than a pyenv shim).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const PYTHON = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

export function xmlProblem(xml: string): string | null {
  const result = spawnSync(
    PYTHON,
    ["-c", "import sys, xml.etree.ElementTree as E; E.fromstring(sys.stdin.buffer.read())"],
    {
      input: xml,
      encoding: "utf8",
    },
  );
  return result.status === 0 ? null : (result.stderr.trim().split("\n").pop() ?? "not well-formed");
}
