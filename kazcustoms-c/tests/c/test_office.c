/*
 * The guarantee office handle (kazcustoms_guarantee_office_*): a
 * registration and the lifecycle steps kept in its registers, refusals
 * (GO.STATE), the registers as JSON, the saved state round trip, corrupt
 * and forged states (each refused at its path), NULL arguments.
 */
#include "harness.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NULL_ARG(call, what) check_input_error((call), KAZCUSTOMS_RESULT_NULL_ARGUMENT, what)
#define BAD_ARG(call, what) check_input_error((call), KAZCUSTOMS_RESULT_INVALID_ARGUMENT, what)

/* An application that may be registered (the core's example). */
static const char APPLICATION[] =
    "{\"recipient\": {\"name\": \"ТОО «АЛМА»\", \"tax_number\": \"060140001234\"},"
    " \"destination_office\": \"50101\", \"application_date\": \"2026-02-02\","
    " \"attachments\": {\"filled_forms\": 2, \"registration_card\": true},"
    " \"facts\": {\"registration_card\": true, \"own_warehouse\": true},"
    " \"decision\": {\"date\": \"2026-02-04\"},"
    " \"carriage\": {\"country_of_dispatch\": \"CN\", \"goods\": \"НАСОСЫ\", \"distance_km\": 2000}}";

/* One with a debt at the check: refused (GO.REFUSE.DEBT). */
static const char APPLICATION_DEBT[] =
    "{\"recipient\": {\"name\": \"ТОО «БЕРЕКЕ»\", \"tax_number\": \"070140005678\"},"
    " \"destination_office\": \"50101\", \"application_date\": \"2026-02-02\","
    " \"attachments\": {\"filled_forms\": 2, \"registration_card\": true},"
    " \"facts\": {\"registration_card\": true, \"own_warehouse\": true, \"debt_at_check\": true},"
    " \"decision\": {\"date\": \"2026-02-04\"}}";

static const char OPTIONS[] = "{\"reference\": \"2026-02-10\", \"lang\": \"ru\"}";

static kazcustoms_date ymd(int y, unsigned m, unsigned d) {
    kazcustoms_date date;
    date.year = y;
    date.month = m;
    date.day = d;
    return date;
}

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

/* Whether member `key` of `object` is the string `want`. */
static int is_str(const json_value *object, const char *key, const char *want) {
    const char *s = json_str(json_get(object, key));
    return s != NULL && strcmp(s, want) == 0;
}

/* Whether the array `array` holds the string `want`. */
static int has_string(const json_value *array, const char *want) {
    size_t i;
    for (i = 0; i < json_count(array); i++) {
        const char *s = json_str(json_at(array, i));
        if (s != NULL && strcmp(s, want) == 0) {
            return 1;
        }
    }
    return 0;
}

/* The state of the obligation JSON `text` (checked to be `want`); frees
 * the text. */
static void check_state(kazcustoms_result r, char *text, const char *want, const char *what) {
    json_value *v;
    check(r == KAZCUSTOMS_RESULT_OK, "%s: %s '%s'", what, result_name(r), last_rule());
    v = parse_out(what, text);
    check(is_str(v, "state", want), "%s: state is not %s: %.300s", what, want, text ? text : "");
    json_free(v);
    kazcustoms_string_free(text);
}

/* A refused step: VIOLATION, GO.STATE, out untouched. */
static void check_go_state(kazcustoms_result r, char *out, char *sentinel, const char *what) {
    char *m = last_message("kk");
    check(r == KAZCUSTOMS_RESULT_VIOLATION && strcmp(last_rule(), "GO.STATE") == 0, "%s: %s '%s'", what,
          result_name(r), last_rule());
    check(m != NULL && m[0] != '\0', "%s: a Kazakh message", what);
    check(out == sentinel, "%s: out written on failure", what);
    free(m);
}

/* Registers APPLICATION (or `application`) and returns the obligation's
 * number (malloc'd), or NULL after a failed check. */
static char *register_ok(kazcustoms_guarantee_office *office, const char *application, const char *what) {
    char *out = NULL, *number = NULL;
    json_value *v;
    kazcustoms_result r = kazcustoms_guarantee_office_register(office, application, OPTIONS, &out);
    check(r == KAZCUSTOMS_RESULT_OK, "%s: %s", what, result_name(r));
    v = parse_out(what, out);
    if (check(is_str(v, "state", "registered") && json_str(json_get(v, "number")) != NULL, "%s: registered: %.300s",
              what, out ? out : "")) {
        const char *n = json_str(json_get(v, "number"));
        number = malloc(strlen(n) + 1);
        if (number != NULL) {
            memcpy(number, n, strlen(n) + 1);
        }
    }
    json_free(v);
    kazcustoms_string_free(out);
    return number;
}

