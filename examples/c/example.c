/*
 * kazcustoms from C: parse the registration numbers of a file, compute and
 * check a delivery deadline, issue numbers from a journal and save it, and
 * validate two delivery control documents (DCD), printing every violation
 * and the text of the departure stamp.
 *
 *   make run-c       (or: example [numbers.txt [dcd_valid.json dcd_invalid.json]])
 *
 * The numbers file has one number per line: "kind<TAB>text"; the DCDs are
 * JSON (README, "The delivery control document"). Every call returns a
 * kazcustoms_result; on failure the thread's last error gives the rule id,
 * a message in Kazakh, Russian or English and, for a document that cannot
 * be read, the JSON path of the offending field.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kazcustoms.h"

/* The last error as "RULE: message" (or just the message for an input
 * error), in `lang`, into `out`. */
static void describe_error(const char *lang, char *out, size_t size) {
    char rule[32] = "";
    size_t n = 0;
    char *message;
    if (kazcustoms_last_error_rule(rule, sizeof rule, &n) != KAZCUSTOMS_RESULT_OK) {
        rule[0] = '\0';
    }
    /* Ask for the length first (BUFFER_TOO_SMALL gives it), then read. */
    if (kazcustoms_last_error_message(lang, NULL, 0, &n) == KAZCUSTOMS_RESULT_NULL_ARGUMENT) {
        n = 0;
    }
    message = malloc(n + 1);
    if (message == NULL || kazcustoms_last_error_message(lang, message, n + 1, &n) != KAZCUSTOMS_RESULT_OK) {
        snprintf(out, size, "%s", rule[0] ? rule : "error");
    } else if (rule[0] != '\0') {
        snprintf(out, size, "%s: %s", rule, message);
    } else {
        snprintf(out, size, "%s", message);
    }
    free(message);
}

static void print_number(const kazcustoms_number *n) {
    printf("%s %04d-%02u-%02u, sequence %u", kazcustoms_kind_name(n->kind), (int)n->date.year,
           (unsigned)n->date.month, (unsigned)n->date.day, (unsigned)n->sequence);
    if (n->office[0]) {
        printf(", office %s", n->office);
    }
    if (n->office_prefix[0]) {
        printf(", office prefix %s", n->office_prefix);
    }
    if (n->recipient[0]) {
        printf(", recipient %s", n->recipient);
    }
    if (n->licence[0]) {
        printf(", licence …%s", n->licence);
    }
}

/* Prints `text` left-aligned in `width` columns, counting UTF-8 code points
 * rather than bytes so that a pasted en dash does not shift the columns. */
static void print_padded(const char *text, int width) {
    int chars = 0;
    const char *p;
    for (p = text; *p; p++) {
        chars += ((unsigned char)*p & 0xC0) != 0x80;
    }
    printf("%s%*s", text, width > chars ? width - chars : 0, "");
}

static int parse_file(const char *path, const kazcustoms_date *reference) {
    FILE *f = fopen(path, "r");
    char line[512];
    char error[1024];
    if (f == NULL) {
        perror(path);
        return 1;
    }
    printf("Numbers from %s (reference date %04d-%02u-%02u):\n", path, (int)reference->year,
           (unsigned)reference->month, (unsigned)reference->day);
    while (fgets(line, sizeof line, f) != NULL) {
        char *tab = strchr(line, '\t');
        char *kind = line, *text;
        kazcustoms_number n;
        line[strcspn(line, "\r\n")] = '\0';
        if (tab == NULL || line[0] == '#') {
            continue;
        }
        *tab = '\0';
        text = tab + 1;
        fputs("  ", stdout);
        print_padded(kind, 19);
        print_padded(text, 23);
        if (kazcustoms_parse_number(kind, text, reference, NULL, &n) == KAZCUSTOMS_RESULT_OK) {
            fputs("ok: ", stdout);
            print_number(&n);
            putchar('\n');
            continue;
        }
        describe_error("en", error, sizeof error);
        printf("%s\n", error);
        /* Pasted text may only need normalizing: say so, never do it silently. */
        {
            char *normalized = NULL;
            if (kazcustoms_normalize(text, &normalized) == KAZCUSTOMS_RESULT_OK && strcmp(normalized, text) != 0 &&
                kazcustoms_parse_number(kind, normalized, reference, NULL, &n) == KAZCUSTOMS_RESULT_OK) {
                printf("  %-18s %-22s would be valid after kazcustoms_normalize: %s\n", "", "", normalized);
            }
            kazcustoms_string_free(normalized);
        }
    }
    fclose(f);
    return 0;
}

