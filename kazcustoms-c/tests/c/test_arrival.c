/*
 * C tests of the arrival of goods in libkazcustoms: what is particular to
 * tests/vectors/arrival.json (read as kazcustoms-core/tests/arrival_vectors.rs
 * reads it) — each arrival through kazcustoms_register_arrival() against
 * its `expect` (registered, state, dates, stamp texts, the annex 9 journal
 * row through kazcustoms_export_journal()), the DCD lifecycle scenarios
 * through arrival (kazcustoms_dcd_transition() and registrations) — then
 * the journals as tables (kazcustoms_export_journal() of every journal, CSV
 * and JSON) and what only a C caller can get wrong: NULL pointers, invalid
 * UTF-8, outputs left untouched on failure. The file's documents (arrivals
 * and certificates validated) are walked by test_vectors.c.
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
/* CSV (RFC 4180), enough to read kazcustoms_export_journal's output    */
/* ------------------------------------------------------------------ */

typedef struct csv_row {
    size_t count;
    char **cells;
} csv_row;

static void csv_row_free(csv_row *row) {
    size_t i;
    for (i = 0; i < row->count; i++) {
        free(row->cells[i]);
    }
    free(row->cells);
    row->count = 0;
    row->cells = NULL;
}

/* Reads one record at `*p`, which must end with CRLF; advances `*p` past
 * it. Returns 0 for malformed text. */
static int csv_read_row(const char **p, csv_row *row) {
    const char *s = *p;
    size_t cap = 0;
    row->count = 0;
    row->cells = NULL;
    for (;;) {
        size_t len = 0, size = 16;
        char *cell = malloc(size);
        if (cell == NULL) {
            return 0;
        }
        if (*s == '"') {
            s++;
            for (;;) {
                if (*s == '\0') {
                    free(cell);
                    return 0;
                }
                if (*s == '"' && s[1] == '"') {
                    s += 2;
                    cell[len++] = '"';
                } else if (*s == '"') {
                    s++;
                    break;
                } else {
                    cell[len++] = *s++;
                }
                if (len + 1 >= size) {
                    char *bigger = realloc(cell, size *= 2);
                    if (bigger == NULL) {
                        free(cell);
                        return 0;
                    }
                    cell = bigger;
                }
            }
        } else {
            while (*s != '\0' && *s != ',' && *s != '\r' && *s != '\n' && *s != '"') {
                cell[len++] = *s++;
                if (len + 1 >= size) {
                    char *bigger = realloc(cell, size *= 2);
                    if (bigger == NULL) {
                        free(cell);
                        return 0;
                    }
                    cell = bigger;
                }
            }
        }
        cell[len] = '\0';
        if (row->count == cap) {
            char **more = realloc(row->cells, (cap = cap ? 2 * cap : 16) * sizeof *more);
            if (more == NULL) {
                free(cell);
                return 0;
            }
            row->cells = more;
        }
        row->cells[row->count++] = cell;
        if (*s == ',') {
            s++;
            continue;
        }
        if (s[0] == '\r' && s[1] == '\n') {
            *p = s + 2;
            return 1;
        }
        return 0;
    }
}

/* The 14 cells of the annex 9 row of `entry`, exported as CSV (headers in
 * each language: the cells do not change) and as JSON, against `row`. */
