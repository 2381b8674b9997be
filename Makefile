# Quick start: `make report` then `make test`. Both set up .venv on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
TABLE  := data/ziyang_2023_science_literacy_tasks.txt
STAMP  := $(VENV)/.installed

.PHONY: report test setup browser notebooks bench clean

setup: $(STAMP)

# Installed as users install it (not editable), so tests see what the wheel ships.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet ".[test]"
	touch $(STAMP)

# Reinstall zygraph itself (fast, no dependency resolution) so the run uses this checkout.
install: $(STAMP)
	$(BIN)/python -m pip install --quiet --no-deps --force-reinstall .

report: install
	$(BIN)/zygraph report $(TABLE) -o reports/ziyang_2023_science_literacy_tasks

# Headless Chromium and a CJK font for the browser tests (Debian packages; needs root or sudo).
browser:
	@command -v chromium >/dev/null 2>&1 && fc-list :lang=zh | grep -q . || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; }

test: install browser
	ZYGRAPH_REQUIRE_BROWSER=1 $(BIN)/python -m pytest -q -n auto

notebooks: install
	$(BIN)/python -m pip install --quiet jupyterlab
	$(BIN)/jupyter lab notebooks/

bench: install
	$(BIN)/python -m pip install --quiet igraph
	$(BIN)/python benchmarks/projection.py

clean:
	rm -rf $(VENV) build *.egg-info
