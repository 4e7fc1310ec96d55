/*
 * C tests of the document functions of libkazcustoms for the DCD: stamps of
 * the valid documents of tests/vectors/dcd.json (whose cases are walked by
 * test_vectors.c), then what only a C caller can get wrong with
 * kazcustoms_validate_json(), kazcustoms_columns_json(),
 * kazcustoms_dcd_stamp(), kazcustoms_dcd_transition() and
 * kazcustoms_last_error_path(): NULL pointers, invalid UTF-8, documents
 * nested 10,000 deep, outputs left untouched on failure, the path buffer
 * protocol, threads.
 *
 * Run from test.c's main() (one binary, one "N passed, M failed" line).
 */
#define _POSIX_C_SOURCE 200809L

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

static const char *const LANGS[] = {"kk", "ru", "en"};
static const char *const STATES[] = {"drafted", "registered", "arrived", "completed"};

/* A sentinel for string out-parameters: never dereferenced nor freed. */
static char untouched_text[] = "untouched";
#define UNTOUCHED (untouched_text)

/* ------------------------------------------------------------------ */
/* Helpers                                                             */
/* ------------------------------------------------------------------ */

/* The text of a JSON file, or NULL after a failed check. */
static char *document_from(const json_value *document) {
    char *text = json_write(document);
    check(text != NULL, "json_write: out of memory");
    return text;
}

/* ------------------------------------------------------------------ */
/* dcd.json                                                            */
/* ------------------------------------------------------------------ */

/* The stamps of every valid document of dcd.json (its cases themselves
 * are walked by test_vectors.c). */
static void test_dcd_vectors(const char *dir) {
    json_value *v;
    char *text = read_vectors(dir, "dcd.json", &v);
    const json_value *list;
    size_t i;
    if (v == NULL) {
        free(text);
        return;
    }
    list = json_get(v, "valid");
    check(json_count(list) > 0, "dcd.json: no valid cases");
    for (i = 0; i < json_count(list); i++) {
        const json_value *doc = json_get(json_at(list, i), "document");
        const char *number = json_str(json_get(doc, "reference_number"));
        long long packages = as_integer(json_get(doc, "packages"));
        char *document = document_from(doc);
        char count[32];
        size_t k;
        snprintf(count, sizeof count, "%lld", packages);
        for (k = 0; k < 2 && document != NULL; k++) {
            char *stamp = UNTOUCHED;
            kazcustoms_result r = kazcustoms_dcd_stamp(document, 1, LANGS[k], &stamp);
            if (check(r == KAZCUSTOMS_RESULT_OK, "valid[%lu] stamp 1 %s: %s", (unsigned long)i, LANGS[k],
                      result_name(r))) {
                check(number != NULL && strstr(stamp, number) != NULL, "valid[%lu] stamp 1 %s lacks the number %s: %s",
                      (unsigned long)i, LANGS[k], number ? number : "(none)", stamp);
                check(packages >= 0 && strstr(stamp, count) != NULL,
                      "valid[%lu] stamp 1 %s lacks the package count %s: %s", (unsigned long)i, LANGS[k], count,
                      stamp);
                kazcustoms_string_free(stamp);
            }
            stamp = UNTOUCHED;
            r = kazcustoms_dcd_stamp(document, 2, LANGS[k], &stamp);
            if (check(r == KAZCUSTOMS_RESULT_OK, "valid[%lu] stamp 2 %s: %s", (unsigned long)i, LANGS[k],
                      result_name(r))) {
                check(strstr(stamp, k == 0 ? "Тауар келіп түсті" : "Товар прибыл") != NULL,
                      "valid[%lu] stamp 2 %s: %s", (unsigned long)i, LANGS[k], stamp);
                kazcustoms_string_free(stamp);
            }
        }
        free(document);
    }
    json_free(v);
    free(text);
}

/* ------------------------------------------------------------------ */
/* C-specific tests                                                    */
/* ------------------------------------------------------------------ */