static void check_journal_row(const char *name, const json_value *entry, const json_value *row) {
    char *one = json_write(entry);
    char *entries = one != NULL ? malloc(strlen(one) + 3) : NULL;
    size_t i, k;
    if (!check(entries != NULL && entry != NULL && entry->type == JSON_OBJECT, "%s: no journal entry", name)) {
        free(one);
        free(entries);
        return;
    }
    sprintf(entries, "[%s]", one);
    for (k = 0; k < 3; k++) {
        char *csv = UNTOUCHED;
        const char *p;
        csv_row header, cells;
        kazcustoms_result r = kazcustoms_export_journal("arrivals", entries, "csv", LANGS[k], &csv);
        if (!check(r == KAZCUSTOMS_RESULT_OK, "%s: export csv %s: %s", name, LANGS[k], result_name(r))) {
            continue;
        }
        p = csv;
        if (check(csv_read_row(&p, &header) && csv_read_row(&p, &cells) && *p == '\0',
                  "%s: the CSV is not a header and one row: %s", name, csv)) {
            int same = cells.count == json_count(row) && header.count == cells.count;
            for (i = 0; same && i < cells.count; i++) {
                same = str_eq(cells.cells[i], json_str(json_at(row, i)));
            }
            if (!check(same, "%s: CSV (%s) row differs from journal_row (%lu cells, %lu headers)", name, LANGS[k],
                       (unsigned long)cells.count, (unsigned long)header.count)) {
                for (i = 0; i < cells.count || i < json_count(row); i++) {
                    printf("      [%lu] got '%s' expected '%s'\n", (unsigned long)i,
                           i < cells.count ? cells.cells[i] : "(none)",
                           json_str(json_at(row, i)) ? json_str(json_at(row, i)) : "(none)");
                }
            }
        }
        csv_row_free(&header);
        csv_row_free(&cells);
        kazcustoms_string_free(csv);
    }
    {
        char *out = UNTOUCHED;
        kazcustoms_result r = kazcustoms_export_journal("arrivals", entries, "json", "ru", &out);
        if (check(r == KAZCUSTOMS_RESULT_OK, "%s: export json: %s", name, result_name(r))) {
            json_value *t = parse_result(name, out);
            const json_value *headers = json_get(t, "headers");
            const json_value *first = json_at(json_get(t, "rows"), 0);
            int same = t != NULL && json_count(json_get(t, "rows")) == 1 && first != NULL &&
                       first->type == JSON_OBJECT && json_count(first) == json_count(row) &&
                       json_count(headers) == json_count(row) && json_str(json_get(t, "title")) != NULL;
            for (i = 0; same && i < json_count(first); i++) {
                same = str_eq(first->keys[i], json_str(json_at(headers, i))) &&
                       str_eq(json_str(&first->items[i]), json_str(json_at(row, i)));
            }
            check(same, "%s: the JSON export's row is not journal_row under the headers in order: %s", name, out);
            json_free(t);
            kazcustoms_string_free(out);
        }
    }
    free(entries);
    free(one);
}

/* The `expect` member of an arrival case, through kazcustoms_register_arrival
 * (arrival_vectors.rs's check_expect); `want` is the case's rules (NULL:
 * none). */