static void test_register_take_fulfil(kazcustoms_guarantee_office *office) {
    const kazcustoms_date ref = ymd(2026, 2, 10);
    char *out = NULL;
    char *const sentinel = (char *)&out;
    json_value *v;
    kazcustoms_result r = kazcustoms_guarantee_office_register(office, APPLICATION, OPTIONS, &out);

    check(r == KAZCUSTOMS_RESULT_OK, "register: %s", result_name(r));
    v = parse_out("register", out);
    check(is_str(v, "state", "registered") && is_str(v, "number", "0001/501/04026/0001") &&
              is_str(v, "valid_until", "2026-03-04") && is_str(v, "recipient_number", "0001") &&
              is_str(v, "as_of", "2026-02-04") && json_count(json_get(v, "grounds")) == 0,
          "register: the outcome: %.400s", out ? out : "");
    check(is_str(json_get(v, "obligation"), "number", "0001/501/04026/0001") &&
              is_str(json_get(v, "obligation"), "state", "registered") &&
              is_str(json_get(v, "obligation"), "recipient", "ТОО «АЛМА»"),
          "register: the obligation as entered in the journal");
    check(json_get(json_get(v, "report"), "ok") != NULL && json_get(json_get(v, "report"), "ok")->boolean &&
              is_str(json_get(v, "report"), "lang", "ru"),
          "register: the report, in the options' language");
    json_free(v);
    kazcustoms_string_free(out);

    out = NULL;
    r = kazcustoms_guarantee_office_take_at_departure(office, "0001/501/04026/0001", "62001/10026/00017", &ref, &out);
    check_state(r, out, "used", "take_at_departure");
    out = NULL;
    r = kazcustoms_guarantee_office_obligation(office, "0001/501/04026/0001", &out);
    v = parse_out("obligation after take", out);
    check(is_str(v, "dcd_number", "62001/10026/00017") && is_str(v, "state", "used"),
          "obligation after take: the DCD is recorded: %.300s", out ? out : "");
    json_free(v);
    kazcustoms_string_free(out);

    /* one use only (§25): taken again is refused and changes nothing */
    out = sentinel;
    r = kazcustoms_guarantee_office_take_at_departure(office, "0001/501/04026/0001", "62001/10026/00017", &ref, &out);
    check_go_state(r, out, sentinel, "take_at_departure twice");
    out = sentinel;
    r = kazcustoms_guarantee_office_expire(office, "0001/501/04026/0001", ymd(2026, 4, 1), &out);
    check_go_state(r, out, sentinel, "expire a used obligation");
    out = sentinel;
    r = kazcustoms_guarantee_office_take_at_departure(office, "9999/501/04026/0001", "62001/10026/00017", &ref, &out);
    check_go_state(r, out, sentinel, "take an obligation not in the journal");

    /* the mark of fulfilment: exactly one declaration */
    BAD_ARG(kazcustoms_guarantee_office_fulfil(office, "0001/501/04026/0001", NULL, NULL, NULL, &out),
            "fulfil without a declaration");
    BAD_ARG(kazcustoms_guarantee_office_fulfil(office, "0001/501/04026/0001", "55201/16026/000123",
                                               "15101/161026/0001234", &ref, &out),
            "fulfil with both declarations");
    r = kazcustoms_guarantee_office_fulfil(office, "0001/501/04026/0001", "55201/1626/000123", NULL, &ref, &out);
    check(r == KAZCUSTOMS_RESULT_INVALID_NUMBER && strcmp(last_rule(), "NUM.FORMAT") == 0,
          "fulfil with a malformed short declaration number: %s '%s'", result_name(r), last_rule());
    check(out == sentinel, "fulfil wrote out on failure");
    out = NULL;
    r = kazcustoms_guarantee_office_fulfil(office, "0001/501/04026/0001", NULL, "  15101/161026/0001234 ", NULL, &out);
    check(r == KAZCUSTOMS_RESULT_OK, "fulfil: %s", result_name(r));
    v = parse_out("fulfil", out);
    check(is_str(v, "state", "fulfilled") &&
              is_str(json_get(v, "fulfilment"), "customs_declaration", "15101/161026/0001234"),
          "fulfil: the mark, trimmed: %.300s", out ? out : "");
    json_free(v);
    kazcustoms_string_free(out);
}