/* A small readable DCD (not a valid one): enough for stamps and options. */
static const char SMALL_DCD[] =
    "{\"packages\": 24, \"reference_number\": \"50101/15036/00042\","
    " \"border_office\": \"Т/П ЖАЙСАН\","
    " \"principal\": {\"carrier\": \"ТОО \\\"КАЗТРАНСЛОГИСТИК\\\"\", \"deadline\": \"2026-03-30\"},"
    " \"destination_office\": {\"name\": \"Т/П АЛМАТЫ-ЦЕНТР\", \"code\": \"50102\"},"
    " \"stamp_c\": {\"office\": \"Т/П ЖАЙСАН\", \"inspector\": \"СЕРІКОВ А.\", \"date\": \"2026-03-15\"}}";

#define NULL_ARG(call, what) check_input_error((call), KAZCUSTOMS_RESULT_NULL_ARGUMENT, what)
#define BAD_UTF8(call, what) check_input_error((call), KAZCUSTOMS_RESULT_INVALID_UTF8, what)

static void test_dcd_null_and_utf8(void) {
    static const char *const bad[] = {"\xff\xfe", "{\"consignor\": \"\xc3\"}", "\xed\xa0\x80", "dcd\x80"};
    char *out = UNTOUCHED;
    size_t i, len = 0;
    char buf[8];

    NULL_ARG(kazcustoms_validate_json(NULL, SMALL_DCD, NULL, &out), "validate_json kind=NULL");
    NULL_ARG(kazcustoms_validate_json("dcd", NULL, NULL, &out), "validate_json document_json=NULL");
    NULL_ARG(kazcustoms_validate_json("dcd", SMALL_DCD, NULL, NULL), "validate_json report_json=NULL");
    NULL_ARG(kazcustoms_columns_json(NULL, NULL, &out), "columns_json kind=NULL");
    NULL_ARG(kazcustoms_columns_json("dcd", NULL, NULL), "columns_json out_json=NULL");
    NULL_ARG(kazcustoms_dcd_stamp(NULL, 1, "kk", &out), "dcd_stamp document_json=NULL");
    NULL_ARG(kazcustoms_dcd_stamp(SMALL_DCD, 1, NULL, &out), "dcd_stamp lang=NULL");
    NULL_ARG(kazcustoms_dcd_stamp(SMALL_DCD, 1, "kk", NULL), "dcd_stamp out_text=NULL");
    NULL_ARG(kazcustoms_dcd_transition(NULL, "registered", &out), "dcd_transition from=NULL");
    NULL_ARG(kazcustoms_dcd_transition("drafted", NULL, &out), "dcd_transition to=NULL");
    NULL_ARG(kazcustoms_dcd_transition("drafted", "registered", NULL), "dcd_transition out_state=NULL");
    check(out == UNTOUCHED, "an out-parameter was written on a NULL argument");
    check(kazcustoms_last_error_path(buf, sizeof buf, NULL) == KAZCUSTOMS_RESULT_NULL_ARGUMENT,
          "last_error_path out_len=NULL");
    check(kazcustoms_last_error_path(NULL, 8, &len) == KAZCUSTOMS_RESULT_NULL_ARGUMENT,
          "last_error_path buf=NULL len=8");
    /* NULL options are the defaults, as "" and "{}" are. */
    {
        char *a = NULL, *b = NULL, *c = NULL;
        check(kazcustoms_validate_json("dcd", SMALL_DCD, NULL, &a) == KAZCUSTOMS_RESULT_OK &&
                  kazcustoms_validate_json("dcd", SMALL_DCD, "", &b) == KAZCUSTOMS_RESULT_OK &&
                  kazcustoms_validate_json("dcd", SMALL_DCD, "{}", &c) == KAZCUSTOMS_RESULT_OK && a && b && c &&
                  strcmp(a, b) == 0 && strcmp(b, c) == 0,
              "options NULL, \"\" and {} give the same report");
        kazcustoms_string_free(a);
        kazcustoms_string_free(b);
        kazcustoms_string_free(c);
    }

    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        const char *b = bad[i];
        char what[96];
#define UTF8(call, arg)                                                                   \
    do {                                                                                  \
        snprintf(what, sizeof what, "invalid UTF-8 #%lu in %s", (unsigned long)i, arg);   \
        BAD_UTF8((call), what);                                                           \
    } while (0)
        UTF8(kazcustoms_validate_json(b, SMALL_DCD, NULL, &out), "validate_json kind");
        UTF8(kazcustoms_validate_json("dcd", b, NULL, &out), "validate_json document_json");
        UTF8(kazcustoms_validate_json("dcd", SMALL_DCD, b, &out), "validate_json options_json");
        UTF8(kazcustoms_columns_json(b, NULL, &out), "columns_json kind");
        UTF8(kazcustoms_dcd_stamp(b, 1, "ru", &out), "dcd_stamp document_json");
        UTF8(kazcustoms_dcd_stamp(SMALL_DCD, 1, b, &out), "dcd_stamp lang");
        UTF8(kazcustoms_dcd_transition(b, "registered", &out), "dcd_transition from");
        UTF8(kazcustoms_dcd_transition("drafted", b, &out), "dcd_transition to");
#undef UTF8
    }
    check(out == UNTOUCHED, "an out-parameter was written on invalid UTF-8");
}