static void check_expect(const json_value *root, const json_value *c, const char *name, const json_value *want) {
    const json_value *expect = json_get(c, "expect");
    char *document = json_write(json_get(c, "document"));
    char *options = options_text(json_get(root, "options"), json_get(c, "options"), NULL, 1);
    const char *lang = options_lang(json_get(root, "options"), json_get(c, "options"));
    char *record = UNTOUCHED;
    json_value *rec = NULL;
    kazcustoms_result r;
    static const char *const same_keys[] = {"delivered_on", "deadline", "in_time"};
    static const char *const present_keys[] = {"stamp", "stamp_d", "entry"};
    size_t i;
    int registered;
    if (!check(expect != NULL && document != NULL && options != NULL, "%s: no expect member", name)) {
        goto done;
    }
    r = kazcustoms_register_arrival(document, options, &record);
    if (!check(r == KAZCUSTOMS_RESULT_OK, "%s: register_arrival: %s '%s'", name, result_name(r), last_rule())) {
        goto done;
    }
    rec = parse_result(name, record);
    if (rec == NULL) {
        goto done;
    }
    registered = json_get(rec, "registered") != NULL && json_get(rec, "registered")->type == JSON_BOOL &&
                 json_get(rec, "registered")->boolean;
    check(json_get(expect, "registered") != NULL && json_get(rec, "registered") != NULL &&
              json_get(rec, "registered")->type == JSON_BOOL &&
              registered == json_get(expect, "registered")->boolean,
          "%s: registered is %d", name, registered);
    check(str_eq(json_str(json_get(rec, "state")), json_str(json_get(expect, "state"))), "%s: state %s, expected %s",
          name, json_str(json_get(rec, "state")) ? json_str(json_get(rec, "state")) : "?",
          json_str(json_get(expect, "state")) ? json_str(json_get(expect, "state")) : "?");
    for (i = 0; i < 3; i++) {
        const json_value *got = json_get(rec, same_keys[i]);
        char *a = show_json(got), *b = show_json(json_get(expect, same_keys[i]));
        check(got != NULL && same_json(got, json_get(expect, same_keys[i])), "%s: %s is %s, expected %s", name,
              same_keys[i], a ? a : "?", b ? b : "?");
        free(a);
        free(b);
    }
    for (i = 0; i < 3; i++) {
        const json_value *got = json_get(rec, present_keys[i]);
        check(got != NULL && json_is_null(got) == !registered, "%s: %s %s while registered is %d", name,
              present_keys[i], json_is_null(got) ? "absent" : "present", registered);
    }
    if (json_get(expect, "stamp") != NULL) {
        for (i = 0; i < 2; i++) {
            const char *got = json_str(json_get(json_get(rec, "stamp"), LANGS[i]));
            const char *wanted = json_str(json_get(json_get(expect, "stamp"), LANGS[i]));
            check(str_eq(got, wanted), "%s: stamp %s\n      got      %s\n      expected %s", name, LANGS[i],
                  got ? got : "(none)", wanted ? wanted : "(none)");
        }
    }
    if (json_get(expect, "journal_row") != NULL) {
        check_journal_row(name, json_get(rec, "entry"), json_get(expect, "journal_row"));
    }
    if (registered) {
        const json_value *d = json_get(json_get(rec, "stamp_d"), "date");
        check(d != NULL && same_json(d, json_get(rec, "delivered_on")), "%s: stamp_d date is not delivered_on",
              name);
    }
    {
        /* The record's report is the report of validate("arrival"). */
        char *report = json_write(json_get(rec, "report"));
        char what[300];
        snprintf(what, sizeof what, "%s (record report)", name);
        if (check(report != NULL, "%s: no report", name)) {
            check_report_rules(what, report, lang, want);
        }
        free(report);
    }
done:
    json_free(rec);
    if (record != UNTOUCHED) {
        kazcustoms_string_free(record);
    }
    free(document);
    free(options);
}

/* ------------------------------------------------------------------ */
/* arrival.json                                                        */
/* ------------------------------------------------------------------ */

/* The DCD lifecycle scenarios through arrival (`scenarios`,
 * arrival_vectors.rs's lifecycle_scenarios): a step moves `to` a state with
 * kazcustoms_dcd_transition() or registers an arrival with the file's DCD and
 * options. */
