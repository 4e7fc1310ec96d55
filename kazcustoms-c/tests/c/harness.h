/*
 * The C tests' harness, shared by test.c (numbers, deadlines, journals,
 * C-specific checks), test_dcd.c (documents) and test_issue4.c (calendar,
 * guarantee, short declaration, arrival, journal export): one counter of
 * passed and failed checks, helpers over the last-error API, and the
 * options and reports of the document vectors.
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

/* The value of a JSON number as an integer, or -1 when it is not one. */
long long as_integer(const json_value *value);

/* The effective options of a case as JSON text (malloc'd; free() it): the
 * file's options with the case's members put over them (merged at the top
 * level), and `lang` over both unless it is NULL. With `drop_nulls`, a
 * member whose effective value is null is left out (as the Rust harnesses
 * of short_declaration.json and arrival.json do); without, it is written as
 * null (dcd.json, guarantee.json). The core reads both as "not given". */
char *options_text(const json_value *file, const json_value *kase, const char *lang, int drop_nulls);

/* The report language the options ask for ("en" when they do not). */
const char *options_lang(const json_value *file, const json_value *kase);

/* Sorts and deduplicates `n` strings in place; returns the new count. */
size_t sort_unique(const char **ids, size_t n);

/* "[A, B, C]" of `n` strings into `out`. */
void join(const char **ids, size_t n, char *out, size_t size);

/* Checks the shape of a report (README "The report") in `lang`: every
 * violation has a rule, field, source, severity, item and sheet, a message
 * in `lang` equal to its `messages[lang]`, non-empty messages in kk, ru and
 * en; `ok` is "no violation of severity error". Returns the parsed report
 * (json_free() it) or NULL after a failed check. */
json_value *parse_report(const char *name, const char *json, const char *lang);

/* The sorted, deduplicated rule ids of a report (malloc'd array of
 * borrowed strings; free() it) and their count. */
const char **report_rules(const json_value *report, size_t *count);

/* The document tests of test_dcd.c: tests/vectors/dcd.json and the
 * C-specific checks of the document functions. */
void test_dcd(const char *dir);

/* The tests of issue 4 in test_issue4.c: tests/vectors/{calendar,
 * guarantee,short_declaration,arrival}.json and the C-specific checks of
 * the calendar, lifecycle, arrival and journal export functions. */
void test_issue4(const char *dir);

/* The name-keyed functions, the class mapping of the result codes with
 * kazcustoms_last_error_input(), the DCD copies and capitals, in
 * test_api.c. */
void test_api(void);

/* The guarantee office handle, in test_office.c. */
void test_office(void);

#endif /* KAZCUSTOMS_TEST_HARNESS_H */