/* `n` opening brackets, `inner`, `n` closing ones (malloc'd). */
static char *nested(const char *open, const char *inner, const char *close, size_t n) {
    size_t lo = strlen(open), li = strlen(inner), lc = strlen(close), i;
    char *s = malloc(n * (lo + lc) + li + 1), *p = s;
    if (s == NULL) {
        return NULL;
    }
    for (i = 0; i < n; i++, p += lo) {
        memcpy(p, open, lo);
    }
    memcpy(p, inner, li);
    p += li;
    for (i = 0; i < n; i++, p += lc) {
        memcpy(p, close, lc);
    }
    *p = '\0';
    return s;
}

static void test_dcd_deep_and_unreadable(void) {
    static const struct {
        const char *open, *inner, *close, *path;
    } deep[] = {
        {"[", "", "]", "document"},
        {"{\"sheets\":[", "", "]}", "document"},
        {"{\"a\":", "1", "}", "document"},
        {"[", "{\"sheets\":[{\"items\":[", "]}]}]", "document"},
    };
    size_t i;
    for (i = 0; i < sizeof deep / sizeof deep[0]; i++) {
        char *doc = nested(deep[i].open, deep[i].inner, deep[i].close, 10000);
        char *out = UNTOUCHED;
        char what[96];
        char *path;
        kazcustoms_result r;
        if (!check(doc != NULL, "malloc")) {
            continue;
        }
        snprintf(what, sizeof what, "document nested 10,000 deep #%lu", (unsigned long)i);
        r = kazcustoms_validate_json("dcd", doc, NULL, &out);
        check_input_error(r, KAZCUSTOMS_RESULT_INVALID_DOCUMENT, what);
        path = last_path();
        check(path != NULL && strncmp(path, deep[i].path, strlen(deep[i].path)) == 0, "%s: path '%s'", what,
              path ? path : "(none)");
        free(path);
        r = kazcustoms_dcd_stamp(doc, 1, "kk", &out);
        check_input_error(r, KAZCUSTOMS_RESULT_INVALID_DOCUMENT, "stamp of a document nested 10,000 deep");
        r = kazcustoms_validate_json("dcd", SMALL_DCD, doc, &out);
        check_input_error(r, KAZCUSTOMS_RESULT_INVALID_DOCUMENT, "options nested 10,000 deep");
        check(str_eq(kazcustoms_last_error_input(), "options"), "options nested deep: input '%s'",
              kazcustoms_last_error_input() ? kazcustoms_last_error_input() : "(none)");
        path = last_path();
        check(path != NULL && strncmp(path, "options", 7) == 0, "options nested deep: path '%s'",
              path ? path : "(none)");
        free(path);
        check(out == UNTOUCHED, "%s: out written on failure", what);
        free(doc);
    }

    /* The path of a field of the wrong type, and the path buffer protocol. */
    {
        char *out = UNTOUCHED;
        char small[17], exact[18];
        size_t len = 0;
        kazcustoms_result r = kazcustoms_validate_json("dcd", "{\"packages\": \"many\"}", NULL, &out);
        check_input_error(r, KAZCUSTOMS_RESULT_INVALID_DOCUMENT, "packages: \"many\"");
        memset(small, 'x', sizeof small);
        check(kazcustoms_last_error_path(NULL, 0, &len) == KAZCUSTOMS_RESULT_BUFFER_TOO_SMALL && len == 17,
              "path length query gives %lu, expected 17 (document.packages)", (unsigned long)len);
        check(kazcustoms_last_error_path(small, sizeof small, &len) == KAZCUSTOMS_RESULT_BUFFER_TOO_SMALL &&
                  len == 17 && small[0] == 'x' && small[16] == 'x',
              "a path buffer one byte short is BUFFER_TOO_SMALL and untouched");
        check(kazcustoms_last_error_path(exact, sizeof exact, &len) == KAZCUSTOMS_RESULT_OK && len == 17 &&
                  strcmp(exact, "document.packages") == 0,
              "exact-size buffer gets the path");
        {
            char *m = last_message("en");
            check(m != NULL && strstr(m, "document.packages") != NULL, "the message names the path: %s",
                  m ? m : "(none)");
            free(m);
        }
        /* the path is per error: a success clears it, a NUM error has none */
        r = kazcustoms_validate_json("dcd", SMALL_DCD, NULL, &out);
        check(r == KAZCUSTOMS_RESULT_OK && kazcustoms_last_error_path(exact, sizeof exact, &len) == KAZCUSTOMS_RESULT_OK &&
                  len == 0 && exact[0] == '\0',
              "a success clears the path");
        kazcustoms_string_free(out);
        out = UNTOUCHED;
        r = kazcustoms_validate_json("dcd", "{\"packages\": 1.5}", NULL, &out);
        check(r == KAZCUSTOMS_RESULT_INVALID_DOCUMENT, "packages 1.5 is not a count: %s", result_name(r));
        r = kazcustoms_dcd_transition("drafted", "completed", &out);
        check(r == KAZCUSTOMS_RESULT_VIOLATION && kazcustoms_last_error_path(exact, sizeof exact, &len) == KAZCUSTOMS_RESULT_OK &&
                  len == 0,
              "a violation has no path");
        check(out == UNTOUCHED, "out written on failure");
    }

    /* Options that cannot be read are INVALID_DOCUMENT of the options (with
     * the path); readable options with a bad value and bad kinds are
     * argument errors; both told apart from the document. */
    {
        static const struct {
            const char *options, *path;
            kazcustoms_result code;
        } bad[] = {
            {"{\"usd_rate\": \"x\"}", "options.usd_rate", KAZCUSTOMS_RESULT_INVALID_DOCUMENT},
            {"{\"usd_rate\": -1}", "", KAZCUSTOMS_RESULT_INVALID_ARGUMENT},
            {"{\"lang\": \"de\"}", "", KAZCUSTOMS_RESULT_INVALID_ARGUMENT},
            {"{\"convention\": \"monthly\"}", "", KAZCUSTOMS_RESULT_INVALID_ARGUMENT},
            {"{\"offices\": [\"5010\"]}", "", KAZCUSTOMS_RESULT_INVALID_ARGUMENT},
            {"{\"currency\": \"398\"}", "options.currency", KAZCUSTOMS_RESULT_INVALID_DOCUMENT},
            {"not json", "options", KAZCUSTOMS_RESULT_INVALID_DOCUMENT},
            {"{\"eseal\": {\"departure\": 1}}", "options.eseal.departure", KAZCUSTOMS_RESULT_INVALID_DOCUMENT},
        };
        char *out = UNTOUCHED;
        for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
            char what[96];
            char *path;
            snprintf(what, sizeof what, "options %s", bad[i].options);
            /* a bad document too: the options are read first */
            check_input_error(kazcustoms_validate_json("dcd", "[", bad[i].options, &out), bad[i].code, what);
            check(str_eq(kazcustoms_last_error_input(),
                         bad[i].code == KAZCUSTOMS_RESULT_INVALID_DOCUMENT ? "options" : NULL) ||
                      (bad[i].code != KAZCUSTOMS_RESULT_INVALID_DOCUMENT && kazcustoms_last_error_input() == NULL),
                  "%s: input '%s'", what, kazcustoms_last_error_input() ? kazcustoms_last_error_input() : "(none)");
            path = last_path();
            check(path != NULL && strcmp(path, bad[i].path) == 0, "%s: path '%s', expected '%s'", what,
                  path ? path : "(none)", bad[i].path);
            free(path);
        }
        check_input_error(kazcustoms_validate_json("tir", "[", NULL, &out), KAZCUSTOMS_RESULT_INVALID_ARGUMENT,
                          "validate_json kind=tir");
        check_input_error(kazcustoms_validate_json("DCD", SMALL_DCD, NULL, &out), KAZCUSTOMS_RESULT_INVALID_ARGUMENT,
                          "validate_json kind=DCD");
        check(out == UNTOUCHED, "validate_json: out written on failure");
    }

    /* The report's language follows the options. */
    for (i = 0; i < 3; i++) {
        char options[32];
        char *report = NULL;
        char name[64];
        snprintf(options, sizeof options, "{\"lang\": \"%s\"}", LANGS[i]);
        snprintf(name, sizeof name, "report in %s", LANGS[i]);
        if (check(kazcustoms_validate_json("dcd", SMALL_DCD, options, &report) == KAZCUSTOMS_RESULT_OK, "%s", name)) {
            json_value *parsed = parse_report(name, report, LANGS[i]);
            check(parsed != NULL && json_count(json_get(parsed, "violations")) > 0,
                  "%s: the small DCD breaks rules", name);
            json_free(parsed);
        }
        kazcustoms_string_free(report);
    }
}

