/*
 * C tests of the working-day calendar of libkazcustoms: the calendar
 * vector files the index lists (tests/vectors/calendar.json) through
 * kazcustoms_calendar_new(), _is_working_day(), _day_kind(),
 * _next_working_day(), _add_working_days(), _working_days_between(), read
 * exactly as kazcustoms-core/tests/calendar_vectors.rs reads them; then
 * what only a C caller can get wrong: NULL pointers, invalid UTF-8, dates
 * that do not exist or lie at the end of the calendar, outputs left
 * untouched on failure, free(NULL), one calendar shared by threads.
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
/* Calendar changes that cannot be read: INVALID_DOCUMENT of the calendar. */
#define BAD_CALENDAR(call, what)                                                                   \
    do {                                                                                           \
        check_input_error((call), KAZCUSTOMS_RESULT_INVALID_DOCUMENT, what);                       \
        check(str_eq(kazcustoms_last_error_input(), "calendar"), "%s: input '%s'", what,           \
              kazcustoms_last_error_input() ? kazcustoms_last_error_input() : "(none)");           \
    } while (0)

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
        kazcustoms_date d = date_iso(when);
        int is = !(working != NULL && working->boolean);
        char what[200];
        kazcustoms_result r;
        snprintf(what, sizeof what, "%s facts[%lu] %s", label, (unsigned long)i, when ? when : "?");
        if (!check(when != NULL && working != NULL && working->type == JSON_BOOL && kind != NULL, "%s: malformed",
                   what)) {
            continue;
        }
        r = kazcustoms_is_working_day(cal, d, &is);
        check(r == KAZCUSTOMS_RESULT_OK && is == (working->boolean ? 1 : 0), "%s: is_working_day %s %d, expected %d",
              what, result_name(r), is, working->boolean);
        for (k = 0; k < 3; k++) {
            char *json = UNTOUCHED;
            json_value *v;
            const json_value *text, *texts;
            r = kazcustoms_day_kind(cal, d, LANGS[k], &json);
            if (!check(r == KAZCUSTOMS_RESULT_OK, "%s: day_kind %s: %s", what, LANGS[k], result_name(r))) {
                continue;
            }
            v = parse_result(what, json);
            kazcustoms_string_free(json);
            if (v == NULL) {
                continue;
            }
            text = json_get(v, "text");
            texts = json_get(v, "texts");
            check(str_eq(json_str(json_get(v, "kind")), kind), "%s: kind %s, expected %s", what,
                  json_str(json_get(v, "kind")) ? json_str(json_get(v, "kind")) : "?", kind);
            check(json_get(v, "working") != NULL && json_get(v, "working")->type == JSON_BOOL &&
                      json_get(v, "working")->boolean == working->boolean,
                  "%s: day_kind working is not %d", what, working->boolean);
            if (str_eq(kind, "holiday") || str_eq(kind, "moved_day_off")) {
                size_t l;
                check(json_str(text) != NULL && text->string[0] != '\0' &&
                          str_eq(json_str(text), json_str(json_get(texts, LANGS[k]))),
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
                check(str_eq(kind, "holiday") && str_eq(json_str(text), name), "%s: name '%s', expected '%s'", what,
                      json_str(text) ? json_str(text) : "(null)", name);
            }
            json_free(v);
        }
    }
    list = json_get(cases, "next_working_day");
    for (i = 0; i < json_count(list); i++) {
        const json_value *c = json_at(list, i);
        kazcustoms_date got = date_ymd(0, 0, 0), want = date_iso(json_str(json_get(c, "expect")));
        char a[32], b[32];
        kazcustoms_result r = kazcustoms_next_working_day(cal, date_iso(json_str(json_get(c, "date"))), &got);
        date_format(got, a);
        date_format(want, b);
        check(r == KAZCUSTOMS_RESULT_OK && date_same(got, want), "%s next_working_day[%lu] %s: got %s %s, expected %s",
              label, (unsigned long)i, json_str(json_get(c, "date")) ? json_str(json_get(c, "date")) : "?",
              result_name(r), a, b);
    }
    list = json_get(cases, "add_working_days");
    for (i = 0; i < json_count(list); i++) {
        const json_value *c = json_at(list, i);
        const char *when = json_str(json_get(c, "date"));
        const json_value *expect = json_get(c, "expect");
        long long n = -1;
        kazcustoms_date got = date_ymd(7, 7, 7);
        char what[160], a[32];
        kazcustoms_result r;
        snprintf(what, sizeof what, "%s add_working_days[%lu] %s", label, (unsigned long)i, when ? when : "?");
        if (!check(when != NULL && json_integer(json_get(c, "n"), &n) && n >= 0 && n <= (long long)UINT32_MAX,
                   "%s: malformed", what)) {
            continue;
        }
        r = kazcustoms_add_working_days(cal, date_iso(when), (uint32_t)n, &got);
        date_format(got, a);
        if (expect != NULL) {
            check(r == KAZCUSTOMS_RESULT_OK && date_same(got, date_iso(json_str(expect))),
                  "%s + %lld: got %s %s, expected %s", what, n, result_name(r), a,
                  json_str(expect) ? json_str(expect) : "?");
        } else if (check(str_eq(json_str(json_get(c, "expect_error")), "input"), "%s: neither expect nor input error",
                         what)) {
            check_input_error(r, KAZCUSTOMS_RESULT_INVALID_ARGUMENT, what);
            check(date_same(got, date_ymd(7, 7, 7)), "%s: out written on failure", what);
        }
    }
    list = json_get(cases, "working_days_between");
    for (i = 0; i < json_count(list); i++) {
        const json_value *c = json_at(list, i);
        long long want = 0;
        int64_t got = 0;
        kazcustoms_result r;
        if (!check(json_integer(json_get(c, "expect"), &want), "%s working_days_between[%lu]: malformed", label,
                   (unsigned long)i)) {
            continue;
        }
        r = kazcustoms_working_days_between(cal, date_iso(json_str(json_get(c, "from"))),
                                            date_iso(json_str(json_get(c, "to"))), &got);
        check(r == KAZCUSTOMS_RESULT_OK && got == want, "%s working_days_between[%lu] %s..%s: got %s %lld, expected %lld",
              label, (unsigned long)i, json_str(json_get(c, "from")) ? json_str(json_get(c, "from")) : "?",
              json_str(json_get(c, "to")) ? json_str(json_get(c, "to")) : "?", result_name(r), (long long)got, want);
    }
}