static void test_refusal_expiry_failure(kazcustoms_guarantee_office *office) {
    const kazcustoms_date ref = ymd(2026, 2, 10);
    char *out = NULL, *second = NULL, *third = NULL;
    char *const sentinel = (char *)&out;
    json_value *v;
    kazcustoms_result r = kazcustoms_guarantee_office_register(office, APPLICATION_DEBT, OPTIONS, &out);

    /* a refusal is an outcome, not an error */
    check(r == KAZCUSTOMS_RESULT_OK, "register refused: %s", result_name(r));
    v = parse_out("register refused", out);
    check(is_str(v, "state", "refused") && json_count(json_get(v, "grounds")) == 1 &&
              strcmp(json_str(json_at(json_get(v, "grounds"), 0)), "GO.REFUSE.DEBT") == 0 &&
              json_is_null(json_get(v, "number")) && json_is_null(json_get(v, "obligation")) &&
              is_str(v, "recipient_number", "0002"),
          "register refused: GO.REFUSE.DEBT, no obligation, the recipient on record: %.400s", out ? out : "");
    json_free(v);
    kazcustoms_string_free(out);

    /* expire: only after the term, then return with the mark */
    second = register_ok(office, APPLICATION, "register a second obligation");
    if (second != NULL) {
        out = sentinel;
        r = kazcustoms_guarantee_office_expire(office, second, ymd(2026, 3, 4), &out);
        check_go_state(r, out, sentinel, "expire on the last day of the term");
        out = sentinel;
        BAD_ARG(kazcustoms_guarantee_office_return_unused(office, second, "en", &out), "return_unused mark en");
        out = sentinel;
        r = kazcustoms_guarantee_office_return_unused(office, second, "kk", &out);
        check_go_state(r, out, sentinel, "return_unused before the obligation expired");
        out = NULL;
        r = kazcustoms_guarantee_office_expire(office, second, ymd(2026, 3, 5), &out);
        check_state(r, out, "expired", "expire after the term");
        out = NULL;
        r = kazcustoms_guarantee_office_return_unused(office, second, "kk", &out);
        check(r == KAZCUSTOMS_RESULT_OK, "return_unused: %s", result_name(r));
        v = parse_out("return_unused", out);
        check(is_str(v, "state", "returned") && is_str(v, "returned_mark", "ҚАЙТАРЫЛДЫ"),
              "return_unused: returned with the Kazakh mark: %.300s", out ? out : "");
        json_free(v);
        kazcustoms_string_free(out);
    }

    /* fail: a used obligation whose term ended unfulfilled */
    third = register_ok(office, APPLICATION, "register a third obligation");
    if (third != NULL) {
        out = NULL;
        r = kazcustoms_guarantee_office_take_at_departure(office, third, "62001/10026/00018", &ref, &out);
        check_state(r, out, "used", "take the third");
        out = sentinel;
        r = kazcustoms_guarantee_office_fail(office, third, ymd(2026, 2, 20), &out);
        check_go_state(r, out, sentinel, "fail within the term");
        out = NULL;
        r = kazcustoms_guarantee_office_fail(office, third, ymd(2026, 3, 5), &out);
        check_state(r, out, "failed", "fail after the term");
        out = NULL;
        check(kazcustoms_guarantee_office_failed_json(office, &out) == KAZCUSTOMS_RESULT_OK, "failed_json");
        v = parse_out("failed_json", out);
        check(json_count(v) == 1 && is_str(json_at(v, 0), "obligation", third) &&
                  is_str(json_at(v, 0), "recipient_number", "0001"),
              "failed_json: the recipient of the failed obligation: %.300s", out ? out : "");
        json_free(v);
        kazcustoms_string_free(out);
        /* ... which now stands against the recipient's next application */
        out = NULL;
        r = kazcustoms_guarantee_office_register(office, APPLICATION, OPTIONS, &out);
        v = parse_out("register after a failure", out);
        check(r == KAZCUSTOMS_RESULT_OK && is_str(v, "state", "refused") &&
                  has_string(json_get(v, "grounds"), "GO.REFUSE.PREVIOUS"),
              "register after a failure: GO.REFUSE.PREVIOUS: %.300s", out ? out : "");
        json_free(v);
        kazcustoms_string_free(out);
    }
    free(second);
    free(third);
}