static void test_dcd_columns(void) {
    /* SPEC §3: the columns that are filled, in form order. */
    static const char *const ids[] = {"1",  "2",  "3",  "4",  "5",  "6",  "7",  "8",  "9",  "15", "16",
                                      "17", "18", "21", "22", "23", "25", "29", "31", "32", "33", "35",
                                      "38", "40", "42", "44", "46", "50", "53", "54", "A",  "C",  "D"};
    char *json = UNTOUCHED;
    char error[128];
    json_value *table;
    size_t i, k;
    kazcustoms_result r = kazcustoms_columns_json("dcd", NULL, &json);
    if (!check(r == KAZCUSTOMS_RESULT_OK, "columns_json dcd: %s", result_name(r))) {
        return;
    }
    table = json_parse(json, strlen(json), error, sizeof error);
    if (check(table != NULL && table->type == JSON_ARRAY, "columns JSON: %s", error)) {
        check(json_count(table) == 33, "%lu columns, expected 33", (unsigned long)json_count(table));
        for (i = 0; i < json_count(table) && i < 33; i++) {
            const json_value *c = json_at(table, i);
            const json_value *name = json_get(c, "name");
            const json_value *per_item = json_get(c, "per_item");
            const char *id = json_str(json_get(c, "id"));
            int ok = id != NULL && strcmp(id, ids[i]) == 0 && json_str(json_get(c, "filled_by")) != NULL &&
                     json_str(json_get(c, "required")) != NULL && per_item != NULL &&
                     per_item->type == JSON_BOOL && json_count(json_get(c, "fields")) > 0 &&
                     json_str(json_get(c, "source")) != NULL;
            for (k = 0; k < 3; k++) {
                const char *n = json_str(json_get(name, LANGS[k]));
                ok = ok && n != NULL && n[0] != '\0';
            }
            check(ok, "column %lu: expected id %s with kk/ru/en names: %s", (unsigned long)i, ids[i],
                  id ? id : "(no id)");
        }
    }
    json_free(table);
    kazcustoms_string_free(json);
    json = UNTOUCHED;
    check_input_error(kazcustoms_columns_json("guarantee", NULL, &json), KAZCUSTOMS_RESULT_INVALID_ARGUMENT,
                      "columns_json kind=guarantee");
    check_input_error(kazcustoms_columns_json("", NULL, &json), KAZCUSTOMS_RESULT_INVALID_ARGUMENT,
                      "columns_json kind=\"\"");
    check(json == UNTOUCHED, "columns_json: out written on failure");
}