/* One calendar file of the index. */
static void test_calendar_file(const char *dir, const char *file) {
    json_value *v;
    char *text = read_vectors(dir, file, &v);
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
    if (check(json_integer(json_at(supported, 0), &first) && json_integer(json_at(supported, 1), &last),
              "calendar.json: supported_years")) {
        kazcustoms_date d = date_ymd(0, 0, 0);
        check(kazcustoms_add_working_days(NULL, date_ymd((int32_t)first, 1, 1), 0, &d) == KAZCUSTOMS_RESULT_OK &&
                  kazcustoms_add_working_days(NULL, date_ymd((int32_t)last, 12, 31), 0, &d) == KAZCUSTOMS_RESULT_OK,
              "the first and last days of the supported years are supported");
        BAD_ARG(kazcustoms_add_working_days(NULL, date_ymd((int32_t)first - 1, 12, 31), 0, &d),
                "the day before the supported years");
        BAD_ARG(kazcustoms_add_working_days(NULL, date_ymd((int32_t)last + 1, 1, 1), 0, &d),
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
            kazcustoms_result code = KAZCUSTOMS_RESULT_OK;
            check(str_eq(json_str(json_get(c, "expect_error")), "input"), "%s: unknown expect_error", label);
            if (error_class_code(label, json_str(json_get(c, "error")), &code)) {
                const char *input = kazcustoms_last_error_input();
                const char *want = json_str(json_get(c, "input"));
                check_input_error(r, code, label);
                check(want != NULL ? str_eq(input, want) : input == NULL, "%s: input '%s', expected '%s'", label,
                      input ? input : "(none)", want ? want : "(none)");
            }
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

/* The calendar files of the index. */
static void test_calendar_vectors(const char *dir) {
    json_value *index;
    char *text = read_vectors(dir, "index.json", &index);
    const json_value *files = json_get(index, "calendar");
    size_t i;
    check(json_count(files) > 0, "index.json: no calendar file");
    for (i = 0; i < json_count(files); i++) {
        if (check(json_str(json_at(files, i)) != NULL, "index.json: calendar[%lu]", (unsigned long)i)) {
            test_calendar_file(dir, json_str(json_at(files, i)));
        }
    }
    json_free(index);
    free(text);
}

/* ------------------------------------------------------------------ */
/* C-specific checks of the calendar functions                         */
/* ------------------------------------------------------------------ */

static void test_calendar_api(void) {
    kazcustoms_calendar *cal = NULL, *other = NULL;
    kazcustoms_date d = date_ymd(7, 7, 7);
    int working = 7;
    int64_t n = 7;
    char *out = UNTOUCHED;
    kazcustoms_result r;
    char *path;

    /* NULL, "" and blanks are the built-in calendar; so is a NULL handle. */
    if (check(kazcustoms_calendar_new("", &cal) == KAZCUSTOMS_RESULT_OK &&
                  kazcustoms_calendar_new(" \n\t", &other) == KAZCUSTOMS_RESULT_OK && cal && other,
              "calendar_new(\"\") and blanks")) {
        int64_t a = 0, b = 0, c = 0;
        check(kazcustoms_working_days_between(cal, date_ymd(2019, 12, 31), date_ymd(2026, 12, 31), &a) == KAZCUSTOMS_RESULT_OK &&
                  kazcustoms_working_days_between(other, date_ymd(2019, 12, 31), date_ymd(2026, 12, 31), &b) ==
                      KAZCUSTOMS_RESULT_OK &&
                  kazcustoms_working_days_between(NULL, date_ymd(2019, 12, 31), date_ymd(2026, 12, 31), &c) ==
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
        check(kazcustoms_is_working_day(other, date_ymd(2027, 1, 9), &working) == KAZCUSTOMS_RESULT_OK && working == 1,
              "a working Saturday");
        check(kazcustoms_is_working_day(cal, date_ymd(2027, 1, 9), &working) == KAZCUSTOMS_RESULT_OK && working == 0,
              "the other handle is unchanged");
        check(kazcustoms_day_kind(other, date_ymd(2027, 1, 8), "ru", &json) == KAZCUSTOMS_RESULT_OK &&
                  strcmp(json, "{\"kind\":\"moved_day_off\",\"working\":false,\"text\":\"выходной день, заданный "
                               "пользователем\",\"texts\":{\"kk\":\"қолданушы белгілеген демалыс күні\",\"ru\":"
                               "\"выходной день, заданный пользователем\",\"en\":\"day off set by the caller\"}}") == 0,
              "day_kind of a caller's day off: %s", json ? json : "(none)");
        kazcustoms_string_free(json);
        json = NULL;
        check(kazcustoms_day_kind(NULL, date_ymd(2026, 3, 20), "kk", &json) == KAZCUSTOMS_RESULT_OK &&
                  strcmp(json, "{\"kind\":\"working\",\"working\":true,\"text\":null,\"texts\":null}") == 0,
              "day_kind of a working day: %s", json ? json : "(none)");
        kazcustoms_string_free(json);
        kazcustoms_calendar_free(other);
    }
    kazcustoms_calendar_free(cal);

    /* Unreadable changes: INVALID_ARGUMENT with the path; out untouched. */
    cal = NULL;
    BAD_CALENDAR(kazcustoms_calendar_new("{\"days_off\": [\"2027-01-08\", \"2027-02-30\"]}", &cal), "a day off 30 Feb");
    path = last_path();
    check(str_eq(path, "calendar.days_off[1]"), "calendar_new: path '%s'", path ? path : "(none)");
    free(path);
    BAD_CALENDAR(kazcustoms_calendar_new("[]", &cal), "calendar_new([])");
    BAD_CALENDAR(kazcustoms_calendar_new("{", &cal), "calendar_new({)");
    BAD_ARG(kazcustoms_calendar_new("{\"days_off\": [\"2012-05-05\"]}", &cal), "a day off in 2012");
    path = last_path();
    check(str_eq(path, ""), "a day off in 2012 is not about a JSON field's form: path '%s'", path ? path : "(none)");
    free(path);
    check(cal == NULL, "calendar_new: out written on failure");

    /* Dates that do not exist. */
    d = date_ymd(7, 7, 7);
    n = 7;
    working = 7;
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
            BAD_ARG(kazcustoms_working_days_between(NULL, bad[i], date_ymd(2026, 1, 1), &n), what);
            BAD_ARG(kazcustoms_working_days_between(NULL, date_ymd(2026, 1, 1), bad[i], &n), what);
            BAD_ARG(kazcustoms_day_kind(NULL, bad[i], "en", &out), what);
        }
        check(date_same(d, date_ymd(7, 7, 7)) && n == 7 && working == 7 && out == UNTOUCHED,
              "calendar functions wrote an out-parameter on failure");
    }

    /* The ends of the calendar: no panic, an answer or an input error. */
    {
        static const int32_t years[] = {262143, 262142, -262143, -262144, INT32_MAX, INT32_MIN};
        size_t i;
        for (i = 0; i < sizeof years / sizeof years[0]; i++) {
            kazcustoms_date edges[2];
            size_t e;
            edges[0] = date_ymd(years[i], 12, 31);
            edges[1] = date_ymd(years[i], 1, 1);
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
                r = kazcustoms_working_days_between(NULL, edges[e], date_ymd(2026, 1, 1), &n);
                check(r == KAZCUSTOMS_RESULT_OK || r == KAZCUSTOMS_RESULT_INVALID_ARGUMENT,
                      "working_days_between %s: %s", what, result_name(r));
                BAD_ARG(kazcustoms_add_working_days(NULL, edges[e], 1, &d), what);
            }
        }
        /* the last day chrono has is a date, but has no next day */
        r = kazcustoms_is_working_day(NULL, date_ymd(262142, 12, 31), &working);
        check(r == KAZCUSTOMS_RESULT_OK, "262142-12-31 is a date: %s", result_name(r));
        BAD_ARG(kazcustoms_next_working_day(NULL, date_ymd(262142, 12, 31), &d), "next working day after 262142-12-31");
        check(kazcustoms_next_working_day(NULL, date_ymd(262142, 12, 20), &d) == KAZCUSTOMS_RESULT_OK &&
                  d.year == 262142 && d.month == 12 && d.day > 20,
              "next working day after 262142-12-20: %d-%u-%u", (int)d.year, (unsigned)d.month, (unsigned)d.day);
        BAD_ARG(kazcustoms_add_working_days(NULL, date_ymd(2026, 1, 1), UINT32_MAX, &d), "2026-01-01 + UINT32_MAX");
        check(kazcustoms_add_working_days(NULL, date_ymd(2013, 1, 1), 0, &d) == KAZCUSTOMS_RESULT_OK &&
                  date_same(d, date_ymd(2013, 1, 1)),
              "n = 0 on a holiday is the day itself");
        /* counts are antisymmetric and additive over far dates */
        {
            int64_t ab = 0, ba = 0, bc = 0, ac = 0;
            kazcustoms_date a = date_ymd(1900, 6, 1), b = date_ymd(2026, 3, 20), c = date_ymd(2200, 2, 3);
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
    BAD_ARG(kazcustoms_day_kind(NULL, date_ymd(2026, 3, 23), "de", &out), "day_kind lang=de");
    BAD_ARG(kazcustoms_day_kind(NULL, date_ymd(2026, 3, 23), "", &out), "day_kind lang=\"\"");
    BAD_ARG(kazcustoms_day_kind(NULL, date_ymd(2026, 3, 23), "EN", &out), "day_kind lang=EN");
    check(out == UNTOUCHED, "day_kind: out written on failure");
    {
        char *json[3] = {NULL, NULL, NULL};
        size_t k;
        for (k = 0; k < 3; k++) {
            check(kazcustoms_day_kind(NULL, date_ymd(2026, 5, 9), LANGS[k], &json[k]) == KAZCUSTOMS_RESULT_OK,
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

static void test_calendar_null_and_utf8(void) {
    static const char *const bad[] = {"\xff\xfe", "{\"days_off\": [\"\xc3\"]}", "\xed\xa0\x80", "arrivals\x80"};
    const kazcustoms_date day = date_ymd(2026, 3, 20);
    kazcustoms_calendar *cal = NULL;
    kazcustoms_date d = date_ymd(7, 7, 7);
    int working = 0;
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
    /* An out-parameter is checked before the work: a bad date with a NULL
     * out is still NULL_ARGUMENT. */
    NULL_ARG(kazcustoms_next_working_day(NULL, date_ymd(2026, 2, 30), NULL), "next_working_day bad date, out=NULL");
    check(out == UNTOUCHED && cal == NULL, "an out-parameter was written on a NULL argument");
    /* NULL calendars are the built-in one: not an error. */
    check(kazcustoms_is_working_day(NULL, day, &working) == KAZCUSTOMS_RESULT_OK && working == 1 &&
              kazcustoms_next_working_day(NULL, day, &d) == KAZCUSTOMS_RESULT_OK && date_same(d, date_ymd(2026, 3, 26)) &&
              kazcustoms_add_working_days(NULL, day, 2, &d) == KAZCUSTOMS_RESULT_OK && date_same(d, date_ymd(2026, 3, 27)) &&
              kazcustoms_working_days_between(NULL, day, date_ymd(2026, 3, 31), &n) == KAZCUSTOMS_RESULT_OK && n == 4,
          "a NULL calendar is the built-in calendar");
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
    return date_ymd(2026, m + 1, d + 1);
}

static void *calendar_many(void *arg) {
    cal_worker *w = arg;
    int round, i;
    for (round = 0; round < 5; round++) {
        for (i = 0; i < CAL_DAYS; i++) {
            kazcustoms_date got;
            int64_t n = 0;
            if (kazcustoms_next_working_day(w->calendar, day_of_2026(i), &got) != KAZCUSTOMS_RESULT_OK ||
                !date_same(got, w->expected[i]) ||
                kazcustoms_working_days_between(w->calendar, date_ymd(2025, 12, 31), day_of_2026(i), &n) !=
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
            kazcustoms_working_days_between(cal, date_ymd(2025, 12, 31), day_of_2026(i), &counts[i]) !=
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

void test_calendar(const char *dir) {
    test_calendar_vectors(dir);
    test_calendar_api();
    test_calendar_null_and_utf8();
    test_free_null();
    test_calendar_threads();
}
