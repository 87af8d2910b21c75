# Quick start: `make demo` renders the bundled example, `make test` runs every check.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
OUT ?= out

.PHONY: demo test bench bench-quick bench-readme templates data pictures format clean system-deps

# The tests convert documents with LibreOffice (fonts-liberation2 gives Times New Roman's
# metrics with every Vietnamese letter; fonts-liberation 1.x lacks 92 of them), read PDFs
# with poppler-utils, and accept tracked changes through LibreOffice's python3-uno.
# The web form's tests drive Debian's chromium with Playwright (its own browser downloads
# are not used). softhsm2 is the software PKCS#11 token the signing tests sign with.
# Installed here when missing (Debian, as root), so that `make test` runs on a fresh machine.
SYSTEM_PACKAGES := libreoffice-writer-nogui fonts-liberation2 poppler-utils python3-uno chromium softhsm2

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@ $(VENV)/.installed

demo: $(VENV)/.installed
	$(BIN)/giaoban validate examples/
	$(BIN)/giaoban render examples/nam-song-hau-2022.yaml examples/nam-song-hau-2023.yaml \
	  examples/nam-song-hau-2026.yaml -o $(OUT)

# Without root (or without apt-get), say exactly what to install instead of failing
# inside apt-get.
system-deps:
	@if ! command -v soffice >/dev/null || ! command -v pdftotext >/dev/null \
	    || ! test -e /usr/lib/python3/dist-packages/uno.py \
	    || ! test -d /usr/share/fonts/truetype/liberation2 \
	    || ! test -x /usr/bin/chromium \
	    || ! command -v softhsm2-util >/dev/null; then \
	  if [ "$$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then \
	    echo "The tests need LibreOffice, fonts, poppler, chromium and SoftHSM, which are not installed."; \
	    echo "Install them as root, then run make test again:"; \
	    echo "  sudo apt-get update && sudo apt-get install -y $(SYSTEM_PACKAGES)"; \
	    echo "(not Debian or Ubuntu: install LibreOffice Writer with its Python UNO bridge,"; \
	    echo " the Liberation 2 fonts and poppler's pdftotext, chromium and SoftHSM 2 with your system's tools)"; \
	    exit 1; \
	  fi; \
	  echo "Installing $(SYSTEM_PACKAGES) for the tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	    apt-get install -y -qq $(SYSTEM_PACKAGES) >/dev/null; \
	fi

test: $(VENV)/.installed-test system-deps
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest

# Each figure beside its yardstick, written to bench/results/latest.json; bench-quick: only
# issue 16's yardsticks (start-up, render warm and on an empty cache, re-render, PDF to 10).
# bench-readme: that run's table into README.md, and its file kept as bench/results.json.
bench: $(VENV)/.installed-test
	$(BIN)/python bench/run.py

bench-quick: $(VENV)/.installed-test
	$(BIN)/python bench/run.py --quick

bench-readme: | $(BIN)/python
	$(BIN)/python -m bench.readme

# The default Word templates are built by code (and checked by a test against it), then
# compiled into giaoban/render/compiled/ so that a render needs no compiling (shipped.py).
templates: $(VENV)/.installed
	$(BIN)/python -m giaoban.render.default_templates templates

# giaoban/data/*.json: the shipped YAML data (gazetteer, MTTQ) as JSON, read at start-up
# instead of parsing the YAML (which stays the one home; a test checks they agree).
data: $(VENV)/.installed
	$(BIN)/python -m giaoban.gazetteer

# The pictures in README.md, from the real output (needs LibreOffice and poppler-utils).
pictures: $(VENV)/.installed-test
	$(BIN)/giaoban render examples/nam-song-hau-2022.yaml -o $(OUT)/pictures --pdf
	pdftoppm -png -r 90 -f 1 -l 1 -singlefile $(OUT)/pictures/nam-song-hau-2022-bien-ban.pdf docs/images/bien-ban-trang-1
	pdftoppm -png -r 90 -f 1 -l 1 -singlefile $(OUT)/pictures/nam-song-hau-2022-tin-bai.pdf docs/images/tin-bai-trang-1
	$(BIN)/python -m tests.sign_picture $(OUT)/pictures/signed
	$(BIN)/python docs/screenshot_serve.py

format: $(VENV)/.installed-test
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) $(OUT) build *.egg-info
