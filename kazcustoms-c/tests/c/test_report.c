/*
 * C tests of the report handle (kazcustoms_validate() and the
 * kazcustoms_report_* accessors), the byte offset of invalid UTF-8 in the
 * last error, and kazcustoms_cp1251_to_utf8():
 *
 *   - for every case of every document vector file of the index (valid,
 *     invalid, input_errors), the handle says what the JSON report of
 *     kazcustoms_validate_json() says: count, found, truncated, ok, lang,
 *     and for each violation its rule, field, severity, source, item, sheet
 *     and message in kk, ru, en and the report's language; its JSON form is
 *     the same text in each language; an input error fails the same way;
 *   - an index out of range, a NULL report, a bad language, free(NULL);
 *   - invalid UTF-8: the message gives the offset of the first invalid byte
 *     in every language;
 *   - CP1251: every byte of tests/vectors/cp1251.json (Python's codec), its
 *     texts and errors.
 *
 * Run from test.c's main() (one binary, one "N passed, M failed" line).
 */
#define _POSIX_C_SOURCE 200809L

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

static const char *const LANGS[] = {"kk", "ru", "en"};

/* The violations the handle was checked on, and how many of them had an
 * item and a sheet (so that the checks of 0 for "none" are not all). */
static unsigned long violations_seen, with_item, with_sheet;

/* A sentinel for out-parameters: never dereferenced nor freed. */
static char untouched_text[] = "untouched";
#define UNTOUCHED (untouched_text)
#define UNTOUCHED_REPORT ((kazcustoms_report *)(void *)untouched_text)

/* ------------------------------------------------------------------ */
/* The handle against the JSON report, over the document vectors       */
/* ------------------------------------------------------------------ */

/* A case's kind: its own, else the file's. */
static const char *kind_of(const json_value *file, const json_value *c) {
    const json_value *own = json_get(c, "kind");
    return json_str(own != NULL ? own : json_get(file, "kind"));
}


/* Whether the C string `got` is the JSON string `want`. */
static int is_json_string(const char *got, const json_value *want) {
    return got != NULL && want != NULL && want->type == JSON_STRING && strlen(got) == want->length &&
           memcmp(got, want->string, want->length) == 0;
}

/* Whether `got` (0: none) is the JSON value `want` (null or a number). */
static int is_json_index(unsigned long got, const json_value *want) {
    long long n;
    if (json_is_null(want)) {
        return got == 0;
    }
    return json_integer(want, &n) && n > 0 && (unsigned long long)n == (unsigned long long)got;
}

/* The accessors of `report` against `json`, the parsed JSON report of the
 * same document and options. */
