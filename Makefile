# Quick start: `make demo` renders the bundled example, `make test` runs every check.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
OUT ?= out

.PHONY: demo test bench templates pictures format clean

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
	$(BIN)/giaoban render examples/nam-song-hau-2022.yaml examples/nam-song-hau-2023.yaml -o $(OUT)

test: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest

bench: $(VENV)/.installed-test
	$(BIN)/python bench/run.py

# The default Word templates are built by code (and checked by a test against it).
templates: $(VENV)/.installed
	$(BIN)/python -m giaoban.render.default_templates templates

# The pictures in README.md, from the real output (needs LibreOffice and poppler-utils).
pictures: $(VENV)/.installed
	$(BIN)/giaoban render examples/nam-song-hau-2022.yaml -o $(OUT)/pictures --pdf
	pdftoppm -png -r 90 -f 1 -l 1 -singlefile $(OUT)/pictures/nam-song-hau-2022-bien-ban.pdf docs/images/bien-ban-trang-1
	pdftoppm -png -r 90 -f 1 -l 1 -singlefile $(OUT)/pictures/nam-song-hau-2022-tin-bai.pdf docs/images/tin-bai-trang-1

format: $(VENV)/.installed-test
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) $(OUT) build *.egg-info
