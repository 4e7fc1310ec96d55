/*
 * C tests of libkazcustoms: the shared vectors (tests/vectors/{numbers,deadline,journal}.json)
 * through the C API, then what only a C caller can get wrong: NULL
 * pointers, invalid UTF-8, huge strings, free(NULL), the last-error buffer
 * protocol, outputs left untouched on failure, and one journal shared by
 * eight threads. The documents (tests/vectors/dcd.json and the DCD
 * functions) are tested in test_dcd.c; the calendar, guarantee, short
 * declaration, arrival and journal export (tests/vectors/{calendar,
 * guarantee,short_declaration,arrival}.json) in test_issue4.c; all with the
 * same harness (harness.c).
 *
 * Usage: test VECTORS_DIR. Prints one line per failure and a final
 * "N passed, M failed"; exits non-zero on any failure. Built by
 * `make test-c` with -Wall -Wextra -Werror -pedantic under
 * AddressSanitizer and UndefinedBehaviorSanitizer.
 */
#define _POSIX_C_SOURCE 200809L /* pthread_barrier_t */

#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

/* ------------------------------------------------------------------ */
/* Helpers over the C API                                              */
/* ------------------------------------------------------------------ */

static kazcustoms_date ymd(int32_t y, uint32_t m, uint32_t d) {
    kazcustoms_date date;
    date.year = y;
    date.month = m;
    date.day = d;
    return date;
}

/* "YYYY-MM-DD" -> date; an impossible date (0-0-0) if malformed. */
static kazcustoms_date iso_date(const char *s) {
    int y = 0;
    unsigned m = 0, d = 0;
    if (s == NULL || sscanf(s, "%d-%u-%u", &y, &m, &d) != 3) {
        return ymd(0, 0, 0);
    }
    return ymd(y, m, d);
}

static void date_text(kazcustoms_date d, char out[32]) {
    snprintf(out, 32, "%04d-%02u-%02u", (int)d.year, (unsigned)d.month, (unsigned)d.day);
}

static int same_date(kazcustoms_date a, kazcustoms_date b) {
    return a.year == b.year && a.month == b.month && a.day == b.day;
}

/* Field by field: the struct's padding bytes are unspecified. */
static int same_number(const kazcustoms_number *a, const kazcustoms_number *b) {
    return a->kind == b->kind && strcmp(a->text, b->text) == 0 && same_date(a->date, b->date) &&
           a->sequence == b->sequence && strcmp(a->office, b->office) == 0 &&
           strcmp(a->office_prefix, b->office_prefix) == 0 && strcmp(a->recipient, b->recipient) == 0 &&
           strcmp(a->licence, b->licence) == 0;
}

/* The code of a failure reporting `rule`. */
static kazcustoms_result code_for_rule(const char *rule) {
    if (strncmp(rule, "JOURNAL.", 8) == 0) {
        return KAZCUSTOMS_RESULT_JOURNAL;
    }
    return KAZCUSTOMS_RESULT_INVALID_NUMBER;
}

/* An input error: one of the input codes, and no rule id. */
static int is_input_error(kazcustoms_result r) {
    return (r == KAZCUSTOMS_RESULT_INVALID_ARGUMENT || r == KAZCUSTOMS_RESULT_INVALID_DOCUMENT ||
            r == KAZCUSTOMS_RESULT_NULL_ARGUMENT || r == KAZCUSTOMS_RESULT_INVALID_UTF8) &&
           last_rule()[0] == '\0';
}

/* ------------------------------------------------------------------ */
/* The JSON reader itself                                              */
/* ------------------------------------------------------------------ */

static void test_json_reader(void) {
    char error[128];
    const char *text = "{\"a\":[1,-2.5e1,true,false,null],\"s\":\"\\u00e9\\ud83d\\ude00\\u0000x\\n\"}";
    json_value *v = json_parse(text, strlen(text), error, sizeof error);
    const json_value *s;
    if (!check(v != NULL, "json: %s", error)) {
        return;
    }
    check(json_count(json_get(v, "a")) == 5, "json: array count");
    check(json_at(json_get(v, "a"), 1)->number == -25.0, "json: number");
    s = json_get(v, "s");
    check(s != NULL && s->length == 9 && memcmp(s->string, "\xc3\xa9\xf0\x9f\x98\x80\0x\n", 9) == 0,
          "json: escapes and surrogate pair");
    json_free(v);
    check(json_parse("\"\\ud800\"", 8, error, sizeof error) == NULL, "json: lone surrogate refused");
    check(json_parse("[1,]", 4, error, sizeof error) == NULL, "json: trailing comma refused");
    check(json_parse("{} x", 4, error, sizeof error) == NULL, "json: trailing garbage refused");
}

/* ------------------------------------------------------------------ */
/* numbers.json                                                        */
/* ------------------------------------------------------------------ */

static void check_group(const char *case_name, const char *group, const char *got,
                        const json_value *expected) {
    const char *want = json_is_null(expected) ? "" : json_str(expected);
    check(want != NULL && strcmp(got, want) == 0, "%s: %s is '%s', expected '%s'", case_name, group,
          got, want ? want : "(not a string)");
}

