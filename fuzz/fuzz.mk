# Fuzzing (included by the root Makefile, which defines CARGO and PY).
#
#   make fuzz        run every fuzz target for FUZZ_SECONDS (default 300) each
#   make test-fuzz   the same for FUZZ_TEST_SECONDS (default 20) each: part of
#                    `make test`
#
# cargo-fuzz is installed into .tools/ (ignored by git) on first use; the
# targets build on the stable toolchain with RUSTC_BOOTSTRAP=1 (cargo-fuzz
# passes -Z flags) with AddressSanitizer, so the Rust side runs instrumented
# as the C tests do. The corpus of each target starts from the shared test
# vectors (fuzz/seeds.py) and grows under fuzz/corpus/ (ignored by git); a
# crash is written to fuzz/artifacts/<target>/ and fails the run.

FUZZ_TOOLS := .tools
CARGO_FUZZ := $(FUZZ_TOOLS)/bin/cargo-fuzz
FUZZ_TARGETS := numbers issue validate options calendar states journals
FUZZ_SECONDS ?= 300
FUZZ_TEST_SECONDS ?= 20
FUZZ_ENV := RUSTC_BOOTSTRAP=1 PATH="$(CURDIR)/$(FUZZ_TOOLS)/bin:$$PATH"
# The targets' own limits: 64 KiB inputs, 2 GiB of memory, 10 s per input.
FUZZ_FLAGS := -max_len=65536 -rss_limit_mb=2048 -timeout=10 -print_final_stats=1

.PHONY: fuzz test-fuzz fuzz-build

$(CARGO_FUZZ):
	$(CARGO) install cargo-fuzz --version "^0.13" --locked --root $(FUZZ_TOOLS) -q

fuzz-build: $(CARGO_FUZZ)
	cd fuzz && $(FUZZ_ENV) cargo fuzz build -O

# Runs each target for $(1) seconds and prints how many inputs it ran.
define fuzz_run
	@mkdir -p target/fuzz-log
	rm -rf fuzz/corpus-seed && python3 fuzz/seeds.py fuzz/corpus-seed
	@set -e; for t in $(FUZZ_TARGETS); do \
	  mkdir -p fuzz/corpus/$$t fuzz/corpus-seed/$$t; \
	  echo "fuzz: $$t for $(1) s"; \
	  if ! (cd fuzz && $(FUZZ_ENV) cargo fuzz run -O $$t corpus/$$t corpus-seed/$$t -- \
	        $(FUZZ_FLAGS) -max_total_time=$(1)) > target/fuzz-log/$$t.log 2>&1; then \
	    tail -n 60 target/fuzz-log/$$t.log; echo "fuzz: $$t FAILED (log: target/fuzz-log/$$t.log)"; exit 1; \
	  fi; \
	  grep -E '^Done [0-9]+ runs' target/fuzz-log/$$t.log | sed "s/^/fuzz: $$t: /"; \
	done
	rm -rf fuzz/corpus-seed
endef

fuzz: fuzz-build
	$(call fuzz_run,$(FUZZ_SECONDS))

test-fuzz: fuzz-build
	$(call fuzz_run,$(FUZZ_TEST_SECONDS))
