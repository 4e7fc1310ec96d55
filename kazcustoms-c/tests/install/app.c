/*
 * A C program built against an installed libkazcustoms, outside the
 * repository's Makefile (kazcustoms-c/tests/install/run.sh builds it with
 * pkg-config and with CMake, shared and static). It checks that the
 * header and the library it runs with are the same version, and asks the
 * library two questions whose answers come from the source text:
 * DCD number 50101/15036/00042 (R1 §9 col. 7: office 50101, 15 March of a
 * year ending in 6, sequence 42) and the same number with sequence 00000
 * (NUM.SEQUENCE: numbering starts at 1); 22 March 2026 is a Sunday.
 * Written in C89, like the header. Exit status 0 when every check holds.
 */
#include <stdio.h>
#include <string.h>

#include "kazcustoms.h"

static int failures = 0;

static void check(int ok, const char *what) {
    if (!ok) {
        failures++;
        printf("FAIL: %s\n", what);
    }
}

int main(void) {
    kazcustoms_date reference;
    kazcustoms_date sunday;
    kazcustoms_number number;
    kazcustoms_result r;
    char rule[64];
    size_t len = 0;
    int working = 7;

    printf("libkazcustoms %s (header %s, major %d)\n", kazcustoms_version(), KAZCUSTOMS_VERSION_STRING,
           KAZCUSTOMS_VERSION_MAJOR);
    check(strcmp(kazcustoms_version(), KAZCUSTOMS_VERSION_STRING) == 0,
          "the library's version is the header's");

    reference.year = 2026;
    reference.month = 11;
    reference.day = 22;
    r = kazcustoms_parse_number("dcd", "50101/15036/00042", &reference, NULL, &number);
    check(r == KAZCUSTOMS_RESULT_OK && number.kind == KAZCUSTOMS_KIND_DCD && number.sequence == 42 &&
              strcmp(number.office, "50101") == 0 && number.date.year == 2026 && number.date.month == 3 &&
              number.date.day == 15,
          "50101/15036/00042 is DCD 42 of office 50101 of 2026-03-15");

    r = kazcustoms_parse_number("dcd", "50101/15036/00000", &reference, NULL, &number);
    check(r == KAZCUSTOMS_RESULT_INVALID_NUMBER, "sequence 00000 is an invalid number");
    check(kazcustoms_last_error_rule(rule, sizeof rule, &len) == KAZCUSTOMS_RESULT_OK &&
              strcmp(rule, "NUM.SEQUENCE") == 0,
          "sequence 00000 breaks NUM.SEQUENCE");

    sunday.year = 2026;
    sunday.month = 3;
    sunday.day = 22;
    r = kazcustoms_is_working_day(NULL, sunday, &working);
    check(r == KAZCUSTOMS_RESULT_OK && working == 0, "2026-03-22 (a Sunday) is not a working day");

    printf("%s\n", failures == 0 ? "ok" : "FAILED");
    return failures == 0 ? 0 : 1;
}
