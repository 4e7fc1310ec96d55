/* The C tests' harness; see harness.h. */
#include "harness.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

unsigned long passed;
unsigned long failed;

int check(int ok, const char *fmt, ...) {
    if (ok) {
        passed++;
        return 1;
    }
    failed++;
    {
        va_list ap;
        fputs("FAIL: ", stdout);
        va_start(ap, fmt);
        vprintf(fmt, ap);
        va_end(ap);
        fputc('\n', stdout);
    }
    return 0;
}

const char *result_name(kazcustoms_result r) {
    switch (r) {
    case KAZCUSTOMS_RESULT_OK: return "OK";
    case KAZCUSTOMS_RESULT_NULL_ARGUMENT: return "NULL_ARGUMENT";
    case KAZCUSTOMS_RESULT_INVALID_UTF8: return "INVALID_UTF8";
    case KAZCUSTOMS_RESULT_INVALID_ARGUMENT: return "INVALID_ARGUMENT";
    case KAZCUSTOMS_RESULT_INVALID_NUMBER: return "INVALID_NUMBER";
    case KAZCUSTOMS_RESULT_JOURNAL: return "JOURNAL";
    case KAZCUSTOMS_RESULT_BUFFER_TOO_SMALL: return "BUFFER_TOO_SMALL";
    case KAZCUSTOMS_RESULT_PANIC: return "PANIC";
    case KAZCUSTOMS_RESULT_INVALID_DOCUMENT: return "INVALID_DOCUMENT";
    case KAZCUSTOMS_RESULT_VIOLATION: return "VIOLATION";
    default: return "?";
    }
}

const char *last_rule(void) {
    static _Thread_local char buf[64];
    size_t n = 0;
    kazcustoms_result r = kazcustoms_last_error_rule(buf, sizeof buf, &n);
    if (r != KAZCUSTOMS_RESULT_OK) {
        snprintf(buf, sizeof buf, "<last_error_rule: %s>", result_name(r));
    }
    return buf;
}

char *last_message(const char *lang) {
    size_t n = 0;
    char *buf;
    kazcustoms_result r = kazcustoms_last_error_message(lang, NULL, 0, &n);
    if (r != KAZCUSTOMS_RESULT_OK && r != KAZCUSTOMS_RESULT_BUFFER_TOO_SMALL) {
        return NULL;
    }
    buf = malloc(n + 1);
    if (buf == NULL) {
        return NULL;
    }
    if (kazcustoms_last_error_message(lang, buf, n + 1, &n) != KAZCUSTOMS_RESULT_OK) {
        free(buf);
        return NULL;
    }
    return buf;
}

char *last_path(void) {
    size_t n = 0;
    char *buf;
    kazcustoms_result r = kazcustoms_last_error_path(NULL, 0, &n);
    if (r != KAZCUSTOMS_RESULT_OK && r != KAZCUSTOMS_RESULT_BUFFER_TOO_SMALL) {
        return NULL;
    }
    buf = malloc(n + 1);
    if (buf == NULL) {
        return NULL;
    }
    if (kazcustoms_last_error_path(buf, n + 1, &n) != KAZCUSTOMS_RESULT_OK) {
        free(buf);
        return NULL;
    }
    return buf;
}

void check_input_error(kazcustoms_result r, kazcustoms_result expected, const char *what) {
    static const char *const langs[] = {"kk", "ru", "en"};
    size_t i;
    check(r == expected, "%s: got %s, expected %s", what, result_name(r), result_name(expected));
    check(last_rule()[0] == '\0', "%s: input error has rule '%s'", what, last_rule());
    for (i = 0; i < 3; i++) {
        char *m = last_message(langs[i]);
        check(m != NULL && m[0] != '\0', "%s: empty %s message", what, langs[i]);
        free(m);
    }
}

char *read_vectors(const char *dir, const char *name, json_value **out) {
    char path[4096];
    char error[256];
    size_t len = 0;
    char *text;
    snprintf(path, sizeof path, "%s/%s", dir, name);
    text = json_read_file(path, &len);
    if (!check(text != NULL, "cannot read %s", path)) {
        *out = NULL;
        return NULL;
    }
    *out = json_parse(text, len, error, sizeof error);
    check(*out != NULL, "%s: %s", path, error);
    return text;
}

/* ------------------------------------------------------------------ */
/* Options and reports of the document vectors                         */
/* ------------------------------------------------------------------ */

static const char *const REPORT_LANGS[] = {"kk", "ru", "en"};

/* The text of `value` (a JSON number) as an integer, or -1. */
long long as_integer(const json_value *value) {
    if (value == NULL || value->type != JSON_NUMBER || value->number != (double)(long long)value->number) {
        return -1;
    }
    return (long long)value->number;
}

