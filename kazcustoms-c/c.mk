# C layer targets (included by the root Makefile, which defines CC, CXX,
# CFLAGS_STRICT, CXXFLAGS_STRICT, C_LIBS and CARGO).
#
#   make test-c   build libkazcustoms, check the committed header against
#                 cbindgen, run the C tests (tests/vectors: numbers, deadline,
#                 journal, dcd, calendar, guarantee, short_declaration,
#                 arrival, mrp, cp1251; the report handle against the JSON
#                 report; and C-specific checks)
#                 under AddressSanitizer/UndefinedBehaviorSanitizer, and
#                 build and run the C and C++ examples under them too; then
#                 the C tests once more, unsanitized, under valgrind (when
#                 installed: memory errors and definite leaks fail)
#   make test-c-header
#                 compile include/kazcustoms.h as C89, C99, C11, C17, C2x and
#                 C++11, C++14, C++17, C++20, and include/kazcustoms.hpp as
#                 C++17 and C++20 (-pedantic-errors -Wall -Wextra -Werror
#                 -Wundef; kazcustoms-c/tests/header/); part of test-c
#   make test-c-install
#                 install into a temporary prefix and build C and C++
#                 programs against it with pkg-config and with CMake (from
#                 the venv), shared and static, outside this Makefile
#                 (kazcustoms-c/tests/install/run.sh); part of test-c
#   make install PREFIX=/usr/local DESTDIR=
#                 install the C library: kazcustoms-c/install.mk
#   make run-c    build and run examples/c and examples/cpp
#   make bench-c  time kazcustoms_validate_json on tests/bench/dcd_{1,100}_items.json
#                 (-O2, release static library); compare with
#                 cargo bench -p kazcustoms-core --bench dcd
#
# Everything built here goes to target/c/.

C_OUT := target/c
C_STATIC := target/debug/libkazcustoms.a
C_RELEASE_STATIC := target/release/libkazcustoms.a
C_SANITIZE := -fsanitize=address,undefined -fno-omit-frame-pointer -g
C_SAN_ENV := ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
C_TEST_SRC := kazcustoms-c/tests/c/test.c kazcustoms-c/tests/c/test_vectors.c kazcustoms-c/tests/c/test_dcd.c \
	kazcustoms-c/tests/c/test_calendar.c kazcustoms-c/tests/c/test_guarantee.c \
	kazcustoms-c/tests/c/test_short_declaration.c kazcustoms-c/tests/c/test_arrival.c \
	kazcustoms-c/tests/c/test_api.c kazcustoms-c/tests/c/test_office.c \
	kazcustoms-c/tests/c/test_reference.c kazcustoms-c/tests/c/test_escort.c kazcustoms-c/tests/c/test_csv.c \
	kazcustoms-c/tests/c/test_report.c kazcustoms-c/tests/c/harness.c kazcustoms-c/tests/c/json.c
C_NUMBERS := examples/data/numbers.txt

.PHONY: c-lib bench-c test-c-header test-c-install

C_HEADER_C_STDS := c89 c99 c11 c17 c2x
C_HEADER_CXX_STDS := c++11 c++14 c++17 c++20
C_HEADER_CXX_WRAPPER_STDS := c++17 c++20
C_HEADER_WARN := -pedantic-errors -Wall -Wextra -Werror -Wundef

c-lib:
	$(CARGO) build -p kazcustoms-c

test-c-header:
	@mkdir -p $(C_OUT)
	@for std in $(C_HEADER_C_STDS); do \
	  echo "$(CC) -std=$$std $(C_HEADER_WARN) -Wstrict-prototypes include/kazcustoms.h"; \
	  $(CC) -std=$$std $(C_HEADER_WARN) -Wstrict-prototypes -Iinclude \
	    -c kazcustoms-c/tests/header/std.c -o $(C_OUT)/header-$$std.o; \
	done
	@for std in $(C_HEADER_CXX_STDS); do \
	  echo "$(CXX) -std=$$std $(C_HEADER_WARN) include/kazcustoms.h"; \
	  $(CXX) -std=$$std $(C_HEADER_WARN) -Iinclude \
	    -x c++ -c kazcustoms-c/tests/header/std.c -o $(C_OUT)/header-$$std.o; \
	done
	@for std in $(C_HEADER_CXX_WRAPPER_STDS); do \
	  echo "$(CXX) -std=$$std $(C_HEADER_WARN) include/kazcustoms.hpp"; \
	  $(CXX) -std=$$std $(C_HEADER_WARN) -Iinclude \
	    -c kazcustoms-c/tests/header/std.cpp -o $(C_OUT)/header-hpp-$$std.o; \
	done
	@echo "the header compiles as $(C_HEADER_C_STDS) $(C_HEADER_CXX_STDS); kazcustoms.hpp as $(C_HEADER_CXX_WRAPPER_STDS)"

