# Fetch Hive Python SDK: every task of the project. `make test` and `make demo` work from a fresh clone.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Put the venv first on PATH so the generator's ruff post-hooks use the pinned ruff.
export PATH := $(CURDIR)/$(BIN):$(PATH)
STAMP := $(VENV)/.installed-stamp
GENERATOR := $(BIN)/openapi-python-client generate --path openapi.yaml --config generator-config.yaml --custom-template-path templates --meta none --fail-on-warning
GEN_PACKAGE := fetch_hive_api
# fetch-hive-sdk 0.4.1 has the same import name as ours: it lives in a folder of its own and runs
# in subprocesses with PYTHONPATH=$(OLD_SDK) (compatibility tests, benchmarks).
OLD_SDK := .vendor/fetch-hive-sdk-0.4.1
MOCK_HOST ?= 127.0.0.1
MOCK_PORT ?= 8765

.PHONY: install regenerate check-generated lint typecheck test unit-test contract-test mock demo bench bench-tools clean

install: $(STAMP) $(OLD_SDK)/.stamp

$(OLD_SDK)/.stamp:
	$(PYTHON) -m pip install --quiet --disable-pip-version-check --no-deps --target $(OLD_SDK) fetch-hive-sdk==0.4.1
	touch $@

$(STAMP): requirements/dev.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements/dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

# Rebuild generated/ from openapi.yaml (models from templates/), and the sync clients from
# their async sources. The output folder is removed first because --overwrite only clears
# api/ and models/.
regenerate: $(STAMP)
	rm -rf generated
	$(GENERATOR) --output-path generated/$(GEN_PACKAGE)
	touch generated/$(GEN_PACKAGE)/py.typed
	$(BIN)/python scripts/unasync.py

# Fails when the spec does not validate, or generated/ or the sync clients differ from a
# fresh regeneration.
check-generated: $(STAMP)
	$(BIN)/openapi-spec-validator openapi.yaml
	rm -rf .check-generated && mkdir -p .check-generated
	$(GENERATOR) --output-path .check-generated/$(GEN_PACKAGE) > /dev/null
	touch .check-generated/$(GEN_PACKAGE)/py.typed
	diff -r --exclude=__pycache__ --exclude=.ruff_cache generated .check-generated || \
		{ echo "generated/ is stale: run 'make regenerate'"; rm -rf .check-generated; exit 1; }
	rm -rf .check-generated
	$(BIN)/python scripts/unasync.py --check

lint: $(STAMP)
	$(BIN)/ruff check wrapper reference_server tests bench examples scripts
	$(BIN)/ruff format --check wrapper reference_server tests bench examples scripts
	$(BIN)/openapi-spec-validator openapi.yaml

typecheck: $(STAMP)
	$(BIN)/mypy --strict wrapper/fetch_hive_sdk

unit-test: $(STAMP) $(OLD_SDK)/.stamp
	$(BIN)/python -m pytest

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

test: $(STAMP) check-generated lint typecheck unit-test contract-test

clean:
	rm -rf $(VENV) .check-generated .hypothesis .schemathesis .pytest_cache .mypy_cache .ruff_cache
