# Everything a fresh clone needs: `make app`, `make test` (and `make ask Q="..."`).
# Each target creates the virtual environment on first use. torch is installed
# first, pinned to the CPU wheel that lies on these machines' disk; then the
# project with its test extras, constrained so nothing upgrades torch.
VENV ?= .venv
PY   := $(VENV)/bin/python
STAMP := $(VENV)/.liftqa-installed
PYTHON ?= python3

.PHONY: setup browser ask ingest app test
setup: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -c constraints.txt -e '.[test]'
	touch $(STAMP)

ask: setup
	$(VENV)/bin/liftqa ask "$(Q)"

ingest: setup
	$(PY) ingest.py

app: setup
	$(PY) app.py

# Browser tests drive Debian's chromium through Playwright (never `playwright install`).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	  else echo "chromium is missing: browser tests will be skipped (sudo apt-get install chromium)"; fi; }

test: setup browser
	$(VENV)/bin/ruff check src tests ingest.py app.py
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports
	$(VENV)/bin/pytest
