#!/usr/bin/env python3
"""Runs test262 against yieldjs and compares the outcome with tests/test262/expected_failures.txt.

    tests/test262/run.py [PATH...] [--engine CMD] [-j N] [--timeout S] [--update] [--report] ...

PATHs select directories or files of the suite (`test/language/expressions/class`, `language/statements`,
or an absolute path); without any, the scope is test/built-ins, test/language and test/annexB (intl402 and
staging are left out). Interpretation follows test262's INTERPRETING.md: a test without the onlyStrict,
noStrict, raw or module flag is run twice, and each execution is one *run* with the id
`<path under test/> (<mode>)`, mode being `non-strict`, `strict`, `module` or `raw`.

Engine contract (what `yieldjs --test262` must implement; the runner relies on nothing else):

    yieldjs --test262 [--module] [--strict] [--max-heap-mb N] [--prelude FILE]... TEST_FILE

  * One fresh realm. Before anything runs, its global object gets `print` and `$262` as writable,
    configurable, non-enumerable properties. `print(v)` writes ToString(v) and "\\n" to stdout. `$262` has
    AbstractModuleSource, createRealm, evalScript, gc, global, detachArrayBuffer and agent as
    INTERPRETING.md describes (no `IsHTMLDDA`). `$262.agent.start(source)` runs source in a new agent (a
    thread with a realm of its own, whose `$262.agent` has receiveBroadcast, report, leaving, sleep and
    monotonicNow); the main agent's has start, broadcast, getReport, sleep and monotonicNow. Every agent,
    the main one included, can block ([[CanBlock]] is true: Atomics.wait suspends it, as on Node's main
    thread), so the runner skips the CanBlockIsFalse tests.
  * Each `--prelude FILE` is evaluated, in the order given, as a classic non-strict script in that realm
    (the runner passes harness/assert.js, harness/sta.js, harness/doneprintHandle.js for async tests, then
    the test's `includes`).
  * Then TEST_FILE is evaluated: with `--module` as a module record loaded from its own path, whose import
    specifiers (static and dynamic) resolve relative to the importing file's directory, `*.json` files
    imported with `type: "json"` being JSON modules and any file imported with `type: "text"` a text module
    (the specifier `<module source>` need not resolve); otherwise as a classic script, and with `--strict` the script's source text is
    `"use strict";\\n` followed by the file's contents.
  * Then the job queues (promise jobs, timers) are drained until empty. Unhandled promise rejections are
    not errors.
  * Exit status 0: everything completed normally.
  * Exit status 1 with an uncaught exception (from a prelude, the test, or a job): the first line on stderr
    is `Uncaught ` followed by ToString of the thrown value, i.e. `Uncaught <name>: <message>` for Error
    objects and for harness/sta.js's Test262Error (which has no `name` property, only a toString). If
    ToString throws, print `Uncaught ` and something else that identifies the value.
  * Exit status 1 with a parse or early error in TEST_FILE, or an error while loading, parsing or linking the
    modules it imports: the first line on stderr contains the error's constructor name (`SyntaxError`,
    ...) and does NOT start with `Uncaught `. This is how the parse/resolution phase of negative tests is
    told apart from the runtime phase.
  * `--max-heap-mb N` caps the garbage-collected heap; running out of it may end the process with any
    status other than 0 (the runner sets a larger address-space limit as a backstop, see --address-space-mb).
  * Any other exit status, or death by a signal, is reported as a crash.

A run passes when: it completes with status 0 (non-negative tests); its stdout has a line
`Test262:AsyncTestComplete` and none starting with `Test262:AsyncTestFailure` (async tests, status 0); or
it fails with the expected error type in the expected phase (negative tests).

Every run that fails but is not listed in expected_failures.txt is a regression: the exit status is 1.
`--update` rewrites the list from this invocation's results (entries outside the selected paths stay,
reasons after ` # ` are kept). Results go to tests/test262/results/latest.json; `--report` (default scope
only) also writes docs/conformance.md.
"""

import argparse
import json
import os
import re
import resource
import select
import shlex
import shutil
import signal
import sys
import tempfile
import threading
import time
from pathlib import Path

import acceptance