static void check_handle(const char *name, const kazcustoms_report *report, const json_value *json) {
    const json_value *violations = json_get(json, "violations");
    const json_value *ok = json_get(json, "ok");
    const json_value *truncated = json_get(json, "truncated");
    size_t n = kazcustoms_report_count(report), i, k;
    long long found = as_integer(json_get(json, "found"));
    if (!check(n == json_count(violations), "%s: count %lu, the JSON report has %lu", name, (unsigned long)n,
               (unsigned long)json_count(violations))) {
        return;
    }
    check(found >= 0 && kazcustoms_report_found(report) == (size_t)found, "%s: found %lu, expected %lld", name,
          (unsigned long)kazcustoms_report_found(report), found);
    check(ok != NULL && ok->type == JSON_BOOL && kazcustoms_report_ok(report) == ok->boolean, "%s: ok %d", name,
          kazcustoms_report_ok(report));
    check(truncated != NULL && truncated->type == JSON_BOOL && kazcustoms_report_truncated(report) == truncated->boolean,
          "%s: truncated %d", name, kazcustoms_report_truncated(report));
    check(str_eq(kazcustoms_report_lang(report), json_str(json_get(json, "lang"))), "%s: lang %s", name,
          kazcustoms_report_lang(report) ? kazcustoms_report_lang(report) : "(null)");
    for (i = 0; i < n; i++) {
        const json_value *v = json_at(violations, i);
        violations_seen++;
        with_item += kazcustoms_report_item(report, i) != 0;
        with_sheet += kazcustoms_report_sheet(report, i) != 0;
        const json_value *messages = json_get(v, "messages");
        const char *rule = kazcustoms_report_rule(report, i);
        check(is_json_string(rule, json_get(v, "rule")), "%s: [%lu] rule %s", name, (unsigned long)i,
              rule ? rule : "(null)");
        check(is_json_string(kazcustoms_report_field(report, i), json_get(v, "field")), "%s: [%lu] %s field", name,
              (unsigned long)i, rule ? rule : "?");
        check(is_json_string(kazcustoms_report_severity(report, i), json_get(v, "severity")), "%s: [%lu] %s severity",
              name, (unsigned long)i, rule ? rule : "?");
        check(is_json_string(kazcustoms_report_source(report, i), json_get(v, "source")), "%s: [%lu] %s source", name,
              (unsigned long)i, rule ? rule : "?");
        check(is_json_string(kazcustoms_report_message(report, i, NULL), json_get(v, "message")),
              "%s: [%lu] %s message in the report's language", name, (unsigned long)i, rule ? rule : "?");
        for (k = 0; k < 3; k++) {
            check(is_json_string(kazcustoms_report_message(report, i, LANGS[k]), json_get(messages, LANGS[k])),
                  "%s: [%lu] %s message in %s", name, (unsigned long)i, rule ? rule : "?", LANGS[k]);
        }
        check(is_json_index(kazcustoms_report_item(report, i), json_get(v, "item")), "%s: [%lu] %s item %lu", name,
              (unsigned long)i, rule ? rule : "?", (unsigned long)kazcustoms_report_item(report, i));
        check(is_json_index(kazcustoms_report_sheet(report, i), json_get(v, "sheet")), "%s: [%lu] %s sheet %lu", name,
              (unsigned long)i, rule ? rule : "?", (unsigned long)kazcustoms_report_sheet(report, i));
    }
    /* Past the end: NULL and 0, whatever the language. */
    check(kazcustoms_report_rule(report, n) == NULL && kazcustoms_report_field(report, n) == NULL &&
              kazcustoms_report_severity(report, n) == NULL && kazcustoms_report_source(report, n) == NULL &&
              kazcustoms_report_message(report, n, NULL) == NULL && kazcustoms_report_message(report, n, "kk") == NULL &&
              kazcustoms_report_item(report, n) == 0 && kazcustoms_report_sheet(report, n) == 0 &&
              kazcustoms_report_rule(report, (size_t)-1) == NULL,
          "%s: an index out of range gives NULL and 0", name);
}

/* One readable case: the handle against the JSON report, and its JSON form
 * against kazcustoms_validate_json() in each language. */
