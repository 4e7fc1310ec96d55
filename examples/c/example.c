/*
 * kazcustoms from C: parse the registration numbers of a file, compute and
 * check a delivery deadline, issue numbers from a journal and save it
 * durably to a file (README, "Saved states") and resume it,
 * validate two delivery control documents (DCD), printing every violation
 * and the text of the departure stamp; then the working-day calendar
 * around Nauryz, a short declaration checked for lateness, a guarantee
 * application decided and the guarantee's lifecycle, the arrival of the
 * goods registered, the journal of arrivals exported as CSV in Russian,
 * accompanying documents used as a DCD, a TIR carnet checked at departure
 * and at destination, a customs escort decision with its fee and teams, an
 * empty foreign vehicle's certificate with its two terms, and a DCD with its
 * identification means, and a security document (ДПОУ, R3) checked, with
 * the DCD that cites another one checked against it (options
 * "security_documents"); the reports are read through the report handle
 * (kazcustoms_validate and its accessors), no JSON parser needed; last, a
 * company name from a legacy system converted from CP1251.
 *
 *   make run-c       (or: example [numbers.txt [dcd_valid.json dcd_invalid.json
 *                                  [short_declaration.json guarantee_application.json]]])
 *
 * The numbers file has one number per line: "kind<TAB>text"; the documents
 * are JSON (README, "The delivery control document"; the core's module docs
 * for the short declaration, the guarantee application and the arrival).
 * Every call returns a kazcustoms_result; on failure the thread's last
 * error gives the rule id, a message in Kazakh, Russian or English and, for
 * a document that cannot be read, the JSON path of the offending field.
 */
/* POSIX for the durable save: open, fsync, rename, mkdtemp. */
#define _POSIX_C_SOURCE 200809L

#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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

/* Writes `text` to `dir`/`name` so that a crash leaves the old file or the
 * new one, whole: a temporary file in the same directory, flushed to the
 * disk, renamed over the file, then the directory flushed so that the
 * rename itself survives. 0 on success, -1 on an error (errno set). */
static int save_durably(const char *dir, const char *name, const char *text) {
    char path[512], tmp[520];
    size_t done = 0, n = strlen(text);
    int fd, ok;
    snprintf(path, sizeof path, "%s/%s", dir, name);
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0) {
        return -1;
    }
    while (done < n) {
        ssize_t w = write(fd, text + done, n - done);
        if (w < 0) {
            close(fd);
            return -1;
        }
        done += (size_t)w;
    }
    ok = fsync(fd) == 0;
    ok = close(fd) == 0 && ok;
    if (!ok || rename(tmp, path) != 0) {
        return -1;
    }
    fd = open(dir, O_RDONLY);
    if (fd < 0) {
        return -1;
    }
    ok = fsync(fd) == 0;
    ok = close(fd) == 0 && ok;
    return ok ? 0 : -1;
}

static char *read_file(const char *path);

/* The journal's state saved durably in a new temporary directory, read
 * back and resumed with a reference date (which refuses a journal dated
 * after it); the directory is removed. */
static int save_and_resume(const char *state, const kazcustoms_date *reference) {
    char dir[] = "/tmp/kazcustoms-XXXXXX", path[512], error[1024];
    char *text;
    kazcustoms_journal *resumed = NULL;
    kazcustoms_number n;
    int status = 1;
    if (mkdtemp(dir) == NULL) {
        perror("mkdtemp");
        return 1;
    }
    snprintf(path, sizeof path, "%s/journal.json", dir);
    if (save_durably(dir, "journal.json", state) != 0) {
        perror(path);
    } else if ((text = read_file(path)) != NULL) {
        if (kazcustoms_journal_from_json_at(text, reference, &resumed) == KAZCUSTOMS_RESULT_OK &&
            kazcustoms_journal_issue(resumed, (kazcustoms_date){2027, 1, 5}, NULL, &n) == KAZCUSTOMS_RESULT_OK) {
            printf("  saved to a file and resumed on 2027-01-05, next: %s\n", n.text);
            status = 0;
        } else {
            describe_error("en", error, sizeof error);
            printf("  resumed: %s\n", error);
        }
        kazcustoms_journal_free(resumed);
        free(text);
    }
    unlink(path);
    rmdir(dir);
    return status;
}

