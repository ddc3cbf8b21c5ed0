# The two commands that matter: `make run` (serve the demo) and `make test`.
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PYTHON ?= python3
HOST ?= 127.0.0.1
PORT ?= 5000
export FLASK_APP := wsgi.py

.PHONY: install run test test-sqlite test-postgres lint security format worker beat benchmarks translations clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## Set up, migrate, seed the demo (first time only) and serve on http://$(HOST):$(PORT)
run: install
	$(BIN)/flask db upgrade
	$(BIN)/flask award demo
	@$(BIN)/flask award logins
	HOST=$(HOST) PORT=$(PORT) $(BIN)/flask award serve

## Lint and the security checks, then the whole suite on SQLite (AWARD_TEST_DATABASE=postgres
## for PostgreSQL)
test: install lint security
	$(BIN)/pytest

test-postgres: install
	AWARD_TEST_DATABASE=postgres $(BIN)/pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

## bandit on the code (every finding fails), pip-audit on the installed packages (a known
## vulnerability fails; no network only warns)
security: install
	$(BIN)/bandit -q -c pyproject.toml -r award workers config.py wsgi.py
	$(BIN)/python scripts/audit_dependencies.py

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

## The production path locally: needs REDIS_URL (and usually DATABASE_URL)
worker: install
	$(BIN)/celery -A wsgi.celery worker --loglevel INFO

beat: install
	$(BIN)/celery -A wsgi.celery beat --loglevel INFO

benchmarks: install
	$(BIN)/python benchmarks/assignment.py --nominations 10000 --reviewers 1000 --k 3 --conflict-rate 0.05
	$(BIN)/python benchmarks/ranking.py --nominations 10000 --reviews 3 --criteria 6
	$(BIN)/python benchmarks/sqlite_writers.py --writers 10 --seconds 60
	$(BIN)/python benchmarks/load.py --users 16 --seconds 10

## Re-extract the strings marked for translation, update es/fr/pt, compile the .mo files
translations: install
	$(BIN)/pybabel extract -F babel.cfg -k _l -k lazy_gettext -k N_plural:1,2 --no-location --sort-output \
		-o award/translations/messages.pot .
	$(BIN)/pybabel update -i award/translations/messages.pot -d award/translations --no-fuzzy-matching
	$(BIN)/pybabel compile -d award/translations

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