static void test_registers(kazcustoms_guarantee_office *office) {
    char *out = NULL, *table = NULL;
    json_value *v;
    kazcustoms_result r;

    check(kazcustoms_guarantee_office_code(office, &out) == KAZCUSTOMS_RESULT_OK && out != NULL &&
              strcmp(out, "50101") == 0,
          "office code: %s", out ? out : "(null)");
    kazcustoms_string_free(out);

    out = NULL;
    check(kazcustoms_guarantee_office_obligations_json(office, &out) == KAZCUSTOMS_RESULT_OK, "obligations_json");
    v = parse_out("obligations_json", out);
    check(json_count(v) == 3 && is_str(json_at(v, 0), "state", "fulfilled") &&
              is_str(json_at(v, 1), "state", "returned") && is_str(json_at(v, 2), "state", "failed"),
          "obligations_json: three obligations in the order of registration");
    json_free(v);
    r = kazcustoms_export_journal("guarantee_obligations", out, "csv", "ru", &table);
    check(r == KAZCUSTOMS_RESULT_OK && table != NULL && strstr(table, "0001/501/04026/0001") != NULL,
          "export_journal of obligations_json: %s", result_name(r));
    kazcustoms_string_free(table);
    kazcustoms_string_free(out);

    out = NULL;
    check(kazcustoms_guarantee_office_recipients_json(office, &out) == KAZCUSTOMS_RESULT_OK, "recipients_json");
    v = parse_out("recipients_json", out);
    check(json_count(v) == 2 && is_str(json_at(v, 0), "number", "0001") && is_str(json_at(v, 1), "number", "0002"),
          "recipients_json: both recipients, numbered: %.300s", out ? out : "");
    json_free(v);
    table = NULL;
    r = kazcustoms_export_journal("recipients", out, "json", "en", &table);
    check(r == KAZCUSTOMS_RESULT_OK, "export_journal of recipients_json: %s", result_name(r));
    kazcustoms_string_free(table);
    kazcustoms_string_free(out);

    /* a number not in the journal: OK and NULL */
    out = (char *)&out;
    r = kazcustoms_guarantee_office_obligation(office, "0001/501/04026/0099", &out);
    check(r == KAZCUSTOMS_RESULT_OK && out == NULL, "obligation not in the journal: %s", result_name(r));
}

static void test_state_round_trip(kazcustoms_guarantee_office *office) {
    kazcustoms_guarantee_office *resumed = NULL;
    kazcustoms_guarantee_office *bad = (kazcustoms_guarantee_office *)&bad;
    kazcustoms_guarantee_office *const sentinel = bad;
    char *saved = NULL, *again = NULL, *ob = NULL;
    char *corrupt, *at;
    kazcustoms_result r;

    if (!check(kazcustoms_guarantee_office_to_json(office, &saved) == KAZCUSTOMS_RESULT_OK && saved != NULL,
               "to_json")) {
        return;
    }
    r = kazcustoms_guarantee_office_from_json(saved, &resumed);
    if (check(r == KAZCUSTOMS_RESULT_OK && resumed != NULL, "from_json: %s", result_name(r))) {
        check(kazcustoms_guarantee_office_to_json(resumed, &again) == KAZCUSTOMS_RESULT_OK && again != NULL &&
                  strcmp(saved, again) == 0,
              "from_json(to_json) saves the same state");
        r = kazcustoms_guarantee_office_obligation(resumed, "0001/501/04026/0001", &ob);
        check(r == KAZCUSTOMS_RESULT_OK && ob != NULL && strstr(ob, "\"fulfilled\"") != NULL,
              "the resumed office knows its obligations");
        kazcustoms_string_free(ob);
        ob = NULL;
        /* and numbers on where it stopped */
        r = kazcustoms_guarantee_office_register(resumed, APPLICATION_DEBT, OPTIONS, &ob);
        check(r == KAZCUSTOMS_RESULT_OK && ob != NULL && strstr(ob, "\"recipient_number\":\"0002\"") != NULL,
              "the resumed office knows its recipients: %.200s", ob ? ob : "");
        kazcustoms_string_free(ob);
        kazcustoms_string_free(again);
        kazcustoms_guarantee_office_free(resumed);
    }

    /* a corrupt state: another format version */
    corrupt = malloc(strlen(saved) + 1);
    if (check(corrupt != NULL, "malloc")) {
        memcpy(corrupt, saved, strlen(saved) + 1);
        at = strstr(corrupt, "\"format\":1");
        if (check(at != NULL, "the saved state has its format: %.100s", saved)) {
            at[strlen("\"format\":")] = '7';
            r = kazcustoms_guarantee_office_from_json(corrupt, &bad);
            check_input_error(r, KAZCUSTOMS_RESULT_INVALID_DOCUMENT, "from_json format 7");
            check(kazcustoms_last_error_input() != NULL && strcmp(kazcustoms_last_error_input(), "state") == 0,
                  "from_json format 7: input state");
        }
        free(corrupt);
    }
    r = kazcustoms_guarantee_office_from_json("{\"format\": 1}", &bad);
    check_input_error(r, KAZCUSTOMS_RESULT_INVALID_DOCUMENT, "from_json members missing");
    check(kazcustoms_last_error_input() != NULL && strcmp(kazcustoms_last_error_input(), "state") == 0,
          "from_json members missing: input state");
    {
        char *p = last_path();
        check(p != NULL && strncmp(p, "state", 5) == 0, "from_json members missing: path '%s'", p ? p : "(null)");
        free(p);
    }
    r = kazcustoms_guarantee_office_from_json("not json", &bad);
    check_input_error(r, KAZCUSTOMS_RESULT_INVALID_DOCUMENT, "from_json not JSON");
    check(bad == sentinel, "from_json wrote out on failure");
    kazcustoms_string_free(saved);
}

