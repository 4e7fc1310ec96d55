/*
 * The name-keyed functions of issue 7 (kazcustoms_document_kinds_json(),
 * kazcustoms_journal_kinds_json(), kazcustoms_schema_json(),
 * kazcustoms_columns_json(), kazcustoms_states_json(),
 * kazcustoms_transition() and its two aliases), the class mapping of the
 * result codes with kazcustoms_last_error_input(), and
 * kazcustoms_dcd_copies_json() and kazcustoms_uppercase().
 */
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NULL_ARG(call, what) check_input_error((call), KAZCUSTOMS_RESULT_NULL_ARGUMENT, what)
#define BAD_ARG(call, what) check_input_error((call), KAZCUSTOMS_RESULT_INVALID_ARGUMENT, what)

/* A string that is not UTF-8 (a lone continuation byte). */
static const char NOT_UTF8[] = {'d', (char)0x80, 'd', '\0'};

/* Parses a string the library returned; NULL after a failed check. */
static json_value *parse_out(const char *what, const char *text) {
    char error[128];
    json_value *v;
    if (!check(text != NULL, "%s: no output", what)) {
        return NULL;
    }
    v = json_parse(text, strlen(text), error, sizeof error);
    check(v != NULL, "%s: not JSON (%s): %.200s", what, error, text);
    return v;
}

/* Whether the array `v` holds exactly the strings `names` (NULL-ended), in
 * that order. */
static int is_names(const json_value *v, const char *const *names) {
    size_t i = 0;
    if (v == NULL || v->type != JSON_ARRAY) {
        return 0;
    }
    for (; names[i] != NULL; i++) {
        const char *s = json_str(json_at(v, i));
        if (s == NULL || strcmp(s, names[i]) != 0) {
            return 0;
        }
    }
    return json_count(v) == i;
}

/* Whether the array `v` holds only strings, each once, among them every one
 * of `names` (NULL-ended). The lists below are the kinds of release 0.1.0:
 * within a major version a kind is never removed (ABI policy), and a new one
 * is a line of the core's registry, with no edit here. */
static int has_names(const json_value *v, const char *const *names) {
    size_t i, j;
    if (v == NULL || v->type != JSON_ARRAY) {
        return 0;
    }
    for (i = 0; i < json_count(v); i++) {
        const char *s = json_str(json_at(v, i));
        if (s == NULL) {
            return 0;
        }
        for (j = 0; j < i; j++) {
            if (strcmp(s, json_str(json_at(v, j))) == 0) {
                return 0;
            }
        }
    }
    for (i = 0; names[i] != NULL; i++) {
        for (j = 0; j < json_count(v) && strcmp(json_str(json_at(v, j)), names[i]) != 0; j++) {
        }
        if (j == json_count(v)) {
            return 0;
        }
    }
    return 1;
}

/* The last error's input ("(null)" for none), for messages. */
static const char *input_name(void) {
    const char *input = kazcustoms_last_error_input();
    return input ? input : "(null)";
}

/* Checks that the last call failed with INVALID_DOCUMENT about `input` at
 * `path`, with no rule and messages in every language. */
static void check_unreadable(kazcustoms_result r, const char *input, const char *path, const char *what) {
    char *got = NULL;
    check_input_error(r, KAZCUSTOMS_RESULT_INVALID_DOCUMENT, what);
    check(kazcustoms_last_error_input() != NULL && strcmp(kazcustoms_last_error_input(), input) == 0,
          "%s: input %s, expected %s", what, input_name(), input);
    got = last_path();
    check(got != NULL && strcmp(got, path) == 0, "%s: path '%s', expected '%s'", what, got ? got : "(null)",
          path);
    free(got);
}

static const char *const DOCUMENT_KINDS[] = {
    "dcd", "guarantee_application", "guarantee", "short_declaration", "arrival", "delivery_certificate",
    "accompanying_documents", "tir_carnet", "tir_delivery_certificate",
    "escort", "empty_vehicle", "goods_declaration_checklist", "security", NULL};
static const char *const JOURNAL_KINDS[] = {"dcd_register",      "recipients",         "guarantee_obligations",
                                            "failed_recipients", "short_declarations", "arrivals",
                                            "escorts",           "empty_vehicles",     "security_journal",
                                            NULL};

