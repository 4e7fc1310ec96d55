/* A small strict JSON reader and compact writer; see json.h. */
#include "json.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct parser {
    const char *p;
    const char *end;
    const char *start;
    char *error;
    size_t error_size;
    int failed;
} parser;

static void fail(parser *ps, const char *fmt, ...) {
    va_list ap;
    int n;
    if (ps->failed) {
        return;
    }
    ps->failed = 1;
    if (ps->error == NULL || ps->error_size == 0) {
        return;
    }
    n = snprintf(ps->error, ps->error_size, "offset %lu: ", (unsigned long)(ps->p - ps->start));
    if (n < 0 || (size_t)n >= ps->error_size) {
        return;
    }
    va_start(ap, fmt);
    vsnprintf(ps->error + n, ps->error_size - (size_t)n, fmt, ap);
    va_end(ap);
}

static void skip_ws(parser *ps) {
    while (ps->p < ps->end && (*ps->p == ' ' || *ps->p == '\t' || *ps->p == '\n' || *ps->p == '\r')) {
        ps->p++;
    }
}

static void free_value(json_value *v) {
    size_t i;
    switch (v->type) {
    case JSON_STRING:
        free(v->string);
        break;
    case JSON_ARRAY:
    case JSON_OBJECT:
        for (i = 0; i < v->count; i++) {
            free_value(&v->items[i]);
            if (v->keys != NULL) {
                free(v->keys[i]);
            }
        }
        free(v->items);
        free(v->keys);
        break;
    default:
        break;
    }
    memset(v, 0, sizeof *v);
}

/* A growable byte buffer. */
typedef struct buffer {
    char *data;
    size_t length;
    size_t capacity;
    int oom;
} buffer;

static void buf_put(buffer *b, const char *bytes, size_t n) {
    if (b->oom) {
        return;
    }
    if (b->length + n + 1 > b->capacity) {
        size_t cap = b->capacity ? b->capacity : 32;
        char *grown;
        while (b->length + n + 1 > cap) {
            cap *= 2;
        }
        grown = realloc(b->data, cap);
        if (grown == NULL) {
            b->oom = 1;
            return;
        }
        b->data = grown;
        b->capacity = cap;
    }
    memcpy(b->data + b->length, bytes, n);
    b->length += n;
    b->data[b->length] = '\0';
}

static void buf_putc(buffer *b, char c) {
    buf_put(b, &c, 1);
}

static int hex4(parser *ps, unsigned *out) {
    unsigned v = 0;
    int i;
    if (ps->end - ps->p < 4) {
        fail(ps, "truncated \\u escape");
        return 0;
    }
    for (i = 0; i < 4; i++) {
        char c = ps->p[i];
        v <<= 4;
        if (c >= '0' && c <= '9') {
            v |= (unsigned)(c - '0');
        } else if (c >= 'a' && c <= 'f') {
            v |= (unsigned)(c - 'a' + 10);
        } else if (c >= 'A' && c <= 'F') {
            v |= (unsigned)(c - 'A' + 10);
        } else {
            fail(ps, "bad hex digit in \\u escape");
            return 0;
        }
    }
    ps->p += 4;
    *out = v;
    return 1;
}

