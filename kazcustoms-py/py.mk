# Python layer targets (included by the root Makefile; PY and VENV come from it).
#
#   make test-py    install kazcustoms into the venv (pip, as a user would),
#                   then pytest, mypy.stubtest on the stubs, mypy --strict on
#                   the tests (with tests/typed_usage.py), the example, the bench
#   make wheel      the abi3 manylinux wheel into target/wheels (maturin
#                   build --release --strip --compatibility manylinux_2_34),
#                   checked with auditwheel show: fails unless it is abi3
#                   and manylinux_2_34
#   make test-wheel that wheel installed into a fresh venv with no cargo or
#                   rustc on the PATH (pip --no-index), imported, a sample
#                   document validated (kazcustoms-py/tests/wheel_smoke.py);
#                   part of test-py
#   make run-py     the Python example
#   make bench-py   parse_number against a plain-Python baseline, then
#                   validate("dcd", dict) against a pydantic v2 model (and
#                   Rust's figure, read from target/criterion when
#                   `cargo bench -p kazcustoms-core --bench dcd` has run),
#                   then validate("short_declaration", dict) against Rust's
#                   typed validation and validate_json (`cargo bench -p
#                   kazcustoms-core --bench short_declaration`), then
#                   validate(kind, dict) of every registered kind against
#                   Rust's validate_json (`cargo bench -p kazcustoms-core
#                   --bench registry`)
#                   validate("tir_carnet", dict) against Rust's validate_json
#                   (`cargo bench -p kazcustoms-core --bench tir`), and
#                   validate("escort", dict), validate("security", dict)
#                   likewise (`--bench escort`, `--bench security`)

.PHONY: py-install bench-py wheel test-wheel

# `pip install ./kazcustoms-py` builds the wheel with maturin (fetched by pip
# into an isolated build environment) exactly as on a user's machine.
py-install: venv
	$(PY) -m pip install -q ./kazcustoms-py

test-py: py-install
	$(PY) -m pytest -q kazcustoms-py/tests
	$(PY) -m mypy.stubtest kazcustoms
	$(PY) -m mypy --strict kazcustoms-py/tests examples/python/example.py kazcustoms-py/bench
	$(MAKE) test-wheel

WHEEL_DIR := target/wheels
WHEEL_VENV := target/wheel-venv

# manylinux_2_34 (glibc 2.34): linked against this machine's glibc (2.36)
# without an old sysroot (no zig, no manylinux container), Rust's std uses
# symbols versioned up to GLIBC_2.34, so manylinux2014 (2.17) is refused by
# maturin's own check ("too-recent versioned symbols"); 2.34 is the oldest
# policy the binary meets. Built in a manylinux2014 container (or with
# `--zig`), the same target gives a 2.17 wheel. The abi3-py310 feature of
# pyo3 (kazcustoms-py/Cargo.toml) makes it abi3.
wheel: venv
	rm -f $(WHEEL_DIR)/kazcustoms-*.whl
	$(VENV)/bin/maturin build --quiet --release --strip --compatibility manylinux_2_34 \
		-m kazcustoms-py/Cargo.toml --out $(WHEEL_DIR)
	$(PY) -m pip install -q "auditwheel>=6,<7"
	$(VENV)/bin/auditwheel show $(WHEEL_DIR)/kazcustoms-*.whl | tee $(WHEEL_DIR)/auditwheel.txt
	tr -s ' \n' '  ' < $(WHEEL_DIR)/auditwheel.txt | grep -q 'consistent with the following platform tag: "manylinux_2_34_x86_64"'
	unzip -p $(WHEEL_DIR)/kazcustoms-*.whl 'kazcustoms-*.dist-info/WHEEL' | grep -qx 'Tag: cp310-abi3-manylinux_2_34_x86_64'
	@ls -l $(WHEEL_DIR)/kazcustoms-*.whl

# A fresh venv each time, made by the venv's own Python; PATH stripped to
# /usr/bin:/bin (rustup's cargo and rustc live in ~/.cargo/bin), no index.
test-wheel: wheel
	rm -rf $(WHEEL_VENV)
	$(PY) -m venv $(WHEEL_VENV)
	env PATH=/usr/bin:/bin $(WHEEL_VENV)/bin/python -m pip install -q --no-index $(WHEEL_DIR)/kazcustoms-*.whl
	cd /tmp && env PATH=/usr/bin:/bin $(CURDIR)/$(WHEEL_VENV)/bin/python $(CURDIR)/kazcustoms-py/tests/wheel_smoke.py $(CURDIR)/$(WHEEL_VENV)

run-py: py-install
	$(PY) examples/python/example.py

bench-py: py-install
	$(PY) kazcustoms-py/bench/bench_parse.py
	$(PY) kazcustoms-py/bench/bench_validate.py
	$(PY) kazcustoms-py/bench/bench_short_declaration.py
	$(PY) kazcustoms-py/bench/bench_registry.py
	$(PY) kazcustoms-py/bench/bench_tir.py
	$(PY) kazcustoms-py/bench/bench_escort.py
	$(PY) kazcustoms-py/bench/bench_security.py
	$(PY) kazcustoms-py/bench/bench_batch.py
