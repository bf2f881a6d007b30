# zhanji: every target sets up what it needs. Only Python 3.11 is assumed.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SHARED ?= ../shared

.PHONY: run test bench lexicons model clean help

help:
	@echo "make run    - set up .venv and extract corpus/ into annotations/extracted.jsonl"
	@echo "make test   - set up .venv and run the test suite"
	@echo "make bench  - throughput, memory and start-up benchmarks"
	@echo "make lexicons - regenerate pipeline/lexicons/gazetteer_cn.tsv from cpca"

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found (zhanji needs Python 3.11)" >&2; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

$(VENV): $(STAMP)

run: $(STAMP)
	$(BIN)/zhanji extract corpus/ -o annotations/extracted.jsonl

# the review tests run a real doccano server: its own environment (.venv-doccano) is set up first
test: $(STAMP)
	$(BIN)/python -m pipeline.review.server
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python -m pipeline.bench

lexicons: $(STAMP)
	$(BIN)/python -m pip install --quiet "cpca==0.5.5"
	$(BIN)/python -m pipeline.lexicons.build_gazetteer

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
