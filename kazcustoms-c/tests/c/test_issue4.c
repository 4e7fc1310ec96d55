/*
 * C tests of issue 4 of libkazcustoms: the working-day calendar, the
 * guarantee obligation, the short declaration, the arrival of goods, the
 * certificate confirming delivery and the journals as tables, through the
 * shared vectors
 *
 *   tests/vectors/calendar.json           kazcustoms_calendar_new(), _is_working_day(),
 *                                         _day_kind(), _next_working_day(),
 *                                         _add_working_days(), _working_days_between()
 *   tests/vectors/guarantee.json          kazcustoms_validate_json("guarantee_application" |
 *                                         "guarantee"), kazcustoms_guarantee_transition()
 *   tests/vectors/short_declaration.json  kazcustoms_validate_json("short_declaration"),
 *                                         kazcustoms_next_working_day() for its deadlines
 *   tests/vectors/arrival.json            kazcustoms_validate_json("arrival" |
 *                                         "delivery_certificate"),
 *                                         kazcustoms_register_arrival() (its `expect`),
 *                                         kazcustoms_export_journal() (its journal rows),
 *                                         kazcustoms_dcd_transition() (its lifecycle)
 *
 * read exactly as the Rust harnesses read them
 * (kazcustoms-core/tests/{calendar,guarantee,sd,arrival}_vectors.rs), then
 * what only a C caller can get wrong with the new functions: NULL pointers,
 * invalid UTF-8, dates that do not exist or lie at the end of the
 * calendar, outputs left untouched on failure, free(NULL), one calendar
 * shared by threads.
 *
 * Run from test.c's main() (one binary, one "N passed, M failed" line).
 */
#define _POSIX_C_SOURCE 200809L

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

static const char *const LANGS[] = {"kk", "ru", "en"};

/* A sentinel for string out-parameters: never dereferenced nor freed. */
static char untouched_text[] = "untouched";
#define UNTOUCHED (untouched_text)

#define NULL_ARG(call, what) check_input_error((call), KAZCUSTOMS_RESULT_NULL_ARGUMENT, what)
#define BAD_UTF8(call, what) check_input_error((call), KAZCUSTOMS_RESULT_INVALID_UTF8, what)
#define BAD_ARG(call, what) check_input_error((call), KAZCUSTOMS_RESULT_INVALID_ARGUMENT, what)

/* ------------------------------------------------------------------ */
/* Helpers                                                             */
/* ------------------------------------------------------------------ */

static kazcustoms_date ymd(int32_t y, uint32_t m, uint32_t d) {
    kazcustoms_date date;
    date.year = y;
    date.month = m;
    date.day = d;
    return date;
}

/* "YYYY-MM-DD" -> date; 0000-00-00 (not a date) when malformed. */
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

static int streq(const char *a, const char *b) {
    return a != NULL && b != NULL && strcmp(a, b) == 0;
}

/* A JSON number that is an integer, into `*out`. */
static int integer_of(const json_value *v, long long *out) {
    if (v == NULL || v->type != JSON_NUMBER || v->number != (double)(long long)v->number) {
        return 0;
    }
    *out = (long long)v->number;
    return 1;
}

/* Parses JSON text the library returned; NULL after a failed check. */
static json_value *parse(const char *name, const char *text) {
    char error[128];
    json_value *v = text != NULL ? json_parse(text, strlen(text), error, sizeof error) : NULL;
    check(v != NULL, "%s: the result is not JSON (%s): %s", name, text ? error : "NULL", text ? text : "");
    return v;
}

/* `a` and `b` are equal, an absent member counting as null. */
static int same_value(const json_value *a, const json_value *b) {
    if (json_is_null(a) || json_is_null(b)) {
        return json_is_null(a) && json_is_null(b);
    }
    return json_equal(a, b);
}

/* Text of a JSON value for messages (malloc'd; free() it). */
static char *show(const json_value *v) {
    char *s = v != NULL ? json_write(v) : NULL;
    if (s == NULL) {
        s = malloc(7);
        if (s != NULL) {
            memcpy(s, "absent", 7);
        }
    }
    return s;
}

/* The rule ids of a JSON array, sorted and deduplicated (malloc'd array of
 * borrowed strings; free() it). */
static const char **rules_of(const json_value *array, size_t *count) {
    size_t n = json_count(array), i;
    const char **ids = calloc(n ? n : 1, sizeof *ids);
    if (ids == NULL) {
        *count = 0;
        return NULL;
    }
    for (i = 0; i < n; i++) {
        const char *id = json_str(json_at(array, i));
        ids[i] = id != NULL ? id : "?";
    }
    *count = sort_unique(ids, n);
    return ids;
}

/* Checks that the sets `got` and `want` are equal. */
static int same_rules(const char *name, const char **got, size_t n_got, const char **want, size_t n_want) {
    int same = (got != NULL || n_got == 0) && (want != NULL || n_want == 0) && n_got == n_want;
    char a[2048], b[2048];
    size_t i;
    for (i = 0; same && i < n_got; i++) {
        same = strcmp(got[i], want[i]) == 0;
    }
    join(want, want ? n_want : 0, a, sizeof a);
    join(got, got ? n_got : 0, b, sizeof b);
    return check(same, "%s: expected rules %s, reported %s", name, a, b);
}

/* Checks a report (JSON text) in `lang`: its shape, a non-empty source for
 * every violation, and exactly the rule set `want` (a JSON array; NULL for
 * none). */
static void check_report_rules(const char *name, const char *report, const char *lang, const json_value *want) {
    json_value *parsed = parse_report(name, report, lang);
    size_t n_got = 0, n_want = 0, i;
    const char **got, **wanted;
    if (parsed == NULL) {
        return;
    }
    for (i = 0; i < json_count(json_get(parsed, "violations")); i++) {
        const json_value *v = json_at(json_get(parsed, "violations"), i);
        const char *source = json_str(json_get(v, "source"));
        check(source != NULL && source[0] != '\0', "%s: %s has no source", name,
              json_str(json_get(v, "rule")) ? json_str(json_get(v, "rule")) : "?");
    }
    got = report_rules(parsed, &n_got);
    wanted = rules_of(want, &n_want);
    same_rules(name, got, n_got, wanted, n_want);
    free(got);
    free(wanted);
    json_free(parsed);
}

/* Checks that the last call failed with INVALID_DOCUMENT at exactly `path`,
 * as an input error. */
static void check_document_error(const char *name, kazcustoms_result r, const char *path) {
    char *got;
    if (!check(r == KAZCUSTOMS_RESULT_INVALID_DOCUMENT, "%s: got %s (%s), expected INVALID_DOCUMENT at %s", name,
               result_name(r), last_rule(), path)) {
        return;
    }
    got = last_path();
    check(got != NULL && strcmp(got, path) == 0, "%s: path '%s', expected '%s'", name, got ? got : "(none)", path);
    free(got);
    check_input_error(r, KAZCUSTOMS_RESULT_INVALID_DOCUMENT, name);
}

/* ------------------------------------------------------------------ */
/* CSV (RFC 4180), enough to read kazcustoms_export_journal's output    */
/* ------------------------------------------------------------------ */

typedef struct csv_row {
    size_t count;
    char **cells;
} csv_row;

static void csv_row_free(csv_row *row) {
    size_t i;
    for (i = 0; i < row->count; i++) {
        free(row->cells[i]);
    }
    free(row->cells);
    row->count = 0;
    row->cells = NULL;
}

/* Reads one record at `*p`, which must end with CRLF; advances `*p` past
 * it. Returns 0 for malformed text. */
static int csv_read_row(const char **p, csv_row *row) {
    const char *s = *p;
    size_t cap = 0;
    row->count = 0;
    row->cells = NULL;
    for (;;) {
        size_t len = 0, size = 16;
        char *cell = malloc(size);
        if (cell == NULL) {
            return 0;
        }
        if (*s == '"') {
            s++;
            for (;;) {
                if (*s == '\0') {
                    free(cell);
                    return 0;
                }
                if (*s == '"' && s[1] == '"') {
                    s += 2;
                    cell[len++] = '"';
                } else if (*s == '"') {
                    s++;
                    break;
                } else {
                    cell[len++] = *s++;
                }
                if (len + 1 >= size) {
                    char *bigger = realloc(cell, size *= 2);
                    if (bigger == NULL) {
                        free(cell);
                        return 0;
                    }
                    cell = bigger;
                }
            }
        } else {
            while (*s != '\0' && *s != ',' && *s != '\r' && *s != '\n' && *s != '"') {
                cell[len++] = *s++;
                if (len + 1 >= size) {
                    char *bigger = realloc(cell, size *= 2);
                    if (bigger == NULL) {
                        free(cell);
                        return 0;
                    }
                    cell = bigger;
                }
            }
        }
        cell[len] = '\0';
        if (row->count == cap) {
            char **more = realloc(row->cells, (cap = cap ? 2 * cap : 16) * sizeof *more);
            if (more == NULL) {
                free(cell);
                return 0;
            }
            row->cells = more;
        }
        row->cells[row->count++] = cell;
        if (*s == ',') {
            s++;
            continue;
        }
        if (s[0] == '\r' && s[1] == '\n') {
            *p = s + 2;
            return 1;
        }
        return 0;
    }
}

/* ------------------------------------------------------------------ */
/* calendar.json                                                       */
/* ------------------------------------------------------------------ */

/* Checks the facts, next_working_day, add_working_days and
 * working_days_between of `cases` against `cal` (NULL: the built-in
 * calendar), as calendar_vectors.rs's check_sections does. */