static void test_dcd_stamps(void) {
    char *text = UNTOUCHED;
    kazcustoms_result r;
    size_t k;
    for (k = 0; k < 2; k++) {
        r = kazcustoms_dcd_stamp(SMALL_DCD, 1, LANGS[k], &text);
        if (check(r == KAZCUSTOMS_RESULT_OK, "stamp 1 %s: %s", LANGS[k], result_name(r))) {
            check(strstr(text, "50101/15036/00042") != NULL && strstr(text, "24") != NULL &&
                      strstr(text, "30.03.2026") != NULL && strstr(text, "СЕРІКОВ А.") != NULL &&
                      strstr(text, "15.03.2026") != NULL && strstr(text, "Т/П АЛМАТЫ-ЦЕНТР") != NULL,
                  "stamp 1 %s: %s", LANGS[k], text);
            check(strstr(text, k == 0 ? "(ЖБҚ) N" : "ДКД №") != NULL, "stamp 1 %s names the DCD: %s", LANGS[k],
                  text);
            kazcustoms_string_free(text);
        }
        text = UNTOUCHED;
        /* an empty document: blanks to fill by hand */
        r = kazcustoms_dcd_stamp("{}", 2, LANGS[k], &text);
        if (check(r == KAZCUSTOMS_RESULT_OK, "stamp 2 of {} %s: %s", LANGS[k], result_name(r))) {
            check(strstr(text, "________") != NULL, "stamp 2 of {} %s has blanks: %s", LANGS[k], text);
            kazcustoms_string_free(text);
        }
        text = UNTOUCHED;
    }
    check_input_error(kazcustoms_dcd_stamp(SMALL_DCD, 1, "en", &text), KAZCUSTOMS_RESULT_INVALID_ARGUMENT,
                      "stamp in English");
    check_input_error(kazcustoms_dcd_stamp(SMALL_DCD, 1, "kz", &text), KAZCUSTOMS_RESULT_INVALID_ARGUMENT,
                      "stamp in kz");
    check_input_error(kazcustoms_dcd_stamp(SMALL_DCD, 0, "kk", &text), KAZCUSTOMS_RESULT_INVALID_ARGUMENT,
                      "stamp figure 0");
    check_input_error(kazcustoms_dcd_stamp(SMALL_DCD, 3, "ru", &text), KAZCUSTOMS_RESULT_INVALID_ARGUMENT,
                      "stamp figure 3");
    check_input_error(kazcustoms_dcd_stamp(SMALL_DCD, UINT32_MAX, "ru", &text), KAZCUSTOMS_RESULT_INVALID_ARGUMENT,
                      "stamp figure UINT32_MAX");
    check_input_error(kazcustoms_dcd_stamp("{\"packages\": \"24\"}", 1, "ru", &text),
                      KAZCUSTOMS_RESULT_INVALID_DOCUMENT, "stamp of an unreadable document");
    {
        char *path = last_path();
        check(path != NULL && strcmp(path, "document.packages") == 0, "stamp: path '%s'", path ? path : "(none)");
        free(path);
    }
    check(text == UNTOUCHED, "dcd_stamp: out written on failure");
}

