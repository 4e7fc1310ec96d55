// kazcustoms from C++17: the C API through the RAII helpers of
// include/kazcustoms.hpp (std::unique_ptr with the library's free functions
// as deleters; failures as kazcustoms::error exceptions).
//
//   make run-c       (or: example-cpp [numbers.txt [dcd_valid.json dcd_invalid.json
//                                      [short_declaration.json guarantee_application.json]]])
//
// The numbers file has one number per line: "kind<TAB>text"; the delivery
// control documents (DCD), the short declaration and the guarantee
// application are JSON. After the numbers, deadlines, journals and DCDs: the
// working-day calendar (kazcustoms::calendar), a short declaration and a
// guarantee application checked, the guarantee's lifecycle, an arrival
// registered and the journal of arrivals exported as CSV in Russian.
#include <cctype>
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

// ---------------------------------------------------------------------
// Delivery control documents

std::string read_file(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw std::runtime_error("cannot read " + path);
    }
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Just enough of a JSON reader for the report (README, "The report"), which
// the library writes compactly, UTF-8, escaping only quotes, backslashes and
// control characters.
class report_reader {
public:
    explicit report_reader(const std::string &json) : s_(json) {}

    // Calls `on_violation(rule, where, message)` for each violation; returns
    // their number.
    template <typename F>
    int each(F on_violation) {
        int count = 0;
        expect('{');
        while (peek() == '"') {
            const std::string key = string();
            expect(':');
            if (key != "violations") {
                skip();
            } else {
                expect('[');
                while (peek() == '{') {
                    violation(on_violation);
                    ++count;
                    if (peek() == ',') ++i_;
                }
                expect(']');
            }
            if (peek() == ',') ++i_;
        }
        expect('}');
        return count;
    }

    // The raw JSON text of the top-level member `key` ("" when absent).
    std::string member(const std::string &key) {
        expect('{');
        while (peek() == '"') {
            const std::string name = string();
            expect(':');
            peek();
            const std::size_t start = i_;
            skip();
            if (name == key) {
                return s_.substr(start, i_ - start);
            }
            if (peek() == ',') ++i_;
        }
        return std::string();
    }

private:
    template <typename F>
    void violation(F &on_violation) {
        std::string rule, field, message;
        long item = 0, sheet = 0;
        expect('{');
        while (peek() == '"') {
            const std::string key = string();
            expect(':');
            if (key == "rule") rule = string();
            else if (key == "field") field = string();
            else if (key == "message") message = string();
            else if (key == "item" || key == "sheet") (key == "item" ? item : sheet) = number();
            else skip();
            if (peek() == ',') ++i_;
        }
        expect('}');
        std::string where = "column " + field;
        if (sheet > 0 && item > 0) {
            where += ", sheet " + std::to_string(sheet) + ", item " + std::to_string(item);
        }
        on_violation(rule, where, message);
    }

    char peek() {
        while (i_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[i_]))) ++i_;
        return i_ < s_.size() ? s_[i_] : '\0';
    }
    void expect(char c) {
        if (peek() != c) throw std::runtime_error(std::string("report JSON: expected ") + c);
        ++i_;
    }
    std::string string() {
        expect('"');
        std::string out;
        while (i_ < s_.size() && s_[i_] != '"') {
            char c = s_[i_++];
            if (c == '\\' && i_ < s_.size()) {
                c = s_[i_++];
                if (c == 'n') c = '\n';
                else if (c == 'u') { i_ += 4; c = ' '; }  // only control characters
                else if (c != '"' && c != '\\' && c != '/') c = ' ';
            }
            out += c;
        }
        expect('"');
        return out;
    }
    long number() {
        if (peek() == 'n') { skip(); return 0; }  // null
        std::size_t used = 0;
        const long v = std::stol(s_.substr(i_, 24), &used);
        i_ += used;
        return v;
    }
    void skip() {
        int depth = 0;
        do {
            const char c = peek();
            if (c == '"') { string(); }
            else if (c == '{' || c == '[') { ++depth; ++i_; }
            else if (c == '}' || c == ']') { --depth; ++i_; }
            else if (c == ',' || c == ':') { ++i_; }
            else if (c == '\0') { throw std::runtime_error("report JSON: truncated"); }
            else { while (i_ < s_.size() && std::string(",:]} \n\t\r").find(s_[i_]) == std::string::npos) ++i_; }
        } while (depth > 0);
    }

    const std::string &s_;
    std::size_t i_ = 0;
};

void print_report(const std::string &report) {
    const int count = report_reader(report).each(
        [](const std::string &rule, const std::string &where, const std::string &message) {
            std::cout << "  " << padded(rule, 20) << ' ' << padded(where, 28) << ' ' << message << '\n';
        });
    if (count == 0) {
        std::cout << "  OK, no violations\n";
    }
}

// The same lines from a report handle, read with its accessors: no JSON.
void print_report(const kazcustoms::unique_report &report) {
    const std::size_t count = kazcustoms_report_count(report.get());
    for (std::size_t i = 0; i < count; ++i) {
        const std::uint32_t sheet = kazcustoms_report_sheet(report.get(), i);
        const std::uint32_t item = kazcustoms_report_item(report.get(), i);
        std::string where = std::string("column ") + kazcustoms_report_field(report.get(), i);
        if (sheet > 0 && item > 0) {
            where += ", sheet " + std::to_string(sheet) + ", item " + std::to_string(item);
        }
        // nullptr: the message in the report's language (the options' "lang").
        std::cout << "  " << padded(kazcustoms_report_rule(report.get(), i), 20) << ' ' << padded(where, 28) << ' '
                  << kazcustoms_report_message(report.get(), i, nullptr) << '\n';
    }
    if (count == 0) {
        std::cout << "  OK, no violations\n";
    }
}