/* See harness.h. */
char *options_text(const json_value *file, const json_value *kase, const char *lang, int drop_nulls) {
    size_t cap = json_count(file) + json_count(kase) + 1, i;
    json_value merged, lang_value;
    char lang_copy[8];
    char *text;
    memset(&merged, 0, sizeof merged);
    memset(&lang_value, 0, sizeof lang_value);
    merged.type = JSON_OBJECT;
    merged.items = calloc(cap, sizeof *merged.items);
    merged.keys = calloc(cap, sizeof *merged.keys);
    if (merged.items == NULL || merged.keys == NULL) {
        free(merged.items);
        free(merged.keys);
        return NULL;
    }
    /* Shallow copies: the tree only borrows the members of `file`, `kase`. */
    for (i = 0; i < json_count(file); i++) {
        const json_value *over = json_get(kase, file->keys[i]);
        const json_value *value = over != NULL ? over : &file->items[i];
        if (drop_nulls && value->type == JSON_NULL) {
            continue;
        }
        merged.keys[merged.count] = file->keys[i];
        merged.items[merged.count++] = *value;
    }
    for (i = 0; i < json_count(kase); i++) {
        if (drop_nulls && kase->items[i].type == JSON_NULL) {
            continue;
        }
        if (json_get(file, kase->keys[i]) == NULL) {
            merged.keys[merged.count] = kase->keys[i];
            merged.items[merged.count++] = kase->items[i];
        }
    }
    if (lang != NULL) {
        size_t at = merged.count;
        snprintf(lang_copy, sizeof lang_copy, "%s", lang);
        lang_value.type = JSON_STRING;
        lang_value.string = lang_copy;
        lang_value.length = strlen(lang_copy);
        for (i = 0; i < merged.count; i++) {
            if (strcmp(merged.keys[i], "lang") == 0) {
                at = i;
            }
        }
        merged.keys[at] = "lang";
        merged.items[at] = lang_value;
        if (at == merged.count) {
            merged.count++;
        }
    }
    text = json_write(&merged);
    free(merged.items);
    free(merged.keys);
    return text;
}

/* See harness.h. */
const char *options_lang(const json_value *file, const json_value *kase) {
    const char *lang = json_str(json_get(kase, "lang"));
    if (lang == NULL) {
        lang = json_str(json_get(file, "lang"));
    }
    return lang != NULL ? lang : "en";
}

