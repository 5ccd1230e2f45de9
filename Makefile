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

.PHONY: install run test pdf clean chromium serve

$(PY):
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

install: $(STAMP)

run: install
	$(VENV)/bin/extract run raw --out output

# the report test renders in Debian's Chromium; install it where missing (needs root, as on CI)
chromium:
	@command -v chromium >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; } || echo "warning: could not install chromium; the report rendering test will be skipped outside CI"

test: install chromium
	$(PY) -m pytest -q

# regenerate the PDF deck in raw/ from the sample deck's slides
pdf: install
	$(PY) -m tests.fixtures.pdfs raw/mext_intl_slides_2024-05-09.pdf

clean:
	rm -rf output .prefect .pytest_cache

# scheduled re-extraction: a served deployment (starts a local Prefect server unless PREFECT_API_URL is set)
serve: install
	$(VENV)/bin/extract serve raw --out output $(if $(INTERVAL),--interval $(INTERVAL)) $(if $(CRON),--cron "$(CRON)")
