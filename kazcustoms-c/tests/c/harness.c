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
