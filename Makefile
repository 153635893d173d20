# Expectations Workbook: one entry point for learners, facilitators and CI.
#
#   make lab     set up .venv (first run only) and open JupyterLab on the start notebook
#   make test    set up .venv, lint, then run every test (unit, doctest, notebooks, browser)
#   make help    list every target
#
# Variables can be overridden on the command line, e.g. `make lab LAB_PORT=8890`.

PYTHON      ?= python3
VENV        ?= .venv
LAB_IP      ?= 127.0.0.1
LAB_PORT    ?= 8888
LAB_ARGS    ?=
NOTEBOOKS   ?= notebooks
NBVAL_TIMEOUT ?= 180
PYTEST_ARGS ?=
LOCK_ARGS   ?=

BIN   := $(VENV)/bin
PY    := $(BIN)/python
STAMP := $(VENV)/.expectlib-installed
LOCK  := requirements/lock.txt

# Nothing below may wait for a keyboard: CI runs without stdin.
export PIP_NO_INPUT := 1
export PIP_DISABLE_PIP_VERSION_CHECK := 1
export PYTHONUTF8 := 1
MAKEFLAGS += --no-print-directory

NB_FILES   = $(sort $(wildcard $(NOTEBOOKS)/*.ipynb)) $(sort $(wildcard exercises/src/*.ipynb))
NBVAL_OPTS = --nbval-lax --nbval-current-env --nbval-cell-timeout=$(NBVAL_TIMEOUT) \
             --nbval-sanitize-with tests/nbval_sanitize.cfg
PYTEST     = $(PY) -m pytest

.DEFAULT_GOAL := help
.PHONY: help install lab test lint format unit nbtest browser bench data learner strip doctor \
        lock clean distclean goldens

help: ## List the targets with a one-line description
	@echo "Expectations Workbook: make <target>   (variables: PYTHON=$(PYTHON) LAB_IP=$(LAB_IP) LAB_PORT=$(LAB_PORT))"
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | \
	  awk 'BEGIN {FS = ":.*## "}; {printf "  %-10s %s\n", $$1, $$2}'

# ---- environment -------------------------------------------------------------------------

$(STAMP): $(LOCK) pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { \
	  echo "Python >= 3.11 is needed; '$(PYTHON)' is $$($(PYTHON) -V 2>&1). Run: make <target> PYTHON=python3.12" >&2; \
	  exit 1; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV) || { \
	  rm -rf $(VENV); \
	  echo "Could not create $(VENV). On Debian/Ubuntu run: sudo apt-get install python3-venv" >&2; \
	  exit 1; }
	@$(PY) -m pip --version >/dev/null 2>&1 || $(PY) -m ensurepip --upgrade >/dev/null
	@echo "Installing the pinned dependencies into $(VENV) (first run: 1-2 minutes)..."
	$(PY) -m pip install --quiet -r $(LOCK)
	$(PY) -m pip install --quiet --no-deps -e .
	$(PY) tools/jupyter_settings.py
	@touch $@

install: $(STAMP) ## Create .venv and install the pinned dependencies (instant when up to date)
	@echo "$(VENV) is up to date with $(LOCK) and pyproject.toml."

doctor: $(STAMP) ## Check the environment and print a fix for each problem
	$(PY) -m expectlib doctor

lab: $(STAMP) ## Start JupyterLab on notebooks/00_start_here.ipynb (LAB_IP, LAB_PORT, LAB_ARGS)
	$(PY) tools/run_lab.py --ip $(LAB_IP) --port $(LAB_PORT) $(LAB_ARGS)

# ---- checks ------------------------------------------------------------------------------

lint: $(STAMP) ## ruff check + ruff format --check (code and notebooks)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP) ## Apply ruff fixes and formatting, and strip notebook outputs
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(PY) tools/strip_notebooks.py

strip: $(STAMP) ## Strip outputs, execution counts and widget state from all notebooks
	$(PY) tools/strip_notebooks.py

unit: $(STAMP) ## Unit, property and widget tests + doctests (no notebooks, no browser)
	$(PYTEST) -m "not browser" --doctest-modules expectlib tests $(PYTEST_ARGS)

nbtest: $(STAMP) ## Execute every notebook in notebooks/ with nbval (lax mode)
ifeq ($(strip $(NB_FILES)),)
	@echo "No notebooks in $(NOTEBOOKS)/ yet; nothing to execute."
else
	$(PYTEST) $(NBVAL_OPTS) $(NB_FILES) $(PYTEST_ARGS)
endif

browser: $(STAMP) ## Browser tests only (Playwright + Debian chromium; tests/e2e)
	$(PYTEST) -m browser tests/e2e $(PYTEST_ARGS)

# One pytest run, ordered by tests/conftest.py: unit + doctests, then notebooks, then browser.
test: lint ## Set up, lint, then run all tests in one pytest run (unit, doctest, notebooks, browser)
	$(PYTEST) --doctest-modules $(NBVAL_OPTS) expectlib tests $(NB_FILES) $(PYTEST_ARGS)

# ---- content -----------------------------------------------------------------------------

bench: $(STAMP) ## Run every benchmarks/*.py and print its figures
	@set -e; files="$(wildcard benchmarks/*.py)"; \
	if [ -z "$$files" ]; then echo "No benchmarks/*.py yet."; fi; \
	for f in $$files; do echo "== $$f"; $(PY) $$f; done

data: $(STAMP) ## Regenerate data/ by running every data/generate_*.py (fixed seeds)
	@set -e; files="$(wildcard data/generate_*.py)"; \
	if [ -z "$$files" ]; then echo "No data/generate_*.py yet."; fi; \
	for f in $$files; do echo "== $$f"; $(PY) $$f; done

learner: $(STAMP) ## Regenerate the learner and solution exercise notebooks (tools/make_learner.py)
	@if [ -f tools/make_learner.py ]; then $(PY) tools/make_learner.py; \
	else echo "tools/make_learner.py does not exist yet; nothing to generate."; fi

goldens: $(STAMP) ## Rewrite tests/golden/ from the notebooks' checked cells (review the diff)
	$(PY) tools/update_goldens.py

# ---- maintenance -------------------------------------------------------------------------

lock: $(STAMP) ## Regenerate requirements/lock.txt with uv (maintainers; needs the package index)
	@test -x $(BIN)/uv || $(PY) -m pip install uv
	$(BIN)/uv pip compile pyproject.toml --extra notebooks --extra test --universal \
	  --python-version 3.11 -o $(LOCK) $(LOCK_ARGS)

clean: ## Remove caches, build files and test artifacts (keeps .venv)
	rm -rf .pytest_cache .ruff_cache .hypothesis build dist *.egg-info artifacts
	find . -path ./$(VENV) -prune -o \( -name __pycache__ -o -name .ipynb_checkpoints \) \
	  -type d -prune -exec rm -rf {} +

distclean: clean ## clean, and also delete .venv
	rm -rf $(VENV)
