/*
 * Benchmark of kazcustoms_validate_json() from C on the shared bench
 * documents tests/bench/dcd_{1,100}_items.json, with the options of the
 * Rust bench (kazcustoms-core/benches/dcd.rs: validate_json): parsing,
 * validation, the report JSON and kazcustoms_string_free() of it, per call.
 *
 *   make bench-c     (or: bench_validate [tests/bench] [seconds per round])
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

static int bench(const char *dir, int items, double seconds) {
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
    free(document);
    return 0;
}

int main(int argc, char **argv) {
    const char *dir = argc > 1 ? argv[1] : "tests/bench";
    double seconds = argc > 2 ? atof(argv[2]) : 0.5;
    int status = 0;
    if (seconds <= 0) {
        seconds = 0.5;
    }
    printf("libkazcustoms %s, options %s\n", kazcustoms_version(), OPTIONS);
    status |= bench(dir, 1, seconds);
    status |= bench(dir, 100, seconds);
    return status;
}