static void test_numbers(const char *dir) {
    json_value *v;
    char *text = read_vectors(dir, "numbers.json", &v);
    const json_value *cases, *offices_json, *normalize;
    kazcustoms_offices *offices = NULL;
    kazcustoms_date file_reference;
    size_t i;
    if (v == NULL) {
        free(text);
        return;
    }
    file_reference = iso_date(json_str(json_get(v, "reference")));
    offices_json = json_get(v, "offices");
    {
        size_t n = json_count(offices_json);
        const char **codes = calloc(n ? n : 1, sizeof *codes);
        for (i = 0; i < n; i++) {
            codes[i] = json_str(json_at(offices_json, i));
        }
        check(kazcustoms_offices_new(codes, n, &offices) == KAZCUSTOMS_RESULT_OK,
              "numbers: offices_new");
        free(codes);
    }
    cases = json_get(v, "cases");
    check(json_count(cases) > 0, "numbers: no cases");
    for (i = 0; i < json_count(cases); i++) {
        const json_value *c = json_at(cases, i);
        const json_value *t = json_get(c, "text");
        const char *kind = json_str(json_get(c, "kind"));
        const json_value *ref = json_get(c, "reference");
        const json_value *use = json_get(c, "use_offices");
        const json_value *valid = json_get(c, "valid");
        kazcustoms_date reference = json_is_null(ref) ? file_reference : iso_date(json_str(ref));
        int use_offices = use != NULL && use->type == JSON_BOOL && use->boolean;
        int has_nul;
        char name[160];
        kazcustoms_number n;
        kazcustoms_result r;
        if (!check(kind != NULL && json_str(t) != NULL && valid != NULL, "numbers: case %lu malformed",
                   (unsigned long)i)) {
            continue;
        }
        /* A C string ends at its first NUL: a text with an embedded NUL
         * reaches the library cut there, which is still NUM.FORMAT. */
        has_nul = strlen(t->string) != t->length;
        snprintf(name, sizeof name, "numbers[%lu] %s %.60s", (unsigned long)i, kind, t->string);
        memset(&n, 0x5A, sizeof n);
        r = kazcustoms_parse_number(kind, t->string, &reference, use_offices ? offices : NULL, &n);
        if (valid->boolean) {
            char date[32];
            if (!check(r == KAZCUSTOMS_RESULT_OK, "%s: got %s (%s), expected valid", name,
                       result_name(r), last_rule())) {
                continue;
            }
            check(last_rule()[0] == '\0', "%s: success left a last error", name);
            check(strcmp(n.text, t->string) == 0, "%s: round trip gives '%s'", name, n.text);
            check(kazcustoms_kind_name(n.kind) != NULL && strcmp(kazcustoms_kind_name(n.kind), kind) == 0,
                  "%s: kind %u", name, (unsigned)n.kind);
            date_text(n.date, date);
            check(strcmp(date, json_str(json_get(c, "date")) ? json_str(json_get(c, "date")) : "") == 0,
                  "%s: date %s", name, date);
            check(json_get(c, "sequence") != NULL && n.sequence == (uint32_t)json_get(c, "sequence")->number,
                  "%s: sequence %u", name, (unsigned)n.sequence);
            check_group(name, "office", n.office, json_get(c, "office"));
            check_group(name, "office_prefix", n.office_prefix, json_get(c, "office_prefix"));
            check_group(name, "recipient", n.recipient, json_get(c, "recipient"));
            check_group(name, "licence", n.licence, json_get(c, "licence"));
        } else {
            const char *rule = json_str(json_get(c, "rule"));
            const char *err = json_str(json_get(c, "expect_error"));
            unsigned char untouched[sizeof n];
            memset(untouched, 0x5A, sizeof untouched);
            check(memcmp(&n, untouched, sizeof n) == 0, "%s: out written on failure", name);
            if (rule != NULL) {
                check(r == KAZCUSTOMS_RESULT_INVALID_NUMBER && strcmp(last_rule(), rule) == 0,
                      "%s: got %s '%s', expected %s%s", name, result_name(r), last_rule(), rule,
                      has_nul ? " (text cut at NUL)" : "");
            } else if (err != NULL && strcmp(err, "input") == 0) {
                check(is_input_error(r), "%s: got %s '%s', expected an input error", name,
                      result_name(r), last_rule());
            } else {
                check(0, "%s: invalid case names neither rule nor expect_error", name);
            }
        }
    }
    normalize = json_get(v, "normalize");
    for (i = 0; i < json_count(normalize); i++) {
        const json_value *c = json_at(normalize, i);
        const char *in = json_str(json_get(c, "input"));
        const char *want = json_str(json_get(c, "output"));
        char *out = NULL;
        kazcustoms_result r;
        if (!check(in != NULL && want != NULL, "normalize[%lu] malformed", (unsigned long)i)) {
            continue;
        }
        r = kazcustoms_normalize(in, &out);
        check(r == KAZCUSTOMS_RESULT_OK && out != NULL && strcmp(out, want) == 0,
              "normalize[%lu] '%s': got %s '%s', expected '%s'", (unsigned long)i, in, result_name(r),
              out ? out : "(null)", want);
        kazcustoms_string_free(out);
    }
    kazcustoms_offices_free(offices);
    json_free(v);
    free(text);
}

/* ------------------------------------------------------------------ */
/* deadline.json                                                       */
/* ------------------------------------------------------------------ */

static double distance_of(const json_value *d) {
    const char *s = json_str(d);
    if (s == NULL) {
        return d != NULL ? d->number : 0.0;
    }
    if (strcmp(s, "NaN") == 0) {
        return NAN;
    }
    if (strcmp(s, "Infinity") == 0) {
        return INFINITY;
    }
    if (strcmp(s, "-Infinity") == 0) {
        return -INFINITY;
    }
    return strtod(s, NULL);
}

/* Checks a report's JSON: its shape, `ok`, `lang`, and its rule ids. */
static void check_report(const char *name, const char *json, const char *lang, const json_value *rules) {
    char error[128];
    json_value *report = json_parse(json, strlen(json), error, sizeof error);
    const json_value *violations, *ok, *l;
    size_t i;
    if (!check(report != NULL, "%s: report is not JSON (%s): %s", name, error, json)) {
        return;
    }
    violations = json_get(report, "violations");
    ok = json_get(report, "ok");
    l = json_get(report, "lang");
    check(ok != NULL && ok->type == JSON_BOOL && ok->boolean == (json_count(rules) == 0),
          "%s: report ok is wrong: %s", name, json);
    check(json_str(l) != NULL && strcmp(json_str(l), lang) == 0, "%s: report lang: %s", name, json);
    if (check(json_count(violations) == json_count(rules), "%s: %lu violations, expected %lu: %s", name,
              (unsigned long)json_count(violations), (unsigned long)json_count(rules), json)) {
        for (i = 0; i < json_count(rules); i++) {
            const json_value *vi = json_at(violations, i);
            const char *got = json_str(json_get(vi, "rule"));
            const char *want = json_str(json_at(rules, i));
            const char *message = json_str(json_get(vi, "message"));
            const json_value *messages = json_get(vi, "messages");
            check(got != NULL && want != NULL && strcmp(got, want) == 0, "%s: rule %s, expected %s", name,
                  got ? got : "?", want ? want : "?");
            check(message != NULL && message[0] != '\0' && json_str(json_get(messages, lang)) != NULL &&
                      strcmp(message, json_str(json_get(messages, lang))) == 0,
                  "%s: message is not messages.%s", name, lang);
            check(json_str(json_get(vi, "field")) != NULL && json_str(json_get(vi, "source")) != NULL,
                  "%s: violation lacks field or source", name);
        }
    }
    json_free(report);
}

