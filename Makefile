# The README's verbs. Each target installs what it needs, so both work from a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= data/warehouse.duckdb

.PHONY: install system-deps run serve test lint etl demo bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

etl: install
	$(BIN)/phoihop etl data/raw --db $(DB)

# Chromium draws chart images and reports; without it (no root, no sudo) the dashboard still runs.
system-deps:
	@bash tests/install_system_deps.sh || echo "warning: Debian packages missing; chart images and reports need chromium"

run: etl system-deps
	$(BIN)/phoihop dashboard --db $(DB)

# N dashboard processes behind Caddy with sticky sessions (README, "Many viewers"); Caddy from Debian if missing.
N ?= 2
PORT ?= 8501
serve: etl system-deps
	@command -v caddy >/dev/null 2>&1 || { SUDO=""; [ "$$(id -u)" -eq 0 ] || SUDO=sudo; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends caddy >/dev/null; }
	$(BIN)/phoihop serve --db $(DB) --processes $(N) --port $(PORT)

# 5,000 simulated articles in their own warehouse (never the real one), served with a banner on every page.
demo: install
	@[ -d data/demo_corpus/articles ] || $(BIN)/phoihop simulate --articles 5000 --seed 42 --out data/demo_corpus
	$(BIN)/phoihop etl data/demo_corpus/articles --db data/demo.duckdb
	$(BIN)/phoihop dashboard --db data/demo.duckdb

bench: install
	$(BIN)/phoihop bench --json benchmarks/results.json

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# ruff, then the type checker (zero errors; its settings are pyproject.toml's [tool.mypy]), then the tests.
test: install
	bash tests/install_system_deps.sh
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/pytest -q

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache build *.egg-info data/*.duckdb data/*.duckdb.* data/*.crawl.sqlite* data/demo_corpus
