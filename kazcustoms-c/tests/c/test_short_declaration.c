/*
 * C tests of the short declaration in libkazcustoms: the deadlines of
 * tests/vectors/short_declaration.json (the next working day after each
 * arrival, as kazcustoms-core/tests/sd_vectors.rs reads them) through
 * kazcustoms_next_working_day(), and validation of every kind with options
 * that change the calendar. The file's documents are walked by
 * test_vectors.c.
 *
 * Run from test.c's main() (one binary, one "N passed, M failed" line).
 */
#define _POSIX_C_SOURCE 200809L

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

/* A sentinel for string out-parameters: never dereferenced nor freed. */
static char untouched_text[] = "untouched";
#define UNTOUCHED (untouched_text)


/* ------------------------------------------------------------------ */
/* short_declaration.json                                              */
/* ------------------------------------------------------------------ */

/* The deadlines of short_declaration.json: the first working day after
 * the arrival date. */
static void test_short_declaration_deadlines(const char *dir) {
    json_value *v;
    char *text = read_vectors(dir, "short_declaration.json", &v);
    const json_value *list;
    size_t i;
    if (v == NULL) {
        free(text);
        return;
    }
    /* deadlines: the core's filing_deadline is the calendar's next working
     * day after arrival, which the C API gives directly. */
    list = json_get(v, "deadlines");
    check(json_count(list) > 0, "short_declaration.json: no deadlines");
    for (i = 0; i < json_count(list); i++) {
        const json_value *c = json_at(list, i);
        kazcustoms_date got = date_ymd(0, 0, 0);
        kazcustoms_date want = date_iso(json_str(json_get(c, "next_working_day")));
        char a[32];
        kazcustoms_result r = kazcustoms_next_working_day(NULL, date_iso(json_str(json_get(c, "arrival"))), &got);
        date_format(got, a);
        check(r == KAZCUSTOMS_RESULT_OK && date_same(got, want), "short_declaration.json deadlines[%lu] %s: got %s %s (%s)",
              (unsigned long)i, json_str(json_get(c, "arrival")) ? json_str(json_get(c, "arrival")) : "?",
              result_name(r), a, json_str(json_get(c, "note")) ? json_str(json_get(c, "note")) : "");
    }
    json_free(v);
    free(text);
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
        p = plain ? parse_result("sd", plain) : NULL;
        s = saturday ? parse_result("sd", saturday) : NULL;
        for (k = 0; p && k < json_count(json_get(p, "violations")); k++) {
            plain_late |= str_eq(json_str(json_get(json_at(json_get(p, "violations"), k), "rule")), "SD.LATE");
        }
        for (k = 0; s && k < json_count(json_get(s, "violations")); k++) {
            saturday_late |= str_eq(json_str(json_get(json_at(json_get(s, "violations"), k), "rule")), "SD.LATE");
        }
        check(!plain_late && saturday_late, "options.calendar reaches SD.LATE: without %d, with a working Saturday %d",
              plain_late, saturday_late);
        json_free(p);
        json_free(s);
        kazcustoms_string_free(plain);
        kazcustoms_string_free(saturday);
    }
}

void test_short_declaration(const char *dir) {
    test_short_declaration_deadlines(dir);
    test_new_documents_validate();
}