/* A consistent saved state: one recipient, one registered obligation, the
 * journal at its sequence 2 of 2026. */
static const char STATE[] =
    "{\"format\":1,\"office\":\"50101\","
    "\"journal\":{\"format\":1,\"kind\":\"guarantee\",\"issuer\":\"50101\",\"last_sequence\":2,"
    "\"last_date\":\"2026-02-04\"},"
    "\"recipients\":[{\"number\":\"0001\",\"recipient\":{\"name\":\"ТОО «АЛМА»\"},"
    "\"application_date\":\"2026-02-02\"}],"
    "\"obligations\":[{\"number\":\"0001/501/04026/0002\",\"registered\":\"2026-02-04\","
    "\"recipient_number\":\"0001\",\"recipient\":\"ТОО «АЛМА»\",\"destination_office\":\"50101\","
    "\"valid_until\":\"2026-03-04\",\"carriage\":{},\"state\":\"registered\"}],"
    "\"failed\":[]}";

/* STATE with its first `from` replaced by `to` (malloc'd); NULL after a
 * failed check. */
static char *edited(const char *from, const char *to) {
    const char *at = strstr(STATE, from);
    char *out;
    size_t head, n;
    if (!check(at != NULL, "'%s' is in the saved state", from)) {
        return NULL;
    }
    head = (size_t)(at - STATE);
    n = strlen(STATE) - strlen(from) + strlen(to);
    out = malloc(n + 1);
    if (!check(out != NULL, "malloc")) {
        return NULL;
    }
    memcpy(out, STATE, head);
    memcpy(out + head, to, strlen(to));
    memcpy(out + head + strlen(to), at + strlen(from), strlen(at + strlen(from)) + 1);
    return out;
}

/* Loading STATE edited from `from` to `to` fails at exactly `path`,
 * input state, out untouched. */
static void check_forged(const char *from, const char *to, const char *path) {
    kazcustoms_guarantee_office *o = (kazcustoms_guarantee_office *)&o;
    kazcustoms_guarantee_office *const sentinel = o;
    char *text = edited(from, to);
    char what[160];
    if (text == NULL) {
        return;
    }
    snprintf(what, sizeof what, "forged state (%s -> %s)", from, to);
    check_document_error(what, kazcustoms_guarantee_office_from_json(text, &o), path);
    check(kazcustoms_last_error_input() != NULL && strcmp(kazcustoms_last_error_input(), "state") == 0,
          "%s: input state", what);
    check(o == sentinel, "%s: out written on failure", what);
    free(text);
}

