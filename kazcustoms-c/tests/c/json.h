/*
 * A small JSON reader (and compact writer) for the C tests: enough to read
 * the shared vectors in tests/vectors/. Objects, arrays, strings (with
 * \uXXXX escapes, surrogate pairs included, decoded to UTF-8), numbers,
 * true, false, null. Strict: trailing garbage, raw control characters in
 * strings, lone surrogates and nesting deeper than JSON_MAX_DEPTH are
 * errors.
 */
#ifndef KAZCUSTOMS_TEST_JSON_H
#define KAZCUSTOMS_TEST_JSON_H

#include <stddef.h>

#define JSON_MAX_DEPTH 256

typedef enum json_type {
    JSON_NULL,
    JSON_BOOL,
    JSON_NUMBER,
    JSON_STRING,
    JSON_ARRAY,
    JSON_OBJECT
} json_type;

typedef struct json_value json_value;

struct json_value {
    json_type type;
    int boolean;       /* JSON_BOOL */
    double number;     /* JSON_NUMBER */
    char *string;      /* JSON_STRING: UTF-8, NUL-terminated (may hold NUL: see length) */
    size_t length;     /* JSON_STRING: bytes, without the terminating NUL */
    size_t count;      /* JSON_ARRAY, JSON_OBJECT: number of items / members */
    json_value *items; /* JSON_ARRAY, JSON_OBJECT: the values */
    char **keys;       /* JSON_OBJECT: the member names, in file order */
};

/* Parses `length` bytes of `text`. Returns a tree to free with json_free(),
 * or NULL with a message in `error` (of `error_size` bytes). */
json_value *json_parse(const char *text, size_t length, char *error, size_t error_size);

/* Frees a tree from json_parse(); NULL is a no-op. */
void json_free(json_value *value);

/* The member `key` of an object; NULL when `object` is not an object or has
 * no such member. */
const json_value *json_get(const json_value *object, const char *key);

/* Item `index` of an array; NULL when out of range or not an array. */
const json_value *json_at(const json_value *array, size_t index);

/* Number of items of an array or members of an object; 0 otherwise. */
size_t json_count(const json_value *value);

/* The string of a JSON string, else NULL. */
const char *json_str(const json_value *value);

/* Whether `value` is absent (NULL) or JSON null. */
int json_is_null(const json_value *value);

/* Compact JSON text of a tree (malloc'd, NUL-terminated; free() it). */
char *json_write(const json_value *value);

/* Deep equality; object members compare regardless of order. */
int json_equal(const json_value *a, const json_value *b);

/* Reads a whole file (malloc'd, NUL-terminated; free() it), or NULL. */
char *json_read_file(const char *path, size_t *length);

#endif /* KAZCUSTOMS_TEST_JSON_H */
