/*
 * The C harness of the document vector files (format 1, see
 * tests/vectors/README.md): every file the index (tests/vectors/index.json)
 * lists under "documents", walked section by section, as the Rust harness
 * (kazcustoms-core/tests/document_vectors.rs) walks them:
 *
 *   valid         kazcustoms_validate_json() gives a report without any
 *                 violation, in the case's language and in each of kk, ru, en
 *   invalid       the report's rule set is exactly `rules`; the report's
 *                 shape, every violation with a source
 *   input_errors  the result code of `error` (one table, error_class_code() in harness.c), no
 *                 rule, a message in every language, the out-parameter left
 *                 untouched; for invalid_document also `input`
 *                 (kazcustoms_last_error_input()) and `path`; an arrival is
 *                 refused the same way by kazcustoms_register_arrival()
 *   lifecycle     kazcustoms_transition() through `states` refuses first the
 *                 move into `states[fails_at]`, VIOLATION with exactly `rules`
 *
 * A new vector file listed in the index runs here without new code. The
 * journals' bad saved states (journal.json `bad_states`) are checked here
 * against their `bad_states_error` too.
 *
 * Run from test.c's main() (one binary, one "N passed, M failed" line).
 */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

static const char *const LANGS[] = {"kk", "ru", "en"};

/* A sentinel for string out-parameters: never dereferenced nor freed. */
static char untouched_text[] = "untouched";
#define UNTOUCHED (untouched_text)

/* A document vector file: its name and JSON. */
typedef struct vector_file {
    const char *name;
    const json_value *root;
} vector_file;

/* A case's kind: its own, else the file's. */
static const char *kind_of(const vector_file *f, const json_value *c) {
    const json_value *own = json_get(c, "kind");
    return json_str(own != NULL ? own : json_get(f->root, "kind"));
}

/* A case's effective options as JSON text (malloc'd), in `lang` unless it
 * is NULL: the file's options, the case's merged over them, null members
 * left out. */
static char *options_of(const vector_file *f, const json_value *c, const char *lang) {
    return options_text(json_get(f->root, "options"), json_get(c, "options"), lang, 1);
}


/* "FILE SECTION[i] (KIND) "NAME"" into `out`. */
static void case_name(char *out, size_t size, const vector_file *f, const char *section, size_t i,
                      const json_value *c) {
    const char *kind = kind_of(f, c);
    const char *title = json_str(json_get(c, "name"));
    snprintf(out, size, "%s %s[%lu] (%s) \"%s\"", f->name, section, (unsigned long)i, kind ? kind : "?",
             title ? title : "");
}

static void run_valid(const vector_file *f, size_t index, const json_value *c) {
    const char *kind = kind_of(f, c);
    char *document = vector_document(c);
    char base[400];
    size_t k;
    case_name(base, sizeof base, f, "valid", index, c);
    if (!check(kind != NULL && document != NULL, "%s: malformed case", base)) {
        free(document);
        return;
    }
    /* In the case's own language, then in each of kk, ru, en. */
    for (k = 0; k < 4; k++) {
        const char *lang = k < 3 ? LANGS[k] : NULL;
        char *options = options_of(f, c, lang);
        const char *want_lang = lang != NULL ? lang : options_lang(json_get(f->root, "options"), json_get(c, "options"));
        char *report = UNTOUCHED;
        char name[440];
        kazcustoms_result r;
        snprintf(name, sizeof name, "%s (%s)", base, lang ? lang : "case options");
        r = options != NULL ? kazcustoms_validate_json(kind, document, options, &report) : KAZCUSTOMS_RESULT_PANIC;
        if (check(r == KAZCUSTOMS_RESULT_OK, "%s: got %s '%s'", name, result_name(r), last_rule())) {
            check_report_rules(name, report, want_lang, NULL);
            kazcustoms_string_free(report);
        } else {
            check(report == UNTOUCHED, "%s: out written on failure", name);
        }
        free(options);
    }
    free(document);
}