static void test_forged_states(void) {
    kazcustoms_guarantee_office *o = NULL;
    kazcustoms_date before = ymd(2026, 2, 3), on = ymd(2026, 2, 4);
    char *out = NULL;
    kazcustoms_result r = kazcustoms_guarantee_office_from_json(STATE, &o);

    /* the consistent state loads, and numbers on after sequence 2 */
    if (check(r == KAZCUSTOMS_RESULT_OK && o != NULL, "the consistent state loads: %s", result_name(r))) {
        r = kazcustoms_guarantee_office_register(o, APPLICATION, OPTIONS, &out);
        check(r == KAZCUSTOMS_RESULT_OK && out != NULL && strstr(out, "\"0001/501/04026/0003\"") != NULL,
              "the loaded office issues the next number: %.200s", out ? out : "");
        kazcustoms_string_free(out);
        kazcustoms_guarantee_office_free(o);
    }
    /* a journal behind the numbers it holds would issue 0001/501/04026/0002 again */
    check_forged("\"last_sequence\":2", "\"last_sequence\":1", "state.journal.last_sequence");
    check_forged("\"last_date\":\"2026-02-04\"", "\"last_date\":\"2026-02-03\"", "state.journal.last_date");
    /* a state its marks do not fit: fulfilled, never taken at departure */
    check_forged("\"state\":\"registered\"", "\"state\":\"fulfilled\"", "state.obligations[0].dcd_number");
    check_forged("\"carriage\":{}", "\"carriage\":{},\"returned_mark\":\"ВОЗВРАЩЕНО\"",
                 "state.obligations[0].returned_mark");
    check_forged("\"recipient_number\":\"0001\"", "\"recipient_number\":\"0002\"",
                 "state.obligations[0].recipient_number");
    check_forged("\"failed\":[]",
                 "\"failed\":[{\"recipient_number\":\"0001\",\"recipient\":\"ТОО «АЛМА»\","
                 "\"obligation\":\"0001/501/04026/0009\",\"valid_until\":\"2026-03-04\","
                 "\"entered\":\"2026-03-05\"}]",
                 "state.failed[0].obligation");
    /* a key given twice */
    check_forged("\"office\":\"50101\"", "\"office\":\"50101\",\"office\":\"50101\"", "state.office");

    /* with a reference date: the journal's last number is dated 2026-02-04 */
    o = NULL;
    r = kazcustoms_guarantee_office_from_json_at(STATE, &on, &o);
    check(r == KAZCUSTOMS_RESULT_OK && o != NULL, "from_json_at on the last date: %s", result_name(r));
    kazcustoms_guarantee_office_free(o);
    o = NULL;
    check_document_error("from_json_at the day before the last date",
                         kazcustoms_guarantee_office_from_json_at(STATE, &before, &o), "state.journal.last_date");
    check(o == NULL, "from_json_at: out written on failure");
    {
        kazcustoms_date bad = ymd(2026, 2, 30);
        BAD_ARG(kazcustoms_guarantee_office_from_json_at(STATE, &bad, &o), "from_json_at 30 February");
    }
    NULL_ARG(kazcustoms_guarantee_office_from_json_at(NULL, &on, &o), "from_json_at NULL json");
    NULL_ARG(kazcustoms_guarantee_office_from_json_at(STATE, &on, NULL), "from_json_at NULL out");
}

