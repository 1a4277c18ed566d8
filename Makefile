# Two entry points: `make run` (the product) and `make test` (the checks). Both bootstrap .venv.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test test-fast lint typecheck pytest clean

# uv installs into the venv (pip's resolver took 76 s of the test run's 10-minute budget on a
# fresh machine, uv 29 s). uv reads PyPI alone, not pip.conf's local wheel folders. Bytecode is
# compiled at install as pip did: without it twenty replicas starting at once each compiled the
# packages, and the suite took 617 s instead of 474.
$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(BIN)/uv: | $(BIN)/python
	$(BIN)/python -m pip install --quiet uv

INSTALL := $(BIN)/uv pip install --quiet --compile-bytecode --python $(BIN)/python

$(VENV)/.run-installed: pyproject.toml | $(BIN)/uv
	$(INSTALL) -e .
	touch $@

$(VENV)/.dev-installed: pyproject.toml | $(BIN)/uv
	$(INSTALL) -e ".[dev]"
	touch $@ $(VENV)/.run-installed

run: $(VENV)/.run-installed
	$(BIN)/evalassist serve --host $(HOST) --port $(PORT)

lint: $(VENV)/.dev-installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(VENV)/.dev-installed
	$(BIN)/mypy

# pytest exits 5 when it collected no test: a broken test tree, so say it and fail.
# The database tests also run on PostgreSQL when it is installed (scripts/with_postgres.sh).
# Two pytest-xdist workers, a test file each at a time (its module fixtures stay on one worker):
# serially the suite took 605-640 s on 2 cores, over the 10-minute budget; with two 502-506 s.
PYTEST_WORKERS ?= 2
pytest: $(VENV)/.dev-installed
	@scripts/with_postgres.sh $(BIN)/python -m pytest -n $(PYTEST_WORKERS) --dist loadfile $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests: the test tree is broken" >&2; fi; \
	exit $$rc

test: lint typecheck pytest

# The inner loop: everything but the browser tests (`make test` stays the whole suite and CI's).
test-fast: PYTEST_ARGS += -m "not e2e"
test-fast: lint typecheck pytest

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
