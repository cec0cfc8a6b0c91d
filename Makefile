# Two commands a newcomer needs: `make run` and `make test`. Both set up .venv when needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SAMPLE_DB := .brief/sample.db

.PHONY: run test lint setup clean bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml constraints.txt
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]' -c constraints.txt
	touch $(STAMP)

setup: $(STAMP)

## Open the app on the sample articles (ingested into a project-local database).
run: $(STAMP)
	$(BIN)/brief --db $(SAMPLE_DB) ingest --quiet sample_data
	$(BIN)/brief --db $(SAMPLE_DB)

## Run the whole test suite, then the linters.
test: $(STAMP)
	$(BIN)/python -m pytest
	$(MAKE) --no-print-directory lint

## ruff; mypy (configured in pyproject.toml); import-linter's layering contracts.
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache

clean:
	rm -rf $(VENV) .brief .pytest_cache