static void test_inputs(kazcustoms_guarantee_office *office) {
    char *out = (char *)&out;
    char *const sentinel = out;
    kazcustoms_guarantee_office *o = NULL;
    kazcustoms_result r;
    char *p;

    r = kazcustoms_guarantee_office_register(office, "{\"recipient\": 7}", OPTIONS, &out);
    check_input_error(r, KAZCUSTOMS_RESULT_INVALID_DOCUMENT, "register an unreadable application");
    p = last_path();
    check(kazcustoms_last_error_input() != NULL && strcmp(kazcustoms_last_error_input(), "document") == 0 && p &&
              strcmp(p, "document.recipient") == 0,
          "register an unreadable application: input document, path '%s'", p ? p : "(null)");
    free(p);
    r = kazcustoms_guarantee_office_register(office, APPLICATION, "{\"distance_km\": \"far\"}", &out);
    check_input_error(r, KAZCUSTOMS_RESULT_INVALID_DOCUMENT, "register with unreadable options");
    p = last_path();
    check(kazcustoms_last_error_input() != NULL && strcmp(kazcustoms_last_error_input(), "options") == 0 && p &&
              strcmp(p, "options.distance_km") == 0,
          "register with unreadable options: input options, path '%s'", p ? p : "(null)");
    free(p);
    BAD_ARG(kazcustoms_guarantee_office_register(office, "{\"destination_office\": \"62001\"}", NULL, &out),
            "register an application addressed to another office");
    check(out == sentinel, "register wrote out on failure");

    BAD_ARG(kazcustoms_guarantee_office_new("5010", &o), "office_new a 4-digit code");
    r = kazcustoms_guarantee_office_new("00000", &o);
    check(r == KAZCUSTOMS_RESULT_INVALID_NUMBER && strcmp(last_rule(), "NUM.OFFICE") == 0,
          "office_new 00000: %s '%s'", result_name(r), last_rule());
    check(o == NULL, "office_new wrote out on failure");
    BAD_ARG(kazcustoms_guarantee_office_expire(office, "0001/501/04026/0001", ymd(2026, 2, 30), &out),
            "expire on 2026-02-30");
    BAD_ARG(kazcustoms_guarantee_office_return_unused(office, "0001/501/04026/0001", "de", &out),
            "return_unused mark de");
    check(out == sentinel, "out written on failure");

    NULL_ARG(kazcustoms_guarantee_office_new(NULL, &o), "office_new office=NULL");
    NULL_ARG(kazcustoms_guarantee_office_new("50101", NULL), "office_new out=NULL");
    NULL_ARG(kazcustoms_guarantee_office_from_json(NULL, &o), "office_from_json json=NULL");
    NULL_ARG(kazcustoms_guarantee_office_from_json("{}", NULL), "office_from_json out=NULL");
    NULL_ARG(kazcustoms_guarantee_office_to_json(NULL, &out), "office_to_json office=NULL");
    NULL_ARG(kazcustoms_guarantee_office_to_json(office, NULL), "office_to_json out=NULL");
    NULL_ARG(kazcustoms_guarantee_office_register(NULL, APPLICATION, NULL, &out), "register office=NULL");
    NULL_ARG(kazcustoms_guarantee_office_register(office, NULL, NULL, &out), "register application=NULL");
    NULL_ARG(kazcustoms_guarantee_office_register(office, APPLICATION, NULL, NULL), "register out=NULL");
    NULL_ARG(kazcustoms_guarantee_office_take_at_departure(NULL, "x", "62001/10026/00017", NULL, &out),
             "take office=NULL");
    NULL_ARG(kazcustoms_guarantee_office_take_at_departure(office, NULL, "62001/10026/00017", NULL, &out),
             "take number=NULL");
    NULL_ARG(kazcustoms_guarantee_office_take_at_departure(office, "x", NULL, NULL, &out), "take dcd_number=NULL");
    NULL_ARG(kazcustoms_guarantee_office_take_at_departure(office, "x", "62001/10026/00017", NULL, NULL),
             "take out=NULL");
    NULL_ARG(kazcustoms_guarantee_office_fulfil(NULL, "x", NULL, "1", NULL, &out), "fulfil office=NULL");
    NULL_ARG(kazcustoms_guarantee_office_fulfil(office, NULL, NULL, "1", NULL, &out), "fulfil number=NULL");
    NULL_ARG(kazcustoms_guarantee_office_fulfil(office, "x", NULL, "1", NULL, NULL), "fulfil out=NULL");
    NULL_ARG(kazcustoms_guarantee_office_expire(NULL, "x", ymd(2026, 3, 5), &out), "expire office=NULL");
    NULL_ARG(kazcustoms_guarantee_office_expire(office, NULL, ymd(2026, 3, 5), &out), "expire number=NULL");
    NULL_ARG(kazcustoms_guarantee_office_expire(office, "x", ymd(2026, 3, 5), NULL), "expire out=NULL");
    NULL_ARG(kazcustoms_guarantee_office_fail(NULL, "x", ymd(2026, 3, 5), &out), "fail office=NULL");
    NULL_ARG(kazcustoms_guarantee_office_fail(office, NULL, ymd(2026, 3, 5), &out), "fail number=NULL");
    NULL_ARG(kazcustoms_guarantee_office_fail(office, "x", ymd(2026, 3, 5), NULL), "fail out=NULL");
    NULL_ARG(kazcustoms_guarantee_office_return_unused(NULL, "x", "kk", &out), "return office=NULL");
    NULL_ARG(kazcustoms_guarantee_office_return_unused(office, NULL, "kk", &out), "return number=NULL");
    NULL_ARG(kazcustoms_guarantee_office_return_unused(office, "x", NULL, &out), "return mark=NULL");
    NULL_ARG(kazcustoms_guarantee_office_return_unused(office, "x", "kk", NULL), "return out=NULL");
    NULL_ARG(kazcustoms_guarantee_office_obligation(NULL, "x", &out), "obligation office=NULL");
    NULL_ARG(kazcustoms_guarantee_office_obligation(office, NULL, &out), "obligation number=NULL");
    NULL_ARG(kazcustoms_guarantee_office_obligation(office, "x", NULL), "obligation out=NULL");
    NULL_ARG(kazcustoms_guarantee_office_code(NULL, &out), "code office=NULL");
    NULL_ARG(kazcustoms_guarantee_office_code(office, NULL), "code out=NULL");
    NULL_ARG(kazcustoms_guarantee_office_obligations_json(NULL, &out), "obligations_json office=NULL");
    NULL_ARG(kazcustoms_guarantee_office_obligations_json(office, NULL), "obligations_json out=NULL");
    NULL_ARG(kazcustoms_guarantee_office_recipients_json(NULL, &out), "recipients_json office=NULL");
    NULL_ARG(kazcustoms_guarantee_office_recipients_json(office, NULL), "recipients_json out=NULL");
    NULL_ARG(kazcustoms_guarantee_office_failed_json(NULL, &out), "failed_json office=NULL");
    NULL_ARG(kazcustoms_guarantee_office_failed_json(office, NULL), "failed_json out=NULL");
    check(out == sentinel, "out written on failure");
    kazcustoms_guarantee_office_free(NULL);
}

