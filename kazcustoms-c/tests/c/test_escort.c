/*
 * The customs escort's two computations through kazcustoms_teams_needed()
 * and kazcustoms_escort_fee() (R2 §22, §13), the fee arithmetic in the
 * report of kazcustoms_validate_json("escort", …) in every language, and
 * the escort journal through kazcustoms_export_journal("escorts", …). The
 * shared vectors of tests/vectors/escort.json run in test_vectors.c.
 *
 * Run from test.c's main() (one binary, one "N passed, M failed" line).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

#define UNTOUCHED_TEAMS 0xDEADBEEFu
#define UNTOUCHED_FEE 0xDEADBEEFDEADBEEFull

static void test_teams_needed(void) {
    static const uint32_t n[] = {1, 9, 10, 11, 20, 21, 25, UINT32_MAX};
    static const uint32_t want[] = {1, 1, 1, 2, 2, 3, 3, 429496730u};
    uint32_t out = UNTOUCHED_TEAMS;
    kazcustoms_result r;
    size_t i;
    char *m;
    for (i = 0; i < sizeof n / sizeof n[0]; i++) {
        r = kazcustoms_teams_needed(n[i], &out);
        check(r == KAZCUSTOMS_RESULT_OK && out == want[i], "teams_needed(%lu): %s %lu, expected %lu",
              (unsigned long)n[i], result_name(r), (unsigned long)out, (unsigned long)want[i]);
    }
    out = UNTOUCHED_TEAMS;
    r = kazcustoms_teams_needed(0, &out);
    check_input_error(r, KAZCUSTOMS_RESULT_INVALID_ARGUMENT, "teams_needed(0)");
    check(out == UNTOUCHED_TEAMS, "teams_needed(0): out written on failure");
    m = last_message("kk");
    check(m != NULL && strstr(m, "колоннада") != NULL, "teams_needed(0): Kazakh message '%s'", m ? m : "(none)");
    free(m);
    r = kazcustoms_teams_needed(25, NULL);
    check_input_error(r, KAZCUSTOMS_RESULT_NULL_ARGUMENT, "teams_needed(NULL out)");
}

static void test_escort_fee(void) {
    uint64_t out = UNTOUCHED_FEE;
    kazcustoms_result r;
    /* 10 МРП × 3063 (fees all of 2022), not × 3180 (benefits). */
    r = kazcustoms_escort_fee(10, date_ymd(2022, 6, 15), &out);
    check(r == KAZCUSTOMS_RESULT_OK && out == 30630u, "escort_fee(10, 2022-06-15): %s %llu", result_name(r),
          (unsigned long long)out);
    r = kazcustoms_escort_fee(10, date_ymd(2026, 11, 5), &out);
    check(r == KAZCUSTOMS_RESULT_OK && out == 43250u, "escort_fee(10, 2026-11-05): %s %llu", result_name(r),
          (unsigned long long)out);
    r = kazcustoms_escort_fee(UINT32_MAX, date_ymd(2026, 1, 1), &out);
    check(r == KAZCUSTOMS_RESULT_OK && out == (uint64_t)UINT32_MAX * 4325u, "escort_fee(UINT32_MAX): %s",
          result_name(r));
    out = UNTOUCHED_FEE;
    r = kazcustoms_escort_fee(0, date_ymd(2026, 11, 5), &out);
    check_input_error(r, KAZCUSTOMS_RESULT_INVALID_ARGUMENT, "escort_fee(rate 0)");
    r = kazcustoms_escort_fee(10, date_ymd(2027, 1, 1), &out);
    check_input_error(r, KAZCUSTOMS_RESULT_INVALID_ARGUMENT, "escort_fee(2027-01-01)");
    r = kazcustoms_escort_fee(10, date_ymd(2026, 2, 30), &out);
    check_input_error(r, KAZCUSTOMS_RESULT_INVALID_ARGUMENT, "escort_fee(2026-02-30)");
    check(out == UNTOUCHED_FEE, "escort_fee: out written on failure");
    r = kazcustoms_escort_fee(10, date_ymd(2026, 11, 5), NULL);
    check_input_error(r, KAZCUSTOMS_RESULT_NULL_ARGUMENT, "escort_fee(NULL out)");
}

static void test_fee_message(void) {
    static const char *doc = "{\"decision\": {\"date\": \"2026-11-05\", \"fee\": "
                             "{\"rate_mrp\": 10, \"amount_tenge\": 39320}}}";
    static const char *const langs[] = {"kk", "ru", "en"};
    size_t i;
    for (i = 0; i < 3; i++) {
        char options[64];
        char *report = NULL;
        kazcustoms_result r;
        snprintf(options, sizeof options, "{\"reference\": \"2026-11-22\", \"lang\": \"%s\"}", langs[i]);
        r = kazcustoms_validate_json("escort", doc, options, &report);
        check(r == KAZCUSTOMS_RESULT_OK && report != NULL && strstr(report, "10 × 4325 = 43250") != NULL &&
                  strstr(report, "ESC.FEE.AMOUNT") != NULL,
              "validate escort (%s): %s %s", langs[i], result_name(r), report ? report : "(none)");
        kazcustoms_string_free(report);
    }
}

static void test_journal(void) {
    static const char *ok = "[{\"number\": 12, \"escort_number\": \"0012-55201-05116\", \"date\": \"2026-11-05\", "
                            "\"team_leader\": \"НУРЛАНОВ Е.С.\", \"leader_signed\": true}]";
    static const char *bad = "[{\"number\": 13, \"escort_number\": \"0012-55201-05116\", \"date\": \"2026-11-05\"}]";
    char *out = NULL;
    char *path;
    kazcustoms_result r = kazcustoms_export_journal("escorts", ok, "csv", "en", &out);
    check(r == KAZCUSTOMS_RESULT_OK && out != NULL && strncmp(out, "No,", 3) == 0 &&
              strstr(out, "0012-55201-05116") != NULL,
          "export escorts: %s %s", result_name(r), out ? out : "(none)");
    kazcustoms_string_free(out);
    out = NULL;
    r = kazcustoms_export_journal("escorts", bad, "csv", "en", &out);
    check(r == KAZCUSTOMS_RESULT_INVALID_DOCUMENT && out == NULL, "export escorts (No ≠ number): %s",
          result_name(r));
    path = last_path();
    check(path != NULL && strcmp(path, "entries[0].escort_number") == 0, "export escorts: path '%s'",
          path ? path : "(none)");
    free(path);
}

void test_escort(void) {
    test_teams_needed();
    test_escort_fee();
    test_fee_message();
    test_journal();
}
