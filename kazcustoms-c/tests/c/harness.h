/*
 * The C tests' harness, shared by test.c (numbers, deadlines, journals,
 * C-specific checks), test_vectors.c (every document vector file of the
 * index, walked generically), test_dcd.c, test_calendar.c,
 * test_guarantee.c, test_short_declaration.c, test_arrival.c,
 * test_reference.c (what is particular to each subject), test_api.c and
 * test_office.c: one counter of
 * passed and failed checks, helpers over the last-error API, dates, and the
 * options, reports and rule sets of the vectors.
 */
#ifndef KAZCUSTOMS_TEST_HARNESS_H
#define KAZCUSTOMS_TEST_HARNESS_H

#include <stdbool.h> /* the tests are C11; kazcustoms.h itself has no bool */

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
/* A vector case's document text (malloc'd): its `document_text`, else its
 * `document` written as JSON. */
char *vector_document(const json_value *kase);

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

/* A date from its year, month and day (not checked). */
kazcustoms_date date_ymd(int32_t y, uint32_t m, uint32_t d);

/* The date of ISO "YYYY-MM-DD" text (0-0-0 when it is not one). */
kazcustoms_date date_iso(const char *s);

/* "YYYY-MM-DD" of a date into `out`. */
void date_format(kazcustoms_date d, char out[32]);

/* Whether two dates are the same day. */
int date_same(kazcustoms_date a, kazcustoms_date b);

/* Whether `a` and `b` are both strings and equal. */
int str_eq(const char *a, const char *b);

/* A JSON number that is an integer, into `*out`; 0 when it is not one. */
int json_integer(const json_value *v, long long *out);

/* Parses JSON text the library returned; NULL after a failed check named
 * `name`. */
json_value *parse_result(const char *name, const char *text);

/* Whether `a` and `b` are equal, an absent member counting as null. */
int same_json(const json_value *a, const json_value *b);

/* The text of a JSON value for messages, "absent" for NULL (malloc'd;
 * free() it). */
char *show_json(const json_value *v);

/* The rule ids of a JSON array, sorted and deduplicated (malloc'd array of
 * borrowed strings; free() it) and their count. */
const char **rules_of(const json_value *array, size_t *count);

/* Checks that the rule sets `got` and `want` (sorted) are equal. */
int same_rules(const char *name, const char **got, size_t n_got, const char **want, size_t n_want);

/* Checks a report (JSON text) in `lang`: its shape, a non-empty source for
 * every violation, and exactly the rule set `want` (a JSON array; NULL for
 * none). */
void check_report_rules(const char *name, const char *report, const char *lang, const json_value *want);

/* Checks that the last call failed with INVALID_DOCUMENT at exactly `path`,
 * as an input error. */
void check_document_error(const char *name, kazcustoms_result r, const char *path);

/* The result code of a core ErrorClass name (the one mapping:
 * invalid_number 4, journal 5, invalid_document 8, invalid_argument 3,
 * transition 9) into `*out`; 0 after a failed check named `name` when the
 * name is not a class. */
int error_class_code(const char *name, const char *error, kazcustoms_result *out);

/* Every document vector file the index (DIR/index.json) lists, walked
 * section by section in test_vectors.c; and the journals' bad saved
 * states. */
void test_vectors(const char *dir);

/* What is particular to the DCD in test_dcd.c: stamps of the valid
 * documents of dcd.json and the C-specific checks of the document
 * functions. */
void test_dcd(const char *dir);

/* The working-day calendar in test_calendar.c: the calendar vectors of the
 * index and the C-specific checks of the calendar functions. */
void test_calendar(const char *dir);

/* The guarantee lifecycle in test_guarantee.c: the table of all pairs of
 * states of guarantee.json and the C-specific checks of the transition. */
void test_guarantee(const char *dir);

/* The short declaration in test_short_declaration.c: the deadlines of
 * short_declaration.json and validation with calendar changes. */
void test_short_declaration(const char *dir);

/* The arrival of goods in test_arrival.c: the registrations (`expect`) and
 * scenarios of arrival.json, the journals as tables, and the C-specific
 * checks of kazcustoms_register_arrival() and kazcustoms_export_journal(). */
void test_arrival(const char *dir);

/* The name-keyed functions, the class mapping of the result codes with
 * kazcustoms_last_error_input(), the DCD copies and capitals, in
 * test_api.c. */
void test_api(void);

/* The guarantee office handle, in test_office.c. */
void test_office(void);

/* The МРП in test_reference.c: the mrp vectors of the index and the
 * C-specific checks of kazcustoms_mrp(). */
void test_reference(const char *dir);

/* The report handle, invalid UTF-8 offsets and CP1251 in test_report.c:
 * kazcustoms_validate() against kazcustoms_validate_json() over every
 * document vector, the accessors' edge cases, the offset of the first
 * invalid UTF-8 byte, and the CP1251 vectors (cp1251.json). */
void test_report(const char *dir);

/* The customs escort in test_escort.c: kazcustoms_teams_needed(),
 * kazcustoms_escort_fee(), the fee message and the escort journal. */
void test_escort(void);

/* CSV export for spreadsheet programs in test_csv.c:
 * kazcustoms_export_journal_csv() (';' delimiter, UTF-8 BOM). */
void test_csv(void);

#endif /* KAZCUSTOMS_TEST_HARNESS_H */
