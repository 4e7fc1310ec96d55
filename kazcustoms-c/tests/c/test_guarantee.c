/*
 * C tests of the guarantee obligation's lifecycle in libkazcustoms: the
 * table of all pairs of states of tests/vectors/guarantee.json (as
 * kazcustoms-core/tests/guarantee_vectors.rs reads it) through
 * kazcustoms_guarantee_transition() and kazcustoms_transition(), then what
 * only a C caller can get wrong: NULL pointers, invalid UTF-8, unknown
 * states, outputs left untouched on failure. The file's documents and
 * lifecycle sequences are walked by test_vectors.c.
 *
 * Run from test.c's main() (one binary, one "N passed, M failed" line).
 */
#define _POSIX_C_SOURCE 200809L

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

static const char *const LANGS[] = {"kk", "ru", "en"};

/* A sentinel for string out-parameters: never dereferenced nor freed. */
static char untouched_text[] = "untouched";
#define UNTOUCHED (untouched_text)

#define NULL_ARG(call, what) check_input_error((call), KAZCUSTOMS_RESULT_NULL_ARGUMENT, what)
#define BAD_UTF8(call, what) check_input_error((call), KAZCUSTOMS_RESULT_INVALID_UTF8, what)
#define BAD_ARG(call, what) check_input_error((call), KAZCUSTOMS_RESULT_INVALID_ARGUMENT, what)

/* ------------------------------------------------------------------ */
/* guarantee.json                                                      */
/* ------------------------------------------------------------------ */

static const char *const GO_STATES[] = {"applied", "registered", "refused", "used",
                                        "fulfilled", "failed", "expired", "returned"};

/* The table of all 64 pairs of states (guarantee.json `transitions`):
 * kazcustoms_guarantee_transition() and the generic kazcustoms_transition()
 * allow exactly the moves marked ok; a refused move is VIOLATION GO.STATE
 * with a message naming both states in each language. */
static void test_guarantee_transitions(const char *dir) {
    json_value *v;
    char *text = read_vectors(dir, "guarantee.json", &v);
    const json_value *list;
    size_t i, k, seen = 0;
    unsigned char pairs[8][8];
    if (v == NULL) {
        free(text);
        return;
    }
    memset(pairs, 0, sizeof pairs);
    list = json_get(v, "transitions");
    for (i = 0; i < json_count(list); i++) {
        const json_value *t = json_at(list, i);
        const char *from = json_str(json_get(t, "from"));
        const char *to = json_str(json_get(t, "to"));
        const json_value *ok = json_get(t, "ok");
        char *out = UNTOUCHED;
        kazcustoms_result r;
        size_t a = 8, b = 8;
        if (!check(from != NULL && to != NULL && ok != NULL && ok->type == JSON_BOOL,
                   "guarantee.json transitions[%lu]: malformed", (unsigned long)i)) {
            continue;
        }
        for (k = 0; k < 8; k++) {
            a = strcmp(GO_STATES[k], from) == 0 ? k : a;
            b = strcmp(GO_STATES[k], to) == 0 ? k : b;
        }
        if (a < 8 && b < 8 && !pairs[a][b]) {
            pairs[a][b] = 1;
            seen++;
        }
        {
            char *generic = UNTOUCHED;
            kazcustoms_result rg = kazcustoms_transition("guarantee", from, to, &generic);
            check(rg == (ok->boolean ? KAZCUSTOMS_RESULT_OK : KAZCUSTOMS_RESULT_VIOLATION),
                  "transition(guarantee, %s, %s): %s", from, to, result_name(rg));
            if (rg == KAZCUSTOMS_RESULT_OK) {
                check(str_eq(generic, to), "transition(guarantee, %s, %s): new state %s", from, to, generic);
                kazcustoms_string_free(generic);
            }
        }
        r = kazcustoms_guarantee_transition(from, to, &out);
        if (ok->boolean) {
            if (check(r == KAZCUSTOMS_RESULT_OK, "%s -> %s: got %s '%s', expected ok", from, to, result_name(r),
                      last_rule())) {
                check(str_eq(out, to) && last_rule()[0] == '\0', "%s -> %s: new state %s", from, to, out);
                kazcustoms_string_free(out);
            }
            continue;
        }
        if (!check(r == KAZCUSTOMS_RESULT_VIOLATION && strcmp(last_rule(), "GO.STATE") == 0,
                   "%s -> %s: got %s '%s', expected VIOLATION GO.STATE", from, to, result_name(r), last_rule())) {
            if (r == KAZCUSTOMS_RESULT_OK) {
                kazcustoms_string_free(out);
            }
            continue;
        }
        for (k = 0; k < 3; k++) {
            char *m = last_message(LANGS[k]);
            check(m != NULL && strstr(m, from) != NULL && strstr(m, to) != NULL,
                  "%s -> %s: the %s message names both states: %s", from, to, LANGS[k], m ? m : "(none)");
            free(m);
        }
        check(out == UNTOUCHED, "%s -> %s: out written on failure", from, to);
    }
    check(seen == 64, "guarantee.json: the transitions list %lu of the 64 pairs of states", (unsigned long)seen);

    json_free(v);
    free(text);
}

static void test_guarantee_null_and_utf8(void) {
    static const char *const bad[] = {"\xff\xfe", "{\"days_off\": [\"\xc3\"]}", "\xed\xa0\x80", "arrivals\x80"};
    char *out = UNTOUCHED;
    size_t i;
    NULL_ARG(kazcustoms_guarantee_transition(NULL, "registered", &out), "guarantee_transition from=NULL");
    NULL_ARG(kazcustoms_guarantee_transition("applied", NULL, &out), "guarantee_transition to=NULL");
    NULL_ARG(kazcustoms_guarantee_transition("applied", "registered", NULL), "guarantee_transition out_state=NULL");
    check(out == UNTOUCHED, "an out-parameter was written on a NULL argument");
    /* Unknown states of the guarantee lifecycle. */
    {
        static const char *const unknown[] = {"closed", "Applied", "", " used", "registered "};
        for (i = 0; i < sizeof unknown / sizeof unknown[0]; i++) {
            char what[64];
            snprintf(what, sizeof what, "unknown guarantee state '%s' (from)", unknown[i]);
            BAD_ARG(kazcustoms_guarantee_transition(unknown[i], "registered", &out), what);
            snprintf(what, sizeof what, "unknown guarantee state '%s' (to)", unknown[i]);
            BAD_ARG(kazcustoms_guarantee_transition("applied", unknown[i], &out), what);
        }
        /* a DCD state is not a guarantee state, nor the reverse */
        BAD_ARG(kazcustoms_guarantee_transition("drafted", "registered", &out), "guarantee from=drafted");
        BAD_ARG(kazcustoms_dcd_transition("applied", "registered", &out), "dcd from=applied");
        check(out == UNTOUCHED, "unknown state: out written on failure");
    }
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        const char *b = bad[i];
        char what[96];
#define UTF8(call, arg)                                                                   \
    do {                                                                                  \
        snprintf(what, sizeof what, "invalid UTF-8 #%lu in %s", (unsigned long)i, arg);   \
        BAD_UTF8((call), what);                                                           \
    } while (0)
        UTF8(kazcustoms_guarantee_transition(b, "registered", &out), "guarantee_transition from");
        UTF8(kazcustoms_guarantee_transition("applied", b, &out), "guarantee_transition to");
#undef UTF8
        check(out == UNTOUCHED, "invalid UTF-8 #%lu: an out-parameter was written", (unsigned long)i);
    }
}

void test_guarantee(const char *dir) {
    test_guarantee_transitions(dir);
    test_guarantee_null_and_utf8();
}