static void run_invalid(const vector_file *f, size_t index, const json_value *c) {
    const char *kind = kind_of(f, c);
    const json_value *rules = json_get(c, "rules");
    char *document = vector_document(c);
    char *options = options_of(f, c, NULL);
    const char *lang = options_lang(json_get(f->root, "options"), json_get(c, "options"));
    char *report = UNTOUCHED;
    char name[400];
    kazcustoms_result r;
    case_name(name, sizeof name, f, "invalid", index, c);
    if (check(kind != NULL && document != NULL && options != NULL && json_count(rules) > 0,
              "%s: malformed case (no rules?)", name)) {
        r = kazcustoms_validate_json(kind, document, options, &report);
        if (check(r == KAZCUSTOMS_RESULT_OK, "%s: got %s '%s', expected a report", name, result_name(r),
                  last_rule())) {
            check_report_rules(name, report, lang, rules);
            kazcustoms_string_free(report);
        }
    }
    free(document);
    free(options);
}

/* Problem i of the last error: its path (lang NULL) or its message in lang;
   NULL when there is none. To free. */
static char *problem_text(size_t i, const char *lang) {
    size_t n = 0;
    char *buf;
    kazcustoms_result r = lang == NULL ? kazcustoms_last_error_problem_path(i, NULL, 0, &n)
                                       : kazcustoms_last_error_problem_message(i, lang, NULL, 0, &n);
    if (r != KAZCUSTOMS_RESULT_OK && r != KAZCUSTOMS_RESULT_BUFFER_TOO_SMALL) {
        return NULL;
    }
    buf = malloc(n + 1);
    if (buf == NULL) {
        return NULL;
    }
    r = lang == NULL ? kazcustoms_last_error_problem_path(i, buf, n + 1, &n)
                     : kazcustoms_last_error_problem_message(i, lang, buf, n + 1, &n);
    if (r != KAZCUSTOMS_RESULT_OK) {
        free(buf);
        return NULL;
    }
    return buf;
}

/* Every field that cannot be read: problem 0 at the error's path, each with
   a kind and a message in kk, ru and en; with "paths", exactly those paths
   in any order. */
static void check_problems(const char *name, const json_value *c, const char *path) {
    static const char *const langs[] = {"kk", "ru", "en"};
    const json_value *want = json_get(c, "paths");
    size_t n = kazcustoms_last_error_problem_count();
    size_t i, j, l;
    char *first = problem_text(0, NULL);
    char scratch[8];
    size_t len = 0;
    check(n >= 1 && first != NULL && path != NULL && strcmp(first, path) == 0,
          "%s: %lu problems, the first at '%s'", name, (unsigned long)n, first ? first : "(none)");
    free(first);
    check(kazcustoms_last_error_problem_path(n, scratch, sizeof scratch, &len) == KAZCUSTOMS_RESULT_INVALID_ARGUMENT &&
              kazcustoms_last_error_problem_kind(n) == NULL,
          "%s: a problem past the last", name);
    for (i = 0; i < n; i++) {
        check(kazcustoms_last_error_problem_kind(i) != NULL, "%s: problem %lu has no kind", name, (unsigned long)i);
        for (l = 0; l < 3; l++) {
            char *m = problem_text(i, langs[l]);
            check(m != NULL && m[0] != '\0', "%s: problem %lu has no %s message", name, (unsigned long)i, langs[l]);
            free(m);
        }
    }
    if (want != NULL) {
        size_t count = json_count(want);
        int *used = calloc(n + 1, sizeof *used);
        check(count == n, "%s: %lu problems, expected %lu", name, (unsigned long)n, (unsigned long)count);
        for (j = 0; j < count && used != NULL; j++) {
            const char *w = json_str(json_at(want, j));
            int found = 0;
            for (i = 0; i < n && !found; i++) {
                char *p = problem_text(i, NULL);
                if (!used[i] && p != NULL && w != NULL && strcmp(p, w) == 0) {
                    used[i] = 1;
                    found = 1;
                }
                free(p);
            }
            check(found, "%s: no problem at '%s'", name, w ? w : "?");
        }
        free(used);
    }
}

/* Checks the last error against an input-error case: `code`, and for
 * invalid_document its input and path. */
