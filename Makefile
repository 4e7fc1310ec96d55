# kazcustoms: the two commands of the README are `make run` and `make test`.
# Everything they need (a Python virtual environment with maturin, pytest,
# mypy; cbindgen as a Rust dev-dependency) is installed by them.
# `make install PREFIX=/usr/local DESTDIR=` installs the C library (headers,
# shared library with SONAME, static library, pkg-config and CMake files):
# kazcustoms-c/install.mk. CMake (for the install test) comes into the venv.

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
	$(PY) -m pip install -q "maturin>=1.7,<2" "pytest>=8" "mypy>=1.10" "pydantic>=2.7,<3" "holidays==0.108" "cmake>=3.16" "numpy>=1.26"
	$(PY) -m pip install -q "dask[distributed]>=2024" "pandas>=2"
	touch $@

test-rust:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings
	$(CARGO) test --workspace --exclude kazcustoms-py
	RUSTDOCFLAGS="-D warnings" $(CARGO) doc --no-deps -q -p kazcustoms-core
	$(MAKE) --no-print-directory test-package test-msrv

# The declared minimum Rust version (rust-version in Cargo.toml), checked by
# building every target with exactly that toolchain: the default rustc when it
# is that version (this machine's one toolchain), else rustup's `cargo +1.95.0`.
MSRV := $(shell sed -n 's/^rust-version = "\(.*\)"/\1/p' Cargo.toml)
# rustup names a release by all three numbers (1.95 is the toolchain 1.95.0).
MSRV_TOOLCHAIN := $(if $(word 3,$(subst ., ,$(MSRV))),$(MSRV),$(MSRV).0)
.PHONY: test-package test-msrv
test-msrv:
	@v=$$(rustc --version | cut -d' ' -f2); \
	if [ "$$v" = "$(MSRV)" ] || [ "$${v%.*}" = "$(MSRV)" ]; then \
	  echo "the default toolchain is rustc $$v, the declared MSRV"; \
	  $(CARGO) check -q --workspace --all-targets --locked; \
	elif rustup run $(MSRV_TOOLCHAIN) rustc --version > /dev/null 2>&1; then \
	  $(CARGO) +$(MSRV_TOOLCHAIN) check -q --workspace --all-targets --locked; \
	else \
	  echo "the declared MSRV $(MSRV) is neither the default rustc ($$v) nor installed (rustup toolchain install $(MSRV_TOOLCHAIN))"; exit 1; \
	fi
	@echo "the workspace builds with its declared rust-version $(MSRV)"

# kazcustoms-core as published: `cargo package` builds the .crate (with the
# vectors its tests read), then the packaged crate's tests run from the
# unpacked package, where nothing of the repository is reachable.
CORE_VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
test-package:
	$(CARGO) package -q -p kazcustoms-core --allow-dirty
	$(CARGO) test -q --manifest-path target/package/kazcustoms-core-$(CORE_VERSION)/Cargo.toml \
		--target-dir target --locked --tests
	@ls -l target/package/kazcustoms-core-$(CORE_VERSION).crate

run-rust:
	$(CARGO) run -q -p kazcustoms-example

include kazcustoms-py/py.mk
include kazcustoms-c/c.mk
include fuzz/fuzz.mk