static int journal(void) {
    kazcustoms_journal *j = NULL, *resumed = NULL;
    kazcustoms_number n;
    char *state = NULL;
    char error[1024];
    static const kazcustoms_date days[] = {{2026, 12, 30}, {2026, 12, 31}, {2027, 1, 4}, {2026, 12, 31}};
    size_t i;
    int status = 0;
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
    if (state != NULL) {
        const kazcustoms_date reference = {2027, 1, 5};
        status |= save_and_resume(state, &reference);
    }
    kazcustoms_string_free(state);
    kazcustoms_journal_free(resumed);
    kazcustoms_journal_free(j);
    return status;
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
 * {"ok":…,"lang":…,"found":…,"truncated":…,"violations":[{"rule":"…","field":"…","message":"…",
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
    char key[16], rule[64] = "", field[64] = "", message[1024] = "", where[128];
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

/* Prints the violations of a report handle, as print_report() prints the
 * JSON report, or "OK, no violations": read with the accessors, no JSON
 * parser needed. The strings are the report's, valid until it is freed. */
static int print_handle(const kazcustoms_report *report) {
    size_t i, n = kazcustoms_report_count(report);
    char where[128];
    for (i = 0; i < n; i++) {
        uint32_t sheet = kazcustoms_report_sheet(report, i), item = kazcustoms_report_item(report, i);
        const char *field = kazcustoms_report_field(report, i);
        if (sheet > 0 && item > 0) {
            snprintf(where, sizeof where, "column %s, sheet %lu, item %lu", field, (unsigned long)sheet,
                     (unsigned long)item);
        } else {
            snprintf(where, sizeof where, "column %s", field);
        }
        /* NULL: the message in the report's language, the options' "lang". */
        printf("  %-20s %-28s %s\n", kazcustoms_report_rule(report, i), where,
               kazcustoms_report_message(report, i, NULL));
    }
    if (kazcustoms_report_truncated(report)) {
        printf("  … %lu violations found in all\n", (unsigned long)kazcustoms_report_found(report));
    }
    if (n == 0) {
        printf("  OK, no violations\n");
    }
    return 0;
}

/* Validates the DCD in `path` with `options` and prints its report;
 * prints the text of stamp figure 1 when `stamp` is set. */
static int validate_file(const char *path, const char *options, int stamp) {
    char error[1024];
    char *document = read_file(path);
    kazcustoms_report *report = NULL;
    int status = 0;
    if (document == NULL) {
        perror(path);
        return 1;
    }
    printf("\nDCD %s, options %s:\n", path, options);
    if (kazcustoms_validate("dcd", document, options, &report) != KAZCUSTOMS_RESULT_OK) {
        describe_error("en", error, sizeof error);
        fprintf(stderr, "validate: %s\n", error);
        free(document);
        return 1;
    }
    status |= print_handle(report);
    kazcustoms_report_free(report);
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

/* ------------------------------------------------------------------ */
/* Working days, short declaration, guarantee, arrival, journals       */
/* ------------------------------------------------------------------ */

/* `text` with every `from` replaced by `to` (malloc'd), or NULL. */
static char *replace_all(const char *text, const char *from, const char *to) {
    size_t count = 0, nf = strlen(from), nt = strlen(to);
    const char *p;
    char *out, *w;
    for (p = strstr(text, from); p != NULL; p = strstr(p + nf, from)) {
        count++;
    }
    out = malloc(strlen(text) + count * (nt > nf ? nt - nf : 0) + 1);
    if (out == NULL) {
        return NULL;
    }
    for (w = out, p = text;;) {
        const char *hit = strstr(p, from);
        size_t n = hit != NULL ? (size_t)(hit - p) : strlen(p);
        memcpy(w, p, n);
        w += n;
        if (hit == NULL) {
            break;
        }
        memcpy(w, to, nt);
        w += nt;
        p = hit + nf;
    }
    *w = '\0';
    return out;
}

/* The raw JSON text of the member `key` of the object `json` (malloc'd), or
 * NULL: e.g. the "entry" object of an arrival record. */
static char *member(const char *json, const char *key) {
    const char *p = skip_space(json);
    char name[32];
    if (*p++ != '{') {
        return NULL;
    }
    while (p != NULL && *(p = skip_space(p)) == '"') {
        const char *start, *end;
        p = read_string(p, name, sizeof name);
        if (p == NULL || *(p = skip_space(p)) != ':') {
            return NULL;
        }
        start = skip_space(p + 1);
        end = skip_value(start);
        if (end == NULL) {
            return NULL;
        }
        if (strcmp(name, key) == 0) {
            char *out = malloc((size_t)(end - start) + 1);
            if (out != NULL) {
                memcpy(out, start, (size_t)(end - start));
                out[end - start] = '\0';
            }
            return out;
        }
        p = skip_space(end);
        if (*p == ',') {
            p++;
        }
    }
    return NULL;
}

/* The string member `key` of `json` into `out` ("" when absent or null). */
static void member_string(const char *json, const char *key, char *out, size_t size) {
    char *raw = member(json, key);
    out[0] = '\0';
    if (raw != NULL && raw[0] == '"' && read_string(raw, out, size) == NULL) {
        out[0] = '\0';
    }
    free(raw);
}

/* Prints a multi-line text indented, one "| " per line. */
static void print_lines(const char *text) {
    const char *line;
    for (line = text; *line;) {
        size_t n = strcspn(line, "\r\n");
        printf("    | %.*s\n", (int)n, line);
        line += n;
        line += line[0] == '\r' && line[1] == '\n' ? 2 : line[0] != '\0';
    }
}

/* Validates `document` as `kind` with `options` and prints the report. */
static int validate_and_print(const char *kind, const char *document, const char *options) {
    char error[1024];
    kazcustoms_report *report = NULL;
    int status;
    if (kazcustoms_validate(kind, document, options, &report) != KAZCUSTOMS_RESULT_OK) {
        describe_error("en", error, sizeof error);
        fprintf(stderr, "validate %s: %s\n", kind, error);
        return 1;
    }
    status = print_handle(report);
    kazcustoms_report_free(report);
    return status;
}

/* Goods arrived on Friday 20 March 2026, before Nauryz: the working-day
 * calendar, and a short declaration filed on the next working day (in
 * time) and the day after (late). */
static int short_declaration(const char *path) {
    const kazcustoms_date arrived = {2026, 3, 20};
    const char *options = "{\"reference\": \"2026-11-22\", \"lang\": \"en\"}";
    char error[1024];
    char *document = read_file(path), *late = NULL, *late2 = NULL;
    kazcustoms_date next;
    uint32_t day;
    int status = 0;
    if (document == NULL) {
        perror(path);
        return 1;
    }
    printf("\nWorking days after Friday 2026-03-20 (built-in calendar of Kazakhstan):\n");
    for (day = 21; day <= 26; day++) {
        const kazcustoms_date d = {2026, 3, day};
        char *json = NULL;
        char kind[32], text[256];
        if (kazcustoms_day_kind(NULL, d, "en", &json) != KAZCUSTOMS_RESULT_OK) {
            describe_error("en", error, sizeof error);
            fprintf(stderr, "day_kind: %s\n", error);
            free(document);
            return 1;
        }
        member_string(json, "kind", kind, sizeof kind);
        member_string(json, "text", text, sizeof text);
        printf("  2026-03-%02u  %-14s %s\n", (unsigned)day, kind, text);
        kazcustoms_string_free(json);
    }
    if (kazcustoms_next_working_day(NULL, arrived, &next) != KAZCUSTOMS_RESULT_OK) {
        describe_error("en", error, sizeof error);
        fprintf(stderr, "next_working_day: %s\n", error);
        free(document);
        return 1;
    }
    printf("  the short declaration is in time up to the next working day, %04d-%02u-%02u\n", (int)next.year,
           (unsigned)next.month, (unsigned)next.day);

    printf("\nShort declaration %s, filed on 2026-03-26:\n", path);
    status |= validate_and_print("short_declaration", document, options);
    /* The same declaration filed and registered a day later. */
    late = replace_all(document, "2026-03-26", "2026-03-27");
    late2 = late != NULL ? replace_all(late, "/26036/", "/27036/") : NULL;
    if (late2 == NULL) {
        status = 1;
    } else {
        printf("The same, filed on 2026-03-27:\n");
        status |= validate_and_print("short_declaration", late2, options);
    }
    free(late);
    free(late2);
    free(document);
    return status;
}

/* A guarantee application decided on 10 March 2026, and the obligation's
 * lifecycle. */
static int guarantee(const char *path) {
    const char *options = "{\"reference\": \"2026-03-10\", \"offices\": [\"50101\", \"50102\"], \"lang\": \"ru\"}";
    static const char *const steps[][2] = {
        {"applied", "registered"}, {"registered", "used"}, {"used", "fulfilled"}, {"used", "used"}};
    char error[1024];
    char *document = read_file(path), *late;
    size_t i;
    int status = 0;
    if (document == NULL) {
        perror(path);
        return 1;
    }
    printf("\nGuarantee application %s (filed Friday 2026-03-06, decided 2026-03-10), report in Russian:\n",
           path);
    status |= validate_and_print("guarantee_application", document, options);
    /* Two working days to decide: Monday 9 March is the day off for 8 March,
     * so the term ends on Wednesday 11 March; a decision on the 12th is late. */
    late = replace_all(document, "\"2026-03-10\"", "\"2026-03-12\"");
    if (late == NULL) {
        status = 1;
    } else {
        printf("The same, decided on 2026-03-12:\n");
        status |= validate_and_print("guarantee_application", late, options);
        free(late);
    }
    printf("Lifecycle of the obligation:\n");
    for (i = 0; i < sizeof steps / sizeof steps[0]; i++) {
        char *state = NULL;
        if (kazcustoms_guarantee_transition(steps[i][0], steps[i][1], &state) == KAZCUSTOMS_RESULT_OK) {
            printf("  %s -> %s\n", steps[i][0], state);
            kazcustoms_string_free(state);
        } else {
            describe_error("ru", error, sizeof error);
            printf("  %s -> %s: %s\n", steps[i][0], steps[i][1], error);
        }
    }
    free(document);
    return status;
}

/* The goods of the valid DCD arrive: the arrival is registered at the
 * destination office with the short declaration's number, and the journal
 * of arrivals (annex 9) is exported as CSV in Russian. */
static int arrival(const char *dcd_path) {
    const char *options = "{\"reference\": \"2026-11-22\", \"lang\": \"ru\"}";
    const char *arrival_json =
        "{\"date\": \"2026-03-26\", \"declaration\": {\"kind\": \"short_declaration\", \"number\": "
        "\"50102/26036/000017\"}, \"officer\": {\"name\": \"ЕРЖАНОВА С.К.\", \"personal_seal\": \"0214\"}, "
        "\"journal_number\": 31}";
    char error[1024];
    char *dcd = read_file(dcd_path);
    char *document = NULL, *record = NULL, *entry = NULL, *stamp = NULL, *entries = NULL, *csv = NULL;
    int status = 1;
    if (dcd == NULL) {
        perror(dcd_path);
        return 1;
    }
    document = malloc(strlen(dcd) + strlen(arrival_json) + 64);
    if (document == NULL) {
        goto done;
    }
    sprintf(document, "{\"dcd\": %s, \"state\": \"registered\", \"arrival\": %s}", dcd, arrival_json);
    printf("\nArrival of DCD 50101/15036/00042 registered on 2026-03-26 (deadline 2026-03-30):\n");
    if (kazcustoms_register_arrival(document, options, &record) != KAZCUSTOMS_RESULT_OK) {
        describe_error("en", error, sizeof error);
        fprintf(stderr, "register_arrival: %s\n", error);
        goto done;
    }
    {
        char *registered = member(record, "registered"), *in_time = member(record, "in_time");
        char state[32], *report = member(record, "report");
        member_string(record, "state", state, sizeof state);
        printf("  registered: %s, state: %s, in time: %s\n", registered ? registered : "?", state,
               in_time ? in_time : "?");
        if (report != NULL) {
            print_report(report);
        }
        free(registered);
        free(in_time);
        free(report);
    }
    stamp = member(record, "stamp");
    if (stamp != NULL && stamp[0] == '{') {
        char text[1024];
        member_string(stamp, "ru", text, sizeof text);
        printf("  Stamp figure 2 with the short declaration, ru:\n");
        print_lines(text);
    }
    entry = member(record, "entry");
    entries = entry != NULL ? malloc(strlen(entry) + 3) : NULL;
    if (entries == NULL || entry[0] != '{') {
        fprintf(stderr, "register_arrival: no journal entry\n");
        goto done;
    }
    sprintf(entries, "[%s]", entry);
    if (kazcustoms_export_journal("arrivals", entries, "csv", "ru", &csv) != KAZCUSTOMS_RESULT_OK) {
        describe_error("en", error, sizeof error);
        fprintf(stderr, "export_journal: %s\n", error);
        goto done;
    }
    printf("\nJournal of arrivals (annex 9), CSV in Russian:\n");
    print_lines(csv);
    status = 0;
done:
    kazcustoms_string_free(csv);
    kazcustoms_string_free(record);
    free(entries);
    free(entry);
    free(stamp);
    free(document);
    free(dcd);
    return status;
}

/* Accompanying documents presented as a DCD (R1 ch. 9) at an equipped
 * office; the invoice is in English with no translation (PRE.LANGUAGE). */
static int accompanying(const char *path) {
    const char *options = "{\"reference\": \"2026-11-22\", \"equipped_offices\": [\"55201\", \"62001\"]}";
    char *document = read_file(path);
    int status;
    if (document == NULL) {
        perror(path);
        return 1;
    }
    printf("\nAccompanying documents used as a DCD, %s:\n", path);
    status = validate_and_print("accompanying_documents", document, options);
    free(document);
    return status;
}

/* A customs escort decision (R2 annex 1): validated, its fee (rate in МРП
 * × the МРП for fees on the decision date) and the teams its convoy needs
 * (R2 §22). The convoy's vehicles are flat objects: one '{' each. */
static int escort(const char *path) {
    const char *options = "{\"reference\": \"2026-11-22\", \"lang\": \"en\"}";
    char error[1024], date_text[16];
    char *document = read_file(path);
    char *decision = document != NULL ? member(document, "decision") : NULL;
    char *fee = decision != NULL ? member(decision, "fee") : NULL;
    char *rate_text = fee != NULL ? member(fee, "rate_mrp") : NULL;
    char *convoy = document != NULL ? member(document, "convoy") : NULL;
    kazcustoms_date date = {0, 0, 0};
    uint32_t rate, mrp = 0, vehicles = 0, teams = 0;
    uint64_t amount = 0;
    const char *p;
    int status = 0;
    if (document == NULL || rate_text == NULL || convoy == NULL) {
        fprintf(stderr, "%s: no decision fee or convoy\n", path);
        status = 1;
        goto done;
    }
    printf("\nCustoms escort decision %s:\n", path);
    status |= validate_and_print("escort", document, options);
    member_string(decision, "date", date_text, sizeof date_text);
    if (sscanf(date_text, "%4d-%2u-%2u", &date.year, &date.month, &date.day) != 3) {
        fprintf(stderr, "%s: no decision date\n", path);
        status = 1;
        goto done;
    }
    rate = (uint32_t)strtoul(rate_text, NULL, 10);
    for (p = convoy; *p != '\0'; p++) {
        vehicles += *p == '{';
    }
    if (kazcustoms_mrp(date, "fees", &mrp) != KAZCUSTOMS_RESULT_OK ||
        kazcustoms_escort_fee(rate, date, &amount) != KAZCUSTOMS_RESULT_OK ||
        kazcustoms_teams_needed(vehicles, &teams) != KAZCUSTOMS_RESULT_OK) {
        describe_error("en", error, sizeof error);
        fprintf(stderr, "escort: %s\n", error);
        status = 1;
        goto done;
    }
    printf("  fee: %lu МРП × %lu tenge = %llu tenge (decision of %s)\n", (unsigned long)rate, (unsigned long)mrp,
           (unsigned long long)amount, date_text);
    printf("  convoy of %lu vehicle(s): %lu team(s) (R2 §22)\n", (unsigned long)vehicles, (unsigned long)teams);
done:
    free(rate_text);
    free(fee);
    free(decision);
    free(convoy);
    free(document);
    return status;
}

/* A TIR carnet used as the DCD (R1 ch. 10): accepted at departure, then
 * terminated at destination with a broken seal, the reservation written on
 * voucher No. 2 but not on its counterfoil No. 2 (one violation). */
static int tir_carnet(void) {
    const char *options = "{\"reference\": \"2026-11-22\", \"lang\": \"en\"}";
    const char *paths[2] = {"examples/data/tir_carnet_departure.json", "examples/data/tir_carnet_arrival.json"};
    const char *titles[2] = {"at departure (accepted)", "at destination (terminated)"};
    int status = 0;
    size_t i;
    printf("\nTIR carnet XE63745213 (R1 §58-§70):\n");
    for (i = 0; i < 2; i++) {
        char *document = read_file(paths[i]);
        if (document == NULL) {
            perror(paths[i]);
            return 1;
        }
        printf("  %s:\n", titles[i]);
        status |= validate_and_print("tir_carnet", document, options);
        free(document);
    }
    return status;
}

/* The certificate of an empty foreign vehicle (R1 §36–§39): the term of
 * arrival against the 2000 km/month limit, the term of temporary import
 * judged on two reference dates, and the journal of annex 12. */
static int empty_vehicle(const char *path) {
    const kazcustoms_date issued = {2026, 11, 10};
    kazcustoms_date limit;
    char error[1024];
    char *certificate = read_file(path), *entries = NULL, *csv = NULL;
    int status = 1;
    if (certificate == NULL) {
        perror(path);
        return 1;
    }
    printf("\nEmpty foreign vehicle: certificate %s (R1 §36–§39):\n", path);
    if (kazcustoms_delivery_deadline(issued, 250.0, "calendar", &limit) != KAZCUSTOMS_RESULT_OK) {
        goto done;
    }
    printf("  term of arrival 2026-11-12 (limit for 250 km from 2026-11-10: %04d-%02d-%02d)\n",
           limit.year, limit.month, limit.day);
    printf("  term of temporary import 2026-12-10\n");
    printf("  judged on 2026-11-22:\n");
    status = validate_and_print("empty_vehicle", certificate, "{\"reference\": \"2026-11-22\"}");
    printf("  judged on 2026-12-11:\n");
    status |= validate_and_print("empty_vehicle", certificate, "{\"reference\": \"2026-12-11\"}");
    entries = member(certificate, "journal");
    if (entries == NULL || kazcustoms_export_journal("empty_vehicles", entries, "csv", "ru", &csv) != KAZCUSTOMS_RESULT_OK) {
        describe_error("en", error, sizeof error);
        fprintf(stderr, "export_journal: %s\n", error);
        status = 1;
        goto done;
    }
    printf("  journal (annex 12), CSV in Russian:\n");
    print_lines(csv);
done:
    kazcustoms_string_free(csv);
    free(entries);
    free(certificate);
    return status;
}

/* A DCD with its identification means (R1 §40–§48): the means of
 * `means_path` added as the member `identification`, for ordinary goods
 * and for animals (whose compartment takes no seal, §41). */
static int identification(const char *dcd_path, const char *means_path) {
    const char *options = "{\"reference\": \"2026-11-22\", \"usd_rate\": 470.0}";
    char *dcd = read_file(dcd_path), *means = read_file(means_path), *document = NULL;
    int status = 1, animals;
    char *end;
    if (dcd == NULL || means == NULL) {
        perror(dcd == NULL ? dcd_path : means_path);
        goto done;
    }
    printf("\nDCD %s with %s (R1 §40–§48):\n", dcd_path, means_path);
    end = strrchr(dcd, '}');
    document = end != NULL ? malloc(strlen(dcd) + strlen(means) + 96) : NULL;
    if (document == NULL) {
        goto done;
    }
    status = 0;
    for (animals = 0; animals <= 1; animals++) {
        char *inner = strrchr(means, '}');
        if (inner == NULL) {
            status = 1;
            break;
        }
        /* dcd without its last brace, then "identification": means with its goods. */
        sprintf(document, "%.*s, \"identification\": %.*s, \"goods\": {\"animals\": %s}}}",
                (int)(end - dcd), dcd, (int)(inner - means), means, animals ? "true" : "false");
        printf("  animals = %s:\n", animals ? "true" : "false");
        status |= validate_and_print("dcd", document, options);
    }
done:
    free(document);
    free(means);
    free(dcd);
    return status;
}

/* The security document of examples/data, and the sample DCD checked
 * against it: the DCD cites 7C 50101/12036/00017, not this document. */
static int security(const char *valid) {
    const char *options = "{\"reference\": \"2026-11-22\", \"lang\": \"en\"}";
    const char *head = "{\"reference\": \"2026-11-22\", \"lang\": \"en\", \"security_documents\": [";
    char *document = read_file("examples/data/security.json");
    char *dcd = read_file(valid);
    char *linked = NULL;
    int status = 1;
    if (document == NULL || dcd == NULL) {
        perror("examples/data/security.json or the DCD");
        goto done;
    }
    printf("\nSecurity document (ДПОУ) examples/data/security.json:\n");
    status = validate_and_print("security", document, options);
    linked = malloc(strlen(head) + strlen(document) + 3);
    if (linked == NULL) {
        status = 1;
        goto done;
    }
    strcpy(linked, head);
    strcat(linked, document);
    strcat(linked, "]}");
    printf("The sample DCD checked against it:\n");
    status |= validate_and_print("dcd", dcd, linked);
done:
    free(linked);
    free(dcd);
    free(document);
    return status;
}

/* Text from a legacy system in CP1251: converted to the UTF-8 the library
 * reads (README "Text encoding"); a byte CP1251 does not define is refused
 * with its offset, as UTF-8 that is not valid is by every function. */
static int legacy_text(void) {
    /* "ТОО «АЛМА-ТРАНС»" as a Windows program of the 1990s stores it. */
    static const uint8_t name[] = {0xD2, 0xCE, 0xCE, 0x20, 0xAB, 0xC0, 0xCB, 0xCC, 0xC0,
                                   0x2D, 0xD2, 0xD0, 0xC0, 0xCD, 0xD1, 0xBB};
    static const uint8_t broken[] = {0xD2, 0xCE, 0xCE, 0x98};
    char error[1024];
    char *text = NULL;
    printf("\nCP1251 text from a legacy system:\n");
    if (kazcustoms_cp1251_to_utf8(name, sizeof name, &text) != KAZCUSTOMS_RESULT_OK) {
        describe_error("en", error, sizeof error);
        fprintf(stderr, "cp1251_to_utf8: %s\n", error);
        return 1;
    }
    printf("  %lu bytes of CP1251: %s (%lu bytes of UTF-8)\n", (unsigned long)sizeof name, text,
           (unsigned long)strlen(text));
    kazcustoms_string_free(text);
    if (kazcustoms_cp1251_to_utf8(broken, sizeof broken, &text) != KAZCUSTOMS_RESULT_INVALID_ARGUMENT) {
        kazcustoms_string_free(text);
        return 1;
    }
    describe_error("ru", error, sizeof error);
    printf("  D2 CE CE 98: %s\n", error);
    return 0;
}

int main(int argc, char **argv) {
    const char *path = argc > 1 ? argv[1] : "examples/data/numbers.txt";
    const char *valid = argc > 3 ? argv[2] : "examples/data/dcd_valid.json";
    /* A fixed reference date keeps the output reproducible; NULL means today. */
    const kazcustoms_date reference = {2026, 11, 22};
    int status = 0;
    printf("libkazcustoms %s (C)\n\n", kazcustoms_version());
    status |= parse_file(path, &reference);
    status |= deadline();
    status |= journal();
    status |= documents(valid, argc > 3 ? argv[3] : "examples/data/dcd_invalid.json");
    status |= short_declaration(argc > 5 ? argv[4] : "examples/data/short_declaration.json");
    status |= guarantee(argc > 5 ? argv[5] : "examples/data/guarantee_application.json");
    status |= arrival(valid);
    status |= accompanying("examples/data/accompanying_documents.json");
    status |= tir_carnet();
    status |= escort("examples/data/escort.json");
    status |= empty_vehicle("examples/data/empty_vehicle.json");
    status |= identification(valid, "examples/data/identification.json");
    status |= security(valid);
    status |= legacy_text();
    return status;
}