static void test_kind_lists(void) {
    char *out = (char *)&out;
    char *const sentinel = out;
    json_value *v;
    size_t i;

    check(kazcustoms_document_kinds_json(&out) == KAZCUSTOMS_RESULT_OK, "document_kinds_json");
    v = parse_out("document_kinds_json", out);
    check(has_names(v, DOCUMENT_KINDS), "document_kinds_json: %s", out);
    /* every kind listed is a kind the name-keyed functions accept */
    for (i = 0; i < json_count(v); i++) {
        const char *kind = json_str(json_at(v, i));
        char *schema = NULL, *report = NULL;
        kazcustoms_result r = kazcustoms_schema_json(kind, &schema);
        check(r == KAZCUSTOMS_RESULT_OK && schema != NULL, "schema_json %s: %s", kind, result_name(r));
        r = kazcustoms_validate_json(kind, "[", NULL, &report);
        check(r == KAZCUSTOMS_RESULT_INVALID_DOCUMENT && report == NULL, "validate_json %s of '[': %s", kind,
              result_name(r));
        kazcustoms_string_free(schema);
    }
    json_free(v);
    kazcustoms_string_free(out);

    out = sentinel;
    check(kazcustoms_journal_kinds_json(&out) == KAZCUSTOMS_RESULT_OK, "journal_kinds_json");
    v = parse_out("journal_kinds_json", out);
    check(has_names(v, JOURNAL_KINDS), "journal_kinds_json: %s", out);
    for (i = 0; i < json_count(v); i++) {
        const char *journal = json_str(json_at(v, i));
        char *table = NULL;
        kazcustoms_result r = kazcustoms_export_journal(journal, "[]", "json", "en", &table);
        check(r == KAZCUSTOMS_RESULT_OK && table != NULL && strstr(table, "\"rows\":[]") != NULL,
              "export_journal %s of []: %s %s", journal, result_name(r), table ? table : "");
        kazcustoms_string_free(table);
    }
    json_free(v);
    kazcustoms_string_free(out);

    NULL_ARG(kazcustoms_document_kinds_json(NULL), "document_kinds_json out=NULL");
    NULL_ARG(kazcustoms_journal_kinds_json(NULL), "journal_kinds_json out=NULL");
}

static void test_schema(void) {
    char *out = NULL;
    json_value *v;
    kazcustoms_result r = kazcustoms_schema_json("short_declaration", &out);
    check(r == KAZCUSTOMS_RESULT_OK, "schema_json short_declaration: %s", result_name(r));
    v = parse_out("schema_json short_declaration", out);
    check(v != NULL && v->type == JSON_OBJECT && json_get(v, "properties") != NULL &&
              json_get(json_get(v, "properties"), "goods") != NULL,
          "schema of short_declaration has properties.goods");
    json_free(v);
    kazcustoms_string_free(out);

    out = NULL;
    BAD_ARG(kazcustoms_schema_json("tir", &out), "schema_json unknown kind");
    BAD_ARG(kazcustoms_schema_json("DCD", &out), "schema_json kind in capitals");
    check(out == NULL, "schema_json wrote out on failure");
    NULL_ARG(kazcustoms_schema_json(NULL, &out), "schema_json kind=NULL");
    NULL_ARG(kazcustoms_schema_json("dcd", NULL), "schema_json out=NULL");
    check_input_error(kazcustoms_schema_json(NOT_UTF8, &out), KAZCUSTOMS_RESULT_INVALID_UTF8,
                      "schema_json kind not UTF-8");
}

