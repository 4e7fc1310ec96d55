/*
 * The monthly calculation index (МРП) through kazcustoms_mrp(): every file
 * the index (tests/vectors/index.json) lists under "mrp" (see
 * tests/vectors/README.md, mrp.json), as the Rust harness
 * (kazcustoms-core/tests/vectors.rs, mrp_values) walks them:
 *
 *   values        kazcustoms_mrp(date, purpose) gives `expect`
 *   input_errors  the result code of `error` (error_class_code()), no rule,
 *                 a message in each of kk, ru, en containing every string
 *                 of `message_contains`, `*out` left untouched
 *
 * then what only a C caller can get wrong: NULL pointers, invalid UTF-8, a
 * date that does not exist.
 *
 * Run from test.c's main() (one binary, one "N passed, M failed" line).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

static const char *const LANGS[] = {"kk", "ru", "en"};

/* A value the library never writes: what `*out` must still hold after a
 * failed call. */
#define UNTOUCHED_MRP 0xDEADBEEFu

static void test_mrp_file(const char *dir, const char *file, size_t *total) {
    json_value *v;
    char *text = read_vectors(dir, file, &v);
    const json_value *list;
    size_t i, k, l;
    if (v == NULL) {
        free(text);
        return;
    }
    list = json_get(v, "values");
    check(json_count(list) > 0, "%s: no values", file);
    for (i = 0; i < json_count(list); i++) {
        const json_value *c = json_at(list, i);
        const char *date = json_str(json_get(c, "date"));
        const char *purpose = json_str(json_get(c, "purpose"));
        long long want = as_integer(json_get(c, "expect"));
        uint32_t got = UNTOUCHED_MRP;
        kazcustoms_result r = kazcustoms_mrp(date_iso(date), purpose, &got);
        check(r == KAZCUSTOMS_RESULT_OK && (long long)got == want, "%s values[%lu] %s %s: %s, got %lu, expected %lld",
              file, (unsigned long)i, date ? date : "?", purpose ? purpose : "?", result_name(r),
              (unsigned long)got, want);
        (*total)++;
    }
    list = json_get(v, "input_errors");
    check(json_count(list) > 0, "%s: no input_errors", file);
    for (i = 0; i < json_count(list); i++) {
        const json_value *c = json_at(list, i);
        const char *date = json_str(json_get(c, "date"));
        const char *purpose = json_str(json_get(c, "purpose"));
        const json_value *parts = json_get(c, "message_contains");
        char name[300];
        kazcustoms_result want;
        uint32_t got = UNTOUCHED_MRP;
        kazcustoms_result r;
        snprintf(name, sizeof name, "%s input_errors[%lu] %s %s", file, (unsigned long)i, date ? date : "?",
                 purpose ? purpose : "?");
        (*total)++;
        if (!error_class_code(name, json_str(json_get(c, "error")), &want)) {
            continue;
        }
        r = kazcustoms_mrp(date_iso(date), purpose, &got);
        check_input_error(r, want, name);
        check(got == UNTOUCHED_MRP, "%s: out written on failure", name);
        for (l = 0; l < 3; l++) {
            char *m = last_message(LANGS[l]);
            for (k = 0; k < json_count(parts); k++) {
                const char *part = json_str(json_at(parts, k));
                check(m != NULL && part != NULL && strstr(m, part) != NULL, "%s: %s message '%s' lacks '%s'", name,
                      LANGS[l], m ? m : "(none)", part ? part : "?");
            }
            free(m);
        }
    }
    json_free(v);
    free(text);
}

static void test_mrp_api(void) {
    uint32_t out = UNTOUCHED_MRP;
    kazcustoms_result r;
    char *m;

    /* NULL pointers, checked before any work. */
    r = kazcustoms_mrp(date_ymd(2022, 6, 15), NULL, &out);
    check_input_error(r, KAZCUSTOMS_RESULT_NULL_ARGUMENT, "mrp(NULL purpose)");
    r = kazcustoms_mrp(date_ymd(2022, 6, 15), "fees", NULL);
    check_input_error(r, KAZCUSTOMS_RESULT_NULL_ARGUMENT, "mrp(NULL out)");
    r = kazcustoms_mrp(date_ymd(2027, 1, 1), "fees", NULL);
    check_input_error(r, KAZCUSTOMS_RESULT_NULL_ARGUMENT, "mrp(uncovered date, NULL out)");
    /* A purpose that is not UTF-8; a date that does not exist. */
    r = kazcustoms_mrp(date_ymd(2022, 6, 15), "fe\xff" "es", &out);
    check_input_error(r, KAZCUSTOMS_RESULT_INVALID_UTF8, "mrp(invalid UTF-8)");
    r = kazcustoms_mrp(date_ymd(2022, 2, 30), "fees", &out);
    check_input_error(r, KAZCUSTOMS_RESULT_INVALID_ARGUMENT, "mrp(2022-02-30)");
    check(out == UNTOUCHED_MRP, "mrp: out written on failure (%lu)", (unsigned long)out);

    /* A failure sets the last error; a success clears it. */
    r = kazcustoms_mrp(date_ymd(2027, 1, 1), "benefits", &out);
    check(r == KAZCUSTOMS_RESULT_INVALID_ARGUMENT, "mrp(2027-01-01): %s", result_name(r));
    m = last_message("ru");
    check(m != NULL && strstr(m, "пособия и социальные выплаты") != NULL, "mrp: Russian message '%s'",
          m ? m : "(none)");
    free(m);
    r = kazcustoms_mrp(date_ymd(2022, 6, 15), "fees", &out);
    check(r == KAZCUSTOMS_RESULT_OK && out == 3063, "mrp(2022-06-15, fees): %s %lu (an escort decision of June 2022 uses 3063)",
          result_name(r), (unsigned long)out);
    m = last_message("en");
    check(m != NULL && m[0] == '\0', "mrp: a success clears the last error ('%s')", m ? m : "(none)");
    free(m);
    r = kazcustoms_mrp(date_ymd(2022, 6, 15), "benefits", &out);
    check(r == KAZCUSTOMS_RESULT_OK && out == 3180, "mrp(2022-06-15, benefits): %s %lu", result_name(r),
          (unsigned long)out);
}

void test_reference(const char *dir) {
    json_value *index;
    char *text = read_vectors(dir, "index.json", &index);
    const json_value *files = json_get(index, "mrp");
    size_t i, total = 0;
    check(json_count(files) > 0, "index.json: no mrp file");
    for (i = 0; i < json_count(files); i++) {
        if (check(json_str(json_at(files, i)) != NULL, "index.json: mrp[%lu]", (unsigned long)i)) {
            test_mrp_file(dir, json_str(json_at(files, i)), &total);
        }
    }
    printf("mrp vectors: %lu cases in %lu files\n", (unsigned long)total, (unsigned long)json_count(files));
    json_free(index);
    free(text);
    test_mrp_api();
}