static void run_case(const char *name, const json_value *file, const json_value *c) {
    const char *kind = kind_of(file, c);
    char *document = vector_document(c);
    char *options = options_text(json_get(file, "options"), json_get(c, "options"), NULL, 1);
    kazcustoms_report *report = UNTOUCHED_REPORT;
    char *want = UNTOUCHED;
    kazcustoms_result r1, r2;
    size_t k;
    if (!check(kind != NULL && document != NULL && options != NULL, "%s: malformed case", name)) {
        free(document);
        free(options);
        return;
    }
    r1 = kazcustoms_validate_json(kind, document, options, &want);
    r2 = kazcustoms_validate(kind, document, options, &report);
    if (check(r1 == KAZCUSTOMS_RESULT_OK && r2 == KAZCUSTOMS_RESULT_OK, "%s: validate_json %s, validate %s", name,
              result_name(r1), result_name(r2))) {
        json_value *json = parse_result(name, want);
        char *got = UNTOUCHED;
        if (json != NULL) {
            check_handle(name, report, json);
        }
        json_free(json);
        check(kazcustoms_report_to_json(report, NULL, &got) == KAZCUSTOMS_RESULT_OK && strcmp(got, want) == 0,
              "%s: report_to_json(NULL) differs from validate_json", name);
        if (got != UNTOUCHED) {
            kazcustoms_string_free(got);
        }
        for (k = 0; k < 3; k++) {
            char *in_lang = options_text(json_get(file, "options"), json_get(c, "options"), LANGS[k], 1);
            char *a = NULL, *b = NULL;
            check(in_lang != NULL && kazcustoms_validate_json(kind, document, in_lang, &a) == KAZCUSTOMS_RESULT_OK &&
                      kazcustoms_report_to_json(report, LANGS[k], &b) == KAZCUSTOMS_RESULT_OK && strcmp(a, b) == 0,
                  "%s: report_to_json(%s) differs from validate_json in %s", name, LANGS[k], LANGS[k]);
            kazcustoms_string_free(a);
            kazcustoms_string_free(b);
            free(in_lang);
        }
    }
    if (want != UNTOUCHED) {
        kazcustoms_string_free(want);
    }
    if (report != UNTOUCHED_REPORT) {
        kazcustoms_report_free(report);
    }
    free(document);
    free(options);
}

/* An input-error case: kazcustoms_validate() fails as
 * kazcustoms_validate_json() does, its out-parameter untouched. */
static void run_input_error(const char *name, const json_value *file, const json_value *c) {
    const char *kind = kind_of(file, c);
    char *document = vector_document(c);
    char *options = options_text(json_get(file, "options"), json_get(c, "options"), NULL, 1);
    kazcustoms_report *report = UNTOUCHED_REPORT;
    char *json = UNTOUCHED;
    kazcustoms_result want, got;
    char *want_path, *got_path;
    const char *want_input;
    if (!check(kind != NULL && document != NULL && options != NULL, "%s: malformed case", name)) {
        free(document);
        free(options);
        return;
    }
    want = kazcustoms_validate_json(kind, document, options, &json);
    want_path = last_path();
    want_input = kazcustoms_last_error_input();
    got = kazcustoms_validate(kind, document, options, &report);
    got_path = last_path();
    check(want != KAZCUSTOMS_RESULT_OK && got == want, "%s: validate %s, validate_json %s", name, result_name(got),
          result_name(want));
    check_input_error(got, want, name);
    check(str_eq(want_path, got_path) && kazcustoms_last_error_input() == want_input, "%s: path %s, expected %s",
          name, got_path ? got_path : "(null)", want_path ? want_path : "(null)");
    check(report == UNTOUCHED_REPORT && json == UNTOUCHED, "%s: out written on failure", name);
    free(want_path);
    free(got_path);
    free(document);
    free(options);
}

static void run_file(const char *dir, const char *file, size_t *cases) {
    static const char *const sections[] = {"valid", "invalid", "input_errors"};
    json_value *v;
    char *text = read_vectors(dir, file, &v);
    size_t s, i;
    if (v == NULL) {
        free(text);
        return;
    }
    for (s = 0; s < 3; s++) {
        const json_value *list = json_get(v, sections[s]);
        for (i = 0; i < json_count(list); i++) {
            const json_value *c = json_at(list, i);
            const char *title = json_str(json_get(c, "name"));
            char name[400];
            snprintf(name, sizeof name, "report handle: %s %s[%lu] \"%s\"", file, sections[s], (unsigned long)i,
                     title ? title : "");
            (*cases)++;
            if (s < 2) {
                run_case(name, v, c);
            } else {
                run_input_error(name, v, c);
            }
        }
    }
    json_free(v);
    free(text);
}