static void test_deadlines(const char *dir) {
    static const char *const conventions[] = {"calendar", "thirty_day"};
    static const char *const langs[] = {"kk", "ru", "en"};
    json_value *v;
    char *text = read_vectors(dir, "deadline.json", &v);
    const json_value *list;
    size_t i, k;
    if (v == NULL) {
        free(text);
        return;
    }
    list = json_get(v, "deadlines");
    check(json_count(list) > 0, "deadline: no deadlines");
    for (i = 0; i < json_count(list); i++) {
        const json_value *c = json_at(list, i);
        kazcustoms_date start = iso_date(json_str(json_get(c, "start")));
        double km = distance_of(json_get(c, "km"));
        for (k = 0; k < 2; k++) {
            kazcustoms_date want = iso_date(json_str(json_get(c, conventions[k])));
            kazcustoms_date got = ymd(-1, 99, 99);
            char a[32], b[32];
            kazcustoms_result r = kazcustoms_delivery_deadline(start, km, conventions[k], &got);
            date_text(got, a);
            date_text(want, b);
            check(r == KAZCUSTOMS_RESULT_OK && same_date(got, want),
                  "deadlines[%lu] %s km=%.17g %s: got %s %s, expected %s", (unsigned long)i,
                  json_str(json_get(c, "start")), km, conventions[k], result_name(r), a, b);
        }
    }
    list = json_get(v, "checks");
    check(json_count(list) > 0, "deadline: no checks");
    for (i = 0; i < json_count(list); i++) {
        const json_value *c = json_at(list, i);
        kazcustoms_date start = iso_date(json_str(json_get(c, "start")));
        kazcustoms_date proposed = iso_date(json_str(json_get(c, "proposed")));
        double km = distance_of(json_get(c, "km"));
        const char *convention = json_str(json_get(c, "convention"));
        const json_value *rules = json_get(c, "rules");
        for (k = 0; k < 3; k++) {
            char *json = NULL;
            char name[96];
            kazcustoms_result r =
                kazcustoms_check_deadline(start, km, proposed, convention ? convention : "calendar", langs[k], &json);
            snprintf(name, sizeof name, "checks[%lu] %s", (unsigned long)i, langs[k]);
            if (check(r == KAZCUSTOMS_RESULT_OK && json != NULL, "%s: got %s", name, result_name(r))) {
                check_report(name, json, langs[k], rules);
            }
            kazcustoms_string_free(json);
        }
    }
    list = json_get(v, "bad_distances");
    check(json_count(list) > 0, "deadline: no bad distances");
    for (i = 0; i < json_count(list); i++) {
        double km = distance_of(json_at(list, i));
        kazcustoms_date sentinel = ymd(-1, 99, 99), out = sentinel;
        char *json = NULL;
        char name[96];
        kazcustoms_result r;
        snprintf(name, sizeof name, "bad_distances[%lu] %.17g", (unsigned long)i, km);
        for (k = 0; k < 2; k++) {
            r = kazcustoms_delivery_deadline(ymd(2026, 3, 1), km, conventions[k], &out);
            check(r == KAZCUSTOMS_RESULT_INVALID_ARGUMENT && last_rule()[0] == '\0',
                  "%s %s: delivery_deadline got %s '%s'", name, conventions[k], result_name(r), last_rule());
            check(same_date(out, sentinel), "%s: out written on failure", name);
            r = kazcustoms_check_deadline(ymd(2026, 3, 1), km, ymd(2026, 3, 2), conventions[k], "en", &json);
            check(r == KAZCUSTOMS_RESULT_INVALID_ARGUMENT && last_rule()[0] == '\0' && json == NULL,
                  "%s %s: check_deadline got %s '%s'", name, conventions[k], result_name(r), last_rule());
        }
    }
    json_free(v);
    free(text);
}

/* ------------------------------------------------------------------ */
/* journal.json                                                        */
/* ------------------------------------------------------------------ */

static char *journal_json(const kazcustoms_journal *j) {
    char *out = NULL;
    if (kazcustoms_journal_to_json(j, &out) != KAZCUSTOMS_RESULT_OK) {
        return NULL;
    }
    return out;
}

static void run_scenario(size_t index, const json_value *s) {
    const char *title = json_str(json_get(s, "name"));
    const json_value *state = json_get(s, "state");
    const json_value *steps = json_get(s, "steps");
    const json_value *final_state = json_get(s, "final_state");
    kazcustoms_journal *j = NULL;
    kazcustoms_result r;
    char name[200];
    size_t i;
    snprintf(name, sizeof name, "scenario[%lu] %s", (unsigned long)index, title ? title : "");
    if (json_is_null(state)) {
        r = kazcustoms_journal_new(json_str(json_get(s, "kind")), json_str(json_get(s, "issuer")), &j);
    } else {
        /* The saved state is given as a JSON object (or as its text). */
        char *text = json_str(state) ? NULL : json_write(state);
        r = kazcustoms_journal_from_json(json_str(state) ? json_str(state) : text, &j);
        free(text);
    }
    if (!check(r == KAZCUSTOMS_RESULT_OK, "%s: cannot make the journal: %s '%s'", name, result_name(r),
               last_rule())) {
        return;
    }
    for (i = 0; i < json_count(steps); i++) {
        const json_value *step = json_at(steps, i);
        const char *date = json_str(json_get(step, "date"));
        const char *recipient = json_str(json_get(step, "recipient"));
        const char *expect = json_str(json_get(step, "expect"));
        const char *rule = json_str(json_get(step, "expect_rule"));
        const char *err = json_str(json_get(step, "expect_error"));
        char *before = journal_json(j);
        char *after;
        kazcustoms_number n;
        char sname[260];
        memset(&n, 0x5A, sizeof n);
        snprintf(sname, sizeof sname, "%s step %lu (%s)", name, (unsigned long)i, date ? date : "?");
        r = kazcustoms_journal_issue(j, iso_date(date), recipient, &n);
        if (expect != NULL) {
            check(r == KAZCUSTOMS_RESULT_OK && strcmp(n.text, expect) == 0, "%s: got %s '%s' %s, expected %s",
                  sname, result_name(r), r == KAZCUSTOMS_RESULT_OK ? n.text : "", last_rule(), expect);
            if (r == KAZCUSTOMS_RESULT_OK) {
                /* The issued number parses back to itself on its own date. */
                kazcustoms_number p;
                const char *kind = kazcustoms_kind_name(n.kind);
                check(kind != NULL && kazcustoms_parse_number(kind, n.text, &n.date, NULL, &p) == KAZCUSTOMS_RESULT_OK &&
                          same_number(&p, &n),
                      "%s: issued number does not parse back", sname);
            }
        } else {
            unsigned char untouched[sizeof n];
            memset(untouched, 0x5A, sizeof untouched);
            if (rule != NULL) {
                check(r == code_for_rule(rule) && strcmp(last_rule(), rule) == 0,
                      "%s: got %s '%s', expected %s", sname, result_name(r), last_rule(), rule);
            } else if (err != NULL && strcmp(err, "input") == 0) {
                check(is_input_error(r), "%s: got %s '%s', expected an input error", sname, result_name(r),
                      last_rule());
            } else {
                check(0, "%s: step names no expectation", sname);
            }
            check(memcmp(&n, untouched, sizeof n) == 0, "%s: out written on failure", sname);
            after = journal_json(j);
            check(before != NULL && after != NULL && strcmp(before, after) == 0,
                  "%s: a refused step changed the journal", sname);
            kazcustoms_string_free(after);
        }
        kazcustoms_string_free(before);
    }
    if (!json_is_null(final_state)) {
        char *got = journal_json(j);
        char error[128];
        json_value *parsed = got ? json_parse(got, strlen(got), error, sizeof error) : NULL;
        check(parsed != NULL && json_equal(parsed, final_state), "%s: final state %s", name, got ? got : "(none)");
        /* The saved state resumes exactly. */
        if (got != NULL) {
            kazcustoms_journal *k = NULL;
            char *again = NULL;
            r = kazcustoms_journal_from_json(got, &k);
            check(r == KAZCUSTOMS_RESULT_OK && (again = journal_json(k)) != NULL && strcmp(again, got) == 0,
                  "%s: state does not round-trip", name);
            kazcustoms_string_free(again);
            kazcustoms_journal_free(k);
        }
        json_free(parsed);
        kazcustoms_string_free(got);
    }
    kazcustoms_journal_free(j);
}