static void test_dcd_lifecycle(void) {
    static const char *const unknown[] = {"closed", "Drafted", "", " drafted", "registered "};
    size_t i, k;
    for (i = 0; i < 4; i++) {
        for (k = 0; k < 4; k++) {
            char *out = UNTOUCHED;
            kazcustoms_result r = kazcustoms_dcd_transition(STATES[i], STATES[k], &out);
            if (k == i + 1) {
                if (check(r == KAZCUSTOMS_RESULT_OK, "%s -> %s: got %s", STATES[i], STATES[k], result_name(r))) {
                    check(strcmp(out, STATES[k]) == 0, "%s -> %s: new state %s", STATES[i], STATES[k], out);
                    check(last_rule()[0] == '\0', "%s -> %s: success left a last error", STATES[i], STATES[k]);
                    kazcustoms_string_free(out);
                }
                continue;
            }
            check(r == KAZCUSTOMS_RESULT_VIOLATION && strcmp(last_rule(), "DCD.STATE") == 0,
                  "%s -> %s: got %s '%s', expected VIOLATION DCD.STATE", STATES[i], STATES[k], result_name(r),
                  last_rule());
            {
                size_t l;
                for (l = 0; l < 3; l++) {
                    char *m = last_message(LANGS[l]);
                    check(m != NULL && strstr(m, STATES[i]) != NULL && strstr(m, STATES[k]) != NULL,
                          "%s -> %s: %s message names both states: %s", STATES[i], STATES[k], LANGS[l],
                          m ? m : "(none)");
                    free(m);
                }
            }
            check(out == UNTOUCHED, "%s -> %s: out written on failure", STATES[i], STATES[k]);
        }
    }
    for (i = 0; i < sizeof unknown / sizeof unknown[0]; i++) {
        char *out = UNTOUCHED;
        char what[64];
        snprintf(what, sizeof what, "unknown state '%s' (from)", unknown[i]);
        check_input_error(kazcustoms_dcd_transition(unknown[i], "registered", &out),
                          KAZCUSTOMS_RESULT_INVALID_ARGUMENT, what);
        snprintf(what, sizeof what, "unknown state '%s' (to)", unknown[i]);
        check_input_error(kazcustoms_dcd_transition("drafted", unknown[i], &out), KAZCUSTOMS_RESULT_INVALID_ARGUMENT,
                          what);
        check(out == UNTOUCHED, "unknown state: out written on failure");
    }
}