static void test_report_vectors(const char *dir) {
    json_value *index;
    char *text = read_vectors(dir, "index.json", &index);
    const json_value *files;
    size_t i, cases = 0;
    if (index == NULL) {
        free(text);
        return;
    }
    files = json_get(index, "documents");
    for (i = 0; i < json_count(files); i++) {
        if (json_str(json_at(files, i)) != NULL) {
            run_file(dir, json_str(json_at(files, i)), &cases);
        }
    }
    check(cases > 500, "report handle: the document files have %lu cases", (unsigned long)cases);
    check(violations_seen > 500 && with_item > 0 && with_sheet > 0,
          "report handle: %lu violations, %lu with an item, %lu with a sheet", violations_seen, with_item, with_sheet);
    printf("report handle: %lu document cases, %lu violations (%lu with an item, %lu with a sheet)\n",
           (unsigned long)cases, violations_seen, with_item, with_sheet);
    json_free(index);
    free(text);
}

/* ------------------------------------------------------------------ */
/* C-specific checks of the handle                                     */
/* ------------------------------------------------------------------ */

static const char CUT_OPTIONS[] = "{\"limits\": {\"violations\": 2}, \"lang\": \"kk\"}";

/* Reads every violation of `report`; returns how many had a rule. */
static size_t read_all(const kazcustoms_report *report) {
    size_t i, n = 0;
    for (i = 0; i < kazcustoms_report_count(report); i++) {
        const char *m = kazcustoms_report_message(report, i, "ru");
        if (kazcustoms_report_rule(report, i) != NULL && m != NULL && m[0] != '\0') {
            n++;
        }
    }
    return n;
}

static void *reader(void *report) {
    size_t *n = malloc(sizeof *n);
    size_t k;
    if (n != NULL) {
        *n = 0;
        for (k = 0; k < 50; k++) {
            *n += read_all(report);
        }
    }
    return n;
}

