// A C++17 program built against an installed libkazcustoms, outside the
// repository's Makefile (kazcustoms-c/tests/install/run.sh): the same
// questions as app.c, through the RAII helpers of kazcustoms.hpp
// (exceptions carry the rule id). Exit status 0 when every check holds.
#include <cstdio>
#include <cstring>
#include <string>

#include "kazcustoms.hpp"

namespace {
int failures = 0;

void check(bool ok, const char *what) {
    if (!ok) {
        ++failures;
        std::printf("FAIL: %s\n", what);
    }
}
}  // namespace

int main() {
    std::printf("libkazcustoms %s (header %s, C++)\n", kazcustoms_version(), KAZCUSTOMS_VERSION_STRING);
    check(std::string(kazcustoms_version()) == KAZCUSTOMS_VERSION_STRING, "the library's version is the header's");

    const kazcustoms_date reference{2026, 11, 22};
    const kazcustoms_number number = kazcustoms::parse_number("dcd", "50101/15036/00042", &reference);
    check(number.kind == KAZCUSTOMS_KIND_DCD && number.sequence == 42 && std::strcmp(number.office, "50101") == 0 &&
              number.date.year == 2026 && number.date.month == 3 && number.date.day == 15,
          "50101/15036/00042 is DCD 42 of office 50101 of 2026-03-15");

    std::string rule;
    try {
        (void)kazcustoms::parse_number("dcd", "50101/15036/00000", &reference);
    } catch (const kazcustoms::error &e) {
        check(e.code() == KAZCUSTOMS_RESULT_INVALID_NUMBER, "sequence 00000 is an invalid number");
        rule = e.rule();
    }
    check(rule == "NUM.SEQUENCE", "sequence 00000 breaks NUM.SEQUENCE");

    const kazcustoms::calendar calendar;
    check(!calendar.is_working_day(kazcustoms_date{2026, 3, 22}), "2026-03-22 (a Sunday) is not a working day");

    std::printf("%s\n", failures == 0 ? "ok" : "FAILED");
    return failures == 0 ? 0 : 1;
}