static void check_case_error(const char *name, const json_value *c, kazcustoms_result code, kazcustoms_result r) {
    const char *error = json_str(json_get(c, "error"));
    if (!check(r == code, "%s: got %s '%s', expected %s (%s)", name, result_name(r), last_rule(),
               result_name(code), error ? error : "?")) {
        return;
    }
    check_input_error(r, code, name);
    if (str_eq(error, "invalid_document")) {
        const char *want_input = json_str(json_get(c, "input"));
        const char *want_path = json_str(json_get(c, "path"));
        const json_value *prefix = json_get(c, "path_prefix");
        int by_prefix = prefix != NULL && prefix->type == JSON_BOOL && prefix->boolean;
        const char *input = kazcustoms_last_error_input();
        char *path = last_path();
        check(str_eq(input, want_input), "%s: input '%s', expected '%s'", name, input ? input : "(none)",
              want_input ? want_input : "?");
        check(path != NULL && want_path != NULL &&
                  (by_prefix ? strncmp(path, want_path, strlen(want_path)) == 0 : strcmp(path, want_path) == 0),
              "%s: path '%s', expected %s'%s'", name, path ? path : "(none)", by_prefix ? "a path starting with " : "",
              want_path ? want_path : "?");
        check_problems(name, c, path);
        free(path);
    }
}

static void run_input_error(const vector_file *f, size_t index, const json_value *c) {
    const char *kind = kind_of(f, c);
    char *document = vector_document(c);
    char *options = options_of(f, c, NULL);
    kazcustoms_result code = KAZCUSTOMS_RESULT_OK;
    char *out = UNTOUCHED;
    char name[400];
    case_name(name, sizeof name, f, "input_errors", index, c);
    if (check(kind != NULL && document != NULL && options != NULL, "%s: malformed case", name) &&
        error_class_code(name, json_str(json_get(c, "error")), &code)) {
        check_case_error(name, c, code, kazcustoms_validate_json(kind, document, options, &out));
        if (str_eq(kind, "arrival")) {
            char what[440];
            snprintf(what, sizeof what, "%s (register_arrival)", name);
            check_case_error(what, c, code, kazcustoms_register_arrival(document, options, &out));
        }
        check(out == UNTOUCHED, "%s: out written on failure", name);
        if (out != UNTOUCHED) {
            kazcustoms_string_free(out);
        }
    }
    free(document);
    free(options);
}

static void run_lifecycle(const vector_file *f, size_t index, const json_value *c) {
    const char *kind = kind_of(f, c);
    const json_value *states = json_get(c, "states");
    const json_value *fails_at = json_get(c, "fails_at");
    char current[64];
    char name[400];
    char rule[64] = "";
    long long want_at = -1, got_at = -1;
    size_t k, n_want = 0;
    const char **want = rules_of(json_get(c, "rules"), &n_want);
    case_name(name, sizeof name, f, "lifecycle", index, c);
    if (!json_is_null(fails_at)) {
        check(json_integer(fails_at, &want_at), "%s: fails_at is not an integer", name);
    }
    snprintf(current, sizeof current, "%s", json_str(json_at(states, 0)) ? json_str(json_at(states, 0)) : "");
    check(kind != NULL && json_count(states) > 1, "%s: malformed case", name);
    for (k = 1; kind != NULL && k < json_count(states); k++) {
        const char *next = json_str(json_at(states, k));
        char *out = UNTOUCHED;
        kazcustoms_result r = kazcustoms_transition(kind, current, next ? next : "", &out);
        if (r != KAZCUSTOMS_RESULT_OK) {
            check(r == KAZCUSTOMS_RESULT_VIOLATION && out == UNTOUCHED, "%s: %s -> %s: %s, expected %s", name, current,
                  next ? next : "?", result_name(r), result_name(KAZCUSTOMS_RESULT_VIOLATION));
            got_at = (long long)k;
            snprintf(rule, sizeof rule, "%s", last_rule());
            break;
        }
        check(str_eq(out, next), "%s: %s -> %s gave %s", name, current, next ? next : "?", out);
        snprintf(current, sizeof current, "%s", out);
        kazcustoms_string_free(out);
    }
    check(got_at == want_at, "%s: refused at %lld, expected %lld", name, got_at, want_at);
    if (got_at >= 0) {
        const char *got = rule;
        same_rules(name, &got, 1, want, n_want);
    } else {
        check(n_want == 0, "%s: no refusal, expected rules", name);
    }
    free(want);
}