static void test_columns(void) {
    char *out = NULL;
    json_value *v;
    const json_value *first;
    kazcustoms_result r = kazcustoms_columns_json("dcd", NULL, &out);
    check(r == KAZCUSTOMS_RESULT_OK, "columns_json dcd: %s", result_name(r));
    v = parse_out("columns_json dcd", out);
    first = json_at(v, 0);
    check(json_count(v) == 33, "columns_json dcd: %lu columns", (unsigned long)json_count(v));
    check(json_str(json_get(first, "id")) != NULL && strcmp(json_str(json_get(first, "id")), "1") == 0 &&
              json_get(first, "name") != NULL && json_get(first, "name")->type == JSON_OBJECT &&
              strcmp(json_str(json_get(json_get(first, "name"), "en")), "Declaration type") == 0,
          "columns_json dcd lang=NULL: the names in three languages");
    json_free(v);
    kazcustoms_string_free(out);

    out = NULL;
    r = kazcustoms_columns_json("dcd", "ru", &out);
    check(r == KAZCUSTOMS_RESULT_OK, "columns_json dcd ru: %s", result_name(r));
    v = parse_out("columns_json dcd ru", out);
    first = json_at(v, 0);
    check(json_count(v) == 33 && json_str(json_get(first, "name")) != NULL &&
              strcmp(json_str(json_get(first, "name")), "Тип декларации") == 0 &&
              json_str(json_get(first, "filled_by")) != NULL &&
              strcmp(json_str(json_get(first, "filled_by")), "declarant") == 0,
          "columns_json dcd ru: the names in Russian, the rest unchanged");
    json_free(v);
    kazcustoms_string_free(out);

    out = NULL;
    BAD_ARG(kazcustoms_columns_json("guarantee", NULL, &out), "columns_json kind without a table");
    BAD_ARG(kazcustoms_columns_json("tir", NULL, &out), "columns_json unknown kind");
    BAD_ARG(kazcustoms_columns_json("dcd", "de", &out), "columns_json unknown lang");
    check(out == NULL, "columns_json wrote out on failure");
    NULL_ARG(kazcustoms_columns_json(NULL, "en", &out), "columns_json kind=NULL");
    NULL_ARG(kazcustoms_columns_json("dcd", "en", NULL), "columns_json out=NULL");
    check_input_error(kazcustoms_columns_json("dcd", NOT_UTF8, &out), KAZCUSTOMS_RESULT_INVALID_UTF8,
                      "columns_json lang not UTF-8");
}

static void test_states(void) {
    static const char *const dcd[] = {"drafted", "registered", "arrived", "completed", NULL};
    static const char *const guarantee[] = {"applied",   "registered", "refused", "used", "fulfilled",
                                            "failed",    "expired",    "returned", NULL};
    char *out = NULL;
    json_value *v;

    check(kazcustoms_states_json("dcd", &out) == KAZCUSTOMS_RESULT_OK, "states_json dcd");
    v = parse_out("states_json dcd", out);
    check(is_names(v, dcd), "states_json dcd: %s", out ? out : "");
    json_free(v);
    kazcustoms_string_free(out);

    out = NULL;
    check(kazcustoms_states_json("guarantee", &out) == KAZCUSTOMS_RESULT_OK, "states_json guarantee");
    v = parse_out("states_json guarantee", out);
    check(is_names(v, guarantee), "states_json guarantee: %s", out ? out : "");
    json_free(v);
    kazcustoms_string_free(out);

    out = NULL;
    BAD_ARG(kazcustoms_states_json("short_declaration", &out), "states_json kind without a lifecycle");
    BAD_ARG(kazcustoms_states_json("tir", &out), "states_json unknown kind");
    check(out == NULL, "states_json wrote out on failure");
    NULL_ARG(kazcustoms_states_json(NULL, &out), "states_json kind=NULL");
    NULL_ARG(kazcustoms_states_json("dcd", NULL), "states_json out=NULL");
}

/* A refused move: VIOLATION with `rule`, a message naming both states,
 * and `*out` untouched. */
static void check_refused(kazcustoms_result r, char *out, char *sentinel, const char *rule, const char *from,
                          const char *to, const char *what) {
    char *m = last_message("en");
    check(r == KAZCUSTOMS_RESULT_VIOLATION && strcmp(last_rule(), rule) == 0, "%s: %s '%s', expected %s", what,
          result_name(r), last_rule(), rule);
    check(m != NULL && strstr(m, from) != NULL && strstr(m, to) != NULL, "%s: message '%s'", what,
          m ? m : "(null)");
    check(out == sentinel, "%s: out written on failure", what);
    check(kazcustoms_last_error_input() == NULL, "%s: input %s", what, input_name());
    free(m);
}