static void test_report_api(void) {
    kazcustoms_report *report = UNTOUCHED_REPORT;
    char *out = UNTOUCHED;
    kazcustoms_result r;

    check_input_error(kazcustoms_validate(NULL, "{}", NULL, &report), KAZCUSTOMS_RESULT_NULL_ARGUMENT,
                      "validate kind=NULL");
    check_input_error(kazcustoms_validate("dcd", NULL, NULL, &report), KAZCUSTOMS_RESULT_NULL_ARGUMENT,
                      "validate document_json=NULL");
    check_input_error(kazcustoms_validate("dcd", "{}", NULL, NULL), KAZCUSTOMS_RESULT_NULL_ARGUMENT,
                      "validate out_report=NULL");
    check_input_error(kazcustoms_validate("dcdd", "{}", NULL, &report), KAZCUSTOMS_RESULT_INVALID_ARGUMENT,
                      "validate kind=dcdd");
    check_input_error(kazcustoms_validate("dcd", "{}", "{\"lang\": \"de\"}", &report),
                      KAZCUSTOMS_RESULT_INVALID_ARGUMENT, "validate lang=de");
    check(report == UNTOUCHED_REPORT, "validate wrote its out-parameter on failure");

    /* A NULL report reads as empty; freeing NULL does nothing. */
    check(kazcustoms_report_count(NULL) == 0 && kazcustoms_report_found(NULL) == 0 &&
              kazcustoms_report_ok(NULL) == 0 && kazcustoms_report_truncated(NULL) == 0 &&
              kazcustoms_report_lang(NULL) == NULL && kazcustoms_report_rule(NULL, 0) == NULL &&
              kazcustoms_report_message(NULL, 0, "en") == NULL && kazcustoms_report_item(NULL, 0) == 0 &&
              kazcustoms_report_sheet(NULL, 0) == 0,
          "a NULL report reads as empty");
    kazcustoms_report_free(NULL);
    check_input_error(kazcustoms_report_to_json(NULL, NULL, &out), KAZCUSTOMS_RESULT_NULL_ARGUMENT,
                      "report_to_json report=NULL");

    /* A cut report in Kazakh. */
    r = kazcustoms_validate("dcd", "{}", CUT_OPTIONS, &report);
    if (check(r == KAZCUSTOMS_RESULT_OK, "validate {} cut: %s", result_name(r))) {
        const char *m = kazcustoms_report_message(report, 0, NULL);
        const char *kk = kazcustoms_report_message(report, 0, "kk");
        check(kazcustoms_report_count(report) == 2 && kazcustoms_report_found(report) > 2 &&
                  kazcustoms_report_truncated(report) == 1 && kazcustoms_report_ok(report) == 0,
              "a cut report: count %lu of %lu", (unsigned long)kazcustoms_report_count(report),
              (unsigned long)kazcustoms_report_found(report));
        check(str_eq(kazcustoms_report_lang(report), "kk") && m != NULL && m == kk,
              "the report's language is the options' (kk), its messages the same strings");
        check(kazcustoms_report_message(report, 0, "de") == NULL && kazcustoms_report_message(report, 0, "") == NULL &&
                  kazcustoms_report_message(report, 0, "\xff") == NULL,
              "a message in an unknown language is NULL");
        check(kazcustoms_report_rule(report, 0) == kazcustoms_report_rule(report, 0),
              "an accessor lends the same string every time");
        check_input_error(kazcustoms_report_to_json(report, "de", &out), KAZCUSTOMS_RESULT_INVALID_ARGUMENT,
                          "report_to_json lang=de");
        check_input_error(kazcustoms_report_to_json(report, "\xc3", &out), KAZCUSTOMS_RESULT_INVALID_UTF8,
                          "report_to_json lang=invalid UTF-8");
        check_input_error(kazcustoms_report_to_json(report, NULL, NULL), KAZCUSTOMS_RESULT_NULL_ARGUMENT,
                          "report_to_json out_json=NULL");
        check(out == UNTOUCHED, "report_to_json wrote its out-parameter on failure");
        /* One report read by four threads at once. */
        {
            pthread_t t[4];
            size_t k, want = read_all(report) * 50;
            int started[4];
            for (k = 0; k < 4; k++) {
                started[k] = pthread_create(&t[k], NULL, reader, report) == 0;
            }
            for (k = 0; k < 4; k++) {
                void *n = NULL;
                if (check(started[k], "pthread_create") && pthread_join(t[k], &n) == 0) {
                    check(n != NULL && *(size_t *)n == want && want == 100, "reader thread %lu", (unsigned long)k);
                    free(n);
                }
            }
        }
        kazcustoms_report_free(report);
    }
}

/* ------------------------------------------------------------------ */
/* Invalid UTF-8: the offset of the first invalid byte                 */
/* ------------------------------------------------------------------ */

static void test_utf8_offsets(void) {
    static const struct {
        const char *text;
        const char *offset;
    } bad[] = {
        {"\xff\xfe", "0"},
        {"{\"consignor\": \"\xc3\"}", "15"},
        {"{\"consignor\": \"\xd0\x90\xd0\"}", "17"},
        {"\xed\xa0\x80", "0"},
        {"dcd\x80", "3"},
    };
    size_t i, k;
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        kazcustoms_report *report = UNTOUCHED_REPORT;
        char what[96];
        kazcustoms_result r = kazcustoms_validate("dcd", bad[i].text, NULL, &report);
        snprintf(what, sizeof what, "invalid UTF-8 #%lu (offset %s)", (unsigned long)i, bad[i].offset);
        check_input_error(r, KAZCUSTOMS_RESULT_INVALID_UTF8, what);
        for (k = 0; k < 3; k++) {
            char *m = last_message(LANGS[k]);
            char needle[32];
            snprintf(needle, sizeof needle, " %s ", bad[i].offset);
            check(m != NULL && strstr(m, needle) != NULL && strstr(m, "UTF-8") != NULL &&
                      strstr(m, "document_json") != NULL,
                  "%s: the %s message gives the offset: %s", what, LANGS[k], m ? m : "(null)");
            free(m);
        }
        check(report == UNTOUCHED_REPORT, "%s: out written", what);
    }
    /* The same offset through any string argument: here the kind. */
    {
        char *out = UNTOUCHED;
        char *m;
        check(kazcustoms_validate_json("dc\xc3", "{}", NULL, &out) == KAZCUSTOMS_RESULT_INVALID_UTF8, "kind dc\\xc3");
        m = last_message("en");
        check(m != NULL && strstr(m, "kind") != NULL && strstr(m, "at offset 2 ") != NULL, "kind offset: %s",
              m ? m : "(null)");
        free(m);
        check(out == UNTOUCHED, "validate_json wrote its out-parameter on failure");
    }
}