static void calendar_sections(const kazcustoms_calendar *cal, const json_value *cases, const char *label) {
    const json_value *list;
    size_t i, k;
    list = json_get(cases, "facts");
    for (i = 0; i < json_count(list); i++) {
        const json_value *f = json_at(list, i);
        const char *when = json_str(json_get(f, "date"));
        const json_value *working = json_get(f, "working");
        const char *kind = json_str(json_get(f, "kind"));
        const char *name = json_str(json_get(f, "name"));
        kazcustoms_date d = iso_date(when);
        bool is = !(working != NULL && working->boolean);
        char what[200];
        kazcustoms_result r;
        snprintf(what, sizeof what, "%s facts[%lu] %s", label, (unsigned long)i, when ? when : "?");
        if (!check(when != NULL && working != NULL && working->type == JSON_BOOL && kind != NULL, "%s: malformed",
                   what)) {
            continue;
        }
        r = kazcustoms_is_working_day(cal, d, &is);
        check(r == KAZCUSTOMS_RESULT_OK && is == (bool)working->boolean, "%s: is_working_day %s %d, expected %d", what,
              result_name(r), (int)is, working->boolean);
        for (k = 0; k < 3; k++) {
            char *json = UNTOUCHED;
            json_value *v;
            const json_value *text, *texts;
            r = kazcustoms_day_kind(cal, d, LANGS[k], &json);
            if (!check(r == KAZCUSTOMS_RESULT_OK, "%s: day_kind %s: %s", what, LANGS[k], result_name(r))) {
                continue;
            }
            v = parse(what, json);
            kazcustoms_string_free(json);
            if (v == NULL) {
                continue;
            }
            text = json_get(v, "text");
            texts = json_get(v, "texts");
            check(streq(json_str(json_get(v, "kind")), kind), "%s: kind %s, expected %s", what,
                  json_str(json_get(v, "kind")) ? json_str(json_get(v, "kind")) : "?", kind);
            check(json_get(v, "working") != NULL && json_get(v, "working")->type == JSON_BOOL &&
                      json_get(v, "working")->boolean == working->boolean,
                  "%s: day_kind working is not %d", what, working->boolean);
            if (streq(kind, "holiday") || streq(kind, "moved_day_off")) {
                size_t l;
                check(json_str(text) != NULL && text->string[0] != '\0' &&
                          streq(json_str(text), json_str(json_get(texts, LANGS[k]))),
                      "%s: %s: text in %s is not texts.%s", what, kind, LANGS[k], LANGS[k]);
                for (l = 0; l < 3; l++) {
                    const char *t = json_str(json_get(texts, LANGS[l]));
                    check(t != NULL && t[0] != '\0', "%s: no %s text", what, LANGS[l]);
                }
            } else {
                check(json_is_null(text) && text != NULL && json_is_null(texts) && texts != NULL,
                      "%s: a %s day has text or texts", what, kind);
            }
            if (name != NULL && k == 2) {
                check(streq(kind, "holiday") && streq(json_str(text), name), "%s: name '%s', expected '%s'", what,
                      json_str(text) ? json_str(text) : "(null)", name);
            }
            json_free(v);
        }
    }
    list = json_get(cases, "next_working_day");
    for (i = 0; i < json_count(list); i++) {
        const json_value *c = json_at(list, i);
        kazcustoms_date got = ymd(0, 0, 0), want = iso_date(json_str(json_get(c, "expect")));
        char a[32], b[32];
        kazcustoms_result r = kazcustoms_next_working_day(cal, iso_date(json_str(json_get(c, "date"))), &got);
        date_text(got, a);
        date_text(want, b);
        check(r == KAZCUSTOMS_RESULT_OK && same_date(got, want), "%s next_working_day[%lu] %s: got %s %s, expected %s",
              label, (unsigned long)i, json_str(json_get(c, "date")) ? json_str(json_get(c, "date")) : "?",
              result_name(r), a, b);
    }
    list = json_get(cases, "add_working_days");
    for (i = 0; i < json_count(list); i++) {
        const json_value *c = json_at(list, i);
        const char *when = json_str(json_get(c, "date"));
        const json_value *expect = json_get(c, "expect");
        long long n = -1;
        kazcustoms_date got = ymd(7, 7, 7);
        char what[160], a[32];
        kazcustoms_result r;
        snprintf(what, sizeof what, "%s add_working_days[%lu] %s", label, (unsigned long)i, when ? when : "?");
        if (!check(when != NULL && integer_of(json_get(c, "n"), &n) && n >= 0 && n <= (long long)UINT32_MAX,
                   "%s: malformed", what)) {
            continue;
        }
        r = kazcustoms_add_working_days(cal, iso_date(when), (uint32_t)n, &got);
        date_text(got, a);
        if (expect != NULL) {
            check(r == KAZCUSTOMS_RESULT_OK && same_date(got, iso_date(json_str(expect))),
                  "%s + %lld: got %s %s, expected %s", what, n, result_name(r), a,
                  json_str(expect) ? json_str(expect) : "?");
        } else if (check(streq(json_str(json_get(c, "expect_error")), "input"), "%s: neither expect nor input error",
                         what)) {
            check_input_error(r, KAZCUSTOMS_RESULT_INVALID_ARGUMENT, what);
            check(same_date(got, ymd(7, 7, 7)), "%s: out written on failure", what);
        }
    }
    list = json_get(cases, "working_days_between");
    for (i = 0; i < json_count(list); i++) {
        const json_value *c = json_at(list, i);
        long long want = 0;
        int64_t got = 0;
        kazcustoms_result r;
        if (!check(integer_of(json_get(c, "expect"), &want), "%s working_days_between[%lu]: malformed", label,
                   (unsigned long)i)) {
            continue;
        }
        r = kazcustoms_working_days_between(cal, iso_date(json_str(json_get(c, "from"))),
                                            iso_date(json_str(json_get(c, "to"))), &got);
        check(r == KAZCUSTOMS_RESULT_OK && got == want, "%s working_days_between[%lu] %s..%s: got %s %lld, expected %lld",
              label, (unsigned long)i, json_str(json_get(c, "from")) ? json_str(json_get(c, "from")) : "?",
              json_str(json_get(c, "to")) ? json_str(json_get(c, "to")) : "?", result_name(r), (long long)got, want);
    }
}

static void test_calendar_vectors(const char *dir) {
    json_value *v;
    char *text = read_vectors(dir, "calendar.json", &v);
    const json_value *list, *supported;
    kazcustoms_calendar *cal = NULL;
    long long first = 0, last = 0;
    size_t i;
    if (v == NULL) {
        free(text);
        return;
    }
    /* verified_years: the C API has no call for them; the facts, counts
     * and moves of those years below are what depends on them.
     * supported_years: outside them add_working_days is an input error. */
    supported = json_get(v, "supported_years");
    if (check(integer_of(json_at(supported, 0), &first) && integer_of(json_at(supported, 1), &last),
              "calendar.json: supported_years")) {
        kazcustoms_date d = ymd(0, 0, 0);
        check(kazcustoms_add_working_days(NULL, ymd((int32_t)first, 1, 1), 0, &d) == KAZCUSTOMS_RESULT_OK &&
                  kazcustoms_add_working_days(NULL, ymd((int32_t)last, 12, 31), 0, &d) == KAZCUSTOMS_RESULT_OK,
              "the first and last days of the supported years are supported");
        BAD_ARG(kazcustoms_add_working_days(NULL, ymd((int32_t)first - 1, 12, 31), 0, &d),
                "the day before the supported years");
        BAD_ARG(kazcustoms_add_working_days(NULL, ymd((int32_t)last + 1, 1, 1), 0, &d),
                "the day after the supported years");
    }
    check(json_count(json_get(v, "facts")) > 200, "calendar.json: facts");
    /* The built-in calendar: as NULL, and as a handle without changes. */
    calendar_sections(NULL, v, "calendar.json (NULL calendar)");
    if (check(kazcustoms_calendar_new(NULL, &cal) == KAZCUSTOMS_RESULT_OK && cal != NULL, "calendar_new(NULL)")) {
        calendar_sections(cal, v, "calendar.json (calendar_new(NULL))");
        kazcustoms_calendar_free(cal);
    }
    list = json_get(v, "overrides");
    check(json_count(list) > 0, "calendar.json: no overrides");
    for (i = 0; i < json_count(list); i++) {
        const json_value *c = json_at(list, i);
        char *overrides = json_write(json_get(c, "overrides"));
        char label[300];
        kazcustoms_result r;
        cal = NULL;
        snprintf(label, sizeof label, "calendar.json overrides[%lu] (%s)", (unsigned long)i,
                 json_str(json_get(c, "note")) ? json_str(json_get(c, "note")) : "");
        if (!check(overrides != NULL, "%s: no overrides", label)) {
            continue;
        }
        r = kazcustoms_calendar_new(overrides, &cal);
        if (json_get(c, "expect_error") != NULL) {
            check(streq(json_str(json_get(c, "expect_error")), "input"), "%s: unknown expect_error", label);
            check_input_error(r, KAZCUSTOMS_RESULT_INVALID_ARGUMENT, label);
            check(cal == NULL, "%s: out written on failure", label);
        } else if (check(r == KAZCUSTOMS_RESULT_OK && cal != NULL, "%s: calendar_new %s: %s", label, result_name(r),
                         overrides)) {
            calendar_sections(cal, c, label);
        }
        kazcustoms_calendar_free(cal);
        free(overrides);
    }
    json_free(v);
    free(text);
}

/* ------------------------------------------------------------------ */
/* Document vectors: guarantee, short declaration, arrival             */
/* ------------------------------------------------------------------ */