# CMake comes from the venv (pip's cmake package), so that a fresh machine
# gets it from make test.
test-c-install: venv
	MAKE="$(MAKE)" CC="$(CC)" CXX="$(CXX)" CMAKE="$(abspath $(VENV))/bin/cmake" \
		kazcustoms-c/tests/install/run.sh

test-c: c-lib test-c-header test-c-install
	$(CARGO) test -p kazcustoms-c
	@mkdir -p $(C_OUT)
	$(CC) $(CFLAGS_STRICT) $(C_SANITIZE) -Iinclude -Ikazcustoms-c/tests/c \
		$(C_TEST_SRC) $(C_STATIC) $(C_LIBS) -o $(C_OUT)/test
	$(CC) $(CFLAGS_STRICT) $(C_SANITIZE) -Iinclude \
		examples/c/example.c $(C_STATIC) $(C_LIBS) -o $(C_OUT)/example-asan
	$(CXX) $(CXXFLAGS_STRICT) $(C_SANITIZE) -Iinclude \
		examples/cpp/example.cpp $(C_STATIC) $(C_LIBS) -o $(C_OUT)/example-cpp-asan
	$(C_SAN_ENV) $(C_OUT)/example-asan $(C_NUMBERS) > $(C_OUT)/example.out \
		|| { cat $(C_OUT)/example.out; exit 1; }
	$(C_SAN_ENV) $(C_OUT)/example-cpp-asan $(C_NUMBERS) > $(C_OUT)/example-cpp.out \
		|| { cat $(C_OUT)/example-cpp.out; exit 1; }
	@echo "C and C++ examples ran cleanly under ASan/UBSan"
	$(C_SAN_ENV) $(C_OUT)/test tests/vectors
	$(CC) $(CFLAGS_STRICT) -g -Iinclude -Ikazcustoms-c/tests/c \
		$(C_TEST_SRC) $(C_STATIC) $(C_LIBS) -o $(C_OUT)/test-plain
	@if command -v valgrind > /dev/null; then \
	  echo "valgrind $(C_OUT)/test-plain tests/vectors"; \
	  valgrind -q --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite \
	    $(C_OUT)/test-plain tests/vectors > $(C_OUT)/valgrind.out 2>&1 \
	    || { tail -n 40 $(C_OUT)/valgrind.out; exit 1; }; \
	  tail -n 1 $(C_OUT)/valgrind.out; echo "C tests ran cleanly under valgrind"; \
	else \
	  echo "NOTE: valgrind is not installed: the C tests ran under ASan/UBSan only"; \
	fi

run-c: c-lib
	@mkdir -p $(C_OUT)
	$(CC) $(CFLAGS_STRICT) -Iinclude examples/c/example.c $(C_STATIC) $(C_LIBS) -o $(C_OUT)/example
	$(CXX) $(CXXFLAGS_STRICT) -Iinclude examples/cpp/example.cpp $(C_STATIC) $(C_LIBS) -o $(C_OUT)/example-cpp
	$(C_OUT)/example $(C_NUMBERS)
	@echo
	$(C_OUT)/example-cpp $(C_NUMBERS)

bench-c:
	$(CARGO) build --release -p kazcustoms-c
	@mkdir -p $(C_OUT)
	$(CC) $(CFLAGS_STRICT) -O2 -Iinclude kazcustoms-c/bench/bench_validate.c $(C_RELEASE_STATIC) \
		$(C_LIBS) -o $(C_OUT)/bench_validate
	$(C_OUT)/bench_validate tests/bench
include kazcustoms-c/install.mk
