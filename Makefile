# Two commands on a fresh machine with only Python 3 and make:
#   make graph   set everything up and build the seed graph into graphs/
#   make test    set everything up and run the tests
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: graph test setup clean bench

graph: $(STAMP)
	$(BIN)/kg build seeds -o graphs
	@echo "Open the graph in a browser: file://$(CURDIR)/graphs/kg.html"

test: $(STAMP)
	$(BIN)/python -m pytest -q

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) out build *.egg-info
