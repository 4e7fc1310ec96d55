/*
 * The C tests' harness, shared by test.c (numbers, deadlines, journals,
 * C-specific checks) and test_dcd.c (documents): one counter of passed and
 * failed checks, and helpers over the last-error API.
 */
#ifndef KAZCUSTOMS_TEST_HARNESS_H
#define KAZCUSTOMS_TEST_HARNESS_H

#include "json.h"
#include "kazcustoms.h"

#if defined(__GNUC__) || defined(__clang__)
#define HARNESS_PRINTF(fmt, args) __attribute__((format(printf, fmt, args)))
#else
#define HARNESS_PRINTF(fmt, args)
#endif

/* The number of checks that passed and failed so far. */
extern unsigned long passed;
extern unsigned long failed;

/* Records one check; on failure prints "FAIL: " and the formatted context.
 * Returns `ok`. */
int check(int ok, const char *fmt, ...) HARNESS_PRINTF(2, 3);

/* The name of a result code, e.g. "INVALID_DOCUMENT". */
const char *result_name(kazcustoms_result r);

/* The last error's rule id ("" when none), in a per-thread buffer. */
const char *last_rule(void);

/* The last error's message in `lang` (malloc'd; free it), or NULL; read
 * with the length query first. */
char *last_message(const char *lang);

/* The last error's JSON path (malloc'd; free it; "" when none), or NULL;
 * read with the length query first. */
char *last_path(void);

/* Checks that the last call failed with `expected`, an empty rule and a
 * non-empty message in every language. */
void check_input_error(kazcustoms_result r, kazcustoms_result expected, const char *what);

/* Reads and parses DIR/NAME; returns the text (free() it) and the tree in
 * `*out` (json_free() it), or NULL after a failed check. */
char *read_vectors(const char *dir, const char *name, json_value **out);

/* The document tests of test_dcd.c: tests/vectors/dcd.json and the
 * C-specific checks of the document functions. */
void test_dcd(const char *dir);

#endif /* KAZCUSTOMS_TEST_HARNESS_H */