void documents(const std::string &valid_path, const std::string &invalid_path) {
    // The US dollar rate is the rate on each DCD's acceptance date (column
    // 46); the fixed reference date keeps the output reproducible.
    const std::string valid = read_file(valid_path);
    const std::string valid_options = R"({"reference": "2026-11-22", "usd_rate": 470.0, "lang": "ru"})";
    std::cout << "\nDCD " << valid_path << ", options " << valid_options << ":\n";
    print_report(kazcustoms::validate("dcd", valid, valid_options));
    std::cout << "  Stamp figure 1 (column C), ru:\n";
    std::istringstream stamp(kazcustoms::dcd_stamp(valid, 1, "ru"));
    for (std::string line; std::getline(stamp, line);) {
        std::cout << "    | " << line << '\n';
    }

    const std::string invalid_options = R"({"reference": "2026-11-22", "usd_rate": 505.0, "lang": "kk"})";
    std::cout << "\nDCD " << invalid_path << ", options " << invalid_options << ":\n";
    print_report(kazcustoms::validate("dcd", read_file(invalid_path), invalid_options));

    try {
        kazcustoms::validate_json("dcd", R"({"sheets": [{"items": [{"gross_kg": "14 870"}]}]})");
    } catch (const kazcustoms::error &e) {
        std::cout << "\nNot a DCD: input error at " << e.path() << ": " << e.message("en") << '\n';
    }
    std::cout << "Lifecycle: drafted -> " << kazcustoms::dcd_transition("drafted", "registered");
    try {
        kazcustoms::dcd_transition("registered", "drafted");
    } catch (const kazcustoms::error &e) {
        std::cout << "; registered -> drafted: " << e.rule() << ": " << e.message("kk") << '\n';
    }
}

// ---------------------------------------------------------------------
// Working days, short declaration, guarantee, arrival, journals

void working_days_and_declarations(const std::string &sd_path, const std::string &application_path,
                                   const std::string &dcd_path) {
    const kazcustoms::calendar builtin;  // the built-in calendar of Kazakhstan
    const kazcustoms_date arrived{2026, 3, 20};
    std::cout << "\nGoods arrived on Friday " << iso(arrived) << "; next working day "
              << iso(builtin.next_working_day(arrived)) << " (2026 has "
              << builtin.working_days_between(kazcustoms_date{2025, 12, 31}, kazcustoms_date{2026, 12, 31})
              << " working days)\n  2026-03-24: " << builtin.day_kind(kazcustoms_date{2026, 3, 24}, "ru") << '\n';
    // An order the library does not know yet: Saturday 21 March made a working day.
    const kazcustoms::calendar changed(R"({"working_days": ["2026-03-21"]})");
    std::cout << "  with Saturday 21 March a working day: next " << iso(changed.next_working_day(arrived)) << '\n';

    std::cout << "Short declaration " << sd_path << " (filed 2026-03-26), report in Kazakh:\n";
    print_report(kazcustoms::validate_json("short_declaration", read_file(sd_path),
                                           R"({"reference": "2026-11-22", "lang": "kk"})"));
    std::cout << "Guarantee application " << application_path << ":\n";
    print_report(kazcustoms::validate_json("guarantee_application", read_file(application_path),
                                           R"({"reference": "2026-03-10", "lang": "en"})"));
    std::cout << "  registered -> " << kazcustoms::guarantee_transition("registered", "used");
    try {
        kazcustoms::guarantee_transition("used", "used");  // used once only (R1 §25)
    } catch (const kazcustoms::error &e) {
        std::cout << "; used -> used: " << e.rule() << ": " << e.message("en") << '\n';
    }

    // The arrival under the valid DCD, and its row of the journal of arrivals.
    const std::string record = kazcustoms::register_arrival(
        R"({"dcd": )" + read_file(dcd_path) + R"(, "arrival": {"date": "2026-03-26",)"
            R"( "declaration": {"kind": "short_declaration", "number": "50102/26036/000017"},)"
            R"( "officer": {"name": "ЕРЖАНОВА С.К.", "personal_seal": "0214"}, "journal_number": 31}})",
        R"({"reference": "2026-11-22"})");
    std::cout << "Arrival registered: " << report_reader(record).member("registered")
              << ", in time: " << report_reader(record).member("in_time")
              << "\nJournal of arrivals (annex 9), CSV in Russian:\n"
              << kazcustoms::export_journal("arrivals", "[" + report_reader(record).member("entry") + "]", "csv",
                                            "ru");
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
        const std::string valid = argc > 3 ? argv[2] : "examples/data/dcd_valid.json";
        documents(valid, argc > 3 ? argv[3] : "examples/data/dcd_invalid.json");
        working_days_and_declarations(argc > 5 ? argv[4] : "examples/data/short_declaration.json",
                                      argc > 5 ? argv[5] : "examples/data/guarantee_application.json", valid);
        // A name from a legacy system in CP1251, converted to UTF-8.
        std::cout << "\nCP1251: " << kazcustoms::cp1251_to_utf8("\xD2\xCE\xCE \xAB\xC0\xCB\xCC\xC0\xBB") << '\n';
    } catch (const std::exception &e) {
        std::cerr << "error: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