static int compare_strings(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* See harness.h. */
size_t sort_unique(const char **ids, size_t n) {
    size_t i, k = 0;
    qsort(ids, n, sizeof *ids, compare_strings);
    for (i = 0; i < n; i++) {
        if (k == 0 || strcmp(ids[k - 1], ids[i]) != 0) {
            ids[k++] = ids[i];
        }
    }
    return k;
}

/* See harness.h. */
void join(const char **ids, size_t n, char *out, size_t size) {
    size_t i, used = 0;
    int w = snprintf(out, size, "[");
    used = w > 0 ? (size_t)w : 0;
    for (i = 0; i < n && used < size; i++) {
        w = snprintf(out + used, size - used, "%s%s", i ? ", " : "", ids[i]);
        used += w > 0 ? (size_t)w : 0;
    }
    if (used < size) {
        snprintf(out + used, size - used, "]");
    }
}

/* See harness.h. */
json_value *parse_report(const char *name, const char *json, const char *lang) {
    char error[128];
    json_value *report = json_parse(json, strlen(json), error, sizeof error);
    const json_value *violations, *ok;
    int errors = 0;
    size_t i, k;
    if (!check(report != NULL, "%s: the report is not JSON (%s)", name, error)) {
        return NULL;
    }
    violations = json_get(report, "violations");
    ok = json_get(report, "ok");
    check(violations != NULL && violations->type == JSON_ARRAY, "%s: report without violations", name);
    check(json_str(json_get(report, "lang")) != NULL && strcmp(json_str(json_get(report, "lang")), lang) == 0,
          "%s: report lang is not %s", name, lang);
    for (i = 0; i < json_count(violations); i++) {
        const json_value *v = json_at(violations, i);
        const char *rule = json_str(json_get(v, "rule"));
        const char *severity = json_str(json_get(v, "severity"));
        const char *message = json_str(json_get(v, "message"));
        const json_value *messages = json_get(v, "messages");
        const json_value *item = json_get(v, "item");
        const json_value *sheet = json_get(v, "sheet");
        int shape = rule != NULL && rule[0] != '\0' && json_str(json_get(v, "field")) != NULL &&
                    json_str(json_get(v, "source")) != NULL && severity != NULL &&
                    (strcmp(severity, "error") == 0 || strcmp(severity, "warning") == 0) && item != NULL &&
                    sheet != NULL && (json_is_null(item) || as_integer(item) >= 1) &&
                    (json_is_null(sheet) || as_integer(sheet) >= 1);
        for (k = 0; k < 3; k++) {
            const char *m = json_str(json_get(messages, REPORT_LANGS[k]));
            shape = shape && m != NULL && m[0] != '\0';
        }
        shape = shape && message != NULL && strcmp(message, json_str(json_get(messages, lang))) == 0;
        if (!check(shape, "%s: violation %lu (%s) is malformed", name, (unsigned long)i, rule ? rule : "?")) {
            break;
        }
        errors += strcmp(severity, "error") == 0;
    }
    check(ok != NULL && ok->type == JSON_BOOL && ok->boolean == (errors == 0),
          "%s: ok is not 'no violation of severity error'", name);
    return report;
}

/* See harness.h. */
const char **report_rules(const json_value *report, size_t *count) {
    const json_value *violations = json_get(report, "violations");
    size_t n = json_count(violations), i;
    const char **ids = calloc(n ? n : 1, sizeof *ids);
    if (ids == NULL) {
        *count = 0;
        return NULL;
    }
    for (i = 0; i < n; i++) {
        const char *rule = json_str(json_get(json_at(violations, i), "rule"));
        ids[i] = rule != NULL ? rule : "?";
    }
    *count = sort_unique(ids, n);
    return ids;
}

/* ------------------------------------------------------------------ */
/* Dates, JSON values and rule sets of the vectors                      */

kazcustoms_date date_ymd(int32_t y, uint32_t m, uint32_t d) {
    kazcustoms_date date;
    date.year = y;
    date.month = m;
    date.day = d;
    return date;
}

/* "YYYY-MM-DD" -> date; 0000-00-00 (not a date) when malformed. */
kazcustoms_date date_iso(const char *s) {
    int y = 0;
    unsigned m = 0, d = 0;
    if (s == NULL || sscanf(s, "%d-%u-%u", &y, &m, &d) != 3) {
        return date_ymd(0, 0, 0);
    }
    return date_ymd(y, m, d);
}

void date_format(kazcustoms_date d, char out[32]) {
    snprintf(out, 32, "%04d-%02u-%02u", (int)d.year, (unsigned)d.month, (unsigned)d.day);
}

int date_same(kazcustoms_date a, kazcustoms_date b) {
    return a.year == b.year && a.month == b.month && a.day == b.day;
}

int str_eq(const char *a, const char *b) {
    return a != NULL && b != NULL && strcmp(a, b) == 0;
}

/* A JSON number that is an integer, into `*out`. */
int json_integer(const json_value *v, long long *out) {
    if (v == NULL || v->type != JSON_NUMBER || v->number != (double)(long long)v->number) {
        return 0;
    }
    *out = (long long)v->number;
    return 1;
}

/* Parses JSON text the library returned; NULL after a failed check. */
json_value *parse_result(const char *name, const char *text) {
    char error[128];
    json_value *v = text != NULL ? json_parse(text, strlen(text), error, sizeof error) : NULL;
    check(v != NULL, "%s: the result is not JSON (%s): %s", name, text ? error : "NULL", text ? text : "");
    return v;
}

/* `a` and `b` are equal, an absent member counting as null. */
int same_json(const json_value *a, const json_value *b) {
    if (json_is_null(a) || json_is_null(b)) {
        return json_is_null(a) && json_is_null(b);
    }
    return json_equal(a, b);
}

/* Text of a JSON value for messages (malloc'd; free() it). */
char *show_json(const json_value *v) {
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
const char **rules_of(const json_value *array, size_t *count) {
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
int same_rules(const char *name, const char **got, size_t n_got, const char **want, size_t n_want) {
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
void check_report_rules(const char *name, const char *report, const char *lang, const json_value *want) {
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
void check_document_error(const char *name, kazcustoms_result r, const char *path) {
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
/* Error classes                                                        */

/* The one mapping of the core's ErrorClass names to result codes
 * (kazcustoms-core/src/error.rs). */
static const struct {
    const char *error;
    kazcustoms_result code;
} ERRORS[] = {
    {"invalid_number", KAZCUSTOMS_RESULT_INVALID_NUMBER},
    {"journal", KAZCUSTOMS_RESULT_JOURNAL},
    {"invalid_document", KAZCUSTOMS_RESULT_INVALID_DOCUMENT},
    {"invalid_argument", KAZCUSTOMS_RESULT_INVALID_ARGUMENT},
    {"transition", KAZCUSTOMS_RESULT_VIOLATION},
};

/* The result code of an error class name; 0 (and a failed check) when the
 * name is not in the table. */
int error_class_code(const char *name, const char *error, kazcustoms_result *out) {
    size_t i;
    for (i = 0; i < sizeof ERRORS / sizeof ERRORS[0]; i++) {
        if (str_eq(error, ERRORS[i].error)) {
            *out = ERRORS[i].code;
            return 1;
        }
    }
    return check(0, "%s: unknown error class '%s'", name, error ? error : "(none)");
}

/* A case's document text (malloc'd): its `document_text`, else its
 * `document` written as JSON. */
char *vector_document(const json_value *c) {
    const char *text = json_str(json_get(c, "document_text"));
    char *out;
    if (text == NULL) {
        return json_write(json_get(c, "document"));
    }
    out = malloc(strlen(text) + 1);
    if (out != NULL) {
        strcpy(out, text);
    }
    return out;
}