/* ------------------------------------------------------------------ */
/* CP1251                                                              */
/* ------------------------------------------------------------------ */

/* The bytes of hex text into `out` (at most `size`); their count, or
 * (size_t)-1 for text that is not hex. */
static size_t from_hex(const char *hex, unsigned char *out, size_t size) {
    size_t n = 0;
    while (hex[0] != '\0' && hex[1] != '\0' && n < size) {
        unsigned int b;
        char pair[3];
        pair[0] = hex[0];
        pair[1] = hex[1];
        pair[2] = '\0';
        if (sscanf(pair, "%2x", &b) != 1) {
            return (size_t)-1;
        }
        out[n++] = (unsigned char)b;
        hex += 2;
    }
    return hex[0] == '\0' ? n : (size_t)-1;
}

/* Checks that the last error is an input error of INVALID_ARGUMENT whose
 * messages all hold `offset` and `byte` (e.g. "0x98"). */
static void check_byte_error(const char *what, kazcustoms_result r, const char *offset, const char *byte) {
    size_t k;
    check_input_error(r, KAZCUSTOMS_RESULT_INVALID_ARGUMENT, what);
    for (k = 0; k < 3; k++) {
        char *m = last_message(LANGS[k]);
        check(m != NULL && strstr(m, offset) != NULL && strstr(m, byte) != NULL, "%s: %s message %s", what, LANGS[k],
              m ? m : "(null)");
        free(m);
    }
}

static void test_cp1251_file(const char *dir, const char *file) {
    json_value *v;
    char *text = read_vectors(dir, file, &v);
    const json_value *chars, *list;
    size_t i;
    if (v == NULL) {
        free(text);
        return;
    }
    chars = json_get(v, "characters");
    check(json_count(chars) == 256, "%s: %lu characters", file, (unsigned long)json_count(chars));
    for (i = 1; i < json_count(chars) && i < 256; i++) {
        const json_value *want = json_at(chars, i);
        unsigned char byte = (unsigned char)i;
        char *out = UNTOUCHED;
        kazcustoms_result r = kazcustoms_cp1251_to_utf8(&byte, 1, &out);
        if (json_is_null(want)) {
            char hex[8];
            snprintf(hex, sizeof hex, "0x%02X", (unsigned)i);
            check_byte_error(file, r, " 0 ", hex);
            check(out == UNTOUCHED, "%s: byte 0x%02X: out written", file, (unsigned)i);
        } else if (check(r == KAZCUSTOMS_RESULT_OK, "%s: byte 0x%02X: %s", file, (unsigned)i, result_name(r))) {
            check(is_json_string(out, want), "%s: byte 0x%02X gave \"%s\"", file, (unsigned)i, out);
            kazcustoms_string_free(out);
        }
    }
    list = json_get(v, "texts");
    check(json_count(list) > 0, "%s: no texts", file);
    for (i = 0; i < json_count(list); i++) {
        const json_value *t = json_at(list, i);
        const char *hex = json_str(json_get(t, "bytes_hex"));
        unsigned char bytes[256];
        size_t n = hex != NULL ? from_hex(hex, bytes, sizeof bytes) : (size_t)-1;
        char *out = UNTOUCHED;
        kazcustoms_result r;
        if (!check(n != (size_t)-1, "%s: texts[%lu]: bad hex", file, (unsigned long)i)) {
            continue;
        }
        /* An empty text is given as NULL, 0: allowed. */
        r = kazcustoms_cp1251_to_utf8(n > 0 ? bytes : NULL, n, &out);
        if (check(r == KAZCUSTOMS_RESULT_OK, "%s: texts[%lu]: %s", file, (unsigned long)i, result_name(r))) {
            check(is_json_string(out, json_get(t, "text")), "%s: texts[%lu] gave \"%s\"", file, (unsigned long)i, out);
            kazcustoms_string_free(out);
        }
    }
    list = json_get(v, "errors");
    check(json_count(list) > 0, "%s: no errors", file);
    for (i = 0; i < json_count(list); i++) {
        const json_value *t = json_at(list, i);
        const char *hex = json_str(json_get(t, "bytes_hex"));
        unsigned char bytes[256];
        size_t n = hex != NULL ? from_hex(hex, bytes, sizeof bytes) : (size_t)-1;
        long long offset = as_integer(json_get(t, "offset"));
        char *out = UNTOUCHED;
        char what[128], at[48];
        if (!check(n != (size_t)-1 && n > 0 && offset >= 0, "%s: errors[%lu]: malformed", file, (unsigned long)i)) {
            continue;
        }
        snprintf(what, sizeof what, "%s errors[%lu]", file, (unsigned long)i);
        snprintf(at, sizeof at, " %lld ", offset);
        check_byte_error(what, kazcustoms_cp1251_to_utf8(bytes, n, &out), at, "0x98");
        check(out == UNTOUCHED, "%s: out written", what);
    }
    json_free(v);
    free(text);
}

