#!/usr/bin/env python3
"""Hostile programs: runs every program of tests/robustness/hostile.txt (one per line) with `yieldjs -e` under
`--max-heap-mb 512` and a time limit, and checks that each ends with status 0 (a result) or 1 (an uncaught,
clean error): never a signal, an abort, a fatal exit (status 3) or a timeout.

    tests/robustness/hostile.py [--engine CMD] [-j N] [--timeout S] [--max-heap-mb MB] [--only SUBSTRING]
                                [--verbose] [--summary-file F]

`make test` (scripts/run_tests.py) runs it with --max-heap-mb 128, which exercises the same limits in a quarter
of the time the programs that fill the heap take at 512.

--verbose prints every program with its status, time and the last line of its stderr.
"""

import argparse
import concurrent.futures
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PROGRAMS = Path(__file__).with_name("hostile.txt")


def load_programs():
    return [line for line in PROGRAMS.read_text().splitlines() if line.strip() and not line.startswith("#")]


def run(engine, program, timeout, heap_mb):
    start = time.monotonic()
    try:
        proc = subprocess.run([engine, "--max-heap-mb", str(heap_mb), "-e", program], cwd=REPO,
                              capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "timeout", time.monotonic() - start, ""
    elapsed = time.monotonic() - start
    stderr = proc.stderr.decode("utf-8", "replace").strip().splitlines()
    last = stderr[-1] if stderr else ""
    if proc.returncode < 0:
        status = f"signal {signal.Signals(-proc.returncode).name}"
    else:
        status = str(proc.returncode)
    return status, elapsed, last[:160]


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--engine", default=str(REPO / "build" / "release" / "yieldjs"))
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--timeout", type=float, default=30.0, help="seconds per program (default 30)")
    ap.add_argument("--max-heap-mb", type=int, default=512)
    ap.add_argument("--only", help="run only the programs containing this substring")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--summary-file")
    args = ap.parse_args(argv)

    programs = load_programs()
    if args.only:
        programs = [p for p in programs if args.only in p]
    started = time.monotonic()
    failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        results = pool.map(lambda p: run(args.engine, p, args.timeout, args.max_heap_mb), programs)
        for program, (status, elapsed, last) in zip(programs, results):
            bad = status not in ("0", "1")
            failed += bad
            if bad or args.verbose:
                print(f"{'FAIL' if bad else 'ok  '} [{status:>14}] {elapsed:6.2f}s  {program}" +
                      (f"\n{'':29}{last}" if last else ""), flush=True)
    passed = len(programs) - failed
    print(f"hostile: {passed} passed, {failed} failed ({time.monotonic() - started:.1f}s)")
    if args.summary_file:
        Path(args.summary_file).write_text(json.dumps({"passed": passed, "failed": failed}))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