/* ------------------------------------------------------------------ */
/* Validation from several threads                                     */
/* ------------------------------------------------------------------ */

#define DCD_THREADS 4
#define DCD_ROUNDS 50

typedef struct dcd_worker {
    const char *options;
    const char *expected;
    int mismatches;
} dcd_worker;

static void *validate_many(void *arg) {
    dcd_worker *w = arg;
    int i;
    for (i = 0; i < DCD_ROUNDS; i++) {
        char *report = NULL;
        if (kazcustoms_validate_json("dcd", SMALL_DCD, w->options, &report) != KAZCUSTOMS_RESULT_OK ||
            strcmp(report, w->expected) != 0) {
            w->mismatches++;
        }
        kazcustoms_string_free(report);
    }
    return NULL;
}

static void test_dcd_threads(void) {
    static const char *const options[] = {"{\"lang\": \"kk\", \"reference\": \"2026-11-22\"}",
                                          "{\"lang\": \"ru\", \"reference\": \"2026-11-22\"}",
                                          "{\"lang\": \"en\", \"reference\": \"2026-11-22\"}",
                                          "{\"lang\": \"en\", \"reference\": \"2026-03-01\"}"};
    char *expected[DCD_THREADS] = {NULL};
    dcd_worker workers[DCD_THREADS];
    pthread_t threads[DCD_THREADS];
    int i, started = 0, mismatches = 0;
    for (i = 0; i < DCD_THREADS; i++) {
        if (kazcustoms_validate_json("dcd", SMALL_DCD, options[i], &expected[i]) != KAZCUSTOMS_RESULT_OK) {
            check(0, "threads: validate %s", options[i]);
            goto done;
        }
        workers[i].options = options[i];
        workers[i].expected = expected[i];
        workers[i].mismatches = 0;
    }
    for (i = 0; i < DCD_THREADS; i++) {
        if (pthread_create(&threads[i], NULL, validate_many, &workers[i]) != 0) {
            break;
        }
        started++;
    }
    for (i = 0; i < started; i++) {
        pthread_join(threads[i], NULL);
        mismatches += workers[i].mismatches;
    }
    check(started == DCD_THREADS, "threads: started %d", started);
    check(mismatches == 0, "threads: %d reports differ from the single-threaded ones", mismatches);
done:
    for (i = 0; i < DCD_THREADS; i++) {
        kazcustoms_string_free(expected[i]);
    }
}

void test_dcd(const char *dir) {
    test_dcd_vectors(dir);
    test_dcd_null_and_utf8();
    test_dcd_deep_and_unreadable();
    test_dcd_columns();
    test_dcd_stamps();
    test_dcd_lifecycle();
    test_dcd_threads();
}