static int deadline(void) {
    const kazcustoms_date start = {2026, 1, 31};
    const kazcustoms_date proposed = {2026, 3, 20};
    const double km = 3000;
    static const char *const conventions[] = {"calendar", "thirty_day"};
    char error[1024];
    char *report = NULL;
    size_t i;
    printf("\nDelivery deadline, %g km from 2026-01-31 at 2000 km per month:\n", km);
    for (i = 0; i < 2; i++) {
        kazcustoms_date limit;
        if (kazcustoms_delivery_deadline(start, km, conventions[i], &limit) != KAZCUSTOMS_RESULT_OK) {
            describe_error("en", error, sizeof error);
            fprintf(stderr, "delivery_deadline: %s\n", error);
            return 1;
        }
        printf("  %-10s %04d-%02u-%02u\n", conventions[i], (int)limit.year, (unsigned)limit.month,
               (unsigned)limit.day);
    }
    if (kazcustoms_check_deadline(start, km, proposed, "calendar", "ru", &report) != KAZCUSTOMS_RESULT_OK) {
        describe_error("en", error, sizeof error);
        fprintf(stderr, "check_deadline: %s\n", error);
        return 1;
    }
    printf("  proposed 2026-03-20, report in Russian:\n  %s\n", report);
    kazcustoms_string_free(report);
    /* A distance of zero is an input error, not a violation: no rule id. */
    {
        kazcustoms_date limit;
        if (kazcustoms_delivery_deadline(start, 0, "calendar", &limit) != KAZCUSTOMS_RESULT_OK) {
            describe_error("kk", error, sizeof error);
            printf("  0 km: %s\n", error);
        }
    }
    return 0;
}

static int journal(void) {
    kazcustoms_journal *j = NULL, *resumed = NULL;
    kazcustoms_number n;
    char *state = NULL;
    char error[1024];
    static const kazcustoms_date days[] = {{2026, 12, 30}, {2026, 12, 31}, {2027, 1, 4}, {2026, 12, 31}};
    size_t i;
    printf("\nJournal of DCD numbers of office 50101:\n");
    if (kazcustoms_journal_new("dcd", "50101", &j) != KAZCUSTOMS_RESULT_OK) {
        describe_error("en", error, sizeof error);
        fprintf(stderr, "journal_new: %s\n", error);
        return 1;
    }
    for (i = 0; i < sizeof days / sizeof days[0]; i++) {
        printf("  issue on %04d-%02u-%02u: ", (int)days[i].year, (unsigned)days[i].month, (unsigned)days[i].day);
        if (kazcustoms_journal_issue(j, days[i], NULL, &n) == KAZCUSTOMS_RESULT_OK) {
            printf("%s\n", n.text);
        } else {
            describe_error("en", error, sizeof error);
            printf("%s\n", error);
        }
    }
    if (kazcustoms_journal_to_json(j, &state) == KAZCUSTOMS_RESULT_OK &&
        kazcustoms_journal_from_json(state, &resumed) == KAZCUSTOMS_RESULT_OK &&
        kazcustoms_journal_issue(resumed, (kazcustoms_date){2027, 1, 5}, NULL, &n) == KAZCUSTOMS_RESULT_OK) {
        printf("  saved: %s\n  resumed, next: %s\n", state, n.text);
    }
    kazcustoms_string_free(state);
    kazcustoms_journal_free(resumed);
    kazcustoms_journal_free(j);
    return 0;
}

/* ------------------------------------------------------------------ */
/* Delivery control documents                                          */
/* ------------------------------------------------------------------ */

/* Reads a whole file (malloc'd, NUL-terminated), or NULL. */
static char *read_file(const char *path) {
    FILE *f = fopen(path, "rb");
    char *text = NULL;
    size_t length = 0, capacity = 0, n;
    if (f == NULL) {
        return NULL;
    }
    do {
        if (capacity - length < 4096) {
            char *grown = realloc(text, capacity = capacity * 2 + 4096);
            if (grown == NULL) {
                free(text);
                fclose(f);
                return NULL;
            }
            text = grown;
        }
        n = fread(text + length, 1, capacity - length - 1, f);
        length += n;
    } while (n > 0);
    fclose(f);
    text[length] = '\0';
    return text;
}

