# zhanji: every target sets up what it needs. Only Python 3.11 is assumed.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SHARED ?= ../shared
# a second environment with the pure-Python OpenCC binding instead of the official one
OCC_VENV  := .venv-opencc-py
OCC_STAMP := $(OCC_VENV)/.installed
OCC_TESTS := tests/test_opencc_binding.py tests/test_script.py tests/test_extract.py

.PHONY: run test bench bench-train lexicons model pipelines clean help

help:
	@echo "make run    - set up .venv and extract corpus/ into annotations/extracted.jsonl"
	@echo "make test   - set up .venv and run the test suite"
	@echo "make bench  - throughput, memory and start-up benchmarks"
	@echo "make model  - retrain the opt-in model models/zh-general (--model default; about 11 minutes)"
	@echo "make bench-train - the CRF training recipe on Resume, Weibo, CLUENER2020"
	@echo "make lexicons - regenerate pipeline/lexicons/gazetteer_cn.tsv from cpca"
	@echo "make pipelines - rewrite the spaCy pipelines models/rules-zh and models/rules-en"

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found (zhanji needs Python 3.11)" >&2; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev,train]"
	touch $(STAMP)

$(VENV): $(STAMP)

# same project, opencc-python-reimplemented in place of opencc (never both: same module folder)
$(OCC_STAMP): pyproject.toml
	test -x $(OCC_VENV)/bin/python || $(PYTHON) -m venv $(OCC_VENV)
	$(OCC_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(OCC_VENV)/bin/python -m pip install --quiet -e ".[dev]"
	$(OCC_VENV)/bin/python -m pip uninstall --quiet --yes opencc
	$(OCC_VENV)/bin/python -m pip install --quiet "opencc-python-reimplemented==0.1.7"
	touch $(OCC_STAMP)

# the default pipeline: rules and lexicons only (add `--model default` for models/zh-general)
run: $(STAMP)
	$(BIN)/zhanji extract corpus/ -o annotations/extracted.jsonl

# the review tests run a real doccano server: its own environment (.venv-doccano) is set up first
test: $(STAMP) $(OCC_STAMP)
	$(BIN)/python -m pipeline.review.server
	$(BIN)/python -m pytest -q
	ZHANJI_OPENCC_BINDING=opencc-python-reimplemented $(OCC_VENV)/bin/python -m pytest -q -p no:cacheprovider $(OCC_TESTS)

bench: $(STAMP)
	$(BIN)/python -m pipeline.bench

# the opt-in model (models/zh-general, `--model default`) and its development figures; reads the public data in $(SHARED)/data
model: $(STAMP)
	ZHANJI_SHARED=$(SHARED) $(BIN)/python -m pipeline.train.build_default

# the training recipe on the public benchmarks, next to published figures (long: not in CI)
bench-train: $(STAMP)
	ZHANJI_SHARED=$(SHARED) $(BIN)/python -m pipeline.train.bench review-order
	ZHANJI_SHARED=$(SHARED) $(BIN)/python -m pipeline.train.bench datasets resume weibo cluener --arch crf

# the shipped spaCy pipelines models/rules-zh and models/rules-en, from pipeline/pipelines/*.cfg
pipelines: $(STAMP)
	$(BIN)/python -m pipeline.package

lexicons: $(STAMP)
	$(BIN)/python -m pip install --quiet "cpca==0.5.5"
	$(BIN)/python -m pipeline.lexicons.build_gazetteer
	$(BIN)/python -m pipeline.rules.person_dictionary

clean:
	rm -rf $(VENV) $(OCC_VENV) build *.egg-info .pytest_cache