/* journal.json `state_checks`: each state loads (with
 * kazcustoms_journal_from_json_at() where a reference date is given) and
 * saves back the same, or is refused at exactly its path. */
static void run_state_checks(const json_value *list) {
    size_t i;
    for (i = 0; i < json_count(list); i++) {
        const json_value *c = json_at(list, i);
        const char *name = json_str(json_get(c, "name"));
        const char *text = json_str(json_get(c, "text"));
        const char *reference = json_str(json_get(c, "reference"));
        const char *path = json_str(json_get(c, "path"));
        kazcustoms_journal *j = NULL;
        kazcustoms_result r;
        char label[256];
        snprintf(label, sizeof label, "state_checks[%lu] %s", (unsigned long)i, name ? name : "?");
        if (!check(text != NULL, "%s: no text", label)) {
            continue;
        }
        if (reference != NULL) {
            kazcustoms_date ref = date_iso(reference);
            r = kazcustoms_journal_from_json_at(text, &ref, &j);
        } else {
            r = kazcustoms_journal_from_json(text, &j);
        }
        if (path != NULL) {
            check_document_error(label, r, path);
            check(kazcustoms_last_error_input() != NULL && strcmp(kazcustoms_last_error_input(), "state") == 0,
                  "%s: input state", label);
        } else if (check(r == KAZCUSTOMS_RESULT_OK, "%s: got %s", label, result_name(r))) {
            char *back = journal_json(j);
            json_value *got = back ? parse_result(label, back) : NULL;
            json_value *want = parse_result(label, text);
            check(got != NULL && want != NULL && same_json(got, want), "%s: saved back %s", label,
                  back ? back : "(none)");
            json_free(got);
            json_free(want);
            kazcustoms_string_free(back);
        }
        if (r == KAZCUSTOMS_RESULT_OK) {
            kazcustoms_journal_free(j);
        }
    }
}

/* journal.json `entries_checks`: each journal's entries export as CSV, or
 * are refused at exactly their path (input `entries`). */
static void run_entries_checks(const json_value *list) {
    size_t i;
    for (i = 0; i < json_count(list); i++) {
        const json_value *c = json_at(list, i);
        const char *name = json_str(json_get(c, "name"));
        const char *journal = json_str(json_get(c, "journal"));
        const char *entries = json_str(json_get(c, "entries_text"));
        const char *path = json_str(json_get(c, "path"));
        char *out = NULL;
        kazcustoms_result r;
        char label[256];
        snprintf(label, sizeof label, "entries_checks[%lu] %s", (unsigned long)i, name ? name : "?");
        r = kazcustoms_export_journal(journal, entries, "csv", "en", &out);
        if (path != NULL) {
            check_document_error(label, r, path);
            check(kazcustoms_last_error_input() != NULL && strcmp(kazcustoms_last_error_input(), "entries") == 0,
                  "%s: input entries", label);
            check(out == NULL, "%s: out written on failure", label);
        } else {
            check(r == KAZCUSTOMS_RESULT_OK && out != NULL, "%s: got %s", label, result_name(r));
        }
        kazcustoms_string_free(out);
    }
}

static void test_journals(const char *dir) {
    json_value *v;
    char *text = read_vectors(dir, "journal.json", &v);
    const json_value *list;
    size_t i;
    if (v == NULL) {
        free(text);
        return;
    }
    list = json_get(v, "scenarios");
    check(json_count(list) > 0, "journal: no scenarios");
    for (i = 0; i < json_count(list); i++) {
        run_scenario(i, json_at(list, i));
    }
    list = json_get(v, "bad_states");
    for (i = 0; i < json_count(list); i++) {
        const json_value *state = json_at(list, i);
        kazcustoms_journal *sentinel = (kazcustoms_journal *)&i; /* never dereferenced */
        kazcustoms_journal *j = sentinel;
        char *owned = json_str(state) ? NULL : json_write(state);
        const char *s = json_str(state) ? json_str(state) : owned;
        kazcustoms_result r = kazcustoms_journal_from_json(s, &j);
        check(is_input_error(r) && j == sentinel, "bad_states[%lu] %s: got %s '%s'", (unsigned long)i, s,
              result_name(r), last_rule());
        if (r == KAZCUSTOMS_RESULT_OK) {
            kazcustoms_journal_free(j);
        }
        free(owned);
    }
    list = json_get(v, "state_checks");
    check(json_count(list) > 0, "journal: no state_checks");
    run_state_checks(list);
    list = json_get(v, "entries_checks");
    check(json_count(list) > 0, "journal: no entries_checks");
    run_entries_checks(list);
    list = json_get(v, "bad_issuers");
    for (i = 0; i < json_count(list); i++) {
        const json_value *c = json_at(list, i);
        const char *kind = json_str(json_get(c, "kind"));
        const char *issuer = json_str(json_get(c, "issuer"));
        const char *rule = json_str(json_get(c, "expect_rule"));
        kazcustoms_journal *j = NULL;
        kazcustoms_result r = kazcustoms_journal_new(kind, issuer, &j);
        if (rule != NULL) {
            check(r == code_for_rule(rule) && strcmp(last_rule(), rule) == 0,
                  "bad_issuers[%lu] %s '%s': got %s '%s', expected %s", (unsigned long)i, kind, issuer,
                  result_name(r), last_rule(), rule);
        } else {
            check(is_input_error(r), "bad_issuers[%lu] %s '%s': got %s '%s', expected an input error",
                  (unsigned long)i, kind, issuer, result_name(r), last_rule());
        }
        check(j == NULL, "bad_issuers[%lu]: out written on failure", (unsigned long)i);
        if (r == KAZCUSTOMS_RESULT_OK) {
            kazcustoms_journal_free(j);
        }
    }
    json_free(v);
    free(text);
}