/*
 * Just enough of a JSON reader for the report (README, "The report"):
 * {"ok":…,"lang":…,"violations":[{"rule":"…","field":"…","message":"…",
 * …,"item":2,"sheet":1},…]}. The library writes it compactly, UTF-8, with
 * only quotes, backslashes and control characters escaped.
 */
static const char *skip_space(const char *p) {
    while (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t') {
        p++;
    }
    return p;
}

/* Reads the string at `p` (at its quote) into `out`, cut to `size`;
 * returns the position after it, or NULL. */
static const char *read_string(const char *p, char *out, size_t size) {
    size_t n = 0;
    if (*p++ != '"') {
        return NULL;
    }
    while (*p != '"') {
        char c = *p++;
        if (c == '\0') {
            return NULL;
        }
        if (c == '\\') {
            c = *p++;
            switch (c) {
            case 'n': c = '\n'; break;
            case 't': c = '\t'; break;
            case 'r': case 'b': case 'f': c = ' '; break;
            case 'u': /* only control characters are escaped so */
                if (strlen(p) < 4) {
                    return NULL;
                }
                p += 4;
                c = ' ';
                break;
            case '\0': return NULL;
            default: break; /* '"', '\\', '/' */
            }
        }
        if (n + 1 < size) {
            out[n++] = c;
        }
    }
    if (size > 0) {
        out[n] = '\0';
    }
    return p + 1;
}

/* Skips the value at `p`; returns the position after it, or NULL. */
static const char *skip_value(const char *p) {
    int depth = 0;
    char scratch[1];
    do {
        p = skip_space(p);
        if (*p == '"') {
            p = read_string(p, scratch, 0);
            if (p == NULL) {
                return NULL;
            }
        } else if (*p == '{' || *p == '[') {
            depth++;
            p++;
        } else if (*p == '}' || *p == ']') {
            depth--;
            p++;
        } else if (*p == ',' || *p == ':') {
            p++;
        } else if (*p == '\0') {
            return NULL;
        } else {
            while (*p && strchr(",:]} \n\r\t", *p) == NULL) {
                p++;
            }
        }
    } while (depth > 0);
    return p;
}

/* Prints one violation of the report at `p` (at its '{') as
 * "RULE  column N[, sheet S, item I]  message"; returns the position after
 * it, or NULL. */
static const char *print_violation(const char *p) {
    char key[16], rule[64] = "", field[16] = "", message[1024] = "", where[64];
    long item = 0, sheet = 0;
    p = skip_space(p + 1);
    while (p != NULL && *p == '"') {
        p = read_string(p, key, sizeof key);
        if (p == NULL || *(p = skip_space(p)) != ':') {
            return NULL;
        }
        p = skip_space(p + 1);
        if (strcmp(key, "rule") == 0) {
            p = read_string(p, rule, sizeof rule);
        } else if (strcmp(key, "field") == 0) {
            p = read_string(p, field, sizeof field);
        } else if (strcmp(key, "message") == 0) {
            p = read_string(p, message, sizeof message);
        } else if (strcmp(key, "item") == 0 || strcmp(key, "sheet") == 0) {
            long value = strtol(p, NULL, 10); /* 0 for null */
            *(key[0] == 'i' ? &item : &sheet) = value;
            p = skip_value(p);
        } else {
            p = skip_value(p);
        }
        if (p != NULL && *(p = skip_space(p)) == ',') {
            p = skip_space(p + 1);
        }
    }
    if (p == NULL || *p != '}') {
        return NULL;
    }
    if (sheet > 0 && item > 0) {
        snprintf(where, sizeof where, "column %s, sheet %ld, item %ld", field, sheet, item);
    } else {
        snprintf(where, sizeof where, "column %s", field);
    }
    printf("  %-20s %-28s %s\n", rule, where, message);
    return p + 1;
}

/* Prints the violations of a report, or "OK, no violations". */
static int print_report(const char *report) {
    const char *p = skip_space(report);
    char key[16];
    int count = 0;
    if (*p++ != '{') {
        return 1;
    }
    while (p != NULL && *(p = skip_space(p)) == '"') {
        p = read_string(p, key, sizeof key);
        if (p == NULL || *(p = skip_space(p)) != ':') {
            return 1;
        }
        p = skip_space(p + 1);
        if (strcmp(key, "violations") != 0) {
            p = skip_value(p);
        } else if (*p == '[') {
            p = skip_space(p + 1);
            while (p != NULL && *p == '{') {
                p = print_violation(p);
                count++;
                if (p != NULL && *(p = skip_space(p)) == ',') {
                    p = skip_space(p + 1);
                }
            }
            if (p == NULL || *p++ != ']') {
                return 1;
            }
        }
        if (p != NULL && *(p = skip_space(p)) == ',') {
            p++;
        }
    }
    if (p == NULL) {
        fprintf(stderr, "the report is not the expected JSON\n");
        return 1;
    }
    if (count == 0) {
        printf("  OK, no violations\n");
    }
    return 0;
}