static void put_utf8(buffer *b, unsigned cp) {
    char out[4];
    size_t n;
    if (cp < 0x80) {
        out[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        out[0] = (char)(0xF0 | (cp >> 18));
        out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    buf_put(b, out, n);
}

/* Parses a string; ps->p is at the opening quote. */
static int parse_string(parser *ps, char **out, size_t *out_len) {
    buffer b = {0};
    ps->p++; /* opening quote */
    buf_put(&b, "", 0);
    for (;;) {
        unsigned char c;
        if (ps->p >= ps->end) {
            fail(ps, "unterminated string");
            break;
        }
        c = (unsigned char)*ps->p;
        if (c == '"') {
            ps->p++;
            if (b.oom) {
                fail(ps, "out of memory");
                break;
            }
            *out = b.data;
            *out_len = b.length;
            return 1;
        }
        if (c < 0x20) {
            fail(ps, "raw control character in string");
            break;
        }
        if (c != '\\') {
            buf_putc(&b, (char)c);
            ps->p++;
            continue;
        }
        ps->p++;
        if (ps->p >= ps->end) {
            fail(ps, "truncated escape");
            break;
        }
        c = (unsigned char)*ps->p++;
        switch (c) {
        case '"': buf_putc(&b, '"'); break;
        case '\\': buf_putc(&b, '\\'); break;
        case '/': buf_putc(&b, '/'); break;
        case 'b': buf_putc(&b, '\b'); break;
        case 'f': buf_putc(&b, '\f'); break;
        case 'n': buf_putc(&b, '\n'); break;
        case 'r': buf_putc(&b, '\r'); break;
        case 't': buf_putc(&b, '\t'); break;
        case 'u': {
            unsigned cp, low;
            if (!hex4(ps, &cp)) {
                goto error;
            }
            if (cp >= 0xDC00 && cp <= 0xDFFF) {
                fail(ps, "lone low surrogate");
                goto error;
            }
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                if (ps->end - ps->p < 2 || ps->p[0] != '\\' || ps->p[1] != 'u') {
                    fail(ps, "high surrogate without a low surrogate");
                    goto error;
                }
                ps->p += 2;
                if (!hex4(ps, &low)) {
                    goto error;
                }
                if (low < 0xDC00 || low > 0xDFFF) {
                    fail(ps, "high surrogate followed by a non-low surrogate");
                    goto error;
                }
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            }
            put_utf8(&b, cp);
            break;
        }
        default:
            fail(ps, "bad escape \\%c", c);
            goto error;
        }
    }
error:
    free(b.data);
    return 0;
}

static int is_digit(char c) {
    return c >= '0' && c <= '9';
}

static int parse_number(parser *ps, double *out) {
    const char *s = ps->p;
    char tmp[128];
    size_t n;
    char *endp;
    if (ps->p < ps->end && *ps->p == '-') {
        ps->p++;
    }
    if (ps->p >= ps->end || !is_digit(*ps->p)) {
        fail(ps, "bad number");
        return 0;
    }
    if (*ps->p == '0') {
        ps->p++;
    } else {
        while (ps->p < ps->end && is_digit(*ps->p)) {
            ps->p++;
        }
    }
    if (ps->p < ps->end && *ps->p == '.') {
        ps->p++;
        if (ps->p >= ps->end || !is_digit(*ps->p)) {
            fail(ps, "bad fraction");
            return 0;
        }
        while (ps->p < ps->end && is_digit(*ps->p)) {
            ps->p++;
        }
    }
    if (ps->p < ps->end && (*ps->p == 'e' || *ps->p == 'E')) {
        ps->p++;
        if (ps->p < ps->end && (*ps->p == '+' || *ps->p == '-')) {
            ps->p++;
        }
        if (ps->p >= ps->end || !is_digit(*ps->p)) {
            fail(ps, "bad exponent");
            return 0;
        }
        while (ps->p < ps->end && is_digit(*ps->p)) {
            ps->p++;
        }
    }
    n = (size_t)(ps->p - s);
    if (n >= sizeof tmp) {
        fail(ps, "number too long");
        return 0;
    }
    memcpy(tmp, s, n);
    tmp[n] = '\0';
    *out = strtod(tmp, &endp);
    return 1;
}

static int parse_value(parser *ps, json_value *v, int depth);

static int push_item(parser *ps, json_value *v, size_t *cap, int object) {
    if (v->count == *cap) {
        size_t ncap = *cap ? *cap * 2 : 4;
        json_value *items = realloc(v->items, ncap * sizeof *items);
        if (items == NULL) {
            fail(ps, "out of memory");
            return 0;
        }
        v->items = items;
        if (object) {
            char **keys = realloc(v->keys, ncap * sizeof *keys);
            if (keys == NULL) {
                fail(ps, "out of memory");
                return 0;
            }
            v->keys = keys;
        }
        *cap = ncap;
    }
    memset(&v->items[v->count], 0, sizeof v->items[v->count]);
    if (object) {
        v->keys[v->count] = NULL;
    }
    v->count++;
    return 1;
}

static int parse_container(parser *ps, json_value *v, int depth, int object) {
    size_t cap = 0;
    char close = object ? '}' : ']';
    v->type = object ? JSON_OBJECT : JSON_ARRAY;
    ps->p++;
    skip_ws(ps);
    if (ps->p < ps->end && *ps->p == close) {
        ps->p++;
        return 1;
    }
    for (;;) {
        json_value *item;
        if (!push_item(ps, v, &cap, object)) {
            return 0;
        }
        item = &v->items[v->count - 1];
        skip_ws(ps);
        if (object) {
            size_t key_len;
            if (ps->p >= ps->end || *ps->p != '"') {
                fail(ps, "expected a member name");
                return 0;
            }
            if (!parse_string(ps, &v->keys[v->count - 1], &key_len)) {
                return 0;
            }
            skip_ws(ps);
            if (ps->p >= ps->end || *ps->p != ':') {
                fail(ps, "expected ':'");
                return 0;
            }
            ps->p++;
        }
        if (!parse_value(ps, item, depth + 1)) {
            return 0;
        }
        skip_ws(ps);
        if (ps->p < ps->end && *ps->p == ',') {
            ps->p++;
            continue;
        }
        if (ps->p < ps->end && *ps->p == close) {
            ps->p++;
            return 1;
        }
        fail(ps, object ? "expected ',' or '}'" : "expected ',' or ']'");
        return 0;
    }
}

static int literal(parser *ps, const char *word) {
    size_t n = strlen(word);
    if ((size_t)(ps->end - ps->p) < n || memcmp(ps->p, word, n) != 0) {
        fail(ps, "unexpected character");
        return 0;
    }
    ps->p += n;
    return 1;
}

static int parse_value(parser *ps, json_value *v, int depth) {
    if (depth > JSON_MAX_DEPTH) {
        fail(ps, "nesting deeper than %d", JSON_MAX_DEPTH);
        return 0;
    }
    skip_ws(ps);
    if (ps->p >= ps->end) {
        fail(ps, "unexpected end of input");
        return 0;
    }
    switch (*ps->p) {
    case '{':
        return parse_container(ps, v, depth, 1);
    case '[':
        return parse_container(ps, v, depth, 0);
    case '"':
        v->type = JSON_STRING;
        return parse_string(ps, &v->string, &v->length);
    case 't':
        v->type = JSON_BOOL;
        v->boolean = 1;
        return literal(ps, "true");
    case 'f':
        v->type = JSON_BOOL;
        return literal(ps, "false");
    case 'n':
        v->type = JSON_NULL;
        return literal(ps, "null");
    default:
        v->type = JSON_NUMBER;
        return parse_number(ps, &v->number);
    }
}

json_value *json_parse(const char *text, size_t length, char *error, size_t error_size) {
    parser ps;
    json_value *v = calloc(1, sizeof *v);
    if (error != NULL && error_size > 0) {
        error[0] = '\0';
    }
    if (v == NULL) {
        return NULL;
    }
    ps.p = text;
    ps.start = text;
    ps.end = text + length;
    ps.error = error;
    ps.error_size = error_size;
    ps.failed = 0;
    if (parse_value(&ps, v, 0)) {
        skip_ws(&ps);
        if (ps.p != ps.end) {
            fail(&ps, "trailing characters");
        }
    }
    if (ps.failed) {
        json_free(v);
        return NULL;
    }
    return v;
}

void json_free(json_value *value) {
    if (value == NULL) {
        return;
    }
    free_value(value);
    free(value);
}

const json_value *json_get(const json_value *object, const char *key) {
    size_t i;
    if (object == NULL || object->type != JSON_OBJECT) {
        return NULL;
    }
    for (i = 0; i < object->count; i++) {
        if (strcmp(object->keys[i], key) == 0) {
            return &object->items[i];
        }
    }
    return NULL;
}

const json_value *json_at(const json_value *array, size_t index) {
    if (array == NULL || array->type != JSON_ARRAY || index >= array->count) {
        return NULL;
    }
    return &array->items[index];
}

size_t json_count(const json_value *value) {
    if (value == NULL || (value->type != JSON_ARRAY && value->type != JSON_OBJECT)) {
        return 0;
    }
    return value->count;
}

const char *json_str(const json_value *value) {
    return value != NULL && value->type == JSON_STRING ? value->string : NULL;
}

int json_is_null(const json_value *value) {
    return value == NULL || value->type == JSON_NULL;
}

static void write_string(buffer *b, const char *s, size_t n) {
    size_t i;
    buf_putc(b, '"');
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        char esc[8];
        if (c == '"' || c == '\\') {
            buf_putc(b, '\\');
            buf_putc(b, (char)c);
        } else if (c < 0x20) {
            snprintf(esc, sizeof esc, "\\u%04x", c);
            buf_put(b, esc, 6);
        } else {
            buf_putc(b, (char)c);
        }
    }
    buf_putc(b, '"');
}

