# Two commands set everything up on a fresh machine:
#   make demo   builds the example corpus into outputs/
#   make test   runs the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint readme dev-report eval-report dev-overlap clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else \
	  "kgraph needs Python 3.11 or newer; $(PYTHON) is " + sys.version.split()[0] + \
	  ": run make PYTHON=python3.11 (or newer)")'
	@echo "setting up $(VENV): installing kgraph and its dependencies (1-3 minutes, only once)"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/kgraph build examples/articles --out outputs

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests tools

# re-run the README's checked examples and write their real output into it
readme: $(STAMP)
	$(BIN)/python tests/test_docs.py --update

dev-report: $(STAMP)
	$(BIN)/python ../shared/eval/dev_report.py --kgraph $(BIN)/kgraph

# the project's own annotated sets, scored the same way (the scorer lives in ../shared/eval):
# held-out and the five phrasings sets are read by rule writers, blind and blind2 to blind5 never are
eval-report: $(STAMP)
	$(BIN)/python ../shared/eval/dev_report.py --kgraph $(BIN)/kgraph \
	  tests/data/heldout tests/data/phrasings tests/data/phrasings2 tests/data/phrasings3 \
	  tests/data/phrasings4 tests/data/phrasings5 tests/data/blind tests/data/blind2 \
	  tests/data/blind3 tests/data/blind4 tests/data/blind5

# repo lines sharing a 5-word run with the dev texts (which are for measuring, not copying);
# stock phrases are listed in tools/dev_overlap_allow.txt
dev-overlap: $(STAMP)
	$(BIN)/python tools/dev_overlap.py

clean:
	rm -rf $(VENV) outputs/graph.* outputs/.kgraph-cache .pytest_cache