/* ------------------------------------------------------------------ */
/* C-specific tests                                                    */
/* ------------------------------------------------------------------ */

#define NULL_ARG(call, what) check_input_error((call), KAZCUSTOMS_RESULT_NULL_ARGUMENT, what)

static void test_null_arguments(void) {
    const kazcustoms_date ref = ymd(2026, 11, 22);
    const char *const codes[] = {"50101", NULL};
    kazcustoms_number n;
    kazcustoms_date d;
    kazcustoms_offices *offices = NULL;
    kazcustoms_journal *j = NULL, *g = NULL;
    char *s = NULL;
    char buf[8];
    size_t len = 0;

    /* parse: kind, text, out are required; reference and offices optional */
    NULL_ARG(kazcustoms_parse_number(NULL, "50101/15036/00042", &ref, NULL, &n), "parse kind=NULL");
    NULL_ARG(kazcustoms_parse_number("dcd", NULL, &ref, NULL, &n), "parse text=NULL");
    NULL_ARG(kazcustoms_parse_number("dcd", "50101/15036/00042", &ref, NULL, NULL), "parse out=NULL");
    check(kazcustoms_parse_number("dcd", "50101/15036/00042", NULL, NULL, &n) == KAZCUSTOMS_RESULT_OK,
          "parse reference=NULL means today");
    check(kazcustoms_parse_number("dcd", "50101/15036/00042", &ref, NULL, &n) == KAZCUSTOMS_RESULT_OK,
          "parse offices=NULL means no directory");

    NULL_ARG(kazcustoms_normalize(NULL, &s), "normalize text=NULL");
    NULL_ARG(kazcustoms_normalize("x", NULL), "normalize out=NULL");

    NULL_ARG(kazcustoms_offices_new(NULL, 1, &offices), "offices_new codes=NULL count=1");
    NULL_ARG(kazcustoms_offices_new(codes, 2, &offices), "offices_new codes[1]=NULL");
    NULL_ARG(kazcustoms_offices_new(codes, 1, NULL), "offices_new out=NULL");
    check(offices == NULL, "offices_new wrote out on failure");
    if (check(kazcustoms_offices_new(NULL, 0, &offices) == KAZCUSTOMS_RESULT_OK && offices != NULL,
              "offices_new(NULL, 0) is an empty directory")) {
        kazcustoms_result r = kazcustoms_parse_number("dcd", "50101/15036/00042", &ref, offices, &n);
        check(r == KAZCUSTOMS_RESULT_INVALID_NUMBER && strcmp(last_rule(), "NUM.OFFICE") == 0,
              "empty directory knows no office: %s %s", result_name(r), last_rule());
        kazcustoms_offices_free(offices);
    }

    NULL_ARG(kazcustoms_delivery_deadline(ref, 100, NULL, &d), "delivery_deadline convention=NULL");
    NULL_ARG(kazcustoms_delivery_deadline(ref, 100, "calendar", NULL), "delivery_deadline out=NULL");
    NULL_ARG(kazcustoms_check_deadline(ref, 100, ref, NULL, "en", &s), "check_deadline convention=NULL");
    NULL_ARG(kazcustoms_check_deadline(ref, 100, ref, "calendar", NULL, &s), "check_deadline lang=NULL");
    NULL_ARG(kazcustoms_check_deadline(ref, 100, ref, "calendar", "en", NULL), "check_deadline out=NULL");

    NULL_ARG(kazcustoms_journal_new(NULL, "50101", &j), "journal_new kind=NULL");
    NULL_ARG(kazcustoms_journal_new("dcd", NULL, &j), "journal_new issuer=NULL");
    NULL_ARG(kazcustoms_journal_new("dcd", "50101", NULL), "journal_new out=NULL");
    check(j == NULL, "journal_new wrote out on failure");
    if (check(kazcustoms_journal_new("dcd", "50101", &j) == KAZCUSTOMS_RESULT_OK, "journal_new")) {
        NULL_ARG(kazcustoms_journal_issue(NULL, ref, NULL, &n), "journal_issue journal=NULL");
        NULL_ARG(kazcustoms_journal_issue(j, ref, NULL, NULL), "journal_issue out=NULL");
        /* a refused issue used no number */
        check(kazcustoms_journal_issue(j, ref, NULL, &n) == KAZCUSTOMS_RESULT_OK && n.sequence == 1,
              "journal_issue after refused calls starts at 1");
        NULL_ARG(kazcustoms_journal_to_json(NULL, &s), "journal_to_json journal=NULL");
        NULL_ARG(kazcustoms_journal_to_json(j, NULL), "journal_to_json out=NULL");
        kazcustoms_journal_free(j);
    }
    if (check(kazcustoms_journal_new("guarantee", "50101", &g) == KAZCUSTOMS_RESULT_OK, "guarantee journal")) {
        check_input_error(kazcustoms_journal_issue(g, ref, NULL, &n), KAZCUSTOMS_RESULT_INVALID_ARGUMENT,
                          "guarantee issue recipient=NULL");
        check(kazcustoms_journal_issue(g, ref, "0042", &n) == KAZCUSTOMS_RESULT_OK &&
                  strcmp(n.text, "0042/501/22116/0001") == 0 && strcmp(n.recipient, "0042") == 0,
              "guarantee issue: %s", n.text);
        kazcustoms_journal_free(g);
    }
    NULL_ARG(kazcustoms_journal_from_json(NULL, &j), "journal_from_json json=NULL");
    NULL_ARG(kazcustoms_journal_from_json_at(NULL, &ref, &j), "journal_from_json_at json=NULL");
    NULL_ARG(kazcustoms_journal_from_json_at("{}", &ref, NULL), "journal_from_json_at out=NULL");
    {
        /* NULL reference: today; a journal that issued nothing loads on any day */
        const char *empty = "{\"format\":1,\"kind\":\"dcd\",\"issuer\":\"50101\",\"last_sequence\":0,"
                            "\"last_date\":null}";
        kazcustoms_date bad = {2026, 2, 30};
        check(kazcustoms_journal_from_json_at(empty, NULL, &j) == KAZCUSTOMS_RESULT_OK && j != NULL,
              "journal_from_json_at reference=NULL");
        kazcustoms_journal_free(j);
        j = NULL;
        check_input_error(kazcustoms_journal_from_json_at(empty, &bad, &j), KAZCUSTOMS_RESULT_INVALID_ARGUMENT,
                          "journal_from_json_at 30 February");
        check(j == NULL, "journal_from_json_at wrote out on failure");
    }
    NULL_ARG(kazcustoms_journal_from_json("{}", NULL), "journal_from_json out=NULL");

    /* the last-error accessors: out_len required, buf NULL only with len 0 */
    check(kazcustoms_last_error_rule(buf, sizeof buf, NULL) == KAZCUSTOMS_RESULT_NULL_ARGUMENT,
          "last_error_rule out_len=NULL");
    check(kazcustoms_last_error_rule(NULL, 8, &len) == KAZCUSTOMS_RESULT_NULL_ARGUMENT,
          "last_error_rule buf=NULL len=8");
    check(kazcustoms_last_error_message(NULL, buf, sizeof buf, &len) == KAZCUSTOMS_RESULT_NULL_ARGUMENT,
          "last_error_message lang=NULL");
    check(kazcustoms_last_error_message("en", buf, sizeof buf, NULL) == KAZCUSTOMS_RESULT_NULL_ARGUMENT,
          "last_error_message out_len=NULL");
    check(kazcustoms_last_error_message("en", NULL, 8, &len) == KAZCUSTOMS_RESULT_NULL_ARGUMENT,
          "last_error_message buf=NULL len=8");
    check(kazcustoms_last_error_message("de", NULL, 0, &len) == KAZCUSTOMS_RESULT_INVALID_ARGUMENT,
          "last_error_message lang=de");
    /* ... and none of that changed the last error (journal_from_json out=NULL) */
    {
        char *m = last_message("en");
        check(m != NULL && strstr(m, "out") != NULL && strstr(m, "NULL") != NULL,
              "last error survives the accessors: '%s'", m ? m : "(null)");
        free(m);
    }
    check(kazcustoms_kind_name(6) == NULL && kazcustoms_kind_name(UINT32_MAX) == NULL,
          "kind_name of a non-kind is NULL");
}