static void write_value(buffer *b, const json_value *v) {
    size_t i;
    char num[64];
    switch (v->type) {
    case JSON_NULL:
        buf_put(b, "null", 4);
        break;
    case JSON_BOOL:
        if (v->boolean) {
            buf_put(b, "true", 4);
        } else {
            buf_put(b, "false", 5);
        }
        break;
    case JSON_NUMBER:
        snprintf(num, sizeof num, "%.17g", v->number);
        buf_put(b, num, strlen(num));
        break;
    case JSON_STRING:
        write_string(b, v->string, v->length);
        break;
    case JSON_ARRAY:
    case JSON_OBJECT:
        buf_putc(b, v->type == JSON_ARRAY ? '[' : '{');
        for (i = 0; i < v->count; i++) {
            if (i > 0) {
                buf_putc(b, ',');
            }
            if (v->type == JSON_OBJECT) {
                write_string(b, v->keys[i], strlen(v->keys[i]));
                buf_putc(b, ':');
            }
            write_value(b, &v->items[i]);
        }
        buf_putc(b, v->type == JSON_ARRAY ? ']' : '}');
        break;
    }
}

char *json_write(const json_value *value) {
    buffer b = {0};
    buf_put(&b, "", 0);
    write_value(&b, value);
    if (b.oom) {
        free(b.data);
        return NULL;
    }
    return b.data;
}