/* How one file's document cases are read. */
typedef struct doc_file {
    const char *file;       /* e.g. "guarantee.json" */
    const json_value *root; /* the file: its options (and DCD) */
    const char *kind;       /* the document kind, or NULL: each case names it */
    int drop_nulls;         /* options members set to null are left out */
    int arrival;            /* also check `expect` through kazcustoms_register_arrival */
} doc_file;

static const char *case_kind(const doc_file *df, const json_value *c) {
    return df->kind != NULL ? df->kind : json_str(json_get(c, "kind"));
}

static char *case_options(const doc_file *df, const json_value *c) {
    return options_text(json_get(df->root, "options"), json_get(c, "options"), NULL, df->drop_nulls);
}

/* The 14 cells of the annex 9 row of `entry`, exported as CSV (headers in
 * each language: the cells do not change) and as JSON, against `row`. */
static void check_journal_row(const char *name, const json_value *entry, const json_value *row) {
    char *one = json_write(entry);
    char *entries = one != NULL ? malloc(strlen(one) + 3) : NULL;
    size_t i, k;
    if (!check(entries != NULL && entry != NULL && entry->type == JSON_OBJECT, "%s: no journal entry", name)) {
        free(one);
        free(entries);
        return;
    }
    sprintf(entries, "[%s]", one);
    for (k = 0; k < 3; k++) {
        char *csv = UNTOUCHED;
        const char *p;
        csv_row header, cells;
        kazcustoms_result r = kazcustoms_export_journal("arrivals", entries, "csv", LANGS[k], &csv);
        if (!check(r == KAZCUSTOMS_RESULT_OK, "%s: export csv %s: %s", name, LANGS[k], result_name(r))) {
            continue;
        }
        p = csv;
        if (check(csv_read_row(&p, &header) && csv_read_row(&p, &cells) && *p == '\0',
                  "%s: the CSV is not a header and one row: %s", name, csv)) {
            int same = cells.count == json_count(row) && header.count == cells.count;
            for (i = 0; same && i < cells.count; i++) {
                same = streq(cells.cells[i], json_str(json_at(row, i)));
            }
            if (!check(same, "%s: CSV (%s) row differs from journal_row (%lu cells, %lu headers)", name, LANGS[k],
                       (unsigned long)cells.count, (unsigned long)header.count)) {
                for (i = 0; i < cells.count || i < json_count(row); i++) {
                    printf("      [%lu] got '%s' expected '%s'\n", (unsigned long)i,
                           i < cells.count ? cells.cells[i] : "(none)",
                           json_str(json_at(row, i)) ? json_str(json_at(row, i)) : "(none)");
                }
            }
        }
        csv_row_free(&header);
        csv_row_free(&cells);
        kazcustoms_string_free(csv);
    }
    {
        char *out = UNTOUCHED;
        kazcustoms_result r = kazcustoms_export_journal("arrivals", entries, "json", "ru", &out);
        if (check(r == KAZCUSTOMS_RESULT_OK, "%s: export json: %s", name, result_name(r))) {
            json_value *t = parse(name, out);
            const json_value *headers = json_get(t, "headers");
            const json_value *first = json_at(json_get(t, "rows"), 0);
            int same = t != NULL && json_count(json_get(t, "rows")) == 1 && first != NULL &&
                       first->type == JSON_OBJECT && json_count(first) == json_count(row) &&
                       json_count(headers) == json_count(row) && json_str(json_get(t, "title")) != NULL;
            for (i = 0; same && i < json_count(first); i++) {
                same = streq(first->keys[i], json_str(json_at(headers, i))) &&
                       streq(json_str(&first->items[i]), json_str(json_at(row, i)));
            }
            check(same, "%s: the JSON export's row is not journal_row under the headers in order: %s", name, out);
            json_free(t);
            kazcustoms_string_free(out);
        }
    }
    free(entries);
    free(one);
}

/* The `expect` member of an arrival case, through kazcustoms_register_arrival
 * (arrival_vectors.rs's check_expect); `want` is the case's rules (NULL:
 * none). */
static void check_expect(const doc_file *df, const json_value *c, const char *name, const json_value *want) {
    const json_value *expect = json_get(c, "expect");
    char *document = json_write(json_get(c, "document"));
    char *options = case_options(df, c);
    const char *lang = options_lang(json_get(df->root, "options"), json_get(c, "options"));
    char *record = UNTOUCHED;
    json_value *rec = NULL;
    kazcustoms_result r;
    static const char *const same_keys[] = {"delivered_on", "deadline", "in_time"};
    static const char *const present_keys[] = {"stamp", "stamp_d", "entry"};
    size_t i;
    int registered;
    if (!check(expect != NULL && document != NULL && options != NULL, "%s: no expect member", name)) {
        goto done;
    }
    r = kazcustoms_register_arrival(document, options, &record);
    if (!check(r == KAZCUSTOMS_RESULT_OK, "%s: register_arrival: %s '%s'", name, result_name(r), last_rule())) {
        goto done;
    }
    rec = parse(name, record);
    if (rec == NULL) {
        goto done;
    }
    registered = json_get(rec, "registered") != NULL && json_get(rec, "registered")->type == JSON_BOOL &&
                 json_get(rec, "registered")->boolean;
    check(json_get(expect, "registered") != NULL && json_get(rec, "registered") != NULL &&
              json_get(rec, "registered")->type == JSON_BOOL &&
              registered == json_get(expect, "registered")->boolean,
          "%s: registered is %d", name, registered);
    check(streq(json_str(json_get(rec, "state")), json_str(json_get(expect, "state"))), "%s: state %s, expected %s",
          name, json_str(json_get(rec, "state")) ? json_str(json_get(rec, "state")) : "?",
          json_str(json_get(expect, "state")) ? json_str(json_get(expect, "state")) : "?");
    for (i = 0; i < 3; i++) {
        const json_value *got = json_get(rec, same_keys[i]);
        char *a = show(got), *b = show(json_get(expect, same_keys[i]));
        check(got != NULL && same_value(got, json_get(expect, same_keys[i])), "%s: %s is %s, expected %s", name,
              same_keys[i], a ? a : "?", b ? b : "?");
        free(a);
        free(b);
    }
    for (i = 0; i < 3; i++) {
        const json_value *got = json_get(rec, present_keys[i]);
        check(got != NULL && json_is_null(got) == !registered, "%s: %s %s while registered is %d", name,
              present_keys[i], json_is_null(got) ? "absent" : "present", registered);
    }
    if (json_get(expect, "stamp") != NULL) {
        for (i = 0; i < 2; i++) {
            const char *got = json_str(json_get(json_get(rec, "stamp"), LANGS[i]));
            const char *wanted = json_str(json_get(json_get(expect, "stamp"), LANGS[i]));
            check(streq(got, wanted), "%s: stamp %s\n      got      %s\n      expected %s", name, LANGS[i],
                  got ? got : "(none)", wanted ? wanted : "(none)");
        }
    }
    if (json_get(expect, "journal_row") != NULL) {
        check_journal_row(name, json_get(rec, "entry"), json_get(expect, "journal_row"));
    }
    if (registered) {
        const json_value *d = json_get(json_get(rec, "stamp_d"), "date");
        check(d != NULL && same_value(d, json_get(rec, "delivered_on")), "%s: stamp_d date is not delivered_on",
              name);
    }
    {
        /* The record's report is the report of validate("arrival"). */
        char *report = json_write(json_get(rec, "report"));
        char what[300];
        snprintf(what, sizeof what, "%s (record report)", name);
        if (check(report != NULL, "%s: no report", name)) {
            check_report_rules(what, report, lang, want);
        }
        free(report);
    }
done:
    json_free(rec);
    if (record != UNTOUCHED) {
        kazcustoms_string_free(record);
    }
    free(document);
    free(options);
}

static void run_valid(const doc_file *df, const char *group, size_t index, const json_value *c) {
    const char *kind = case_kind(df, c);
    char *document = json_write(json_get(c, "document"));
    char *options = case_options(df, c);
    const char *lang = options_lang(json_get(df->root, "options"), json_get(c, "options"));
    char *report = UNTOUCHED;
    char name[400];
    kazcustoms_result r;
    snprintf(name, sizeof name, "%s %svalid[%lu] (%s) \"%s\"", df->file, group, (unsigned long)index,
             kind ? kind : "?", json_str(json_get(c, "name")) ? json_str(json_get(c, "name")) : "");
    if (check(kind != NULL && document != NULL && options != NULL, "%s: malformed case", name)) {
        r = kazcustoms_validate_json(kind, document, options, &report);
        if (check(r == KAZCUSTOMS_RESULT_OK, "%s: got %s", name, result_name(r))) {
            check_report_rules(name, report, lang, NULL);
            kazcustoms_string_free(report);
        } else {
            check(report == UNTOUCHED, "%s: out written on failure", name);
        }
        if (df->arrival) {
            check_expect(df, c, name, NULL);
        }
    }
    free(document);
    free(options);
}

static void run_invalid(const doc_file *df, const char *group, size_t index, const json_value *c) {
    const char *kind = case_kind(df, c);
    const json_value *rules = json_get(c, "rules");
    char *document = json_write(json_get(c, "document"));
    char *options = case_options(df, c);
    const char *lang = options_lang(json_get(df->root, "options"), json_get(c, "options"));
    char *report = UNTOUCHED;
    char name[400];
    kazcustoms_result r;
    snprintf(name, sizeof name, "%s %sinvalid[%lu] (%s) \"%s\"", df->file, group, (unsigned long)index,
             kind ? kind : "?", json_str(json_get(c, "name")) ? json_str(json_get(c, "name")) : "");
    if (check(kind != NULL && document != NULL && options != NULL && json_count(rules) > 0,
              "%s: malformed case (no rules?)", name)) {
        r = kazcustoms_validate_json(kind, document, options, &report);
        if (check(r == KAZCUSTOMS_RESULT_OK, "%s: got %s at '%s', expected a report", name, result_name(r),
                  last_rule())) {
            check_report_rules(name, report, lang, rules);
            kazcustoms_string_free(report);
        }
        if (df->arrival) {
            check_expect(df, c, name, rules);
        }
    }
    free(document);
    free(options);
}