static void test_transition(void) {
    static const char *const dcd[] = {"drafted", "registered", "arrived", "completed"};
    char *out = NULL;
    char *const sentinel = (char *)&out;
    size_t i, k;
    kazcustoms_result r;

    r = kazcustoms_transition("dcd", "drafted", "registered", &out);
    check(r == KAZCUSTOMS_RESULT_OK && out != NULL && strcmp(out, "registered") == 0,
          "transition dcd drafted->registered: %s", result_name(r));
    kazcustoms_string_free(out);
    out = NULL;
    r = kazcustoms_transition("guarantee", "registered", "used", &out);
    check(r == KAZCUSTOMS_RESULT_OK && out != NULL && strcmp(out, "used") == 0,
          "transition guarantee registered->used: %s", result_name(r));
    kazcustoms_string_free(out);

    out = sentinel;
    r = kazcustoms_transition("dcd", "drafted", "completed", &out);
    check_refused(r, out, sentinel, "DCD.STATE", "drafted", "completed", "transition dcd drafted->completed");
    out = sentinel;
    r = kazcustoms_transition("guarantee", "used", "used", &out);
    check_refused(r, out, sentinel, "GO.STATE", "used", "used", "transition guarantee used->used");
    out = sentinel;
    r = kazcustoms_guarantee_transition("fulfilled", "returned", &out);
    check_refused(r, out, sentinel, "GO.STATE", "fulfilled", "returned", "guarantee_transition from a final state");

    /* the aliases answer exactly as kazcustoms_transition() for every pair */
    for (i = 0; i < 4; i++) {
        for (k = 0; k < 4; k++) {
            char *a = NULL, *b = NULL;
            kazcustoms_result ra = kazcustoms_transition("dcd", dcd[i], dcd[k], &a);
            char rule_a[32];
            kazcustoms_result rb;
            snprintf(rule_a, sizeof rule_a, "%s", last_rule());
            rb = kazcustoms_dcd_transition(dcd[i], dcd[k], &b);
            check(ra == rb && strcmp(rule_a, last_rule()) == 0 &&
                      (ra != KAZCUSTOMS_RESULT_OK || (a && b && strcmp(a, b) == 0 && strcmp(a, dcd[k]) == 0)),
                  "dcd_transition %s->%s as transition: %s/%s", dcd[i], dcd[k], result_name(ra), result_name(rb));
            check((ra == KAZCUSTOMS_RESULT_OK) == (k == i + 1), "dcd %s->%s allowed iff one step: %s", dcd[i],
                  dcd[k], result_name(ra));
            kazcustoms_string_free(a);
            kazcustoms_string_free(b);
        }
    }

    out = sentinel;
    BAD_ARG(kazcustoms_transition("tir", "drafted", "registered", &out), "transition unknown kind");
    BAD_ARG(kazcustoms_transition("arrival", "drafted", "registered", &out), "transition kind without a lifecycle");
    BAD_ARG(kazcustoms_transition("dcd", "drafted", "closed", &out), "transition unknown state");
    BAD_ARG(kazcustoms_transition("guarantee", "drafted", "registered", &out),
            "transition a state of another lifecycle");
    check(out == sentinel, "transition wrote out on failure");
    NULL_ARG(kazcustoms_transition(NULL, "drafted", "registered", &out), "transition kind=NULL");
    NULL_ARG(kazcustoms_transition("dcd", NULL, "registered", &out), "transition from=NULL");
    NULL_ARG(kazcustoms_transition("dcd", "drafted", NULL, &out), "transition to=NULL");
    NULL_ARG(kazcustoms_transition("dcd", "drafted", "registered", NULL), "transition out_state=NULL");
    check_input_error(kazcustoms_transition(NOT_UTF8, "drafted", "registered", &out),
                      KAZCUSTOMS_RESULT_INVALID_UTF8, "transition kind not UTF-8");
    check(out == sentinel, "transition wrote out on failure");
}

/* The class mapping: every unreadable input is INVALID_DOCUMENT naming the
 * input; other errors and successes have no input. */