REPO = Path(__file__).resolve().parents[2]
HERE = REPO / "tests" / "test262"
EXPECTED_FILE = HERE / "expected_failures.txt"
RESULTS_FILE = HERE / "results" / "latest.json"
CONFORMANCE_FILE = REPO / "docs" / "conformance.md"
DEFAULT_SCOPE = ("built-ins", "language", "annexB")
# Host capabilities that tests must opt into via `features` and that yieldjs's $262 does not provide.
UNSUPPORTED_HOST_FEATURES = frozenset({"IsHTMLDDA"})
OUTPUT_LIMIT = 1 << 20  # bytes of a run's stdout/stderr the runner looks at
MESSAGE_LIMIT = 300
EXPECTED_HEADER = """\
# test262 runs known to fail: one run id per line, `<path under test/> (<mode>)`, optionally followed by
# ` # reason`. A failing run not listed here is a regression and fails `make test`.
# Regenerate with `tests/test262/run.py --update` (reasons of entries that stay are kept).
"""


# ---------------------------------------------------------------------------------------------------------
# Frontmatter: the subset of YAML test262 uses (top-level scalars, flow lists, block lists, one-level maps,
# block scalars).

KEY_RE = re.compile(r"^([A-Za-z_][\w-]*):(.*)$")


def unquote(s):
    s = s.strip()
    if len(s) >= 2 and s[0] == s[-1] and s[0] in "'\"":
        return s[1:-1]
    return s


def parse_flow_list(text):
    inner = text[text.index("[") + 1:]
    close = inner.find("]")
    if close >= 0:
        inner = inner[:close]
    return [unquote(item) for item in inner.split(",") if item.strip()]


def parse_yaml_subset(source):
    meta = {}
    lines = source.split("\n")
    i = 0
    while i < len(lines):
        m = KEY_RE.match(lines[i])
        i += 1
        if not m:
            continue
        key, rest = m.group(1), m.group(2).strip()
        block = []
        while i < len(lines) and (not lines[i].strip() or lines[i][0] in " \t"):
            block.append(lines[i].strip())
            i += 1
        block = [line for line in block if line and not line.startswith("#")]
        if rest.startswith("["):
            meta[key] = parse_flow_list(" ".join([rest] + block))
        elif rest[:1] in ("|", ">"):
            meta[key] = "\n".join(block)
        elif rest:
            meta[key] = " ".join([unquote(rest)] + block)
        elif block and block[0].startswith("-"):
            meta[key] = [unquote(line[1:]) for line in block if line.startswith("-")]
        else:
            sub = {}
            for line in block:
                k, sep, v = line.partition(":")
                if sep:
                    sub[k.strip()] = unquote(v)
            meta[key] = sub
    return meta


def read_frontmatter(text):
    start = text.find("/*---")
    end = text.find("---*/", start)
    if start < 0 or end < 0:
        return {}
    return parse_yaml_subset(text[start + 5:end])


def as_list(value):
    if isinstance(value, list):
        return value
    return [value] if value else []


# ---------------------------------------------------------------------------------------------------------
# Tests and runs.

class Test:
    __slots__ = ("path", "file", "flags", "features", "includes", "negative")

    def __init__(self, path, file, meta):
        self.path = path  # relative to test/, '/'-separated
        self.file = file  # absolute
        self.flags = frozenset(as_list(meta.get("flags")))
        self.features = as_list(meta.get("features"))
        self.includes = as_list(meta.get("includes"))
        negative = meta.get("negative")
        self.negative = (negative.get("phase"), negative.get("type")) if isinstance(negative, dict) else None

    def modes(self):
        if "raw" in self.flags:
            return ("raw",)
        if "module" in self.flags:
            return ("module",)
        if "onlyStrict" in self.flags:
            return ("strict",)
        if "noStrict" in self.flags:
            return ("non-strict",)
        return ("non-strict", "strict")

    def skip_reason(self, can_block):
        unsupported = UNSUPPORTED_HOST_FEATURES.intersection(self.features)
        if unsupported:
            return "host does not provide " + ", ".join(sorted(unsupported))
        if "CanBlockIsFalse" in self.flags and can_block:
            return "needs [[CanBlock]] false"
        if "CanBlockIsTrue" in self.flags and not can_block:
            return "needs [[CanBlock]] true"
        return None


def run_id(path, mode):
    return f"{path} ({mode})"


def path_of_run_id(rid):
    return rid.rsplit(" (", 1)[0]


