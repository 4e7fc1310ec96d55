/*
 * kazcustoms from C: parse the registration numbers of a file, compute and
 * check a delivery deadline, issue numbers from a journal and save it.
 *
 *   make run-c       (or: example [numbers.txt])
 *
 * The file has one number per line: "kind<TAB>text". Every call returns a
 * kazcustoms_result; on failure the thread's last error gives the rule id
 * and a message in Kazakh, Russian or English.
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

int main(int argc, char **argv) {
    const char *path = argc > 1 ? argv[1] : "examples/data/numbers.txt";
    /* A fixed reference date keeps the output reproducible; NULL means today. */
    const kazcustoms_date reference = {2026, 11, 22};
    int status = 0;
    printf("libkazcustoms %s (C)\n\n", kazcustoms_version());
    status |= parse_file(path, &reference);
    status |= deadline();
    status |= journal();
    return status;
}
