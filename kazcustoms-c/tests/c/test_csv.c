/*
 * CSV export for spreadsheet programs: kazcustoms_export_journal_csv()
 * with a ';' delimiter and a UTF-8 byte order mark, against
 * kazcustoms_export_journal()'s RFC 4180 CSV of the same entries; its
 * argument errors.
 *
 * Run from test.c's main() (one binary, one "N passed, M failed" line).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

static char untouched_csv[] = "untouched";
#define UNTOUCHED (untouched_csv)
#define NULL_ARG(call, what) check_input_error((call), KAZCUSTOMS_RESULT_NULL_ARGUMENT, what)
#define BAD_UTF8(call, what) check_input_error((call), KAZCUSTOMS_RESULT_INVALID_UTF8, what)
#define BAD_ARG(call, what) check_input_error((call), KAZCUSTOMS_RESULT_INVALID_ARGUMENT, what)

/* One arrival whose consignor holds a ';', a ',' and a quote. */
static const char ENTRIES[] =
    "[{\"number\": 7, \"arrival_date\": \"2026-10-16\", \"dcd_number\": \"55201/14106/00317\","
    " \"consignor\": \"ТОО \\\"АЛМА\\\"; АЛМАТЫ, АБАЯ 1\"}]";

/* The data row of ENTRIES with a ';' delimiter: the consignor cell is
 * quoted (it holds the delimiter and a quote), the ',' inside it is not a
 * delimiter any more. */
static const char SEMICOLON_ROW[] = "\r\n7;16.10.2026;55201/14106/00317;;\"ТОО \"\"АЛМА\"\"; АЛМАТЫ, АБАЯ 1\";";
static const char COMMA_ROW[] = "\r\n7,16.10.2026,55201/14106/00317,,\"ТОО \"\"АЛМА\"\"; АЛМАТЫ, АБАЯ 1\",";

static void test_semicolon_and_bom(void) {
    const char *const langs[] = {"kk", "ru", "en"};
    size_t k;
    for (k = 0; k < 3; k++) {
        char *comma = NULL, *plain = NULL, *semicolon = NULL, *bom = NULL;
        kazcustoms_result r = kazcustoms_export_journal("arrivals", ENTRIES, "csv", langs[k], &comma);
        if (!check(r == KAZCUSTOMS_RESULT_OK, "csv %s: %s", langs[k], result_name(r))) {
            continue;
        }
        r = kazcustoms_export_journal_csv("arrivals", ENTRIES, langs[k], ",", 0, &plain);
        if (check(r == KAZCUSTOMS_RESULT_OK, "csv ',' no bom %s: %s", langs[k], result_name(r))) {
            check(strcmp(plain, comma) == 0, "csv ',' without a BOM is kazcustoms_export_journal's CSV (%s)",
                  langs[k]);
        }
        r = kazcustoms_export_journal_csv("arrivals", ENTRIES, langs[k], ";", 0, &semicolon);
        if (check(r == KAZCUSTOMS_RESULT_OK, "csv ';' %s: %s", langs[k], result_name(r))) {
            check(strstr(comma, COMMA_ROW) != NULL, "csv ',' %s: the row: %s", langs[k], comma);
            check(strstr(semicolon, SEMICOLON_ROW) != NULL, "csv ';' %s: the row: %s", langs[k], semicolon);
            check(strlen(semicolon) >= 2 && strcmp(semicolon + strlen(semicolon) - 2, "\r\n") == 0,
                  "csv ';' %s: CRLF line ends", langs[k]);
            check(strncmp(semicolon, "\xef\xbb\xbf", 3) != 0, "csv ';' without a BOM starts with one");
        }
        r = kazcustoms_export_journal_csv("arrivals", ENTRIES, langs[k], ";", 1, &bom);
        if (check(r == KAZCUSTOMS_RESULT_OK, "csv ';' bom %s: %s", langs[k], result_name(r)) && semicolon) {
            check(strncmp(bom, "\xef\xbb\xbf", 3) == 0 && strcmp(bom + 3, semicolon) == 0,
                  "csv bom %s: the BOM, then the same text", langs[k]);
        }
        kazcustoms_string_free(bom);
        kazcustoms_string_free(semicolon);
        kazcustoms_string_free(plain);
        kazcustoms_string_free(comma);
    }
    {
        /* Any nonzero bom is a BOM. */
        char *a = NULL;
        kazcustoms_result r = kazcustoms_export_journal_csv("arrivals", "[]", "en", ",", 7, &a);
        check(r == KAZCUSTOMS_RESULT_OK && strncmp(a, "\xef\xbb\xbf" "No,", 6) == 0, "csv bom=7: %s",
              a ? a : "(none)");
        kazcustoms_string_free(a);
    }
}

static void test_csv_errors(void) {
    char *out = UNTOUCHED;
    BAD_ARG(kazcustoms_export_journal_csv("arrivals", "[]", "en", "\t", 0, &out), "csv delimiter=tab");
    BAD_ARG(kazcustoms_export_journal_csv("arrivals", "[]", "en", ";;", 0, &out), "csv delimiter=;;");
    BAD_ARG(kazcustoms_export_journal_csv("arrivals", "[]", "en", "", 0, &out), "csv delimiter empty");
    BAD_ARG(kazcustoms_export_journal_csv("annex9", "[]", "en", ";", 0, &out), "csv journal=annex9");
    BAD_ARG(kazcustoms_export_journal_csv("arrivals", "[]", "de", ";", 0, &out), "csv lang=de");
    check_document_error("csv entries not JSON", kazcustoms_export_journal_csv("arrivals", "[", "en", ";", 1, &out),
                         "entries");
    NULL_ARG(kazcustoms_export_journal_csv(NULL, "[]", "en", ";", 0, &out), "csv journal=NULL");
    NULL_ARG(kazcustoms_export_journal_csv("arrivals", NULL, "en", ";", 0, &out), "csv entries_json=NULL");
    NULL_ARG(kazcustoms_export_journal_csv("arrivals", "[]", NULL, ";", 0, &out), "csv lang=NULL");
    NULL_ARG(kazcustoms_export_journal_csv("arrivals", "[]", "en", NULL, 0, &out), "csv delimiter=NULL");
    NULL_ARG(kazcustoms_export_journal_csv("arrivals", "[]", "en", ";", 0, NULL), "csv out=NULL");
    BAD_UTF8(kazcustoms_export_journal_csv("arrivals", "[]", "en", "\xff", 0, &out), "csv delimiter not UTF-8");
    check(out == UNTOUCHED, "export_journal_csv: out written on failure");
}

void test_csv(void) {
    test_semicolon_and_bom();
    test_csv_errors();
}