int json_equal(const json_value *a, const json_value *b) {
    size_t i;
    if (a == NULL || b == NULL) {
        return a == b;
    }
    if (a->type != b->type) {
        return 0;
    }
    switch (a->type) {
    case JSON_NULL:
        return 1;
    case JSON_BOOL:
        return a->boolean == b->boolean;
    case JSON_NUMBER:
        return a->number == b->number;
    case JSON_STRING:
        return a->length == b->length && memcmp(a->string, b->string, a->length) == 0;
    case JSON_ARRAY:
        if (a->count != b->count) {
            return 0;
        }
        for (i = 0; i < a->count; i++) {
            if (!json_equal(&a->items[i], &b->items[i])) {
                return 0;
            }
        }
        return 1;
    case JSON_OBJECT:
        if (a->count != b->count) {
            return 0;
        }
        for (i = 0; i < a->count; i++) {
            if (!json_equal(&a->items[i], json_get(b, a->keys[i]))) {
                return 0;
            }
        }
        return 1;
    }
    return 0;
}

char *json_read_file(const char *path, size_t *length) {
    FILE *f = fopen(path, "rb");
    buffer b = {0};
    char chunk[4096];
    size_t n;
    if (f == NULL) {
        return NULL;
    }
    buf_put(&b, "", 0);
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        buf_put(&b, chunk, n);
    }
    if (ferror(f) || b.oom) {
        fclose(f);
        free(b.data);
        return NULL;
    }
    fclose(f);
    if (length != NULL) {
        *length = b.length;
    }
    return b.data;
}