static void run_dcd_lifecycle(const json_value *v) {
    const json_value *list = json_get(v, "scenarios");
    char *dcd = json_write(json_get(v, "dcd"));
    char *options = options_text(json_get(v, "options"), NULL, NULL, 1);
    const char *lang = options_lang(json_get(v, "options"), NULL);
    size_t i, k;
    check(json_count(list) > 0 && dcd != NULL && options != NULL, "arrival.json: no scenarios");
    for (i = 0; i < json_count(list) && dcd != NULL && options != NULL; i++) {
        const json_value *s = json_at(list, i);
        const char *title = json_str(json_get(s, "name"));
        char state[32];
        const json_value *steps = json_get(s, "steps");
        snprintf(state, sizeof state, "%s", json_str(json_get(s, "start")) ? json_str(json_get(s, "start")) : "?");
        for (k = 0; k < json_count(steps); k++) {
            const json_value *step = json_at(steps, k);
            const char *to = json_str(json_get(step, "to"));
            const char *want_state = json_str(json_get(step, "expect_state"));
            size_t n_want = 0, n_got = 0;
            const char **want = rules_of(json_get(step, "expect_rules"), &n_want);
            const char **got = NULL;
            const char *one[1];
            json_value *rec = NULL;
            char next[32];
            char name[300];
            snprintf(name, sizeof name, "arrival.json scenario \"%s\", step %lu", title ? title : "",
                     (unsigned long)k + 1);
            snprintf(next, sizeof next, "%s", state);
            if (to != NULL) {
                char *out = UNTOUCHED;
                kazcustoms_result r = kazcustoms_dcd_transition(state, to, &out);
                if (r == KAZCUSTOMS_RESULT_OK) {
                    snprintf(next, sizeof next, "%s", out);
                    kazcustoms_string_free(out);
                } else {
                    check(r == KAZCUSTOMS_RESULT_VIOLATION && out == UNTOUCHED, "%s: %s -> %s: %s", name, state, to,
                          result_name(r));
                    one[0] = last_rule();
                    got = one;
                    n_got = 1;
                }
            } else {
                char *arrive = json_write(json_get(step, "arrive"));
                char *document = malloc(strlen(dcd) + (arrive ? strlen(arrive) : 0) + 64);
                char *record = UNTOUCHED;
                kazcustoms_result r;
                if (arrive != NULL && document != NULL) {
                    sprintf(document, "{\"dcd\": %s, \"state\": \"%s\", \"arrival\": %s}", dcd, state, arrive);
                    r = kazcustoms_register_arrival(document, options, &record);
                    if (check(r == KAZCUSTOMS_RESULT_OK, "%s: register_arrival %s", name, result_name(r))) {
                        rec = parse_result(name, record);
                        kazcustoms_string_free(record);
                    }
                }
                if (rec != NULL) {
                    char *report = json_write(json_get(rec, "report"));
                    json_value *parsed = report ? parse_report(name, report, lang) : NULL;
                    got = parsed ? report_rules(parsed, &n_got) : NULL;
                    /* borrowed from `parsed`: copy the ids before it goes */
                    if (got != NULL) {
                        size_t m;
                        char **copies = calloc(n_got ? n_got : 1, sizeof *copies);
                        for (m = 0; copies != NULL && m < n_got; m++) {
                            copies[m] = malloc(strlen(got[m]) + 1);
                            if (copies[m] != NULL) {
                                strcpy(copies[m], got[m]);
                            }
                        }
                        free(got);
                        got = (const char **)copies;
                    }
                    if (json_str(json_get(rec, "state")) != NULL) {
                        snprintf(next, sizeof next, "%s", json_str(json_get(rec, "state")));
                    }
                    json_free(parsed);
                    free(report);
                }
                free(arrive);
                free(document);
            }
            same_rules(name, got, n_got, want, n_want);
            check(str_eq(next, want_state), "%s: state %s, expected %s", name, next, want_state ? want_state : "?");
            snprintf(state, sizeof state, "%s", next);
            if (to == NULL && got != NULL) {
                size_t m;
                for (m = 0; m < n_got; m++) {
                    free((char *)got[m]);
                }
                free(got);
            }
            json_free(rec);
            free(want);
        }
    }
    free(dcd);
    free(options);
}

/* The registration of every arrival case (the file's own kind) of `valid`
 * and `invalid` against its `expect`, then the scenarios. */
static void test_arrival_vectors(const char *dir) {
    static const char *const sections[] = {"valid", "invalid"};
    json_value *v;
    char *text = read_vectors(dir, "arrival.json", &v);
    const char *file_kind;
    size_t s, i, n = 0;
    if (v == NULL) {
        free(text);
        return;
    }
    file_kind = json_str(json_get(v, "kind"));
    for (s = 0; s < 2; s++) {
        const json_value *list = json_get(v, sections[s]);
        for (i = 0; i < json_count(list); i++) {
            const json_value *c = json_at(list, i);
            const char *kind = json_get(c, "kind") != NULL ? json_str(json_get(c, "kind")) : file_kind;
            char name[400];
            if (!str_eq(kind, "arrival")) {
                continue;
            }
            n++;
            snprintf(name, sizeof name, "arrival.json %s[%lu] \"%s\" (register_arrival)", sections[s],
                     (unsigned long)i, json_str(json_get(c, "name")) ? json_str(json_get(c, "name")) : "");
            check_expect(v, c, name, s == 1 ? json_get(c, "rules") : NULL);
        }
    }
    check(n >= 30, "arrival.json: %lu arrival cases", (unsigned long)n);
    run_dcd_lifecycle(v);
    json_free(v);
    free(text);
}

/* ------------------------------------------------------------------ */
/* Journal export                                                      */
/* ------------------------------------------------------------------ */