static void test_error_classes(void) {
    kazcustoms_calendar *cal = (kazcustoms_calendar *)&cal;
    kazcustoms_calendar *const cal_sentinel = cal;
    kazcustoms_journal *j = (kazcustoms_journal *)&j;
    kazcustoms_journal *const j_sentinel = j;
    char *out = (char *)&out;
    char *const sentinel = out;

    check_unreadable(kazcustoms_validate_json("dcd", "{}", "{\"usd_rate\": \"x\"}", &out), "options",
                     "options.usd_rate", "validate_json options usd_rate a string");
    check_unreadable(kazcustoms_validate_json("short_declaration", "{}", "{\"colour\": 1}", &out), "options",
                     "options.colour", "validate_json options unknown member");
    check_unreadable(kazcustoms_validate_json("dcd", "{}", "[", &out), "options", "options",
                     "validate_json options not JSON");
    check_unreadable(kazcustoms_register_arrival("{}", "{\"reference\": \"22.11.2026\"}", &out), "options",
                     "options.reference", "register_arrival options reference not a date");
    check_unreadable(kazcustoms_validate_json("dcd", "{\"packages\": \"many\"}", NULL, &out), "document",
                     "document.packages", "validate_json document packages a string");
    check(out == sentinel, "validate_json wrote out on failure");

    check_unreadable(kazcustoms_calendar_new("{\"days_off\": [\"2027-13-01\"]}", &cal), "calendar",
                     "calendar.days_off[0]", "calendar_new a day off that is not a date");
    check(cal == cal_sentinel, "calendar_new wrote out on failure");
    check_unreadable(kazcustoms_export_journal("arrivals", "{}", "csv", "en", &out), "entries", "entries",
                     "export_journal entries not an array");
    check_unreadable(kazcustoms_journal_from_json("[", &j), "state", "state", "journal_from_json not JSON");
    check(j == j_sentinel && out == sentinel, "out written on failure");

    /* a date given both as a day off and as a working day is out of its
     * domain, not unreadable: INVALID_ARGUMENT, no input, no path */
    BAD_ARG(kazcustoms_calendar_new("{\"days_off\": [\"2027-01-08\"], \"working_days\": [\"2027-01-08\"]}", &cal),
            "calendar_new contradicting changes");
    check(kazcustoms_last_error_input() == NULL, "contradicting changes: input %s", input_name());
    BAD_ARG(kazcustoms_validate_json("dcd", "{}", "{\"lang\": \"de\"}", &out), "validate_json options lang de");
    check(kazcustoms_last_error_input() == NULL, "options lang de: input %s", input_name());
    BAD_ARG(kazcustoms_validate_json("dcdd", "{}", NULL, &out), "validate_json unknown kind");
    check(kazcustoms_last_error_input() == NULL, "unknown kind: input %s", input_name());
    NULL_ARG(kazcustoms_validate_json("dcd", NULL, NULL, &out), "validate_json document=NULL");
    check(kazcustoms_last_error_input() == NULL, "NULL document: input %s", input_name());

    /* a success clears the input; the accessor itself changes nothing */
    check_unreadable(kazcustoms_validate_json("dcd", "[", NULL, &out), "document", "document", "validate_json '['");
    check(kazcustoms_last_error_input() == kazcustoms_last_error_input(), "last_error_input is a static string");
    {
        char *p = last_path();
        check(p != NULL && strcmp(p, "document") == 0, "last_error_input left the path alone");
        free(p);
    }
    out = NULL;
    check(kazcustoms_validate_json("dcd", "{}", NULL, &out) == KAZCUSTOMS_RESULT_OK, "validate_json {}");
    check(kazcustoms_last_error_input() == NULL, "success clears the input: %s", input_name());
    kazcustoms_string_free(out);
}

static void test_copies(void) {
    char *out = NULL;
    json_value *v;
    size_t i;
    kazcustoms_result r = kazcustoms_dcd_copies_json(NULL, &out);
    check(r == KAZCUSTOMS_RESULT_OK, "dcd_copies_json: %s", result_name(r));
    v = parse_out("dcd_copies_json", out);
    check(json_count(v) == 4, "dcd_copies_json: %lu copies", (unsigned long)json_count(v));
    for (i = 0; i < json_count(v); i++) {
        const json_value *c = json_at(v, i);
        const json_value *d = json_get(c, "destination");
        check(as_integer(json_get(c, "number")) == (long long)i + 1, "copy %lu: its number", (unsigned long)i + 1);
        check(json_str(json_get(d, "kk")) != NULL && json_str(json_get(d, "ru")) != NULL &&
                  json_str(json_get(d, "en")) != NULL,
              "copy %lu: destination in kk, ru and en", (unsigned long)i + 1);
    }
    check(strstr(json_str(json_get(json_get(json_at(v, 3), "destination"), "en")), "fast communication") != NULL,
          "copy 4 goes by fast communication channels");
    json_free(v);
    kazcustoms_string_free(out);

    out = NULL;
    r = kazcustoms_dcd_copies_json("ru", &out);
    check(r == KAZCUSTOMS_RESULT_OK, "dcd_copies_json ru: %s", result_name(r));
    v = parse_out("dcd_copies_json ru", out);
    check(json_count(v) == 4 && json_str(json_get(json_at(v, 0), "destination")) != NULL &&
              strstr(json_str(json_get(json_at(v, 0), "destination")), "таможне отправления") != NULL &&
              as_integer(json_get(json_at(v, 0), "number")) == 1,
          "dcd_copies_json ru: copy 1 stays with the departure office, in Russian");
    json_free(v);
    kazcustoms_string_free(out);

    out = NULL;
    BAD_ARG(kazcustoms_dcd_copies_json("de", &out), "dcd_copies_json unknown lang");
    check(out == NULL, "dcd_copies_json wrote out on failure");
    NULL_ARG(kazcustoms_dcd_copies_json("en", NULL), "dcd_copies_json out=NULL");
    check_input_error(kazcustoms_dcd_copies_json(NOT_UTF8, &out), KAZCUSTOMS_RESULT_INVALID_UTF8,
                      "dcd_copies_json lang not UTF-8");
}