static void test_cp1251(const char *dir) {
    json_value *index;
    char *text = read_vectors(dir, "index.json", &index);
    const json_value *files;
    static const unsigned char with_nul[] = {0xC0, 0xE1, 0x00, 0xE2};
    char *out = UNTOUCHED;
    size_t i;
    if (index != NULL) {
        files = json_get(index, "cp1251");
        check(json_count(files) > 0, "index.json: no cp1251 file");
        for (i = 0; i < json_count(files); i++) {
            if (json_str(json_at(files, i)) != NULL) {
                test_cp1251_file(dir, json_str(json_at(files, i)));
            }
        }
    }
    json_free(index);
    free(text);
    /* A NUL byte cannot go into a C string: refused with its offset. */
    check_byte_error("cp1251 with a NUL", kazcustoms_cp1251_to_utf8(with_nul, sizeof with_nul, &out), " 2 ",
                     "0x00");
    check_input_error(kazcustoms_cp1251_to_utf8(NULL, 1, &out), KAZCUSTOMS_RESULT_NULL_ARGUMENT,
                      "cp1251 bytes=NULL len=1");
    check_input_error(kazcustoms_cp1251_to_utf8(with_nul, 2, NULL), KAZCUSTOMS_RESULT_NULL_ARGUMENT,
                      "cp1251 out_text=NULL");
    check(out == UNTOUCHED, "cp1251_to_utf8 wrote its out-parameter on failure");
    /* What is converted validates: a consignor's name in CP1251. */
    {
        static const unsigned char name[] = {0xd2, 0xce, 0xce, 0x20, 0xab, 0xc0, 0xcb, 0xcc, 0xc0, 0xbb};
        char *utf8 = NULL;
        if (check(kazcustoms_cp1251_to_utf8(name, sizeof name, &utf8) == KAZCUSTOMS_RESULT_OK, "cp1251 name")) {
            check(strcmp(utf8, "ТОО «АЛМА»") == 0, "cp1251 name: %s", utf8);
            kazcustoms_string_free(utf8);
        }
    }
}

void test_report(const char *dir) {
    test_report_vectors(dir);
    test_report_api();
    test_utf8_offsets();
    test_cp1251(dir);
}