static void test_export_journal(void) {
    static const struct {
        const char *journal;
        size_t columns; /* 0: not pinned here */
    } journals[] = {{"dcd_register", 16},       {"recipients", 0},         {"guarantee_obligations", 10},
                    {"failed_recipients", 0}, {"short_declarations", 15}, {"arrivals", 14},
                    {"empty_vehicles", 11},
                    {"security_journal", 14}};
    size_t i, k;
    for (i = 0; i < sizeof journals / sizeof journals[0]; i++) {
        char *csv[3] = {NULL, NULL, NULL};
        for (k = 0; k < 3; k++) {
            char *json = UNTOUCHED;
            const char *p;
            csv_row header;
            json_value *t;
            kazcustoms_result r = kazcustoms_export_journal(journals[i].journal, "[]", "csv", LANGS[k], &csv[k]);
            if (!check(r == KAZCUSTOMS_RESULT_OK, "export %s csv %s: %s", journals[i].journal, LANGS[k],
                       result_name(r))) {
                continue;
            }
            p = csv[k];
            if (check(csv_read_row(&p, &header) && *p == '\0', "export %s csv %s: not one header row: %s",
                      journals[i].journal, LANGS[k], csv[k])) {
                check(header.count > 0 && (journals[i].columns == 0 || header.count == journals[i].columns),
                      "export %s: %lu columns, expected %lu", journals[i].journal, (unsigned long)header.count,
                      (unsigned long)journals[i].columns);
            }
            r = kazcustoms_export_journal(journals[i].journal, "[]", "json", LANGS[k], &json);
            if (check(r == KAZCUSTOMS_RESULT_OK, "export %s json %s: %s", journals[i].journal, LANGS[k],
                      result_name(r))) {
                t = parse_result("export json", json);
                check(t != NULL && json_str(json_get(t, "title")) != NULL &&
                          json_count(json_get(t, "headers")) == header.count &&
                          json_get(t, "rows") != NULL && json_get(t, "rows")->type == JSON_ARRAY &&
                          json_count(json_get(t, "rows")) == 0,
                      "export %s json %s: %s", journals[i].journal, LANGS[k], json);
                if (t != NULL && json_count(json_get(t, "headers")) > 0) {
                    check(str_eq(json_str(json_at(json_get(t, "headers"), 0)), header.cells[0]),
                          "export %s %s: the JSON and CSV headers differ", journals[i].journal, LANGS[k]);
                }
                json_free(t);
                kazcustoms_string_free(json);
            }
            csv_row_free(&header);
        }
        check(csv[0] && csv[1] && csv[2] && strcmp(csv[0], csv[1]) != 0 && strcmp(csv[1], csv[2]) != 0,
              "export %s: the headers differ by language", journals[i].journal);
        for (k = 0; k < 3; k++) {
            kazcustoms_string_free(csv[k]);
        }
    }
    /* Input errors: unknown journal, format, language; unreadable entries. */
    {
        char *out = UNTOUCHED;
        char *path;
        BAD_ARG(kazcustoms_export_journal("annex9", "[]", "csv", "ru", &out), "export journal=annex9");
        BAD_ARG(kazcustoms_export_journal("Arrivals", "[]", "csv", "ru", &out), "export journal=Arrivals");
        BAD_ARG(kazcustoms_export_journal("arrivals", "[]", "xml", "ru", &out), "export format=xml");
        BAD_ARG(kazcustoms_export_journal("arrivals", "[]", "CSV", "ru", &out), "export format=CSV");
        BAD_ARG(kazcustoms_export_journal("arrivals", "[]", "csv", "de", &out), "export lang=de");
        check_input_error(kazcustoms_export_journal("arrivals", "{}", "csv", "ru", &out),
                          KAZCUSTOMS_RESULT_INVALID_DOCUMENT, "export entries={}");
        path = last_path();
        check(str_eq(path, "entries"), "export entries={}: path '%s'", path ? path : "(none)");
        free(path);
        check_document_error("export entries [{\"number\": \"one\"}]",
                             kazcustoms_export_journal("arrivals", "[{\"number\": \"one\"}]", "json", "en", &out),
                             "entries[0].number");
        check_document_error("export entries not JSON", kazcustoms_export_journal("arrivals", "[", "csv", "en", &out),
                             "entries");
        check(out == UNTOUCHED, "export_journal: out written on failure");
    }
    /* Quoting: a cell with a comma, a quote and a line break survives. */
    {
        const char *entries = "[{\"number\": 7, \"arrival_date\": \"2026-10-16\", \"dcd_number\": \"55201/14106/00317\","
                              " \"consignor\": \"ТОО \\\"АЛМА\\\", АЛМАТЫ\\r\\nАБАЯ 1\"}]";
        char *csv = NULL;
        kazcustoms_result r = kazcustoms_export_journal("arrivals", entries, "csv", "en", &csv);
        if (check(r == KAZCUSTOMS_RESULT_OK, "export a quoted cell: %s", result_name(r))) {
            const char *p = csv;
            csv_row header, row;
            if (check(csv_read_row(&p, &header) && csv_read_row(&p, &row) && *p == '\0' && row.count == 14,
                      "export a quoted cell: %s", csv)) {
                check(str_eq(row.cells[0], "7") && str_eq(row.cells[1], "16.10.2026") &&
                          str_eq(row.cells[4], "ТОО \"АЛМА\", АЛМАТЫ\r\nАБАЯ 1"),
                      "export a quoted cell: cells '%s' '%s' '%s'", row.cells[0], row.cells[1], row.cells[4]);
            }
            csv_row_free(&header);
            csv_row_free(&row);
            kazcustoms_string_free(csv);
        }
    }
}