static void test_uppercase(void) {
    char *out = NULL;
    kazcustoms_result r = kazcustoms_uppercase("Әлихан, қазақ тілі, ёлка, №5", &out);
    check(r == KAZCUSTOMS_RESULT_OK && out != NULL && strcmp(out, "ӘЛИХАН, ҚАЗАҚ ТІЛІ, ЁЛКА, №5") == 0,
          "uppercase Kazakh and Russian: %s", out ? out : result_name(r));
    kazcustoms_string_free(out);
    out = NULL;
    r = kazcustoms_uppercase("", &out);
    check(r == KAZCUSTOMS_RESULT_OK && out != NULL && out[0] == '\0', "uppercase of \"\"");
    kazcustoms_string_free(out);
    out = NULL;
    NULL_ARG(kazcustoms_uppercase(NULL, &out), "uppercase text=NULL");
    NULL_ARG(kazcustoms_uppercase("x", NULL), "uppercase out=NULL");
    check_input_error(kazcustoms_uppercase(NOT_UTF8, &out), KAZCUSTOMS_RESULT_INVALID_UTF8,
                      "uppercase text not UTF-8");
    check(out == NULL, "uppercase wrote out on failure");
}

/* kazcustoms_rule_title: the catalogue's title in each language (the same
 * text as Python's rule_title); an unknown id or language is an input error
 * that leaves the output untouched. */
static void test_rule_title(void) {
    static const char *const langs[] = {"kk", "ru", "en"};
    static const char *const titles[] = {"мерзім айына 2000 км есебімен белгіленген шектен асады",
                                         "срок превышает предел из расчёта 2000 км в месяц",
                                         "the deadline is later than the limit of 2000 km per month"};
    char *out = (char *)&out; /* a sentinel no call writes */
    char *const sentinel = out;
    size_t i;
    for (i = 0; i < 3; i++) {
        char *title = NULL;
        kazcustoms_result r = kazcustoms_rule_title("TERM.LIMIT", langs[i], &title);
        check(r == KAZCUSTOMS_RESULT_OK && title != NULL && strcmp(title, titles[i]) == 0,
              "rule_title TERM.LIMIT %s: %s '%s'", langs[i], result_name(r), title ? title : "(null)");
        kazcustoms_string_free(title);
    }
    BAD_ARG(kazcustoms_rule_title("TERM.LIMITS", "en", &out), "rule_title of an unknown id");
    BAD_ARG(kazcustoms_rule_title("TERM.LIMIT", "de", &out), "rule_title in an unknown language");
    check(out == sentinel, "rule_title wrote out on failure");
    NULL_ARG(kazcustoms_rule_title(NULL, "en", &out), "rule_title rule=NULL");
    NULL_ARG(kazcustoms_rule_title("TERM.LIMIT", NULL, &out), "rule_title lang=NULL");
    NULL_ARG(kazcustoms_rule_title("TERM.LIMIT", "en", NULL), "rule_title out=NULL");
    check_input_error(kazcustoms_rule_title(NOT_UTF8, "en", &out), KAZCUSTOMS_RESULT_INVALID_UTF8,
                      "rule_title rule not UTF-8");
}

void test_api(void) {
    test_kind_lists();
    test_schema();
    test_columns();
    test_states();
    test_transition();
    test_error_classes();
    test_copies();
    test_uppercase();
    test_rule_title();
}
