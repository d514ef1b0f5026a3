# Fetch Hive Python SDK: every task of the project. `make test` and `make demo` work from a fresh clone.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

# The interpreter that makes .venv must be Python 3.11 or newer: checked before anything is
# created (`make clean` needs none), and before PATH gets .venv/bin below, so that `python3`
# is the caller's. The probe runs under any Python, even 2.7, to say which one was found.
GOALS := $(or $(MAKECMDGOALS),install)
ifneq ($(filter-out clean,$(GOALS)),)
PYTHON_PROBE := import os, sys; v = sys.version_info; sys.stdout.write("%s %d.%d.%d %s" % ("ok" if v >= (3, 11) else "old", v[0], v[1], v[2], os.path.realpath(sys.executable)))
FOUND_PYTHON := $(shell $(PYTHON) -c '$(PYTHON_PROBE)' 2>/dev/null)
FOUND_VERSION := $(word 2,$(FOUND_PYTHON))
FOUND_EXECUTABLE := $(wordlist 3,99,$(FOUND_PYTHON))
ifneq ($(word 1,$(FOUND_PYTHON)),ok)
SUGGESTED_PYTHON := $(or $(firstword $(foreach p,python3.13 python3.12 python3.11,$(if $(shell $(p) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null && echo y),$(p)))),python3.11)
$(error Python 3.11 or newer is needed ($(if $(FOUND_PYTHON),found $(FOUND_VERSION) at $(FOUND_EXECUTABLE),"$(PYTHON)" does not run)); run `make PYTHON=$(SUGGESTED_PYTHON) $(GOALS)`)
endif
# pyvenv.cfg names the interpreter that made .venv: a .venv made by another one (or without
# bin/python) is made anew.
VENV_VERSION := $(shell sed -n 's/^version *= *//p' $(VENV)/pyvenv.cfg 2>/dev/null)
VENV_EXECUTABLE := $(shell sed -n 's/^executable *= *//p' $(VENV)/pyvenv.cfg 2>/dev/null)
ifneq ($(VENV_VERSION) $(VENV_EXECUTABLE)$(if $(wildcard $(BIN)/python),, none),$(FOUND_VERSION) $(FOUND_EXECUTABLE))
VENV_STALE := FORCE
endif
endif

# Put the venv first on PATH so the generator's ruff post-hooks use the pinned ruff.
export PATH := $(abspath $(BIN)):$(PATH)
# fetch-hive-sdk 0.4.1 has the same import name as ours: it lives in a folder of its own and runs
# in subprocesses with PYTHONPATH=$(OLD_SDK) (compatibility tests, benchmarks).
OLD_SDK := .vendor/fetch-hive-sdk-0.4.1
MOCK_HOST ?= 127.0.0.1
MOCK_PORT ?= 8765
# Other interpreters for other-pythons-test: `auto` (every other CPython 3.11+ found here),
# `none`, or a list of commands or paths.
OTHER_PYTHONS ?= auto

.PHONY: install regenerate check-generated lint typecheck test extra-test ci unit-test aiohttp-test slow-test contract-test other-pythons-test mutation coverage mock demo bench bench-tools clean FORCE

install: $(STAMP) $(OLD_SDK)/.stamp

$(OLD_SDK)/.stamp: | $(VENV)/pyvenv.cfg
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --target $(OLD_SDK) fetch-hive-sdk==0.4.1
	touch $@

$(VENV)/pyvenv.cfg: $(VENV_STALE)
	@if [ -e $(VENV) ]; then echo "$(VENV) was made by $(or $(VENV_EXECUTABLE),another Python) $(VENV_VERSION), not by $(FOUND_EXECUTABLE) $(FOUND_VERSION): making it anew"; fi
	rm -rf $(VENV)
	$(FOUND_EXECUTABLE) -m venv $(VENV)

$(STAMP): $(VENV)/pyvenv.cfg requirements/dev.txt pyproject.toml
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements/dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

# Rebuild generated/ from openapi.yaml (models and operation descriptors from templates/,
# the SDK's namespaces and 0.4.1 methods from templates/sdk/: scripts/generate.py), then the
# sync clients from their async sources.
regenerate: $(STAMP)
	$(BIN)/python scripts/generate.py
	$(BIN)/python scripts/unasync.py

# Fails when the spec does not validate, or generated/ or the sync clients differ from a
# fresh regeneration.
check-generated: $(STAMP)
	$(BIN)/openapi-spec-validator openapi.yaml
	$(BIN)/python scripts/generate.py --check
	$(BIN)/python scripts/unasync.py --check

lint: $(STAMP)
	$(BIN)/ruff check wrapper reference_server tests bench examples scripts
	$(BIN)/ruff format --check wrapper reference_server tests bench examples scripts
	$(BIN)/openapi-spec-validator openapi.yaml

typecheck: $(STAMP)
	$(BIN)/mypy --strict wrapper/fetch_hive_runtime wrapper/fetch_hive_sdk reference_server/fetch_hive_reference