static void run_input_error(const doc_file *df, const char *group, size_t index, const json_value *c) {
    const char *kind = case_kind(df, c);
    const char *text = json_str(json_get(c, "document_text"));
    const char *path = json_str(json_get(c, "path"));
    char *options = case_options(df, c);
    char *out = UNTOUCHED;
    char name[400];
    snprintf(name, sizeof name, "%s %sinput_errors[%lu] (%s) \"%s\"", df->file, group, (unsigned long)index,
             kind ? kind : "?", json_str(json_get(c, "name")) ? json_str(json_get(c, "name")) : "");
    if (check(kind != NULL && text != NULL && path != NULL && options != NULL, "%s: malformed case", name)) {
        check_document_error(name, kazcustoms_validate_json(kind, text, options, &out), path);
        if (df->arrival) {
            char what[440];
            snprintf(what, sizeof what, "%s (register_arrival)", name);
            check_document_error(what, kazcustoms_register_arrival(text, options, &out), path);
        }
        check(out == UNTOUCHED, "%s: out written on failure", name);
    }
    free(options);
}

/* The valid, invalid and input_errors lists of `group` (an object). */
static void run_documents(const doc_file *df, const json_value *group, const char *label) {
    static const char *const sections[] = {"valid", "invalid", "input_errors"};
    size_t s, i;
    for (s = 0; s < 3; s++) {
        const json_value *list = json_get(group, sections[s]);
        check(json_count(list) > 0, "%s: no %s%s cases", df->file, label, sections[s]);
        for (i = 0; i < json_count(list); i++) {
            if (s == 0) {
                run_valid(df, label, i, json_at(list, i));
            } else if (s == 1) {
                run_invalid(df, label, i, json_at(list, i));
            } else {
                run_input_error(df, label, i, json_at(list, i));
            }
        }
    }
}

/* ------------------------------------------------------------------ */
/* guarantee.json                                                      */
/* ------------------------------------------------------------------ */

static const char *const GO_STATES[] = {"applied", "registered", "refused", "used",
                                        "fulfilled", "failed", "expired", "returned"};

static void test_guarantee_vectors(const char *dir) {
    json_value *v;
    char *text = read_vectors(dir, "guarantee.json", &v);
    doc_file df;
    const json_value *list;
    size_t i, k, seen = 0;
    unsigned char pairs[8][8];
    if (v == NULL) {
        free(text);
        return;
    }
    df.file = "guarantee.json";
    df.root = v;
    df.kind = NULL;
    df.drop_nulls = 0;
    df.arrival = 0;
    run_documents(&df, v, "");

    memset(pairs, 0, sizeof pairs);
    list = json_get(json_get(v, "lifecycle"), "transitions");
    for (i = 0; i < json_count(list); i++) {
        const json_value *t = json_at(list, i);
        const char *from = json_str(json_get(t, "from"));
        const char *to = json_str(json_get(t, "to"));
        const json_value *ok = json_get(t, "ok");
        char *out = UNTOUCHED;
        kazcustoms_result r;
        size_t a = 8, b = 8;
        if (!check(from != NULL && to != NULL && ok != NULL && ok->type == JSON_BOOL,
                   "guarantee.json transitions[%lu]: malformed", (unsigned long)i)) {
            continue;
        }
        for (k = 0; k < 8; k++) {
            a = strcmp(GO_STATES[k], from) == 0 ? k : a;
            b = strcmp(GO_STATES[k], to) == 0 ? k : b;
        }
        if (a < 8 && b < 8 && !pairs[a][b]) {
            pairs[a][b] = 1;
            seen++;
        }
        r = kazcustoms_guarantee_transition(from, to, &out);
        if (ok->boolean) {
            if (check(r == KAZCUSTOMS_RESULT_OK, "%s -> %s: got %s '%s', expected ok", from, to, result_name(r),
                      last_rule())) {
                check(streq(out, to) && last_rule()[0] == '\0', "%s -> %s: new state %s", from, to, out);
                kazcustoms_string_free(out);
            }
            continue;
        }
        if (!check(r == KAZCUSTOMS_RESULT_VIOLATION && strcmp(last_rule(), "GO.STATE") == 0,
                   "%s -> %s: got %s '%s', expected VIOLATION GO.STATE", from, to, result_name(r), last_rule())) {
            if (r == KAZCUSTOMS_RESULT_OK) {
                kazcustoms_string_free(out);
            }
            continue;
        }
        for (k = 0; k < 3; k++) {
            char *m = last_message(LANGS[k]);
            check(m != NULL && strstr(m, from) != NULL && strstr(m, to) != NULL,
                  "%s -> %s: the %s message names both states: %s", from, to, LANGS[k], m ? m : "(none)");
            free(m);
        }
        check(out == UNTOUCHED, "%s -> %s: out written on failure", from, to);
    }
    check(seen == 64, "guarantee.json: the transitions list %lu of the 64 pairs of states", (unsigned long)seen);

    list = json_get(json_get(v, "lifecycle"), "sequences");
    check(json_count(list) > 0, "guarantee.json: no lifecycle sequences");
    for (i = 0; i < json_count(list); i++) {
        const json_value *s = json_at(list, i);
        const json_value *states = json_get(s, "states");
        const json_value *fails_at = json_get(s, "fails_at");
        const char *name = json_str(json_get(s, "name"));
        const char *current = json_str(json_at(states, 0));
        char *owned = NULL;
        long long want_at = -1, got_at = -1;
        const char *got_rule = NULL;
        char rule[64] = "";
        size_t n_want = 0;
        const char **want = rules_of(json_get(s, "rules"), &n_want);
        if (!json_is_null(fails_at)) {
            integer_of(fails_at, &want_at);
        }
        for (k = 1; k < json_count(states); k++) {
            char *out = NULL;
            const char *next = json_str(json_at(states, k));
            kazcustoms_result r = kazcustoms_guarantee_transition(current, next, &out);
            if (r != KAZCUSTOMS_RESULT_OK) {
                got_at = (long long)k;
                snprintf(rule, sizeof rule, "%s", r == KAZCUSTOMS_RESULT_VIOLATION ? last_rule() : result_name(r));
                got_rule = rule;
                break;
            }
            kazcustoms_string_free(owned);
            owned = out;
            current = owned;
        }
        check(got_at == want_at, "guarantee.json sequence \"%s\": refused at %lld, expected %lld", name ? name : "",
              got_at, want_at);
        if (got_rule != NULL) {
            same_rules(name ? name : "sequence", &got_rule, 1, want, n_want);
        } else {
            check(n_want == 0, "guarantee.json sequence \"%s\": no refusal, expected rules", name ? name : "");
        }
        kazcustoms_string_free(owned);
        free(want);
    }
    json_free(v);
    free(text);
}

/* ------------------------------------------------------------------ */
/* short_declaration.json                                              */
/* ------------------------------------------------------------------ */

static void test_short_declaration_vectors(const char *dir) {
    json_value *v;
    char *text = read_vectors(dir, "short_declaration.json", &v);
    doc_file df;
    const json_value *list;
    size_t i;
    if (v == NULL) {
        free(text);
        return;
    }
    df.file = "short_declaration.json";
    df.root = v;
    df.kind = "short_declaration";
    df.drop_nulls = 1;
    df.arrival = 0;
    run_documents(&df, v, "");
    /* deadlines: the core's filing_deadline is the calendar's next working
     * day after arrival, which the C API gives directly. */
    list = json_get(v, "deadlines");
    check(json_count(list) > 0, "short_declaration.json: no deadlines");
    for (i = 0; i < json_count(list); i++) {
        const json_value *c = json_at(list, i);
        kazcustoms_date got = ymd(0, 0, 0);
        kazcustoms_date want = iso_date(json_str(json_get(c, "next_working_day")));
        char a[32];
        kazcustoms_result r = kazcustoms_next_working_day(NULL, iso_date(json_str(json_get(c, "arrival"))), &got);
        date_text(got, a);
        check(r == KAZCUSTOMS_RESULT_OK && same_date(got, want), "short_declaration.json deadlines[%lu] %s: got %s %s (%s)",
              (unsigned long)i, json_str(json_get(c, "arrival")) ? json_str(json_get(c, "arrival")) : "?",
              result_name(r), a, json_str(json_get(c, "note")) ? json_str(json_get(c, "note")) : "");
    }
    json_free(v);
    free(text);
}

/* ------------------------------------------------------------------ */
/* arrival.json                                                        */
/* ------------------------------------------------------------------ */

/* The DCD lifecycle through arrival (arrival_vectors.rs's
 * lifecycle_sequences): a step moves `to` a state with
 * kazcustoms_dcd_transition() or registers an arrival with the file's DCD and
 * options. */
