/*
 * Compiled by `make test-c-header` under every standard the header
 * promises: C89, C99, C11, C17 and C2x (as C) and C++11, C++14, C++17 and
 * C++20 (as C++, -x c++), each with -pedantic-errors -Wall -Wextra
 * -Werror -Wundef. It is itself C89 and C++11, and uses the parts of the
 * header whose spelling differs between the standards: the enums with a
 * fixed underlying type, their typedefs, the version macros in #if, the
 * `int` out-parameter that replaced `bool`, and the extern "C" block.
 */
#include "kazcustoms.h"

#if !defined(KAZCUSTOMS_VERSION_MAJOR) || !defined(KAZCUSTOMS_VERSION_MINOR) || \
    !defined(KAZCUSTOMS_VERSION_PATCH) || !defined(KAZCUSTOMS_VERSION_STRING)
#error "kazcustoms.h has no version macros"
#endif
#if KAZCUSTOMS_VERSION_MAJOR < 0 || KAZCUSTOMS_VERSION_MINOR < 0 || KAZCUSTOMS_VERSION_PATCH < 0
#error "the version macros are not numbers"
#endif

/* Sizes fixed by the ABI (uint32_t in every standard). */
typedef char kazcustoms_result_is_4_bytes[sizeof(kazcustoms_result) == 4 ? 1 : -1];
typedef char kazcustoms_kind_is_4_bytes[sizeof(kazcustoms_kind) == 4 ? 1 : -1];
typedef char kazcustoms_version_is_text[sizeof(KAZCUSTOMS_VERSION_STRING) >= 6 ? 1 : -1];

int kazcustoms_header_check(void);

int kazcustoms_header_check(void) {
    kazcustoms_result (*is_working_day)(const kazcustoms_calendar *, kazcustoms_date, int *) =
        kazcustoms_is_working_day;
    const char *(*version)(void) = kazcustoms_version;
    kazcustoms_result ok = KAZCUSTOMS_RESULT_OK;
    kazcustoms_kind kind = KAZCUSTOMS_KIND_SECURITY;
    kazcustoms_number number;
    number.kind = KAZCUSTOMS_KIND_DCD;
    number.text[0] = '\0';
    return is_working_day != 0 && version != 0 && ok == 0 && kind == 5 && number.kind == 0 &&
           KAZCUSTOMS_RESULT_VIOLATION == 9;
}
