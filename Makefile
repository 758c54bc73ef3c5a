# yieldjs: see README.md. Builds go to build/<preset> (presets in CMakePresets.json); PRESET picks one.
#   make / make build   install missing packages, configure and build (release)
#   make demo           build, then run the seed example programs and show their output
#   make test           build, then unit, golden and hostile-program tests, the test262 ratchet, fuzz smoke test
#   make test262        full test262 run: docs/conformance.md and the acceptance figures
#   make asan-test      unit and golden tests under AddressSanitizer + UBSan (build/asan)
#   make bench          microbenchmarks and Octane vs node --jitless (release build)
#   make format         clang-format the C++ sources
#   make clean          remove build/

PRESET ?= release
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
PYTHON ?= python3
BUILD := build/$(PRESET)
ENGINE := $(BUILD)/yieldjs

# Each recipe is parallel inside (ninja, the test runners); the steps themselves must run in order.
.NOTPARALLEL:
.PHONY: all build setup demo test test262 asan-test bench format clean

all: build

setup:
	@bash scripts/setup.sh

# Configure once per preset, again when the presets change (CMake re-runs itself when CMakeLists change).
build/%/build.ninja: CMakePresets.json | setup
	cmake --preset $*
	@touch $@

build: $(BUILD)/build.ninja
	cmake --build --preset $(PRESET) -j $(JOBS)

demo: build
	$(PYTHON) tests/js/run_golden.py --show --engine $(ENGINE) tests/js/seeds

# The fuzz smoke test runs the engine built with AddressSanitizer + UBSan.
test: build build/asan/build.ninja
	cmake --build --preset asan -j $(JOBS) --target yieldjs
	$(PYTHON) scripts/run_tests.py --build-dir $(BUILD) --fuzz-engine build/asan/yieldjs -j $(JOBS)

test262: build
	$(PYTHON) tests/test262/run.py --report --engine $(ENGINE) -j $(JOBS); status=$$?; \
	$(PYTHON) tests/test262/acceptance.py; exit $$status

asan-test: build/asan/build.ninja
	cmake --build --preset asan -j $(JOBS)
	$(PYTHON) scripts/run_tests.py --build-dir build/asan --suites unit,golden -j $(JOBS)

bench: build/release/build.ninja
	@if [ -f bench/CMakeLists.txt ]; then cmake --preset release -DYJS_BUILD_BENCH=ON >/dev/null; fi
	cmake --build --preset release -j $(JOBS)
	$(PYTHON) scripts/bench.py --build-dir build/release

format:
	find src include tools tests/unit bench \( -name '*.cpp' -o -name '*.h' \) -print0 | xargs -0 -r clang-format -i

clean:
	rm -rf build
