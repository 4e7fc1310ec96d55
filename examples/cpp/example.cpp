// kazcustoms from C++17: the C API through the RAII helpers of
// include/kazcustoms.hpp (std::unique_ptr with the library's free functions
// as deleters; failures as kazcustoms::error exceptions).
//
//   make run-c       (or: example-cpp [numbers.txt])
//
// The file has one number per line: "kind<TAB>text".
#include <cstdio>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "kazcustoms.hpp"

namespace {

std::string iso(const kazcustoms_date &d) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year), static_cast<unsigned>(d.month),
                  static_cast<unsigned>(d.day));
    return buf;
}

std::string describe(const kazcustoms_number &n) {
    std::ostringstream out;
    out << kazcustoms_kind_name(n.kind) << ' ' << iso(n.date) << ", sequence " << n.sequence;
    if (n.office[0]) out << ", office " << n.office;
    if (n.office_prefix[0]) out << ", office prefix " << n.office_prefix;
    if (n.recipient[0]) out << ", recipient " << n.recipient;
    if (n.licence[0]) out << ", licence …" << n.licence;
    return out.str();
}

// `text` left-aligned in `width` columns, counting UTF-8 code points.
std::string padded(const std::string &text, std::size_t width) {
    std::size_t chars = 0;
    for (unsigned char c : text) {
        chars += (c & 0xC0) != 0x80;
    }
    return text + std::string(width > chars ? width - chars : 0, ' ');
}

void parse_file(const std::string &path, const kazcustoms_date &reference,
                const kazcustoms::unique_offices &offices) {
    std::ifstream in(path);
    if (!in) {
        throw std::runtime_error("cannot read " + path);
    }
    std::cout << "Numbers from " << path << " (reference date " << iso(reference)
              << ", offices 50101 and 62001 known):\n";
    std::string line;
    while (std::getline(in, line)) {
        const auto tab = line.find('\t');
        if (tab == std::string::npos || line.empty() || line[0] == '#') {
            continue;
        }
        const std::string kind = line.substr(0, tab), text = line.substr(tab + 1);
        std::cout << "  " << padded(kind, 19) << padded(text, 23);
        try {
            const kazcustoms_number n = kazcustoms::parse_number(kind, text, &reference, offices.get());
            std::cout << "ok: " << describe(n) << '\n';
        } catch (const kazcustoms::error &e) {
            // Kazakh, with the rule id that is the same in every language.
            std::cout << e.rule() << ": " << e.message("kk") << '\n';
        }
    }
}

void deadline() {
    const kazcustoms_date start{2026, 12, 20};
    const double km = 4500;
    std::cout << "\nDelivery deadline, " << km << " km from " << iso(start) << ":\n";
    for (const char *convention : {"calendar", "thirty_day"}) {
        std::cout << "  " << std::left << std::setw(10) << convention << ' '
                  << iso(kazcustoms::delivery_deadline(start, km, convention)) << '\n';
    }
    std::cout << "  proposed 2027-03-01: "
              << kazcustoms::check_deadline(start, km, kazcustoms_date{2027, 3, 1}, "calendar", "en") << '\n';
    try {
        kazcustoms::delivery_deadline(start, -5);
    } catch (const kazcustoms::error &e) {
        std::cout << "  -5 km: input error (no rule id): " << e.message("en") << '\n';
    }
}

void journal() {
    // One journal shared by four threads: no number twice, none skipped.
    kazcustoms::journal j("short_declaration", "62001");
    const kazcustoms_date day{2026, 11, 20};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&j, day] {
            for (int i = 0; i < 250; ++i) {
                j.issue(day);
            }
        });
    }
    for (std::thread &t : threads) {
        t.join();
    }
    std::cout << "\nJournal of short declarations of office 62001, after 4 threads x 250 issues:\n"
              << "  next: " << j.issue(day).text << '\n';
    const std::string state = j.to_json();
    std::cout << "  saved: " << state << '\n';
    kazcustoms::journal resumed = kazcustoms::journal::from_json(state);
    std::cout << "  resumed, next: " << resumed.issue(kazcustoms_date{2027, 1, 1}).text << '\n';

    kazcustoms::journal guarantees("guarantee", "50101");
    std::cout << "  guarantee journal of 50101, recipient 0042: " << guarantees.issue(day, "0042").text << '\n';
    try {
        guarantees.issue(kazcustoms_date{2026, 1, 1}, "0042");
    } catch (const kazcustoms::error &e) {
        std::cout << "  backdated: " << e.rule() << ": " << e.message("ru") << '\n';
    }
}

}  // namespace

int main(int argc, char **argv) {
    const std::string path = argc > 1 ? argv[1] : "examples/data/numbers.txt";
    const kazcustoms_date reference{2026, 11, 22};  // fixed for reproducible output
    try {
        std::cout << "libkazcustoms " << kazcustoms_version() << " (C++)\n\n";
        const kazcustoms::unique_offices offices = kazcustoms::make_offices({"50101", "62001"});
        parse_file(path, reference, offices);
        deadline();
        journal();
    } catch (const std::exception &e) {
        std::cerr << "error: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
