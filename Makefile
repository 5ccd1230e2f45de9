# Two commands for a fresh clone: `make run` and `make test`. The venv is created once and
# reinstalled only when pyproject.toml changes.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-dev

# Prefect's embedded API, kept inside the project and offline (see ../shared/STACK.md).
export PREFECT_HOME ?= $(CURDIR)/.prefect
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS ?= 90
export PREFECT_SERVER_ANALYTICS_ENABLED ?= false
export DO_NOT_TRACK ?= 1
export PREFECT_LOGGING_LEVEL ?= INFO

.PHONY: install run test pdf clean

$(PY):
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

install: $(STAMP)

run: install
	$(VENV)/bin/extract run raw --out output

test: install
	$(PY) -m pytest -q

# regenerate the PDF deck in raw/ from the sample deck's slides
pdf: install
	$(PY) -m tests.fixtures.pdfs raw/mext_intl_slides_2024-05-09.pdf

clean:
	rm -rf output .prefect .pytest_cache