def normalize_selection(args, test262_dir):
    """Maps PATH arguments to '/'-separated paths relative to test/ ('' = all of test/)."""
    test_dir = (test262_dir / "test").resolve()
    if not args:
        return list(DEFAULT_SCOPE)
    selection = []
    for arg in args:
        p = Path(arg)
        candidates = [p] if p.is_absolute() else [test262_dir / p, test262_dir / "test" / p, Path.cwd() / p]
        found = next((c.resolve() for c in candidates if c.exists()), None)
        if found is None:
            sys.exit(f"run.py: no such test path: {arg}")
        try:
            rel = found.relative_to(test_dir).as_posix()
        except ValueError:
            sys.exit(f"run.py: {arg} is not inside {test_dir}")
        selection.append("" if rel == "." else rel)
    return selection


def in_selection(path, selection):
    return any(s == "" or path == s or path.startswith(s + "/") for s in selection)


def discover(test262_dir, selection):
    test_dir = test262_dir / "test"
    files = set()
    for sel in selection:
        root = test_dir / sel
        if root.is_file():
            files.add(sel)
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames.sort()
            rel_dir = Path(dirpath).relative_to(test_dir).as_posix()
            for name in filenames:
                if name.endswith(".js") and "_FIXTURE" not in name:
                    files.add(f"{rel_dir}/{name}")
    tests = []
    for rel in sorted(files):
        file = test_dir / rel
        with open(file, encoding="utf-8", errors="replace") as f:
            tests.append(Test(rel, str(file), read_frontmatter(f.read())))
    return tests


# ---------------------------------------------------------------------------------------------------------
# Executing runs.

def first_line(text):
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:MESSAGE_LIMIT]
    return ""


def uncaught_name(line):
    """The error name of an `Uncaught <name>: <message>` line, or None for a parse/resolution error line."""
    if not line.startswith("Uncaught "):
        return None
    return re.split(r"[:\s]", line[len("Uncaught "):], maxsplit=1)[0]


def judge(test, rc, stdout, stderr):
    """Returns (status, message) for a finished run; status is 'pass', 'fail' or 'crash'."""
    error = first_line(stderr)
    if rc not in (0, 1):
        why = f"killed by signal {-rc}" if rc < 0 else f"exit status {rc}"
        return "crash", f"{why}: {error}" if error else why
    if test.negative:
        phase, type_name = test.negative
        if rc == 0:
            return "fail", f"expected {type_name} ({phase} phase) but completed normally"
        name = uncaught_name(error)
        if phase == "runtime":
            ok = name == type_name
        else:
            ok = name is None and re.search(rf"(?<![\w$]){re.escape(type_name)}(?![\w$])", error) is not None
        if ok:
            return "pass", ""
        return "fail", f"expected {type_name} ({phase} phase), got: {error or '(no error output)'}"
    if rc != 0:
        return "fail", error or f"exit status {rc} without error output"
    if "async" in test.flags:
        lines = stdout.splitlines()
        failure = next((line for line in lines if line.startswith("Test262:AsyncTestFailure")), None)
        if failure is not None:
            return "fail", failure[:MESSAGE_LIMIT]
        if "Test262:AsyncTestComplete" not in lines:
            return "fail", "async test never printed Test262:AsyncTestComplete"
    return "pass", ""


def spawn_and_wait(cmd, file_actions, timeout):
    """Runs cmd (argv[0] absolute) and returns its exit status (negative: killed by that signal), or None
    if it ran longer than timeout seconds and was killed (with its whole process group). posix_spawn and
    a pidfd keep the per-run cost small: no fork of the runner, no polling loop."""
    pid = os.posix_spawn(cmd[0], cmd, os.environ, file_actions=file_actions, setpgroup=0)
    pidfd = os.pidfd_open(pid)
    try:
        poller = select.poll()
        poller.register(pidfd, select.POLLIN)
        timed_out = not poller.poll(timeout * 1000)
        if timed_out:
            os.killpg(pid, signal.SIGKILL)
    finally:
        os.close(pidfd)
    _, status = os.waitpid(pid, 0)
    return None if timed_out else os.waitstatus_to_exitcode(status)