static void run_dcd_lifecycle(const json_value *v) {
    const json_value *list = json_get(v, "lifecycle");
    char *dcd = json_write(json_get(v, "dcd"));
    char *options = options_text(json_get(v, "options"), NULL, NULL, 1);
    const char *lang = options_lang(json_get(v, "options"), NULL);
    size_t i, k;
    check(json_count(list) > 0 && dcd != NULL && options != NULL, "arrival.json: no lifecycle");
    for (i = 0; i < json_count(list) && dcd != NULL && options != NULL; i++) {
        const json_value *s = json_at(list, i);
        const char *title = json_str(json_get(s, "name"));
        char state[32];
        const json_value *steps = json_get(s, "steps");
        snprintf(state, sizeof state, "%s", json_str(json_get(s, "start")) ? json_str(json_get(s, "start")) : "?");
        for (k = 0; k < json_count(steps); k++) {
            const json_value *step = json_at(steps, k);
            const char *to = json_str(json_get(step, "to"));
            const char *want_state = json_str(json_get(step, "expect_state"));
            size_t n_want = 0, n_got = 0;
            const char **want = rules_of(json_get(step, "expect_rules"), &n_want);
            const char **got = NULL;
            const char *one[1];
            json_value *rec = NULL;
            char next[32];
            char name[300];
            snprintf(name, sizeof name, "arrival.json lifecycle \"%s\", step %lu", title ? title : "",
                     (unsigned long)k + 1);
            snprintf(next, sizeof next, "%s", state);
            if (to != NULL) {
                char *out = UNTOUCHED;
                kazcustoms_result r = kazcustoms_dcd_transition(state, to, &out);
                if (r == KAZCUSTOMS_RESULT_OK) {
                    snprintf(next, sizeof next, "%s", out);
                    kazcustoms_string_free(out);
                } else {
                    check(r == KAZCUSTOMS_RESULT_VIOLATION && out == UNTOUCHED, "%s: %s -> %s: %s", name, state, to,
                          result_name(r));
                    one[0] = last_rule();
                    got = one;
                    n_got = 1;
                }
            } else {
                char *arrive = json_write(json_get(step, "arrive"));
                char *document = malloc(strlen(dcd) + (arrive ? strlen(arrive) : 0) + 64);
                char *record = UNTOUCHED;
                kazcustoms_result r;
                if (arrive != NULL && document != NULL) {
                    sprintf(document, "{\"dcd\": %s, \"state\": \"%s\", \"arrival\": %s}", dcd, state, arrive);
                    r = kazcustoms_register_arrival(document, options, &record);
                    if (check(r == KAZCUSTOMS_RESULT_OK, "%s: register_arrival %s", name, result_name(r))) {
                        rec = parse(name, record);
                        kazcustoms_string_free(record);
                    }
                }
                if (rec != NULL) {
                    char *report = json_write(json_get(rec, "report"));
                    json_value *parsed = report ? parse_report(name, report, lang) : NULL;
                    got = parsed ? report_rules(parsed, &n_got) : NULL;
                    /* borrowed from `parsed`: copy the ids before it goes */
                    if (got != NULL) {
                        size_t m;
                        char **copies = calloc(n_got ? n_got : 1, sizeof *copies);
                        for (m = 0; copies != NULL && m < n_got; m++) {
                            copies[m] = malloc(strlen(got[m]) + 1);
                            if (copies[m] != NULL) {
                                strcpy(copies[m], got[m]);
                            }
                        }
                        free(got);
                        got = (const char **)copies;
                    }
                    if (json_str(json_get(rec, "state")) != NULL) {
                        snprintf(next, sizeof next, "%s", json_str(json_get(rec, "state")));
                    }
                    json_free(parsed);
                    free(report);
                }
                free(arrive);
                free(document);
            }
            same_rules(name, got, n_got, want, n_want);
            check(streq(next, want_state), "%s: state %s, expected %s", name, next, want_state ? want_state : "?");
            snprintf(state, sizeof state, "%s", next);
            if (to == NULL && got != NULL) {
                size_t m;
                for (m = 0; m < n_got; m++) {
                    free((char *)got[m]);
                }
                free(got);
            }
            json_free(rec);
            free(want);
        }
    }
    free(dcd);
    free(options);
}

static void test_arrival_vectors(const char *dir) {
    json_value *v;
    char *text = read_vectors(dir, "arrival.json", &v);
    doc_file df;
    if (v == NULL) {
        free(text);
        return;
    }
    df.file = "arrival.json";
    df.root = v;
    df.kind = "arrival";
    df.drop_nulls = 1;
    df.arrival = 1;
    run_documents(&df, json_get(v, "arrivals"), "arrivals.");
    df.kind = "delivery_certificate";
    df.arrival = 0;
    run_documents(&df, json_get(v, "certificates"), "certificates.");
    run_dcd_lifecycle(v);
    json_free(v);
    free(text);
}

/* ------------------------------------------------------------------ */
/* Journal export                                                      */
/* ------------------------------------------------------------------ */

static void test_export_journal(void) {
    static const struct {
        const char *journal;
        size_t columns; /* 0: not pinned here */
    } journals[] = {{"dcd_register", 16},       {"recipients", 0},         {"guarantee_obligations", 10},
                    {"failed_recipients", 0}, {"short_declarations", 15}, {"arrivals", 14}};
    size_t i, k;
    for (i = 0; i < sizeof journals / sizeof journals[0]; i++) {
        char *csv[3] = {NULL, NULL, NULL};
        for (k = 0; k < 3; k++) {
            char *json = UNTOUCHED;
            const char *p;
            csv_row header;
            json_value *t;
            kazcustoms_result r = kazcustoms_export_journal(journals[i].journal, "[]", "csv", LANGS[k], &csv[k]);
            if (!check(r == KAZCUSTOMS_RESULT_OK, "export %s csv %s: %s", journals[i].journal, LANGS[k],
                       result_name(r))) {
                continue;
            }
            p = csv[k];
            if (check(csv_read_row(&p, &header) && *p == '\0', "export %s csv %s: not one header row: %s",
                      journals[i].journal, LANGS[k], csv[k])) {
                check(header.count > 0 && (journals[i].columns == 0 || header.count == journals[i].columns),
                      "export %s: %lu columns, expected %lu", journals[i].journal, (unsigned long)header.count,
                      (unsigned long)journals[i].columns);
            }
            r = kazcustoms_export_journal(journals[i].journal, "[]", "json", LANGS[k], &json);
            if (check(r == KAZCUSTOMS_RESULT_OK, "export %s json %s: %s", journals[i].journal, LANGS[k],
                      result_name(r))) {
                t = parse("export json", json);
                check(t != NULL && json_str(json_get(t, "title")) != NULL &&
                          json_count(json_get(t, "headers")) == header.count &&
                          json_get(t, "rows") != NULL && json_get(t, "rows")->type == JSON_ARRAY &&
                          json_count(json_get(t, "rows")) == 0,
                      "export %s json %s: %s", journals[i].journal, LANGS[k], json);
                if (t != NULL && json_count(json_get(t, "headers")) > 0) {
                    check(streq(json_str(json_at(json_get(t, "headers"), 0)), header.cells[0]),
                          "export %s %s: the JSON and CSV headers differ", journals[i].journal, LANGS[k]);
                }
                json_free(t);
                kazcustoms_string_free(json);
            }
            csv_row_free(&header);
        }
        check(csv[0] && csv[1] && csv[2] && strcmp(csv[0], csv[1]) != 0 && strcmp(csv[1], csv[2]) != 0,
              "export %s: the headers differ by language", journals[i].journal);
        for (k = 0; k < 3; k++) {
            kazcustoms_string_free(csv[k]);
        }
    }
    /* Input errors: unknown journal, format, language; unreadable entries. */
    {
        char *out = UNTOUCHED;
        char *path;
        BAD_ARG(kazcustoms_export_journal("annex9", "[]", "csv", "ru", &out), "export journal=annex9");
        BAD_ARG(kazcustoms_export_journal("Arrivals", "[]", "csv", "ru", &out), "export journal=Arrivals");
        BAD_ARG(kazcustoms_export_journal("arrivals", "[]", "xml", "ru", &out), "export format=xml");
        BAD_ARG(kazcustoms_export_journal("arrivals", "[]", "CSV", "ru", &out), "export format=CSV");
        BAD_ARG(kazcustoms_export_journal("arrivals", "[]", "csv", "de", &out), "export lang=de");
        check_input_error(kazcustoms_export_journal("arrivals", "{}", "csv", "ru", &out),
                          KAZCUSTOMS_RESULT_INVALID_DOCUMENT, "export entries={}");
        path = last_path();
        check(streq(path, "entries"), "export entries={}: path '%s'", path ? path : "(none)");
        free(path);
        check_document_error("export entries [{\"number\": \"one\"}]",
                             kazcustoms_export_journal("arrivals", "[{\"number\": \"one\"}]", "json", "en", &out),
                             "entries[0].number");
        check_document_error("export entries not JSON", kazcustoms_export_journal("arrivals", "[", "csv", "en", &out),
                             "entries");
        check(out == UNTOUCHED, "export_journal: out written on failure");
    }
    /* Quoting: a cell with a comma, a quote and a line break survives. */
    {
        const char *entries = "[{\"number\": 7, \"arrival_date\": \"2026-10-16\", \"dcd_number\": \"55201/14106/00317\","
                              " \"consignor\": \"ТОО \\\"АЛМА\\\", АЛМАТЫ\\r\\nАБАЯ 1\"}]";
        char *csv = NULL;
        kazcustoms_result r = kazcustoms_export_journal("arrivals", entries, "csv", "en", &csv);
        if (check(r == KAZCUSTOMS_RESULT_OK, "export a quoted cell: %s", result_name(r))) {
            const char *p = csv;
            csv_row header, row;
            if (check(csv_read_row(&p, &header) && csv_read_row(&p, &row) && *p == '\0' && row.count == 14,
                      "export a quoted cell: %s", csv)) {
                check(streq(row.cells[0], "7") && streq(row.cells[1], "16.10.2026") &&
                          streq(row.cells[4], "ТОО \"АЛМА\", АЛМАТЫ\r\nАБАЯ 1"),
                      "export a quoted cell: cells '%s' '%s' '%s'", row.cells[0], row.cells[1], row.cells[4]);
            }
            csv_row_free(&header);
            csv_row_free(&row);
            kazcustoms_string_free(csv);
        }
    }
}

