# dpwallet: two commands for a new user (see README.md)
#   make run   creates .venv if missing, installs dpwallet, starts the app
#   make test  installs the dev extras and runs the whole suite offscreen

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev

.PHONY: run test lint typecheck bench screenshots check-python clean catalogs

check-python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "dpwallet needs Python 3.11 or newer. Install it, then run make again.")'

$(PY): | check-python
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	@touch $@

$(DEVSTAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP) $@

catalogs: $(STAMP)
	$(PY) -m dpwallet.i18n.compile

run: $(STAMP) catalogs
	@sh packaging/system-deps.sh run
	$(PY) -m dpwallet

test: $(DEVSTAMP) catalogs
	@sh packaging/system-deps.sh test
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n 2 -q -p no:cacheprovider --ignore=tests/gui
	# Qt widgets in their own run, so a Qt fault never hides the core suite's result.
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n 2 -q -p no:cacheprovider tests/gui

lint: $(DEVSTAMP)
	$(VENV)/bin/ruff check dpwallet tests bench
	$(VENV)/bin/mypy

bench: $(DEVSTAMP) catalogs
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

screenshots: $(DEVSTAMP) catalogs
	@sh packaging/system-deps.sh screenshots
	xvfb-run -a -s "-screen 0 1400x1000x24" $(PY) -m dpwallet.ui.screenshots docs/screenshots

clean:
	rm -rf $(VENV) build dist *.egg-info
