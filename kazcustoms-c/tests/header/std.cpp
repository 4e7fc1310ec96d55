// Compiled by `make test-c-header` as C++17 and C++20 (the C++ wrapper
// needs C++17): kazcustoms.hpp with -pedantic-errors -Wall -Wextra -Werror.
#include "kazcustoms.hpp"

bool kazcustoms_wrapper_check(const kazcustoms::calendar &calendar, kazcustoms_date date);

bool kazcustoms_wrapper_check(const kazcustoms::calendar &calendar, kazcustoms_date date) {
    return calendar.is_working_day(date);
}