static void test_invalid_utf8(void) {
    static const char *const bad[] = {
        "\xff\xfe",         /* never valid */
        "5010\xc3",         /* truncated sequence */
        "\xc0\xaf",         /* overlong '/' */
        "\xed\xa0\x80",     /* UTF-16 surrogate */
        "50101/1503\x80/1", /* stray continuation byte */
    };
    const kazcustoms_date ref = ymd(2026, 11, 22);
    size_t i;
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        const char *b = bad[i];
        const char *codes[1];
        kazcustoms_number n;
        kazcustoms_date d;
        kazcustoms_offices *o = NULL;
        kazcustoms_journal *j = NULL;
        char *s = NULL;
        char what[64];
        size_t len;
        codes[0] = b;
#define UTF8(call, arg)                                                                      \
    do {                                                                                     \
        snprintf(what, sizeof what, "invalid UTF-8 #%lu in %s", (unsigned long)i, arg);      \
        check_input_error((call), KAZCUSTOMS_RESULT_INVALID_UTF8, what);                     \
    } while (0)
        UTF8(kazcustoms_parse_number(b, "50101/15036/00042", &ref, NULL, &n), "parse kind");
        UTF8(kazcustoms_parse_number("dcd", b, &ref, NULL, &n), "parse text");
        UTF8(kazcustoms_normalize(b, &s), "normalize text");
        UTF8(kazcustoms_offices_new(codes, 1, &o), "offices_new codes[0]");
        UTF8(kazcustoms_delivery_deadline(ref, 100, b, &d), "delivery_deadline convention");
        UTF8(kazcustoms_check_deadline(ref, 100, ref, b, "en", &s), "check_deadline convention");
        UTF8(kazcustoms_check_deadline(ref, 100, ref, "calendar", b, &s), "check_deadline lang");
        UTF8(kazcustoms_journal_new(b, "50101", &j), "journal_new kind");
        UTF8(kazcustoms_journal_new("dcd", b, &j), "journal_new issuer");
        UTF8(kazcustoms_journal_from_json(b, &j), "journal_from_json json");
        if (kazcustoms_journal_new("guarantee", "50101", &j) == KAZCUSTOMS_RESULT_OK) {
            UTF8(kazcustoms_journal_issue(j, ref, b, &n), "journal_issue recipient");
            kazcustoms_journal_free(j);
            j = NULL;
        }
#undef UTF8
        check(kazcustoms_last_error_message(b, NULL, 0, &len) == KAZCUSTOMS_RESULT_INVALID_UTF8,
              "invalid UTF-8 #%lu in last_error_message lang", (unsigned long)i);
        check(s == NULL && o == NULL && j == NULL, "invalid UTF-8 #%lu: an out-parameter was written",
              (unsigned long)i);
    }
}