# pytest's workers (pytest-xdist): `auto` is one per core. The tests of one mypy run stay on
# one worker (loadgroup); the slow and packaging tests are slow-test's.
PYTEST_WORKERS ?= auto
XDIST := -n $(PYTEST_WORKERS) --dist loadgroup

unit-test: $(STAMP) $(OLD_SDK)/.stamp
	$(BIN)/python -m pytest $(XDIST) -m "not slow and not packaging" --durations=15

# The bench harness end to end and the wheel built and installed into fresh venvs: minutes
# of toolchain work, run by CI (`make ci`) and before a release.
slow-test: $(STAMP) $(OLD_SDK)/.stamp
	$(BIN)/python -m pytest $(XDIST) -m "slow or packaging" --durations=15

# The async tests again, with every AsyncFetchHive pool the SDK makes on AioHttpClient
# (httpx over aiohttp) instead of httpx's transport: the test files that make async clients
# (those given an http_client=, MockTransport..., keep it; see tests/conftest.py).
ASYNC_TESTS = $(shell grep -rlE 'AsyncFetchHive|fetch_hive_async_client' tests --include='test_*.py' | grep -v '^tests/packaging/' | sort)
aiohttp-test: $(STAMP) $(OLD_SDK)/.stamp
	FETCH_HIVE_TEST_TRANSPORT=aiohttp $(BIN)/python -m pytest $(XDIST) -m "not slow and not packaging" $(ASYNC_TESTS)

# schemathesis CLI against the reference server on a live loopback socket.
contract-test: $(STAMP) $(OLD_SDK)/.stamp
	$(BIN)/python scripts/schemathesis_live.py

# The local reference server (development key: see README).
mock: $(STAMP)
	$(BIN)/python -m fetch_hive_reference --host $(MOCK_HOST) --port $(MOCK_PORT)

# The examples against the reference server on a free loopback port.
demo: $(STAMP)
	$(BIN)/python examples/run_demo.py

# Side-by-side benchmarks; writes bench/RESULTS.md. The server benchmark's load generator,
# wrk, comes from Debian's packages.
bench: $(STAMP) $(OLD_SDK)/.stamp bench-tools
	$(BIN)/python bench/run_all.py

bench-tools:
	@command -v wrk >/dev/null || { command -v apt-get >/dev/null && \
		{ apt-get install -y -q wrk || { apt-get update -q && apt-get install -y -q wrk; }; }; } || \
		{ echo "wrk is needed for the server benchmark: install Debian's package 'wrk'"; exit 1; }

# tests/wrapper, tests/webhooks and tests/cli under every other CPython 3.11+ found on this
# machine (OTHER_PYTHONS), each in its own venv under $(VENV)/other-pythons/ made from the pins
# of requirements/dev.txt; says which interpreters it found, ran and skipped.
other-pythons-test: $(STAMP) $(OLD_SDK)/.stamp
	PYTEST_WORKERS=$(PYTEST_WORKERS) $(BIN)/python tests/packaging/other_pythons.py --venvs $(VENV)/other-pythons --pythons "$(OTHER_PYTHONS)"

# Every check of the code, side by side (scripts/steps.py: each step's output whole, then the
# time of each step).
TEST_STEPS := check-generated lint typecheck unit-test aiohttp-test contract-test
test: $(STAMP) $(OLD_SDK)/.stamp
	$(BIN)/python scripts/steps.py $(TEST_STEPS)

# The checks of minutes that make test leaves out: the suites under the other Pythons and the
# slow tests, side by side.
extra-test: $(STAMP) $(OLD_SDK)/.stamp
	$(BIN)/python scripts/steps.py other-pythons-test slow-test

# What CI runs (.ci/run): make test, then extra-test: every check there is.
ci:
	$(MAKE) --no-print-directory test
	$(MAKE) --no-print-directory extra-test

# Branch coverage of unit-test's tests, in every Python subprocess they start too (the CLI, the
# servers, the xdist workers: coverage's `patch = subprocess`); scripts/coverage_summary.py
# prints the figures and fails under 95 % for fetch_hive_sdk (the CLI included) or 90 % for
# the reference server.
coverage: $(STAMP) $(OLD_SDK)/.stamp
	rm -rf .coverage && mkdir .coverage
	COVERAGE_FILE=$(CURDIR)/.coverage/data $(BIN)/coverage run -m pytest $(XDIST) -q -m "not slow and not packaging"
	COVERAGE_FILE=$(CURDIR)/.coverage/data $(BIN)/python scripts/coverage_summary.py

# Mutation testing of the core modules (scripts/mutation.py): writes docs/mutation.md. About an
# hour on 2 cores; not part of make test.
MUTATION_JOBS ?= 2
mutation: $(STAMP) $(OLD_SDK)/.stamp
	$(BIN)/python scripts/mutation.py --jobs $(MUTATION_JOBS)

FORCE:

clean:
	rm -rf $(VENV) .check-generated .hypothesis .schemathesis .pytest_cache .mypy_cache .ruff_cache .mutation .coverage .coverage.*
