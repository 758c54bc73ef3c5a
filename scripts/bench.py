#!/usr/bin/env python3
"""Benchmarks: runs the microbenchmark binaries of a build (every executable `bench_*` in <build>/bench),
then the Octane programs of ../shared/octane with yieldjs and with `node --jitless` (the interpreter-only
baseline yieldjs is compared with) and prints both scores and their ratio (higher is better).

    scripts/bench.py [--build-dir build/release] [--octane-dir DIR] [--only NAME] [--no-micro]

Exit status 1 if yieldjs failed to run any selected Octane program.
"""

import argparse
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DRIVER = """
var __report = typeof console !== "undefined" ? function (s) { console.log(s); } : print;
BenchmarkSuite.RunSuites({
  NotifyResult: function (name, result) { __report("result " + name + ": " + result); },
  NotifyError: function (name, error) { __report("error " + name + ": " + error); },
  NotifyScore: function () {}
});
"""
LINE_RE = re.compile(r"^(result|error) (\w+): (.*)$")


def run_octane(command, source, timeout):
    """Returns ({benchmark: score}, error message or None)."""
    try:
        proc = subprocess.run(command + [str(source)], capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {}, f"timed out after {timeout} s"
    scores, errors = {}, []
    for line in proc.stdout.splitlines():
        m = LINE_RE.match(line)
        if m and m.group(1) == "result" and m.group(3) != "Skipped":
            scores[m.group(2)] = float(m.group(3))
        elif m:
            errors.append(f"{m.group(2)}: {m.group(3)}")
    if proc.returncode != 0:
        errors.append((proc.stderr.strip().splitlines() or [f"exit status {proc.returncode}"])[0])
    return scores, "; ".join(errors) or None


def run_micro(build_dir):
    binaries = sorted(p for p in (build_dir / "bench").glob("bench_*") if p.is_file() and os.access(p, os.X_OK))
    if not binaries:
        print("no microbenchmarks built (configure with -DYJS_BUILD_BENCH=ON)")
    for binary in binaries:
        print(f"==> {binary.name}", flush=True)
        subprocess.call([str(binary)])


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("--build-dir", default=str(REPO / "build" / "release"))
    ap.add_argument("--octane-dir", default=str(REPO.parent / "shared" / "octane"))
    ap.add_argument("--only", help="run only the Octane program with this file stem (e.g. richards)")
    ap.add_argument("--no-micro", action="store_true", help="skip the microbenchmark binaries")
    ap.add_argument("--timeout", type=int, default=600, help="seconds per Octane program (default 600)")
    args = ap.parse_args(argv)

    build_dir = Path(args.build_dir)
    engine = build_dir / "yieldjs"
    if not os.access(engine, os.X_OK):
        sys.exit(f"bench.py: {engine} not found (build it with `make build`)")
    if not args.no_micro:
        run_micro(build_dir)

    octane = Path(args.octane_dir)
    programs = sorted(p for p in octane.glob("*.js") if p.name != "base.js")
    if args.only:
        programs = [p for p in programs if p.stem == args.only]
    node = shutil.which("node")
    base = (octane / "base.js").read_text(encoding="utf-8")
    rows, failed = [], False
    with tempfile.TemporaryDirectory() as tmp:
        for program in programs:
            source = Path(tmp) / program.name
            source.write_text(base + "\n" + program.read_text(encoding="utf-8") + DRIVER, encoding="utf-8")
            print(f"==> octane {program.stem}", flush=True)
            ours, error = run_octane([str(engine)], source, args.timeout)
            theirs = run_octane([node, "--jitless"], source, args.timeout)[0] if node else {}
            if error:
                failed = True
                print(f"  yieldjs: {error}")
            for name in sorted(set(ours) | set(theirs)):
                rows.append((name, ours.get(name), theirs.get(name)))

    print(f"\n{'benchmark':<16}{'yieldjs':>12}{'node --jitless':>16}{'ratio':>8}")
    ratios = []
    for name, ours, theirs in rows:
        ratio = ours / theirs if ours and theirs else None
        if ratio:
            ratios.append(ratio)
        cells = [f"{v:.0f}" if v is not None else "-" for v in (ours, theirs)]
        print(f"{name:<16}{cells[0]:>12}{cells[1]:>16}{f'{ratio:.3f}' if ratio else '-':>8}")
    if ratios:
        print(f"{'geometric mean':<44}{math.exp(sum(map(math.log, ratios)) / len(ratios)):>8.3f}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