/* ------------------------------------------------------------------ */
/* C-specific checks of the calendar and the new functions             */
/* ------------------------------------------------------------------ */

static void test_calendar_api(void) {
    kazcustoms_calendar *cal = NULL, *other = NULL;
    kazcustoms_date d = ymd(7, 7, 7);
    bool working = true;
    int64_t n = 7;
    char *out = UNTOUCHED;
    kazcustoms_result r;
    char *path;

    /* NULL, "" and blanks are the built-in calendar; so is a NULL handle. */
    if (check(kazcustoms_calendar_new("", &cal) == KAZCUSTOMS_RESULT_OK &&
                  kazcustoms_calendar_new(" \n\t", &other) == KAZCUSTOMS_RESULT_OK && cal && other,
              "calendar_new(\"\") and blanks")) {
        int64_t a = 0, b = 0, c = 0;
        check(kazcustoms_working_days_between(cal, ymd(2019, 12, 31), ymd(2026, 12, 31), &a) == KAZCUSTOMS_RESULT_OK &&
                  kazcustoms_working_days_between(other, ymd(2019, 12, 31), ymd(2026, 12, 31), &b) ==
                      KAZCUSTOMS_RESULT_OK &&
                  kazcustoms_working_days_between(NULL, ymd(2019, 12, 31), ymd(2026, 12, 31), &c) ==
                      KAZCUSTOMS_RESULT_OK &&
                  a == b && b == c && a == 246 + 245 + 246 + 246 + 249 + 246 + 247,
              "2020-2026 working days: %lld %lld %lld", (long long)a, (long long)b, (long long)c);
    }
    kazcustoms_calendar_free(other);
    other = NULL;

    /* Changes: a working Saturday, a bridge day, Kurban Ait of 2027. */
    r = kazcustoms_calendar_new("{\"days_off\": [\"2027-01-08\"], \"working_days\": [\"2027-01-09\"],"
                                " \"kurban_ait\": {\"2027\": \"2027-05-17\"}}",
                                &other);
    if (check(r == KAZCUSTOMS_RESULT_OK, "calendar_new with changes: %s", result_name(r))) {
        char *json = NULL;
        check(kazcustoms_is_working_day(other, ymd(2027, 1, 9), &working) == KAZCUSTOMS_RESULT_OK && working,
              "a working Saturday");
        check(kazcustoms_is_working_day(cal, ymd(2027, 1, 9), &working) == KAZCUSTOMS_RESULT_OK && !working,
              "the other handle is unchanged");
        check(kazcustoms_day_kind(other, ymd(2027, 1, 8), "ru", &json) == KAZCUSTOMS_RESULT_OK &&
                  strcmp(json, "{\"kind\":\"moved_day_off\",\"working\":false,\"text\":\"выходной день, заданный "
                               "пользователем\",\"texts\":{\"kk\":\"қолданушы белгілеген демалыс күні\",\"ru\":"
                               "\"выходной день, заданный пользователем\",\"en\":\"day off set by the caller\"}}") == 0,
              "day_kind of a caller's day off: %s", json ? json : "(none)");
        kazcustoms_string_free(json);
        json = NULL;
        check(kazcustoms_day_kind(NULL, ymd(2026, 3, 20), "kk", &json) == KAZCUSTOMS_RESULT_OK &&
                  strcmp(json, "{\"kind\":\"working\",\"working\":true,\"text\":null,\"texts\":null}") == 0,
              "day_kind of a working day: %s", json ? json : "(none)");
        kazcustoms_string_free(json);
        kazcustoms_calendar_free(other);
    }
    kazcustoms_calendar_free(cal);

    /* Unreadable changes: INVALID_ARGUMENT with the path; out untouched. */
    cal = NULL;
    BAD_ARG(kazcustoms_calendar_new("{\"days_off\": [\"2027-01-08\", \"2027-02-30\"]}", &cal), "a day off 30 Feb");
    path = last_path();
    check(streq(path, "calendar.days_off[1]"), "calendar_new: path '%s'", path ? path : "(none)");
    free(path);
    BAD_ARG(kazcustoms_calendar_new("[]", &cal), "calendar_new([])");
    BAD_ARG(kazcustoms_calendar_new("{", &cal), "calendar_new({)");
    BAD_ARG(kazcustoms_calendar_new("{\"days_off\": [\"2012-05-05\"]}", &cal), "a day off in 2012");
    path = last_path();
    check(streq(path, ""), "a day off in 2012 is not about a JSON field's form: path '%s'", path ? path : "(none)");
    free(path);
    check(cal == NULL, "calendar_new: out written on failure");

    /* Dates that do not exist. */
    d = ymd(7, 7, 7);
    n = 7;
    working = true;
    out = UNTOUCHED;
    {
        static const kazcustoms_date bad[] = {{2026, 2, 29}, {2026, 0, 1}, {2026, 13, 1}, {2026, 4, 31},
                                              {2026, 1, 0},  {2026, 1, 32}, {2026, UINT32_MAX, 1}};
        size_t i;
        for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
            char what[96];
            snprintf(what, sizeof what, "date %d-%u-%u", (int)bad[i].year, (unsigned)bad[i].month,
                     (unsigned)bad[i].day);
            BAD_ARG(kazcustoms_is_working_day(NULL, bad[i], &working), what);
            BAD_ARG(kazcustoms_next_working_day(NULL, bad[i], &d), what);
            BAD_ARG(kazcustoms_add_working_days(NULL, bad[i], 1, &d), what);
            BAD_ARG(kazcustoms_working_days_between(NULL, bad[i], ymd(2026, 1, 1), &n), what);
            BAD_ARG(kazcustoms_working_days_between(NULL, ymd(2026, 1, 1), bad[i], &n), what);
            BAD_ARG(kazcustoms_day_kind(NULL, bad[i], "en", &out), what);
        }
        check(same_date(d, ymd(7, 7, 7)) && n == 7 && working && out == UNTOUCHED,
              "calendar functions wrote an out-parameter on failure");
    }

    /* The ends of the calendar: no panic, an answer or an input error. */
    {
        static const int32_t years[] = {262143, 262142, -262143, -262144, INT32_MAX, INT32_MIN};
        size_t i;
        for (i = 0; i < sizeof years / sizeof years[0]; i++) {
            kazcustoms_date edges[2];
            size_t e;
            edges[0] = ymd(years[i], 12, 31);
            edges[1] = ymd(years[i], 1, 1);
            for (e = 0; e < 2; e++) {
                char what[96];
                snprintf(what, sizeof what, "date %d-%02u-%02u", (int)edges[e].year, (unsigned)edges[e].month,
                         (unsigned)edges[e].day);
                r = kazcustoms_next_working_day(NULL, edges[e], &d);
                check(r == KAZCUSTOMS_RESULT_OK || r == KAZCUSTOMS_RESULT_INVALID_ARGUMENT,
                      "next_working_day %s: %s", what, result_name(r));
                r = kazcustoms_is_working_day(NULL, edges[e], &working);
                check(r == KAZCUSTOMS_RESULT_OK || r == KAZCUSTOMS_RESULT_INVALID_ARGUMENT,
                      "is_working_day %s: %s", what, result_name(r));
                r = kazcustoms_day_kind(NULL, edges[e], "en", &out);
                check(r == KAZCUSTOMS_RESULT_OK || r == KAZCUSTOMS_RESULT_INVALID_ARGUMENT, "day_kind %s: %s",
                      what, result_name(r));
                if (r == KAZCUSTOMS_RESULT_OK) {
                    kazcustoms_string_free(out);
                    out = UNTOUCHED;
                }
                r = kazcustoms_working_days_between(NULL, edges[e], ymd(2026, 1, 1), &n);
                check(r == KAZCUSTOMS_RESULT_OK || r == KAZCUSTOMS_RESULT_INVALID_ARGUMENT,
                      "working_days_between %s: %s", what, result_name(r));
                BAD_ARG(kazcustoms_add_working_days(NULL, edges[e], 1, &d), what);
            }
        }
        /* the last day chrono has is a date, but has no next day */
        r = kazcustoms_is_working_day(NULL, ymd(262142, 12, 31), &working);
        check(r == KAZCUSTOMS_RESULT_OK, "262142-12-31 is a date: %s", result_name(r));
        BAD_ARG(kazcustoms_next_working_day(NULL, ymd(262142, 12, 31), &d), "next working day after 262142-12-31");
        check(kazcustoms_next_working_day(NULL, ymd(262142, 12, 20), &d) == KAZCUSTOMS_RESULT_OK &&
                  d.year == 262142 && d.month == 12 && d.day > 20,
              "next working day after 262142-12-20: %d-%u-%u", (int)d.year, (unsigned)d.month, (unsigned)d.day);
        BAD_ARG(kazcustoms_add_working_days(NULL, ymd(2026, 1, 1), UINT32_MAX, &d), "2026-01-01 + UINT32_MAX");
        check(kazcustoms_add_working_days(NULL, ymd(2013, 1, 1), 0, &d) == KAZCUSTOMS_RESULT_OK &&
                  same_date(d, ymd(2013, 1, 1)),
              "n = 0 on a holiday is the day itself");
        /* counts are antisymmetric and additive over far dates */
        {
            int64_t ab = 0, ba = 0, bc = 0, ac = 0;
            kazcustoms_date a = ymd(1900, 6, 1), b = ymd(2026, 3, 20), c = ymd(2200, 2, 3);
            check(kazcustoms_working_days_between(NULL, a, b, &ab) == KAZCUSTOMS_RESULT_OK &&
                      kazcustoms_working_days_between(NULL, b, a, &ba) == KAZCUSTOMS_RESULT_OK &&
                      kazcustoms_working_days_between(NULL, b, c, &bc) == KAZCUSTOMS_RESULT_OK &&
                      kazcustoms_working_days_between(NULL, a, c, &ac) == KAZCUSTOMS_RESULT_OK && ab == -ba &&
                      ab + bc == ac && ab > 0,
                  "working_days_between: %lld %lld %lld %lld", (long long)ab, (long long)ba, (long long)bc,
                  (long long)ac);
        }
    }

    /* Languages of day_kind. */
    BAD_ARG(kazcustoms_day_kind(NULL, ymd(2026, 3, 23), "de", &out), "day_kind lang=de");
    BAD_ARG(kazcustoms_day_kind(NULL, ymd(2026, 3, 23), "", &out), "day_kind lang=\"\"");
    BAD_ARG(kazcustoms_day_kind(NULL, ymd(2026, 3, 23), "EN", &out), "day_kind lang=EN");
    check(out == UNTOUCHED, "day_kind: out written on failure");
    {
        char *json[3] = {NULL, NULL, NULL};
        size_t k;
        for (k = 0; k < 3; k++) {
            check(kazcustoms_day_kind(NULL, ymd(2026, 5, 9), LANGS[k], &json[k]) == KAZCUSTOMS_RESULT_OK,
                  "day_kind %s", LANGS[k]);
        }
        check(json[0] && json[1] && json[2] && strcmp(json[0], json[1]) != 0 && strcmp(json[1], json[2]) != 0 &&
                  strstr(json[0], "\"text\":\"Жеңіс күні\"") != NULL && strstr(json[1], "\"text\":\"День Победы\"") != NULL &&
                  strstr(json[2], "\"text\":\"Victory Day\"") != NULL,
              "day_kind texts follow lang: %s | %s | %s", json[0] ? json[0] : "", json[1] ? json[1] : "",
              json[2] ? json[2] : "");
        for (k = 0; k < 3; k++) {
            kazcustoms_string_free(json[k]);
        }
    }
}