/* One document vector file: its format and every case of its sections. */
static void run_file(const char *dir, const char *file, size_t *cases) {
    static const char *const sections[] = {"valid", "invalid", "input_errors", "lifecycle"};
    json_value *v;
    char *text = read_vectors(dir, file, &v);
    vector_file f;
    size_t s, i;
    if (v == NULL) {
        free(text);
        return;
    }
    f.name = file;
    f.root = v;
    check(as_integer(json_get(v, "format")) == 1, "%s: format is not 1", file);
    check(json_str(json_get(v, "kind")) != NULL, "%s: no kind", file);
    check(json_get(v, "options") != NULL && json_get(v, "options")->type == JSON_OBJECT, "%s: options", file);
    for (s = 0; s < 4; s++) {
        const json_value *list = json_get(v, sections[s]);
        check(list != NULL && list->type == JSON_ARRAY, "%s: %s is not a list", file, sections[s]);
        for (i = 0; i < json_count(list); i++) {
            const json_value *c = json_at(list, i);
            (*cases)++;
            switch (s) {
            case 0: run_valid(&f, i, c); break;
            case 1: run_invalid(&f, i, c); break;
            case 2: run_input_error(&f, i, c); break;
            default: run_lifecycle(&f, i, c); break;
            }
        }
    }
    json_free(v);
    free(text);
}

/* The bad saved states of a journal file: each refused with the result
 * code and input of its `bad_states_error`, the out-parameter untouched. */
static void run_bad_journal_states(const char *dir, const char *file) {
    json_value *v;
    char *text = read_vectors(dir, file, &v);
    const json_value *list, *expect;
    kazcustoms_result code = KAZCUSTOMS_RESULT_OK;
    size_t i;
    if (v == NULL) {
        free(text);
        return;
    }
    list = json_get(v, "bad_states");
    expect = json_get(v, "bad_states_error");
    if (check(json_count(list) > 0, "%s: no bad_states", file) &&
        error_class_code(file, json_str(json_get(expect, "error")), &code)) {
        for (i = 0; i < json_count(list); i++) {
            kazcustoms_journal *sentinel = (kazcustoms_journal *)&i; /* never dereferenced */
            kazcustoms_journal *j = sentinel;
            const char *state = json_str(json_at(list, i));
            char name[300];
            kazcustoms_result r;
            const char *input;
            snprintf(name, sizeof name, "%s bad_states[%lu]", file, (unsigned long)i);
            if (!check(state != NULL, "%s: not a string", name)) {
                continue;
            }
            r = kazcustoms_journal_from_json(state, &j);
            input = kazcustoms_last_error_input();
            check(r == code && j == sentinel, "%s %s: got %s, expected %s", name, state, result_name(r),
                  result_name(code));
            check(str_eq(input, json_str(json_get(expect, "input"))), "%s: input '%s'", name,
                  input ? input : "(none)");
            if (r == KAZCUSTOMS_RESULT_OK) {
                kazcustoms_journal_free(j);
            }
        }
    }
    json_free(v);
    free(text);
}

void test_vectors(const char *dir) {
    json_value *index;
    char *text = read_vectors(dir, "index.json", &index);
    const json_value *files;
    size_t i, cases = 0;
    if (index == NULL) {
        free(text);
        return;
    }
    check(as_integer(json_get(index, "format")) == 1, "index.json: format is not 1");
    files = json_get(index, "documents");
    check(json_count(files) >= 4, "index.json: %lu document files", (unsigned long)json_count(files));
    for (i = 0; i < json_count(files); i++) {
        if (check(json_str(json_at(files, i)) != NULL, "index.json: documents[%lu]", (unsigned long)i)) {
            run_file(dir, json_str(json_at(files, i)), &cases);
        }
    }
    check(cases > 500, "the document files have %lu cases", (unsigned long)cases);
    printf("document vectors: %lu cases in %lu files\n", (unsigned long)cases, (unsigned long)json_count(files));
    files = json_get(index, "journal");
    check(json_count(files) > 0, "index.json: no journal file");
    for (i = 0; i < json_count(files); i++) {
        if (json_str(json_at(files, i)) != NULL) {
            run_bad_journal_states(dir, json_str(json_at(files, i)));
        }
    }
    json_free(index);
    free(text);
}