/* Validates the DCD in `path` with `options` and prints its report;
 * prints the text of stamp figure 1 when `stamp` is set. */
static int validate_file(const char *path, const char *options, int stamp) {
    char error[1024];
    char *document = read_file(path);
    char *report = NULL;
    int status = 0;
    if (document == NULL) {
        perror(path);
        return 1;
    }
    printf("\nDCD %s, options %s:\n", path, options);
    if (kazcustoms_validate_json("dcd", document, options, &report) != KAZCUSTOMS_RESULT_OK) {
        describe_error("en", error, sizeof error);
        fprintf(stderr, "validate_json: %s\n", error);
        free(document);
        return 1;
    }
    status |= print_report(report);
    kazcustoms_string_free(report);
    if (stamp) {
        static const char *const langs[] = {"kk", "ru"};
        size_t i;
        for (i = 0; i < 2; i++) {
            char *text = NULL;
            const char *line;
            if (kazcustoms_dcd_stamp(document, 1, langs[i], &text) != KAZCUSTOMS_RESULT_OK) {
                describe_error("en", error, sizeof error);
                fprintf(stderr, "dcd_stamp: %s\n", error);
                status = 1;
                continue;
            }
            printf("  Stamp figure 1 (column C), %s:\n", langs[i]);
            for (line = text; *line;) {
                size_t n = strcspn(line, "\n");
                printf("    | %.*s\n", (int)n, line);
                line += n + (line[n] == '\n');
            }
            kazcustoms_string_free(text);
        }
    }
    free(document);
    return status;
}

static int documents(const char *valid, const char *invalid) {
    /* The US dollar rate is the rate on each DCD's acceptance date (column
     * 46); the fixed reference date keeps the output reproducible. */
    const char *valid_options = "{\"reference\": \"2026-11-22\", \"usd_rate\": 470.0}";
    const char *invalid_options = "{\"reference\": \"2026-11-22\", \"usd_rate\": 505.0, \"lang\": \"en\"}";
    char error[1024];
    char *out = NULL;
    int status = 0;
    status |= validate_file(valid, valid_options, 1);
    status |= validate_file(invalid, invalid_options, 0);

    /* Text that is not a DCD at all is an input error naming the JSON path. */
    printf("\nNot a DCD:\n");
    if (kazcustoms_validate_json("dcd", "{\"packages\": \"24\"}", NULL, &out) == KAZCUSTOMS_RESULT_INVALID_DOCUMENT) {
        char path[128];
        size_t n = 0;
        if (kazcustoms_last_error_path(path, sizeof path, &n) != KAZCUSTOMS_RESULT_OK) {
            path[0] = '\0';
        }
        describe_error("en", error, sizeof error);
        printf("  {\"packages\": \"24\"}: INVALID_DOCUMENT at %s: %s\n", path, error);
    } else {
        kazcustoms_string_free(out);
        status = 1;
    }

    /* The lifecycle: drafted -> registered -> arrived -> completed. */
    printf("\nLifecycle:\n");
    if (kazcustoms_dcd_transition("drafted", "registered", &out) == KAZCUSTOMS_RESULT_OK) {
        printf("  drafted -> registered: %s\n", out);
        kazcustoms_string_free(out);
    }
    if (kazcustoms_dcd_transition("registered", "completed", &out) == KAZCUSTOMS_RESULT_VIOLATION) {
        describe_error("ru", error, sizeof error);
        printf("  registered -> completed: %s\n", error);
    }
    return status;
}

int main(int argc, char **argv) {
    const char *path = argc > 1 ? argv[1] : "examples/data/numbers.txt";
    /* A fixed reference date keeps the output reproducible; NULL means today. */
    const kazcustoms_date reference = {2026, 11, 22};
    int status = 0;
    printf("libkazcustoms %s (C)\n\n", kazcustoms_version());
    status |= parse_file(path, &reference);
    status |= deadline();
    status |= journal();
    status |= documents(argc > 3 ? argv[2] : "examples/data/dcd_valid.json",
                        argc > 3 ? argv[3] : "examples/data/dcd_invalid.json");
    return status;
}