static void test_large_strings(void) {
    const size_t size = 10 * 1024;
    const kazcustoms_date ref = ymd(2026, 11, 22);
    char *big = malloc(size + 1);
    char *wide = malloc(3 * size + 1);
    char *nested = malloc(2 * size + 1);
    char *out = NULL;
    kazcustoms_number n;
    kazcustoms_journal *j = NULL;
    kazcustoms_result r;
    size_t i, len = 0;
    if (!check(big != NULL && wide != NULL && nested != NULL, "malloc")) {
        free(big);
        free(wide);
        free(nested);
        return;
    }
    memset(big, '5', size);
    big[size] = '\0';
    for (i = 0; i < size; i++) { /* U+FF15 FULLWIDTH DIGIT FIVE */
        memcpy(wide + 3 * i, "\xef\xbc\x95", 3);
    }
    wide[3 * size] = '\0';
    for (i = 0; i < size; i++) {
        nested[i] = '[';
        nested[size + i] = ']';
    }
    nested[2 * size] = '\0';

    r = kazcustoms_parse_number("dcd", big, &ref, NULL, &n);
    check(r == KAZCUSTOMS_RESULT_INVALID_NUMBER && strcmp(last_rule(), "NUM.FORMAT") == 0,
          "10 KB number: %s %s", result_name(r), last_rule());
    check_input_error(kazcustoms_parse_number(big, "50101/15036/00042", &ref, NULL, &n),
                      KAZCUSTOMS_RESULT_INVALID_ARGUMENT, "10 KB kind");
    /* the message quotes the 10 KB argument cut short (the core's
     * names::QUOTE_LIMIT), not whole */
    r = kazcustoms_last_error_message("en", NULL, 0, &len);
    check(r == KAZCUSTOMS_RESULT_BUFFER_TOO_SMALL && len > 0 && len < 1024,
          "10 KB kind: message length %lu", (unsigned long)len);
    check_input_error(kazcustoms_journal_new("dcd", big, &j), KAZCUSTOMS_RESULT_INVALID_ARGUMENT,
                      "10 KB issuer");
    check_input_error(kazcustoms_journal_from_json(big, &j), KAZCUSTOMS_RESULT_INVALID_DOCUMENT,
                      "10 KB journal state");
    check_input_error(kazcustoms_journal_from_json(nested, &j), KAZCUSTOMS_RESULT_INVALID_DOCUMENT,
                      "journal state nested 10,000 deep");
    check(j == NULL, "10 KB: journal out written on failure");
    r = kazcustoms_normalize(wide, &out);
    check(r == KAZCUSTOMS_RESULT_OK && out != NULL && strcmp(out, big) == 0,
          "10 K full-width digits normalize to ASCII");
    kazcustoms_string_free(out);
    r = kazcustoms_check_deadline(ref, 100, ref, big, "en", &out);
    check(r == KAZCUSTOMS_RESULT_INVALID_ARGUMENT, "10 KB convention: %s", result_name(r));
    free(big);
    free(wide);
    free(nested);
}

static void test_free_null(void) {
    kazcustoms_string_free(NULL);
    kazcustoms_offices_free(NULL);
    kazcustoms_journal_free(NULL);
    check(1, "free(NULL) is a no-op");
}

static void test_last_error(void) {
    static const char *const langs[] = {"kk", "ru", "en"};
    const kazcustoms_date ref = ymd(2026, 11, 22);
    kazcustoms_number n;
    char *m[3];
    char buf[64];
    size_t i, len = 0;
    kazcustoms_result r;

    /* a rule error: rule id, and three different non-empty messages */
    r = kazcustoms_parse_number("dcd", "50101/30026/00001", &ref, NULL, &n);
    check(r == KAZCUSTOMS_RESULT_INVALID_NUMBER && strcmp(last_rule(), "NUM.DATE") == 0,
          "30 Feb is NUM.DATE: %s %s", result_name(r), last_rule());
    for (i = 0; i < 3; i++) {
        m[i] = last_message(langs[i]);
        check(m[i] != NULL && m[i][0] != '\0', "message in %s is empty", langs[i]);
    }
    if (m[0] && m[1] && m[2]) {
        check(strcmp(m[0], m[1]) != 0 && strcmp(m[1], m[2]) != 0 && strcmp(m[0], m[2]) != 0,
              "messages differ by language: '%s' / '%s' / '%s'", m[0], m[1], m[2]);
        check(strstr(m[2], "30") != NULL, "English message names the day: %s", m[2]);
    }

    /* buffer protocol: length query, too small (untouched), exact fit */
    if (m[2] != NULL) {
        size_t need = strlen(m[2]);
        char *exact = malloc(need + 1);
        char *small = malloc(need);
        check(kazcustoms_last_error_message("en", NULL, 0, &len) == KAZCUSTOMS_RESULT_BUFFER_TOO_SMALL &&
                  len == need,
              "length query gives %lu, expected %lu", (unsigned long)len, (unsigned long)need);
        if (exact != NULL && small != NULL) {
            memset(small, 'x', need);
            len = 0;
            check(kazcustoms_last_error_message("en", small, need, &len) == KAZCUSTOMS_RESULT_BUFFER_TOO_SMALL &&
                      len == need,
                  "buffer one byte short is BUFFER_TOO_SMALL");
            for (i = 0; i < need && small[i] == 'x'; i++) {
            }
            check(i == need, "a too small buffer is left untouched");
            check(kazcustoms_last_error_message("en", exact, need + 1, &len) == KAZCUSTOMS_RESULT_OK &&
                      len == need && strcmp(exact, m[2]) == 0,
                  "exact-size buffer gets the message");
        }
        free(exact);
        free(small);
    }
    /* "NUM.DATE" is 8 bytes: 8 is too small, 9 fits */
    check(kazcustoms_last_error_rule(buf, 8, &len) == KAZCUSTOMS_RESULT_BUFFER_TOO_SMALL && len == 8,
          "rule in 8 bytes is BUFFER_TOO_SMALL");
    check(kazcustoms_last_error_rule(buf, 9, &len) == KAZCUSTOMS_RESULT_OK && len == 8 &&
              strcmp(buf, "NUM.DATE") == 0,
          "rule in 9 bytes fits");
    for (i = 0; i < 3; i++) {
        free(m[i]);
    }

    /* a journal error */
    {
        kazcustoms_journal *j = NULL;
        if (kazcustoms_journal_new("escort", "50101", &j) == KAZCUSTOMS_RESULT_OK) {
            r = kazcustoms_journal_issue(j, ymd(2026, 5, 2), NULL, &n);
            check(r == KAZCUSTOMS_RESULT_OK && strcmp(n.text, "0001-50101-02056") == 0, "escort issue %s", n.text);
            r = kazcustoms_journal_issue(j, ymd(2026, 5, 1), NULL, &n);
            check(r == KAZCUSTOMS_RESULT_JOURNAL && strcmp(last_rule(), "JOURNAL.BACKDATED") == 0,
                  "backdated: %s %s", result_name(r), last_rule());
            kazcustoms_journal_free(j);
        }
    }
    /* the free functions leave the last error alone */
    check(strcmp(last_rule(), "JOURNAL.BACKDATED") == 0, "free changed the last error");

    /* a date that does not exist is an input error, not a rule */
    check_input_error(kazcustoms_parse_number("dcd", "50101/15036/00042", &(kazcustoms_date){2026, 2, 30}, NULL, &n),
                      KAZCUSTOMS_RESULT_INVALID_ARGUMENT, "reference 2026-02-30");
    check_input_error(kazcustoms_parse_number("passport", "50101/15036/00042", &ref, NULL, &n),
                      KAZCUSTOMS_RESULT_INVALID_ARGUMENT, "unknown kind");
    check_input_error(kazcustoms_check_deadline(ref, 100, ref, "calendar", "de", &(char *){NULL}),
                      KAZCUSTOMS_RESULT_INVALID_ARGUMENT, "unknown lang");
    check_input_error(kazcustoms_delivery_deadline(ref, 100, "monthly", &(kazcustoms_date){0, 0, 0}),
                      KAZCUSTOMS_RESULT_INVALID_ARGUMENT, "unknown convention");

    /* success clears it */
    r = kazcustoms_parse_number("dcd", "50101/15036/00042", &ref, NULL, &n);
    check(r == KAZCUSTOMS_RESULT_OK && last_rule()[0] == '\0', "success clears the last error rule");
    check(kazcustoms_last_error_message("en", buf, sizeof buf, &len) == KAZCUSTOMS_RESULT_OK && len == 0 &&
              buf[0] == '\0',
          "success clears the last error message");
}