/* A readable arrival document, for the pointer and UTF-8 checks. */
static const char SMALL_ARRIVAL[] =
    "{\"dcd\": {\"reference_number\": \"55201/14106/00317\", \"principal\": {\"deadline\": \"2026-10-16\"}},"
    " \"state\": \"registered\", \"arrival\": {\"date\": \"2026-10-19\", \"declaration\": {\"kind\":"
    " \"short_declaration\", \"number\": \"15101/19106/000123\"}, \"officer\": {\"name\": \"ОРАЗОВА А.М.\","
    " \"personal_seal\": \"0311\"}}}";

static void test_arrival_api(void) {
    char *out = UNTOUCHED;
    char *a = NULL, *b = NULL, *c = NULL;
    char *path;
    /* NULL options are the defaults, as "" and "{}" are (with a reference,
     * which the defaults take from the clock, the same record). */
    check(kazcustoms_register_arrival(SMALL_ARRIVAL, NULL, &a) == KAZCUSTOMS_RESULT_OK &&
              kazcustoms_register_arrival(SMALL_ARRIVAL, "", &b) == KAZCUSTOMS_RESULT_OK &&
              kazcustoms_register_arrival(SMALL_ARRIVAL, "{}", &c) == KAZCUSTOMS_RESULT_OK && a && b && c &&
              strcmp(a, b) == 0 && strcmp(b, c) == 0,
          "register_arrival options NULL, \"\" and {} give the same record");
    kazcustoms_string_free(a);
    kazcustoms_string_free(b);
    kazcustoms_string_free(c);
    a = NULL;
    /* A late arrival is registered; its report is in the options' lang. */
    if (check(kazcustoms_register_arrival(SMALL_ARRIVAL, "{\"reference\": \"2026-11-22\", \"lang\": \"kk\"}", &a) ==
                  KAZCUSTOMS_RESULT_OK,
              "register_arrival late")) {
        json_value *rec = parse("register_arrival late", a);
        char *report = rec ? json_write(json_get(rec, "report")) : NULL;
        const json_value *rules;
        const char *overdue = "[\"ARRIVAL.OVERDUE\"]";
        json_value *late = json_parse(overdue, strlen(overdue), NULL, 0);
        check(rec != NULL && json_get(rec, "registered") && json_get(rec, "registered")->boolean &&
                  streq(json_str(json_get(rec, "state")), "arrived") && json_get(rec, "in_time") &&
                  json_get(rec, "in_time")->type == JSON_BOOL && !json_get(rec, "in_time")->boolean &&
                  streq(json_str(json_get(rec, "delivered_on")), "2026-10-19") &&
                  streq(json_str(json_get(rec, "deadline")), "2026-10-16"),
              "register_arrival late: %s", a);
        rules = late;
        if (report != NULL) {
            check_report_rules("register_arrival late", report, "kk", rules);
        }
        json_free(late);
        free(report);
        json_free(rec);
        kazcustoms_string_free(a);
    }
    /* Options that cannot be read are an argument error, with the path. */
    BAD_ARG(kazcustoms_register_arrival(SMALL_ARRIVAL, "{\"reference\": 5}", &out), "register_arrival bad options");
    path = last_path();
    check(streq(path, "options.reference"), "register_arrival bad options: path '%s'", path ? path : "(none)");
    free(path);
    BAD_ARG(kazcustoms_register_arrival("[", "{\"lang\": \"de\"}", &out), "register_arrival lang=de");
    BAD_ARG(kazcustoms_register_arrival(SMALL_ARRIVAL, "{\"calendar\": {\"days_off\": [\"2100-01-04\"]}}", &out),
            "register_arrival: a calendar change out of range");
    check_document_error("register_arrival of []", kazcustoms_register_arrival("[]", NULL, &out), "document");
    check_document_error("register_arrival state=closed",
                         kazcustoms_register_arrival("{\"state\": \"closed\"}", NULL, &out), "document.state");
    check(out == UNTOUCHED, "register_arrival: out written on failure");
}

static void test_new_documents_validate(void) {
    /* validate_json accepts every kind of issue 4; options "calendar" reach
     * the rules that count working days (SD.LATE). */
    static const char *const kinds[] = {"guarantee_application", "guarantee", "short_declaration", "arrival",
                                        "delivery_certificate"};
    const char *sd = "{\"arrival_date\": \"2027-01-08\", \"declarant\": {\"role\": \"carrier_representative\","
                     " \"name\": \"ТЕМИРОВ Б.К.\", \"date\": \"2027-01-11\"}}";
    size_t i;
    for (i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
        char *out = UNTOUCHED;
        kazcustoms_result r = kazcustoms_validate_json(kinds[i], "{}", "{\"reference\": \"2026-11-22\"}", &out);
        check(r == KAZCUSTOMS_RESULT_OK || r == KAZCUSTOMS_RESULT_INVALID_DOCUMENT, "validate_json %s {}: %s",
              kinds[i], result_name(r));
        if (r == KAZCUSTOMS_RESULT_OK) {
            kazcustoms_string_free(out);
        }
    }
    {
        /* Arrived Friday 8 January 2027, filed Monday 11: in time by the
         * statutory calendar; late when a decree makes Saturday 9 January a
         * working day (then the next working day is the Saturday). */
        char *plain = NULL, *saturday = NULL;
        json_value *p, *s;
        int plain_late = 0, saturday_late = 0;
        size_t k;
        check(kazcustoms_validate_json("short_declaration", sd, "{\"reference\": \"2027-02-01\"}", &plain) ==
                      KAZCUSTOMS_RESULT_OK &&
                  kazcustoms_validate_json("short_declaration", sd,
                                           "{\"reference\": \"2027-02-01\", \"calendar\": {\"working_days\": "
                                           "[\"2027-01-09\"]}}",
                                           &saturday) == KAZCUSTOMS_RESULT_OK,
              "short declaration with and without a calendar change");
        p = plain ? parse("sd", plain) : NULL;
        s = saturday ? parse("sd", saturday) : NULL;
        for (k = 0; p && k < json_count(json_get(p, "violations")); k++) {
            plain_late |= streq(json_str(json_get(json_at(json_get(p, "violations"), k), "rule")), "SD.LATE");
        }
        for (k = 0; s && k < json_count(json_get(s, "violations")); k++) {
            saturday_late |= streq(json_str(json_get(json_at(json_get(s, "violations"), k), "rule")), "SD.LATE");
        }
        check(!plain_late && saturday_late, "options.calendar reaches SD.LATE: without %d, with a working Saturday %d",
              plain_late, saturday_late);
        json_free(p);
        json_free(s);
        kazcustoms_string_free(plain);
        kazcustoms_string_free(saturday);
    }
}

