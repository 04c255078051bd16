// Well-formedness check for XML/SVG outputs with Python's standard-library parser (Debian's python3 is present
// wherever the notebook test runs; the PATH python3 also has xml.etree).
import { spawnSync } from "node:child_process";

export function xmlProblem(xml: string): string | null {
  const result = spawnSync(
    "python3",
    ["-c", "import sys, xml.etree.ElementTree as E; E.fromstring(sys.stdin.buffer.read())"],
    {
      input: xml,
      encoding: "utf8",
    },
  );
  return result.status === 0 ? null : (result.stderr.trim().split("\n").pop() ?? "not well-formed");
}
