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

.PHONY: install lint run test pdf clean system-deps serve fixtures fuzz bench

$(PY):
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

install: $(STAMP)

run: install
	$(VENV)/bin/extract run raw --out output

# Debian packages the tests use: Chromium renders the report, IPAex Gothic is the embedded TrueType
# font of the PDF fixtures, Tesseract with its Japanese data reads scanned pages (OCR). Installed where
# missing (needs root, as on CI).
system-deps:
	@missing=""; command -v chromium >/dev/null 2>&1 || missing="chromium chromium-driver"; \
	[ -f /usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf ] || missing="$$missing fonts-ipaexfont"; \
	command -v tesseract >/dev/null 2>&1 || missing="$$missing tesseract-ocr"; \
	tesseract --list-langs 2>/dev/null | grep -qx jpn || missing="$$missing tesseract-ocr-jpn"; \
	tesseract --list-langs 2>/dev/null | grep -qx jpn_vert || missing="$$missing tesseract-ocr-jpn-vert"; \
	if [ -n "$$missing" ]; then \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; } \
	  || echo "warning: could not install $$missing; tests needing them are skipped outside CI"; fi

# lint, types and the import layering (pyproject.toml), then the whole suite
lint: install
	$(VENV)/bin/ruff check src flows tests bench fuzz
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports --no-cache

test: install system-deps lint
	$(PY) -m pytest -q

# regenerate the PDF deck in raw/ from the sample deck's slides
pdf: install
	$(PY) -m tests.fixtures.pdfs raw/mext_intl_slides_2024-05-09.pdf

# regenerate the slide fixtures' gold (tests build the PDFs themselves)
fixtures: install system-deps
	$(PY) -m tests.fixtures.slides tests/data/slides && rm -f tests/data/slides/*.pdf

clean:
	rm -rf output .prefect .pytest_cache

# scheduled re-extraction: a served deployment (starts a local Prefect server unless PREFECT_API_URL is set)
serve: install
	$(VENV)/bin/extract serve raw --out output $(if $(INTERVAL),--interval $(INTERVAL)) $(if $(CRON),--cron "$(CRON)")

# coverage-guided fuzzing of the rules and the PDF ingest, FUZZ_SECONDS each (default 60)
FUZZ_SECONDS ?= 60
fuzz: install
	$(PY) -m pip install --quiet atheris
	mkdir -p .state/fuzz/rules .state/fuzz/pdf
	cp -n tests/data/fuzz/rules/* .state/fuzz/rules/ ; cp -n tests/data/fuzz/pdf/* .state/fuzz/pdf/
	$(PY) fuzz/fuzz_rules.py -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=4096 .state/fuzz/rules
	$(PY) fuzz/fuzz_pdf.py -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=4096 .state/fuzz/pdf

# benchmarks: the reference extractors (GiNZA, pyNormalizeNumExp) live in their own venv, .venv-bench:
# they need an older SudachiPy than the product, and never enter the product's environment
bench: install
	test -x .venv-bench/bin/python || $(PYTHON) -m venv .venv-bench
	.venv-bench/bin/python -m pip install --quiet ja-ginza pynormalizenumexp
	$(PY) bench/run_all.py --reference-python .venv-bench/bin/python
	$(PY) bench/startup.py