static void test_version(void) {
    const char *v = kazcustoms_version();
    check(v != NULL && v[0] >= '0' && v[0] <= '9' && strchr(v, '.') != NULL, "version '%s'", v ? v : "(null)");
}

/* ------------------------------------------------------------------ */
/* One journal, eight threads                                          */
/* ------------------------------------------------------------------ */

#define THREADS 8
#define ISSUES 10000

static pthread_barrier_t all_failed;

typedef struct worker {
    const kazcustoms_journal *journal;
    int index;
    uint32_t sequences[ISSUES];
    int errors;
    int last_error_ok;
} worker;

static void *work(void *arg) {
    worker *w = arg;
    const kazcustoms_date day = ymd(2026, 5, 10);
    const kazcustoms_date ref = ymd(2026, 11, 22);
    /* Each thread leaves its own last error; the others must not touch it. */
    const char *bad = w->index % 2 ? "50101/30026/00001" : "50101/10056/0001";
    const char *rule = w->index % 2 ? "NUM.DATE" : "NUM.FORMAT";
    kazcustoms_number n;
    int i;
    for (i = 0; i < ISSUES; i++) {
        if (kazcustoms_journal_issue(w->journal, day, NULL, &n) != KAZCUSTOMS_RESULT_OK) {
            w->errors++;
            w->sequences[i] = 0;
            continue;
        }
        w->sequences[i] = n.sequence;
    }
    /* Every thread fails with its rule, waits until all have, then reads. */
    if (kazcustoms_parse_number("dcd", bad, &ref, NULL, &n) != KAZCUSTOMS_RESULT_INVALID_NUMBER) {
        w->errors++;
    }
    pthread_barrier_wait(&all_failed);
    w->last_error_ok = strcmp(last_rule(), rule) == 0;
    return NULL;
}

static void test_threads(void) {
    static worker workers[THREADS];
    pthread_t threads[THREADS];
    unsigned char *seen = calloc(THREADS * ISSUES + 1, 1);
    kazcustoms_journal *j = NULL;
    unsigned long duplicates = 0, gaps = 0, errors = 0;
    char *state = NULL;
    int i, k, started = 0;
    if (!check(seen != NULL && kazcustoms_journal_new("short_declaration", "50101", &j) == KAZCUSTOMS_RESULT_OK,
               "threads: setup")) {
        free(seen);
        return;
    }
    pthread_barrier_init(&all_failed, NULL, THREADS);
    for (i = 0; i < THREADS; i++) {
        workers[i].journal = j;
        workers[i].index = i;
        workers[i].errors = 0;
        workers[i].last_error_ok = 0;
        if (pthread_create(&threads[i], NULL, work, &workers[i]) == 0) {
            started++;
        }
    }
    if (!check(started == THREADS, "threads: started %d", started)) {
        /* the barrier would never open: give up without joining */
        exit(1);
    }
    for (i = 0; i < started; i++) {
        pthread_join(threads[i], NULL);
    }
    pthread_barrier_destroy(&all_failed);
    for (i = 0; i < started; i++) {
        errors += (unsigned long)workers[i].errors;
        check(workers[i].last_error_ok, "thread %d: its last error was changed by another thread", i);
        for (k = 0; k < ISSUES; k++) {
            uint32_t s = workers[i].sequences[k];
            if (s == 0 || s > THREADS * ISSUES) {
                continue;
            }
            if (seen[s]) {
                duplicates++;
            }
            seen[s] = 1;
        }
    }
    for (i = 1; i <= THREADS * ISSUES; i++) {
        if (!seen[i]) {
            gaps++;
        }
    }
    check(errors == 0, "threads: %lu failed calls", errors);
    check(duplicates == 0, "threads: %lu duplicate numbers", duplicates);
    check(gaps == 0, "threads: %lu sequences never issued", gaps);
    check(kazcustoms_journal_to_json(j, &state) == KAZCUSTOMS_RESULT_OK && state != NULL &&
              strstr(state, "\"last_sequence\":80000") != NULL,
          "threads: final state %s", state ? state : "(none)");
    kazcustoms_string_free(state);
    kazcustoms_journal_free(j);
    free(seen);
}

int main(int argc, char **argv) {
    const char *dir = argc > 1 ? argv[1] : "tests/vectors";
    test_json_reader();
    test_numbers(dir);
    test_deadlines(dir);
    test_journals(dir);
    test_null_arguments();
    test_invalid_utf8();
    test_large_strings();
    test_free_null();
    test_last_error();
    test_version();
    test_threads();
    test_vectors(dir);
    test_dcd(dir);
    test_calendar(dir);
    test_guarantee(dir);
    test_short_declaration(dir);
    test_arrival(dir);
    test_api();
    test_office();
    test_reference(dir);
    test_escort();
    test_report(dir);
    test_csv();
    printf("%lu passed, %lu failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
