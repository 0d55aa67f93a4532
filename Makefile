# Everything a fresh clone needs: `make ask Q="..."`, `make app`, `make test`.
# Each target creates the virtual environment on first use. torch is installed
# first, pinned to the CPU wheel that lies on these machines' disk; then the
# project with its test extras, constrained so nothing upgrades torch.
VENV ?= .venv
PY   := $(VENV)/bin/python
STAMP := $(VENV)/.liftqa-installed
PYTHON ?= python3

.PHONY: setup ask ingest app test lint
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

test: setup
	$(VENV)/bin/ruff check src tests ingest.py app.py
	$(VENV)/bin/mypy
	$(VENV)/bin/pytest
