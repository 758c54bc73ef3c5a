#!/usr/bin/env python3
"""Benchmarks: runs the microbenchmark binaries of a build (every executable `bench_*` in <build>/bench),
then the JavaScript benchmark programs bench/*.js, then the Octane programs of ../shared/octane with yieldjs
and with `node --jitless` (the interpreter-only baseline yieldjs is compared with) and prints both scores
and their ratio (higher is better).

Each bench/*.js program is a plain script that does a fixed amount of work. It is run --runs times (default
5) with yieldjs, `node --jitless` and `node`, interleaved so all three see the same machine load; the
medians of the wall time and of the peak resident set size are printed with the ratios yieldjs / node
--jitless and yieldjs / node (lower is better). The stdout of the three engines must agree.

    scripts/bench.py [--build-dir build/release] [--octane-dir DIR] [--only NAME] [--no-micro]
                     [--no-js] [--no-octane] [--runs N]

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
BENCH_DIR = REPO / "bench"
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


RUN_ONE = """
import resource, subprocess, sys, time
start = time.monotonic()
proc = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
elapsed = time.monotonic() - start
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0
sys.stdout.buffer.write(f"{proc.returncode} {elapsed} {rss}\\n".encode() + proc.stdout)
"""


def run_one(command, timeout):
    """Runs `command` once in a helper process: (seconds, peak RSS in MiB, stdout) or None on failure."""
    try:
        proc = subprocess.run([sys.executable, "-c", RUN_ONE] + command, capture_output=True, text=True,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    header, _, out = proc.stdout.partition("\n")
    fields = header.split()
    if len(fields) != 3 or fields[0] != "0":
        return None
    return float(fields[1]), float(fields[2]), out


def median(values):
    values = sorted(values)
    n = len(values)
    return values[n // 2] if n % 2 else (values[n // 2 - 1] + values[n // 2]) / 2


def run_js(engine, programs, runs, timeout):
    """Runs each bench/*.js program with yieldjs, node --jitless and node; prints medians and ratios."""
    node = shutil.which("node")
    engines = [("yieldjs", [str(engine)])]
    if node:
        engines += [("node --jitless", [node, "--jitless"]), ("node", [node])]
    failed = False
    print(f"\n{'program':<30}{'engine':<16}{'time s':>9}{'RSS MiB':>10}{'time ratio':>12}{'RSS ratio':>11}")
    for program in programs:
        samples = {name: [] for name, _ in engines}
        outputs = {}
        for _ in range(runs):
            for name, command in engines:
                result = run_one(command + [str(program)], timeout)
                if result is None:
                    continue
                samples[name].append(result[:2])
                outputs[name] = result[2]
        medians = {name: (median([t for t, _ in s]), median([r for _, r in s])) for name, s in samples.items() if s}
        if "yieldjs" not in medians:
            failed = True
            print(f"{program.stem:<30}yieldjs failed")
            continue
        if len(set(outputs.values())) > 1:
            failed = True
            print(f"{program.stem:<30}outputs differ between engines")
        ours = medians["yieldjs"]
        print(f"{program.stem:<30}{'yieldjs':<16}{ours[0]:>9.3f}{ours[1]:>10.1f}")
        for name, _ in engines[1:]:
            if name not in medians:
                continue
            t, r = medians[name]
            print(f"{'':<30}{name:<16}{t:>9.3f}{r:>10.1f}{ours[0] / t:>12.3f}{ours[1] / r:>11.3f}")
    return failed


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
    ap.add_argument("--only", help="run only the bench/*.js or Octane program with this file stem")
    ap.add_argument("--no-micro", action="store_true", help="skip the microbenchmark binaries")
    ap.add_argument("--no-js", action="store_true", help="skip the bench/*.js programs")
    ap.add_argument("--no-octane", action="store_true", help="skip Octane")
    ap.add_argument("--runs", type=int, default=5, help="runs per bench/*.js program and engine (default 5)")
    ap.add_argument("--timeout", type=int, default=600, help="seconds per Octane program (default 600)")
    args = ap.parse_args(argv)

    build_dir = Path(args.build_dir)
    engine = build_dir / "yieldjs"
    if not os.access(engine, os.X_OK):
        sys.exit(f"bench.py: {engine} not found (build it with `make build`)")
    if not args.no_micro:
        run_micro(build_dir)
    js_failed = False
    if not args.no_js:
        js_programs = sorted(BENCH_DIR.glob("*.js"))
        if args.only:
            js_programs = [p for p in js_programs if p.stem == args.only]
        js_failed = run_js(engine, js_programs, args.runs, args.timeout)
    if args.no_octane:
        return 1 if js_failed else 0

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
    return 1 if failed or js_failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