static void test_null_and_utf8(void) {
    static const char *const bad[] = {"\xff\xfe", "{\"days_off\": [\"\xc3\"]}", "\xed\xa0\x80", "arrivals\x80"};
    const kazcustoms_date day = ymd(2026, 3, 20);
    kazcustoms_calendar *cal = NULL;
    kazcustoms_date d = ymd(7, 7, 7);
    bool working = false;
    int64_t n = 7;
    char *out = UNTOUCHED;
    size_t i;

    NULL_ARG(kazcustoms_calendar_new(NULL, NULL), "calendar_new out=NULL");
    NULL_ARG(kazcustoms_calendar_new("{}", NULL), "calendar_new(\"{}\") out=NULL");
    NULL_ARG(kazcustoms_is_working_day(NULL, day, NULL), "is_working_day out=NULL");
    NULL_ARG(kazcustoms_next_working_day(NULL, day, NULL), "next_working_day out=NULL");
    NULL_ARG(kazcustoms_add_working_days(NULL, day, 1, NULL), "add_working_days out=NULL");
    NULL_ARG(kazcustoms_working_days_between(NULL, day, day, NULL), "working_days_between out=NULL");
    NULL_ARG(kazcustoms_day_kind(NULL, day, NULL, &out), "day_kind lang=NULL");
    NULL_ARG(kazcustoms_day_kind(NULL, day, "en", NULL), "day_kind out_json=NULL");
    NULL_ARG(kazcustoms_guarantee_transition(NULL, "registered", &out), "guarantee_transition from=NULL");
    NULL_ARG(kazcustoms_guarantee_transition("applied", NULL, &out), "guarantee_transition to=NULL");
    NULL_ARG(kazcustoms_guarantee_transition("applied", "registered", NULL), "guarantee_transition out_state=NULL");
    NULL_ARG(kazcustoms_register_arrival(NULL, NULL, &out), "register_arrival document_json=NULL");
    NULL_ARG(kazcustoms_register_arrival(SMALL_ARRIVAL, NULL, NULL), "register_arrival record_json=NULL");
    NULL_ARG(kazcustoms_export_journal(NULL, "[]", "csv", "ru", &out), "export_journal journal=NULL");
    NULL_ARG(kazcustoms_export_journal("arrivals", NULL, "csv", "ru", &out), "export_journal entries_json=NULL");
    NULL_ARG(kazcustoms_export_journal("arrivals", "[]", NULL, "ru", &out), "export_journal format=NULL");
    NULL_ARG(kazcustoms_export_journal("arrivals", "[]", "csv", NULL, &out), "export_journal lang=NULL");
    NULL_ARG(kazcustoms_export_journal("arrivals", "[]", "csv", "ru", NULL), "export_journal out=NULL");
    /* An out-parameter is checked before the work: a bad date with a NULL
     * out is still NULL_ARGUMENT. */
    NULL_ARG(kazcustoms_next_working_day(NULL, ymd(2026, 2, 30), NULL), "next_working_day bad date, out=NULL");
    check(out == UNTOUCHED && cal == NULL, "an out-parameter was written on a NULL argument");
    /* NULL calendars are the built-in one: not an error. */
    check(kazcustoms_is_working_day(NULL, day, &working) == KAZCUSTOMS_RESULT_OK && working &&
              kazcustoms_next_working_day(NULL, day, &d) == KAZCUSTOMS_RESULT_OK && same_date(d, ymd(2026, 3, 26)) &&
              kazcustoms_add_working_days(NULL, day, 2, &d) == KAZCUSTOMS_RESULT_OK && same_date(d, ymd(2026, 3, 27)) &&
              kazcustoms_working_days_between(NULL, day, ymd(2026, 3, 31), &n) == KAZCUSTOMS_RESULT_OK && n == 4,
          "a NULL calendar is the built-in calendar");
    /* Unknown states of the guarantee lifecycle. */
    {
        static const char *const unknown[] = {"closed", "Applied", "", " used", "registered "};
        for (i = 0; i < sizeof unknown / sizeof unknown[0]; i++) {
            char what[64];
            snprintf(what, sizeof what, "unknown guarantee state '%s' (from)", unknown[i]);
            BAD_ARG(kazcustoms_guarantee_transition(unknown[i], "registered", &out), what);
            snprintf(what, sizeof what, "unknown guarantee state '%s' (to)", unknown[i]);
            BAD_ARG(kazcustoms_guarantee_transition("applied", unknown[i], &out), what);
        }
        /* a DCD state is not a guarantee state, nor the reverse */
        BAD_ARG(kazcustoms_guarantee_transition("drafted", "registered", &out), "guarantee from=drafted");
        BAD_ARG(kazcustoms_dcd_transition("applied", "registered", &out), "dcd from=applied");
        check(out == UNTOUCHED, "unknown state: out written on failure");
    }

    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        const char *b = bad[i];
        char what[96];
#define UTF8(call, arg)                                                                   \
    do {                                                                                  \
        snprintf(what, sizeof what, "invalid UTF-8 #%lu in %s", (unsigned long)i, arg);   \
        BAD_UTF8((call), what);                                                           \
    } while (0)
        UTF8(kazcustoms_calendar_new(b, &cal), "calendar_new overrides_json");
        UTF8(kazcustoms_day_kind(NULL, day, b, &out), "day_kind lang");
        UTF8(kazcustoms_guarantee_transition(b, "registered", &out), "guarantee_transition from");
        UTF8(kazcustoms_guarantee_transition("applied", b, &out), "guarantee_transition to");
        UTF8(kazcustoms_register_arrival(b, NULL, &out), "register_arrival document_json");
        UTF8(kazcustoms_register_arrival(SMALL_ARRIVAL, b, &out), "register_arrival options_json");
        UTF8(kazcustoms_export_journal(b, "[]", "csv", "ru", &out), "export_journal journal");
        UTF8(kazcustoms_export_journal("arrivals", b, "csv", "ru", &out), "export_journal entries_json");
        UTF8(kazcustoms_export_journal("arrivals", "[]", b, "ru", &out), "export_journal format");
        UTF8(kazcustoms_export_journal("arrivals", "[]", "csv", b, &out), "export_journal lang");
#undef UTF8
        check(out == UNTOUCHED && cal == NULL, "invalid UTF-8 #%lu: an out-parameter was written", (unsigned long)i);
    }
}

static void test_free_null(void) {
    kazcustoms_calendar_free(NULL);
    kazcustoms_string_free(NULL);
    check(1, "calendar_free(NULL) is a no-op");
}

/* ------------------------------------------------------------------ */
/* One calendar, several threads                                       */
/* ------------------------------------------------------------------ */

#define CAL_THREADS 4
#define CAL_DAYS 365

typedef struct cal_worker {
    const kazcustoms_calendar *calendar; /* NULL: the built-in one */
    const kazcustoms_date *expected;     /* next working day of each day of 2026 */
    const int64_t *counts;               /* working days from 2025-12-31 to each day */
    int mismatches;
} cal_worker;

static kazcustoms_date day_of_2026(int index) {
    static const uint32_t lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    uint32_t m = 0;
    uint32_t d = (uint32_t)index;
    while (d >= lengths[m]) {
        d -= lengths[m++];
    }
    return ymd(2026, m + 1, d + 1);
}

static void *calendar_many(void *arg) {
    cal_worker *w = arg;
    int round, i;
    for (round = 0; round < 5; round++) {
        for (i = 0; i < CAL_DAYS; i++) {
            kazcustoms_date got;
            int64_t n = 0;
            if (kazcustoms_next_working_day(w->calendar, day_of_2026(i), &got) != KAZCUSTOMS_RESULT_OK ||
                !same_date(got, w->expected[i]) ||
                kazcustoms_working_days_between(w->calendar, ymd(2025, 12, 31), day_of_2026(i), &n) !=
                    KAZCUSTOMS_RESULT_OK ||
                n != w->counts[i]) {
                w->mismatches++;
            }
        }
    }
    return NULL;
}

static void test_calendar_threads(void) {
    static kazcustoms_date expected[CAL_DAYS];
    static int64_t counts[CAL_DAYS];
    kazcustoms_calendar *cal = NULL;
    cal_worker workers[CAL_THREADS];
    pthread_t threads[CAL_THREADS];
    int i, started = 0, mismatches = 0;
    if (!check(kazcustoms_calendar_new(NULL, &cal) == KAZCUSTOMS_RESULT_OK, "threads: calendar_new")) {
        return;
    }
    for (i = 0; i < CAL_DAYS; i++) {
        if (kazcustoms_next_working_day(cal, day_of_2026(i), &expected[i]) != KAZCUSTOMS_RESULT_OK ||
            kazcustoms_working_days_between(cal, ymd(2025, 12, 31), day_of_2026(i), &counts[i]) !=
                KAZCUSTOMS_RESULT_OK) {
            check(0, "threads: expected values");
            kazcustoms_calendar_free(cal);
            return;
        }
    }
    check(counts[CAL_DAYS - 1] == 247, "2026 has %lld working days, expected 247", (long long)counts[CAL_DAYS - 1]);
    for (i = 0; i < CAL_THREADS; i++) {
        workers[i].calendar = i % 2 ? cal : NULL;
        workers[i].expected = expected;
        workers[i].counts = counts;
        workers[i].mismatches = 0;
        if (pthread_create(&threads[i], NULL, calendar_many, &workers[i]) != 0) {
            break;
        }
        started++;
    }
    for (i = 0; i < started; i++) {
        pthread_join(threads[i], NULL);
        mismatches += workers[i].mismatches;
    }
    check(started == CAL_THREADS, "calendar threads: started %d", started);
    check(mismatches == 0, "calendar threads: %d answers differ from the single-threaded ones", mismatches);
    kazcustoms_calendar_free(cal);
}

void test_issue4(const char *dir) {
    test_calendar_vectors(dir);
    test_guarantee_vectors(dir);
    test_short_declaration_vectors(dir);
    test_arrival_vectors(dir);
    test_export_journal();
    test_calendar_api();
    test_arrival_api();
    test_new_documents_validate();
    test_null_and_utf8();
    test_free_null();
    test_calendar_threads();
}