/* A readable arrival document, for the pointer and UTF-8 checks. */
static const char SMALL_ARRIVAL[] =
    "{\"dcd\": {\"reference_number\": \"55201/14106/00317\", \"principal\": {\"deadline\": \"2026-10-16\"}},"
    " \"state\": \"registered\", \"arrival\": {\"date\": \"2026-10-19\", \"declaration\": {\"kind\":"
    " \"short_declaration\", \"number\": \"15101/19106/000123\"}, \"officer\": {\"name\": \"ОРАЗОВА А.М.\","
    " \"personal_seal\": \"0311\"}}}";

static void test_arrival_api(void) {
    char *out = UNTOUCHED;
    char *a = NULL, *b = NULL, *c = NULL;
    char *path;
    /* NULL options are the defaults, as "" and "{}" are (with a reference,
     * which the defaults take from the clock, the same record). */
    check(kazcustoms_register_arrival(SMALL_ARRIVAL, NULL, &a) == KAZCUSTOMS_RESULT_OK &&
              kazcustoms_register_arrival(SMALL_ARRIVAL, "", &b) == KAZCUSTOMS_RESULT_OK &&
              kazcustoms_register_arrival(SMALL_ARRIVAL, "{}", &c) == KAZCUSTOMS_RESULT_OK && a && b && c &&
              strcmp(a, b) == 0 && strcmp(b, c) == 0,
          "register_arrival options NULL, \"\" and {} give the same record");
    kazcustoms_string_free(a);
    kazcustoms_string_free(b);
    kazcustoms_string_free(c);
    a = NULL;
    /* A late arrival is registered; its report is in the options' lang. */
    if (check(kazcustoms_register_arrival(SMALL_ARRIVAL, "{\"reference\": \"2026-11-22\", \"lang\": \"kk\"}", &a) ==
                  KAZCUSTOMS_RESULT_OK,
              "register_arrival late")) {
        json_value *rec = parse_result("register_arrival late", a);
        char *report = rec ? json_write(json_get(rec, "report")) : NULL;
        const json_value *rules;
        const char *overdue = "[\"ARRIVAL.OVERDUE\"]";
        json_value *late = json_parse(overdue, strlen(overdue), NULL, 0);
        check(rec != NULL && json_get(rec, "registered") && json_get(rec, "registered")->boolean &&
                  str_eq(json_str(json_get(rec, "state")), "arrived") && json_get(rec, "in_time") &&
                  json_get(rec, "in_time")->type == JSON_BOOL && !json_get(rec, "in_time")->boolean &&
                  str_eq(json_str(json_get(rec, "delivered_on")), "2026-10-19") &&
                  str_eq(json_str(json_get(rec, "deadline")), "2026-10-16"),
              "register_arrival late: %s", a);
        rules = late;
        if (report != NULL) {
            check_report_rules("register_arrival late", report, "kk", rules);
        }
        json_free(late);
        free(report);
        json_free(rec);
        kazcustoms_string_free(a);
    }
    /* Options that cannot be read are INVALID_DOCUMENT of the options, with
     * the path. */
    check_input_error(kazcustoms_register_arrival(SMALL_ARRIVAL, "{\"reference\": 5}", &out),
                      KAZCUSTOMS_RESULT_INVALID_DOCUMENT, "register_arrival bad options");
    check(str_eq(kazcustoms_last_error_input(), "options"), "register_arrival bad options: input");
    path = last_path();
    check(str_eq(path, "options.reference"), "register_arrival bad options: path '%s'", path ? path : "(none)");
    free(path);
    BAD_ARG(kazcustoms_register_arrival("[", "{\"lang\": \"de\"}", &out), "register_arrival lang=de");
    BAD_ARG(kazcustoms_register_arrival(SMALL_ARRIVAL, "{\"calendar\": {\"days_off\": [\"2100-01-04\"]}}", &out),
            "register_arrival: a calendar change out of range");
    check_document_error("register_arrival of []", kazcustoms_register_arrival("[]", NULL, &out), "document");
    check_document_error("register_arrival state=closed",
                         kazcustoms_register_arrival("{\"state\": \"closed\"}", NULL, &out), "document.state");
    check(out == UNTOUCHED, "register_arrival: out written on failure");
}