class Executor:
    def __init__(self, engine, harness_dir, timeout, max_heap_mb, jobs, progress):
        self.base = engine + ["--test262", "--max-heap-mb", str(max_heap_mb)]
        self.harness = str(harness_dir)
        self.timeout = timeout
        self.jobs = jobs
        self.progress = progress

    def command(self, test, mode):
        cmd = list(self.base)
        if mode == "module":
            cmd.append("--module")
        elif mode == "strict":
            cmd.append("--strict")
        if mode != "raw":
            preludes = ["assert.js", "sta.js"]
            if "async" in test.flags:
                preludes.append("doneprintHandle.js")
            preludes += [name for name in test.includes if name not in preludes]
            for name in preludes:
                cmd += ["--prelude", os.path.join(self.harness, name)]
        cmd.append(test.file)
        return cmd

    def execute(self, runs):
        """Runs every (test, mode) pair; returns {run id: (status, message)}."""
        results = {}
        lock = threading.Lock()
        pending = iter(runs)
        total = len(runs)
        started = time.monotonic()

        def work():
            out = tempfile.TemporaryFile()
            err = tempfile.TemporaryFile()
            fds = (out.fileno(), err.fileno())
            actions = [(os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
                       (os.POSIX_SPAWN_DUP2, fds[0], 1), (os.POSIX_SPAWN_DUP2, fds[1], 2)]
            while True:
                with lock:
                    item = next(pending, None)
                if item is None:
                    break
                test, mode = item
                for fd in fds:
                    os.lseek(fd, 0, os.SEEK_SET)
                    os.ftruncate(fd, 0)
                try:
                    rc = spawn_and_wait(self.command(test, mode), actions, self.timeout)
                except OSError as e:
                    outcome = ("crash", f"could not start the engine: {e}")
                else:
                    if rc is None:
                        outcome = ("timeout", f"timed out after {self.timeout:g} s")
                    else:
                        stdout = os.pread(fds[0], OUTPUT_LIMIT, 0).decode("utf-8", "replace")
                        stderr = os.pread(fds[1], OUTPUT_LIMIT, 0).decode("utf-8", "replace")
                        outcome = judge(test, rc, stdout, stderr)
                with lock:
                    results[run_id(test.path, mode)] = outcome
                    self.progress.update(len(results), total, started)
            out.close()
            err.close()

        threads = [threading.Thread(target=work, daemon=True) for _ in range(self.jobs)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.progress.finish()
        return results


class Progress:
    def __init__(self, enabled):
        self.tty = enabled and sys.stderr.isatty()
        self.enabled = enabled
        self.last = 0.0
        self.next_decile = 1

    def update(self, done, total, started):
        if not self.enabled:
            return
        now = time.monotonic()
        if self.tty:
            if now - self.last >= 0.25 or done == total:
                self.last = now
                sys.stderr.write(f"\rtest262: {done}/{total} runs, {now - started:.0f} s")
                sys.stderr.flush()
        elif done * 10 >= self.next_decile * total:
            self.next_decile = done * 10 // total + 1
            print(f"test262: {done}/{total} runs, {now - started:.0f} s", file=sys.stderr, flush=True)

    def finish(self):
        if self.tty:
            sys.stderr.write("\n")


# ---------------------------------------------------------------------------------------------------------
# Expected failures, results, reports.

def read_expected(path):
    """Returns (leading comment block, {run id: reason}), or (None, None) when the file does not exist."""
    if not path.exists():
        return None, None
    header, expected = [], {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            if not expected:
                header.append(line + "\n")
            continue
        rid, _, reason = line.partition(" # ")
        expected[rid.strip()] = reason.strip()
    return "".join(header), expected


def write_expected(path, header, entries):
    lines = [header or EXPECTED_HEADER]
    for rid in sorted(entries):
        reason = entries[rid]
        lines.append(f"{rid} # {reason}\n" if reason else f"{rid}\n")
    path.write_text("".join(lines), encoding="utf-8")


def build_results(tests, results, skipped, meta):
    data = dict(meta)
    data["tests"] = {}
    for test in tests:
        runs = {}
        messages = {}
        for mode in test.modes():
            rid = run_id(test.path, mode)
            if rid not in results:
                continue
            status, message = results[rid]
            runs[mode] = status
            if status != "pass":
                messages[mode] = message
        if runs:
            entry = {"features": test.features, "flags": sorted(test.flags), "runs": runs}
            if messages:
                entry["messages"] = messages
            data["tests"][test.path] = entry
    data["skipped"] = skipped
    return data


def directory_key(path):
    parts = path.split("/")
    return "/".join(parts[:2]) if len(parts) > 2 else parts[0]


def write_conformance(path, data):
    per_dir = {}
    for test_path, entry in data["tests"].items():
        counts = per_dir.setdefault(directory_key(test_path), [0, 0])
        for status in entry["runs"].values():
            counts[0] += status == "pass"
            counts[1] += 1
    passed = sum(c[0] for c in per_dir.values())
    total = sum(c[1] for c in per_dir.values())
    out = ["# test262 conformance\n\n",
           "Generated by `make test262` (`tests/test262/run.py --report`); do not edit by hand.\n",
           "Scope: test/built-ins, test/language, test/annexB (intl402 and staging are not run). ",
           "Counts are per run: a test without the onlyStrict, noStrict, raw or module flag runs twice, ",
           "non-strict and strict. ",
           f"{len(data['skipped'])} tests are skipped: they need `$262.IsHTMLDDA` or an agent that cannot block.\n\n",
           f"**Total: {passed} / {total} runs pass ({acceptance.percent(passed, total)}).**\n\n",
           "## Acceptance figures\n\n",
           acceptance.markdown_table(acceptance.figures(data)),
           "\n## By directory\n\n",
           "| directory | passed | runs | % |\n| --- | ---: | ---: | ---: |\n"]
    for key in sorted(per_dir):
        p, t = per_dir[key]
        out.append(f"| {key} | {p} | {t} | {acceptance.percent(p, t)} |\n")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(out), encoding="utf-8")


# ---------------------------------------------------------------------------------------------------------

def resolve_engine(spec):
    argv = shlex.split(spec)
    program = argv[0]
    located = shutil.which(program) if os.sep not in program else None
    located = located or (str(Path(program).resolve()) if Path(program).exists() else None)
    if not located or not os.access(located, os.X_OK):
        sys.exit(f"run.py: engine not found or not executable: {program} (build it with `make build`)")
    return [os.path.abspath(located)] + argv[1:]


def parse_args(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", help="test directories or files (default: built-ins, language, annexB)")
    ap.add_argument("--engine", default=os.environ.get("YJS_ENGINE", str(REPO / "build" / "release" / "yieldjs")),
                    help="engine command line (default: $YJS_ENGINE or build/release/yieldjs)")
    ap.add_argument("--test262-dir", default=os.environ.get("TEST262_DIR", str(REPO.parent / "shared" / "test262")),
                    help="test262 checkout (default: $TEST262_DIR or ../shared/test262)")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds per run (default 10)")
    ap.add_argument("--max-heap-mb", type=int, default=1024, help="passed to the engine (default 1024)")
    ap.add_argument("--address-space-mb", type=int, default=8192,
                    help="RLIMIT_AS for the engine processes, 0 for none (default 8192; use 0 under ASan)")
    ap.add_argument("--cannot-block", action="store_true",
                    help="run CanBlockIsFalse tests instead of CanBlockIsTrue ones (the engine's agent can block)")
    ap.add_argument("--expected", default=str(EXPECTED_FILE), help="expected-failures file")
    ap.add_argument("--update", action="store_true", help="rewrite the expected-failures file from the results")
    ap.add_argument("--report", action="store_true", help="also write docs/conformance.md (default scope only)")
    ap.add_argument("--results", default=str(RESULTS_FILE), help="where to write the JSON results")
    ap.add_argument("--summary-file", help="write {passed, failed, note} (failed = regressions) as JSON here")
    ap.add_argument("--show", type=int, default=50, help="how many failures to list (default 50)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every failure and fixed run")
    ap.add_argument("-q", "--quiet", action="store_true", help="no progress output")
    return ap.parse_args(argv)


def list_runs(title, rids, results, limit):
    if not rids or limit <= 0:
        return
    print(f"{title}:")
    for rid in rids[:limit]:
        status, message = results[rid]
        print(f"  {rid}: {status}: {message}" if status != "pass" else f"  {rid}")
    if len(rids) > limit:
        print(f"  ... and {len(rids) - limit} more (-v lists all)")


def main(argv):
    args = parse_args(argv)
    test262_dir = Path(args.test262_dir)
    if not (test262_dir / "test").is_dir() or not (test262_dir / "harness").is_dir():
        sys.exit(f"run.py: no test262 checkout at {test262_dir} (set TEST262_DIR)")
    engine = resolve_engine(args.engine)
    selection = normalize_selection(args.paths, test262_dir)
    default_scope = not args.paths
    if args.report and not default_scope:
        sys.exit("run.py: --report needs the default scope (no PATH arguments)")

    started = time.monotonic()
    tests = discover(test262_dir, selection)
    runs, skipped = [], {}
    for test in tests:
        reason = test.skip_reason(can_block=not args.cannot_block)
        if reason:
            skipped[test.path] = reason
        else:
            runs.extend((test, mode) for mode in test.modes())

    if args.address_space_mb > 0:
        limit = args.address_space_mb << 20
        resource.setrlimit(resource.RLIMIT_AS, (limit, resource.getrlimit(resource.RLIMIT_AS)[1]))
    # Output beyond this size (an endless print loop) kills the engine with SIGXFSZ instead of filling the disk.
    resource.setrlimit(resource.RLIMIT_FSIZE, (256 << 20, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))

    executor = Executor(engine, test262_dir / "harness", args.timeout, args.max_heap_mb, max(1, args.jobs),
                        Progress(not args.quiet))
    results = executor.execute(runs)

    expected_path = Path(args.expected)
    header, expected = read_expected(expected_path)
    known = expected or {}
    # An unexpected timeout or crash gets one more run, alone-ish and with a longer time limit, so that a
    # loaded machine is not reported as a regression; a real regression fails the second time too. So does
    # an unexpected failure of a multi-agent test (atomicsHelper.js): those give agents a fixed time
    # ($262.agent.timeouts) to reach an Atomics.wait, which a loaded machine may not grant.
    def may_be_flaky(test, mode):
        status = results[run_id(test.path, mode)][0]
        if run_id(test.path, mode) in known:
            return False
        return status in ("timeout", "crash") or (status == "fail" and "atomicsHelper.js" in test.includes)

    flaky = [(test, mode) for test, mode in runs if may_be_flaky(test, mode)]
    if flaky and not args.update:
        print(f"test262: running {len(flaky)} unexpected timeouts, crashes and multi-agent failures again")
        retry = Executor(engine, test262_dir / "harness", args.timeout * 3, args.max_heap_mb, 1, Progress(False))
        results.update(retry.execute(flaky))
    elapsed = time.monotonic() - started
    failing = sorted(rid for rid, (status, _) in results.items() if status != "pass")
    unexpected = [rid for rid in failing if rid not in known]
    fixed = sorted(rid for rid in known if rid in results and results[rid][0] == "pass")
    stale = sorted(rid for rid in known if rid not in results and in_selection(path_of_run_id(rid), selection))
    passed = len(results) - len(failing)

    data = build_results(tests, results, skipped, {
        "test262_dir": str(test262_dir.resolve()), "engine": engine, "selection": selection,
        "default_scope": default_scope, "elapsed_seconds": round(elapsed, 1),
        "summary": {"runs": len(results), "passed": passed, "failed": len(failing),
                    "unexpected": len(unexpected), "fixed": len(fixed), "skipped_tests": len(skipped)}})
    results_path = Path(args.results)
    results_path.parent.mkdir(parents=True, exist_ok=True)
    results_path.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    if args.report:
        write_conformance(CONFORMANCE_FILE, data)

    limit = len(results) if args.verbose else args.show
    if expected is None and not args.update:
        print(f"test262: {expected_path} does not exist: every run is expected to pass")
    list_runs("unexpected failures (regressions)", unexpected, results, limit)
    if args.verbose:
        list_runs("fixed (listed as expected failures, now pass)", fixed, results, limit)
    if fixed:
        print(f"fixed: {len(fixed)} — run with --update to shrink the list")
    if stale:
        print(f"stale: {len(stale)} listed runs were not run (test gone or skipped) — --update drops them")
    if args.update:
        entries = {rid: reason for rid, reason in known.items()
                   if not in_selection(path_of_run_id(rid), selection)}
        entries.update((rid, known.get(rid, "")) for rid in failing)
        write_expected(expected_path, header, entries)
        print(f"updated {expected_path}: {len(entries)} entries "
              f"(+{len(unexpected)}, -{len(fixed) + len(stale)})")
    timeouts = sum(1 for status, _ in results.values() if status == "timeout")
    crashes = sum(1 for status, _ in results.values() if status == "crash")
    regressions = 0 if args.update else len(unexpected)
    if args.summary_file:
        known_failures = len(failing) - len(unexpected)
        Path(args.summary_file).write_text(json.dumps({"passed": passed, "failed": regressions,
                                                       "note": f"{known_failures} known failures"}))
    print(f"test262: {passed} passed, {len(failing)} failed ({len(failing) - len(unexpected)} expected, "
          f"{len(unexpected)} unexpected; {timeouts} timeouts, {crashes} crashes), "
          f"{len(skipped)} tests skipped, {elapsed:.0f} s")
    return 1 if regressions else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
