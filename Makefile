# kazcustoms: the two commands of the README are `make run` and `make test`.
# Everything they need (a Python virtual environment with maturin, pytest,
# mypy; cbindgen as a Rust dev-dependency) is installed by them.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
VENV ?= .venv
PY := $(VENV)/bin/python
CARGO ?= cargo
# make predefines CC=cc and CXX=g++; use gcc/g++ unless the caller chose.
ifeq ($(origin CC),default)
CC := gcc
endif
ifeq ($(origin CXX),default)
CXX := g++
endif
CFLAGS_STRICT := -std=c11 -Wall -Wextra -Werror -pedantic
CXXFLAGS_STRICT := -std=c++17 -Wall -Wextra -Werror -pedantic
C_LIBS := -lpthread -ldl -lm

.PHONY: run test test-rust test-py test-c venv run-rust run-py run-c bench

## The library's main job: the examples in all three languages.
run: run-rust run-py run-c

## Every test: Rust, Python, C, and each fuzz target for 20 s.
test: test-rust test-py test-c test-fuzz
	@echo "all test suites passed"

venv: $(VENV)/.ok
# Remade when this Makefile changes, so a venv made before a new test
# dependency (holidays, the calendar's peer) gets it.
$(VENV)/.ok: Makefile
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q "maturin>=1.7,<2" "pytest>=8" "mypy>=1.10" "pydantic>=2.7,<3" "holidays==0.108"
	$(PY) -m pip install -q "dask[distributed]>=2024" "pandas>=2"
	touch $@

test-rust:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings
	$(CARGO) test --workspace --exclude kazcustoms-py
	RUSTDOCFLAGS="-D warnings" $(CARGO) doc --no-deps -q -p kazcustoms-core

run-rust:
	$(CARGO) run -q -p kazcustoms-example

include kazcustoms-py/py.mk
include kazcustoms-c/c.mk
include fuzz/fuzz.mk