static void test_arrival_null_and_utf8(void) {
    static const char *const bad[] = {"\xff\xfe", "{\"days_off\": [\"\xc3\"]}", "\xed\xa0\x80", "arrivals\x80"};
    char *out = UNTOUCHED;
    size_t i;
    NULL_ARG(kazcustoms_register_arrival(NULL, NULL, &out), "register_arrival document_json=NULL");
    NULL_ARG(kazcustoms_register_arrival(SMALL_ARRIVAL, NULL, NULL), "register_arrival record_json=NULL");
    NULL_ARG(kazcustoms_export_journal(NULL, "[]", "csv", "ru", &out), "export_journal journal=NULL");
    NULL_ARG(kazcustoms_export_journal("arrivals", NULL, "csv", "ru", &out), "export_journal entries_json=NULL");
    NULL_ARG(kazcustoms_export_journal("arrivals", "[]", NULL, "ru", &out), "export_journal format=NULL");
    NULL_ARG(kazcustoms_export_journal("arrivals", "[]", "csv", NULL, &out), "export_journal lang=NULL");
    NULL_ARG(kazcustoms_export_journal("arrivals", "[]", "csv", "ru", NULL), "export_journal out=NULL");
    check(out == UNTOUCHED, "an out-parameter was written on a NULL argument");
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        const char *b = bad[i];
        char what[96];
#define UTF8(call, arg)                                                                   \
    do {                                                                                  \
        snprintf(what, sizeof what, "invalid UTF-8 #%lu in %s", (unsigned long)i, arg);   \
        BAD_UTF8((call), what);                                                           \
    } while (0)
        UTF8(kazcustoms_register_arrival(b, NULL, &out), "register_arrival document_json");
        UTF8(kazcustoms_register_arrival(SMALL_ARRIVAL, b, &out), "register_arrival options_json");
        UTF8(kazcustoms_export_journal(b, "[]", "csv", "ru", &out), "export_journal journal");
        UTF8(kazcustoms_export_journal("arrivals", b, "csv", "ru", &out), "export_journal entries_json");
        UTF8(kazcustoms_export_journal("arrivals", "[]", b, "ru", &out), "export_journal format");
        UTF8(kazcustoms_export_journal("arrivals", "[]", "csv", b, &out), "export_journal lang");
#undef UTF8
        check(out == UNTOUCHED, "invalid UTF-8 #%lu: an out-parameter was written", (unsigned long)i);
    }
}

void test_arrival(const char *dir) {
    test_arrival_vectors(dir);
    test_export_journal();
    test_arrival_api();
    test_arrival_null_and_utf8();
}