#define OFFICE_THREADS 4
#define OFFICE_REGISTRATIONS 10

/* One thread's registrations on a shared office. */
typedef struct office_worker {
    kazcustoms_guarantee_office *office;
    char numbers[OFFICE_REGISTRATIONS][32];
    int errors;
} office_worker;

static void *register_many(void *arg) {
    office_worker *w = arg;
    int i;
    for (i = 0; i < OFFICE_REGISTRATIONS; i++) {
        char *out = NULL;
        char error[64];
        json_value *v;
        const char *n;
        w->numbers[i][0] = '\0';
        if (kazcustoms_guarantee_office_register(w->office, APPLICATION, OPTIONS, &out) != KAZCUSTOMS_RESULT_OK) {
            w->errors++;
            continue;
        }
        v = json_parse(out, strlen(out), error, sizeof error);
        n = json_str(json_get(v, "number"));
        if (n == NULL || strlen(n) >= sizeof w->numbers[i]) {
            w->errors++;
        } else {
            memcpy(w->numbers[i], n, strlen(n) + 1);
        }
        json_free(v);
        kazcustoms_string_free(out);
    }
    return NULL;
}

/* Several threads register on one office: every obligation gets its own
 * number, none is skipped, and the journal holds them all. */
static void test_office_threads(void) {
    static office_worker workers[OFFICE_THREADS];
    pthread_t threads[OFFICE_THREADS];
    int seen[OFFICE_THREADS * OFFICE_REGISTRATIONS + 1] = {0};
    kazcustoms_guarantee_office *office = NULL;
    char *journal = NULL;
    json_value *v;
    int i, k, started = 0, errors = 0, bad = 0;
    if (!check(kazcustoms_guarantee_office_new("50101", &office) == KAZCUSTOMS_RESULT_OK, "threads: office")) {
        return;
    }
    for (i = 0; i < OFFICE_THREADS; i++) {
        workers[i].office = office;
        workers[i].errors = 0;
        if (pthread_create(&threads[i], NULL, register_many, &workers[i]) == 0) {
            started++;
        }
    }
    for (i = 0; i < started; i++) {
        pthread_join(threads[i], NULL);
    }
    check(started == OFFICE_THREADS, "office threads: started %d", started);
    for (i = 0; i < started; i++) {
        errors += workers[i].errors;
        for (k = 0; k < OFFICE_REGISTRATIONS; k++) {
            /* 0001/501/04026/NNNN: the sequence is the last group */
            const char *n = workers[i].numbers[k];
            long seq = strlen(n) == 19 ? strtol(n + 15, NULL, 10) : 0;
            if (seq < 1 || seq > OFFICE_THREADS * OFFICE_REGISTRATIONS || seen[seq]++) {
                bad++;
            }
        }
    }
    check(errors == 0 && bad == 0, "office threads: %d errors, %d duplicate or odd numbers", errors, bad);
    check(kazcustoms_guarantee_office_obligations_json(office, &journal) == KAZCUSTOMS_RESULT_OK,
          "office threads: obligations_json");
    v = parse_out("office threads: obligations_json", journal);
    check(json_count(v) == OFFICE_THREADS * OFFICE_REGISTRATIONS, "office threads: %lu obligations in the journal",
          (unsigned long)json_count(v));
    json_free(v);
    kazcustoms_string_free(journal);
    kazcustoms_guarantee_office_free(office);
}

void test_office(void) {
    kazcustoms_guarantee_office *office = NULL;
    kazcustoms_result r = kazcustoms_guarantee_office_new("50101", &office);
    if (!check(r == KAZCUSTOMS_RESULT_OK && office != NULL, "guarantee_office_new: %s", result_name(r))) {
        return;
    }
    test_register_take_fulfil(office);
    test_refusal_expiry_failure(office);
    test_registers(office);
    test_state_round_trip(office);
    test_forged_states();
    test_inputs(office);
    kazcustoms_guarantee_office_free(office);
    test_office_threads();
}
