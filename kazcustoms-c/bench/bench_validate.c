/*
 * Benchmark of kazcustoms_validate_json() from C on the shared bench
 * documents tests/bench/dcd_{1,100}_items.json, with the options of the
 * Rust bench (kazcustoms-core/benches/dcd.rs: validate_json): parsing,
 * validation, the report JSON and kazcustoms_string_free() of it, per call.
 *
 *   make bench-c     (or: bench_validate [tests/bench] [seconds per round]
 *                     [target/criterion])
 *
 * Each figure is printed beside Rust's validate_json and typed validation
 * of the same document from the last `cargo bench -p kazcustoms-core
 * --bench dcd` (criterion's estimates under target/criterion, their age
 * printed), with the ratio; the target is C within 1.2x of Rust's
 * validate_json.
 *
 * Built with -O2 against the release static library. Each document is
 * validated once untimed (its report must be empty, as in the Rust bench),
 * warmed up, then timed in rounds of a fixed number of calls sized to
 * about the given time; the fastest and the median round are reported
 * (the fastest is the least disturbed by other processes).
 */
#define _POSIX_C_SOURCE 199309L /* clock_gettime */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "kazcustoms.h"

#define ROUNDS 9

/* The options of kazcustoms-core/benches/dcd.rs. */
static const char OPTIONS[] = "{\"reference\": \"2026-11-22\", \"usd_rate\": 470.0}";

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static char *read_file(const char *path) {
    FILE *f = fopen(path, "rb");
    char *text;
    long size;
    if (f == NULL || fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0) {
        if (f != NULL) {
            fclose(f);
        }
        return NULL;
    }
    text = malloc((size_t)size + 1);
    if (text == NULL || fread(text, 1, (size_t)size, f) != (size_t)size) {
        free(text);
        fclose(f);
        return NULL;
    }
    text[size] = '\0';
    fclose(f);
    return text;
}

/* Criterion's estimate of the bench `dcd/<name>` in µs (the slope, as
 * criterion prints it, else the mean), or -1 when there is none; `*age`
 * gets the minutes since it was written. A plain search of the estimates
 * file: its members are written by serde in a fixed form. */
static double criterion_us(const char *criterion, const char *name, double *age) {
    char path[4096], *text, *at;
    struct stat st;
    double ns = -1;
    snprintf(path, sizeof path, "%s/dcd_%s/new/estimates.json", criterion, name);
    text = read_file(path);
    if (text == NULL || stat(path, &st) != 0) {
        free(text);
        return -1;
    }
    *age = difftime(time(NULL), st.st_mtime) / 60;
    at = strstr(text, "\"slope\":{");
    if (at == NULL) {
        at = strstr(text, "\"mean\":{");
    }
    if (at != NULL && (at = strstr(at, "\"point_estimate\":")) != NULL) {
        ns = strtod(at + strlen("\"point_estimate\":"), NULL);
    }
    free(text);
    return ns > 0 ? ns / 1000 : -1;
}

/* Prints Rust's figure of `dcd/<name>, <items> items` and the ratio of the
 * C figure `c_us` to it; returns the ratio, or -1 without a figure. */
static double beside_rust(const char *criterion, const char *name, int items, double c_us) {
    char bench[256];
    double age = 0, rust;
    snprintf(bench, sizeof bench, "%s, %d items", name, items); /* criterion's names, "1 items" too */
    rust = criterion_us(criterion, bench, &age);
    if (rust <= 0) {
        printf("   Rust %-28s no figure (run cargo bench -p kazcustoms-core --bench dcd)\n", name);
        return -1;
    }
    printf("   Rust %-28s %9.2f µs (criterion, run %.0f min ago): C / Rust %.2fx\n", name, rust, age,
           c_us / rust);
    return c_us / rust;
}

/* Validates `document` `n` times; returns the seconds taken, or -1. */
static double run(const char *document, long n) {
    double start = now();
    long i;
    for (i = 0; i < n; i++) {
        char *report = NULL;
        if (kazcustoms_validate_json("dcd", document, OPTIONS, &report) != KAZCUSTOMS_RESULT_OK) {
            return -1;
        }
        kazcustoms_string_free(report);
    }
    return now() - start;
}

static int compare(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static int bench(const char *dir, const char *criterion, int items, double seconds) {
    char path[4096];
    char *document, *report = NULL;
    double rounds[ROUNDS], t;
    long n = 1;
    int i;
    snprintf(path, sizeof path, "%s/dcd_%d_items.json", dir, items);
    document = read_file(path);
    if (document == NULL) {
        perror(path);
        return 1;
    }
    if (kazcustoms_validate_json("dcd", document, OPTIONS, &report) != KAZCUSTOMS_RESULT_OK ||
        strstr(report, "\"violations\":[]") == NULL) {
        fprintf(stderr, "%s: does not validate cleanly: %s\n", path, report ? report : "(error)");
        kazcustoms_string_free(report);
        free(document);
        return 1;
    }
    kazcustoms_string_free(report);
    /* Warm up and size a round to about `seconds`. */
    while ((t = run(document, n)) < 0.2 && t >= 0) {
        n *= 2;
    }
    n = (long)((double)n * seconds / (t > 0 ? t : 1e-9)) + 1;
    for (i = 0; i < ROUNDS; i++) {
        t = run(document, n);
        if (t < 0) {
            fprintf(stderr, "%s: validation failed\n", path);
            free(document);
            return 1;
        }
        rounds[i] = t / (double)n * 1e6;
    }
    qsort(rounds, ROUNDS, sizeof rounds[0], compare);
    printf("C  kazcustoms_validate_json, %3d items: %9.2f µs per call (fastest round; median %.2f), "
           "%d rounds x %ld calls, %lu bytes of JSON\n",
           items, rounds[0], rounds[ROUNDS / 2], ROUNDS, n, (unsigned long)strlen(document));
    beside_rust(criterion, "validate typed", items, rounds[0]);
    t = beside_rust(criterion, "validate_json", items, rounds[0]);
    if (t > 0) {
        printf("   target C within 1.2x of Rust validate_json: %s\n", t <= 1.2 ? "met" : "MISSED");
    }
    free(document);
    return 0;
}

int main(int argc, char **argv) {
    const char *dir = argc > 1 ? argv[1] : "tests/bench";
    double seconds = argc > 2 ? atof(argv[2]) : 0.5;
    const char *criterion = argc > 3 ? argv[3] : "target/criterion";
    int status = 0;
    if (seconds <= 0) {
        seconds = 0.5;
    }
    printf("libkazcustoms %s, options %s\n", kazcustoms_version(), OPTIONS);
    status |= bench(dir, criterion, 1, seconds);
    status |= bench(dir, criterion, 100, seconds);
    return status;
}
