#!/usr/bin/env python3
"""Runs the test suites against one build and prints one summary line per suite, then the total:

    scripts/run_tests.py --build-dir build/release [--suites unit,golden,hostile,test262,fuzz] [-j N]

  unit     ctest in the build directory (the GoogleTest binaries of tests/unit)
  golden   tests/js/run_golden.py
  hostile  tests/robustness/hostile.py: hostile one-line programs end cleanly (with --max-heap-mb 128)
  test262  tests/test262/run.py: the default scope against expected_failures.txt ("failed" = regressions),
           also rewriting docs/conformance.md
  fuzz     tests/fuzz/run_smoke.py, when that file exists

Every runner script is called with `--engine <build>/yieldjs -j N --summary-file F` and writes
{"passed": N, "failed": M} (optionally "note": "...") to F. A suite that exits non-zero without counting
a failure (engine missing, runner crashed) counts as one failure. The last line is `test: N passed, M failed`; the exit status is 1
if anything failed.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SUITES = ("unit", "golden", "hostile", "test262", "fuzz")


def ctest_counts(build_dir, jobs, scratch):
    junit = scratch / "unit.xml"
    rc = subprocess.call(["ctest", "--test-dir", str(build_dir), "--output-on-failure", "-j", str(jobs),
                          "--output-junit", str(junit)])
    passed = failed = 0
    if junit.exists():
        for case in ET.parse(junit).getroot().iter("testcase"):
            status = case.get("status")
            if status == "run":
                passed += 1
            elif status == "fail":
                failed += 1
    return passed, failed, rc, None


def script_counts(command, scratch, name):
    summary = scratch / f"{name}.json"
    rc = subprocess.call([sys.executable] + command + ["--summary-file", str(summary)], cwd=REPO)
    if not summary.exists():
        return 0, 0, rc, None
    counts = json.loads(summary.read_text())
    return counts["passed"], counts["failed"], rc, counts.get("note")


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("--build-dir", default=str(REPO / "build" / "release"))
    ap.add_argument("--suites", default=",".join(SUITES), help="comma-separated subset of " + ", ".join(SUITES))
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--fuzz-engine", help="engine for the fuzz suite (an ASan build); default: the build's own")
    args = ap.parse_args(argv)
    suites = [s for s in args.suites.split(",") if s]
    unknown = set(suites) - set(SUITES)
    if unknown:
        sys.exit(f"run_tests.py: unknown suites: {', '.join(sorted(unknown))}")

    build_dir = Path(args.build_dir).resolve()
    engine = ["--engine", str(build_dir / "yieldjs"), "-j", str(args.jobs)]
    fuzz = REPO / "tests" / "fuzz" / "run_smoke.py"
    commands = {
        "golden": ["tests/js/run_golden.py"] + engine,
        "hostile": ["tests/robustness/hostile.py", "--max-heap-mb", "128"] + engine,
        "test262": ["tests/test262/run.py", "--report"] + engine,
        "fuzz": [str(fuzz), "--engine", args.fuzz_engine or str(build_dir / "yieldjs"), "-j", str(args.jobs)],
    }
    lines = []
    total_passed = total_failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        for suite in suites:
            if suite == "fuzz" and not fuzz.exists():
                continue
            print(f"==> {suite}", flush=True)
            if suite == "unit":
                passed, failed, rc, note = ctest_counts(build_dir, args.jobs, scratch)
            else:
                passed, failed, rc, note = script_counts(commands[suite], scratch, suite)
            if rc != 0 and failed == 0:
                failed, note = 1, f"exit status {rc}"
            lines.append(f"{suite}: {passed} passed, {failed} failed" + (f" ({note})" if note else ""))
            total_passed += passed
            total_failed += failed
    print()
    for line in lines:
        print(line)
    print(f"test: {total_passed} passed, {total_failed} failed")
    return 1 if total_failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
