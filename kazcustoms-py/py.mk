# Python layer targets (included by the root Makefile; PY and VENV come from it).
#
#   make test-py    install kazcustoms into the venv (pip, as a user would),
#                   then pytest, mypy.stubtest on the stubs, mypy --strict on
#                   the tests (with tests/typed_usage.py), the example, the bench
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

.PHONY: py-install bench-py

# `pip install ./kazcustoms-py` builds the wheel with maturin (fetched by pip
# into an isolated build environment) exactly as on a user's machine.
py-install: venv
	$(PY) -m pip install -q ./kazcustoms-py

test-py: py-install
	$(PY) -m pytest -q kazcustoms-py/tests
	$(PY) -m mypy.stubtest kazcustoms
	$(PY) -m mypy --strict kazcustoms-py/tests examples/python/example.py kazcustoms-py/bench

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
