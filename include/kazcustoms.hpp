// kazcustoms.hpp: C++17 RAII helpers over the C API of kazcustoms.h.
//
// Header-only and optional: it adds no function to the library. Handles and
// returned strings are held in std::unique_ptr with the library's free
// functions as deleters, and a failing call becomes a kazcustoms::error
// exception that carries the result code, the rule id and the message in
// Kazakh, Russian and English, and the JSON path for a document that cannot
// be read (read from the thread's last error at once, before any other call
// can replace it).
//
// SPDX-License-Identifier: MIT OR Apache-2.0
#ifndef KAZCUSTOMS_HPP
#define KAZCUSTOMS_HPP

#include <cstddef>
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "kazcustoms.h"

namespace kazcustoms {

/// Deleter for strings returned by the library.
struct string_deleter {
    void operator()(char *s) const noexcept { kazcustoms_string_free(s); }
};
/// Deleter for journal handles.
struct journal_deleter {
    void operator()(kazcustoms_journal *j) const noexcept { kazcustoms_journal_free(j); }
};
/// Deleter for office directory handles.
struct offices_deleter {
    void operator()(kazcustoms_offices *o) const noexcept { kazcustoms_offices_free(o); }
};
/// Deleter for calendar handles.
struct calendar_deleter {
    void operator()(kazcustoms_calendar *c) const noexcept { kazcustoms_calendar_free(c); }
};

/// Deleter for guarantee office handles.
struct guarantee_office_deleter {
    void operator()(kazcustoms_guarantee_office *o) const noexcept {
        kazcustoms_guarantee_office_free(o);
    }
};

/// Deleter for report handles.
struct report_deleter {
    void operator()(kazcustoms_report *r) const noexcept { kazcustoms_report_free(r); }
};

/// A string owned by the library, freed with kazcustoms_string_free.
using unique_string = std::unique_ptr<char, string_deleter>;
/// A journal handle, freed with kazcustoms_journal_free.
using unique_journal = std::unique_ptr<kazcustoms_journal, journal_deleter>;
/// An office directory handle, freed with kazcustoms_offices_free.
using unique_offices = std::unique_ptr<kazcustoms_offices, offices_deleter>;
/// A guarantee office handle, freed with kazcustoms_guarantee_office_free.
using unique_guarantee_office = std::unique_ptr<kazcustoms_guarantee_office, guarantee_office_deleter>;
/// A calendar handle, freed with kazcustoms_calendar_free.
using unique_calendar = std::unique_ptr<kazcustoms_calendar, calendar_deleter>;
/// A report handle, freed with kazcustoms_report_free; the strings its
/// accessors (kazcustoms_report_rule, kazcustoms_report_message, …) return
/// are valid as long as it lives.
using unique_report = std::unique_ptr<kazcustoms_report, report_deleter>;

namespace detail {
// Reads one of the last-error texts with the length-query protocol.
template <typename Read>
std::string read_last(Read read) {
    std::size_t n = 0;
    kazcustoms_result r = read(nullptr, 0, &n);
    if (r != KAZCUSTOMS_RESULT_OK && r != KAZCUSTOMS_RESULT_BUFFER_TOO_SMALL) {
        return std::string();
    }
    std::string out(n + 1, '\0');
    if (read(&out[0], out.size(), &n) != KAZCUSTOMS_RESULT_OK) {
        return std::string();
    }
    out.resize(n);
    return out;
}
}  // namespace detail

/// The rule id of this thread's last error ("" for input errors or none).
inline std::string last_error_rule() {
    return detail::read_last([](char *buf, std::size_t len, std::size_t *n) {
        return kazcustoms_last_error_rule(buf, len, n);
    });
}

/// The message of this thread's last error in `lang` ("kk", "ru", "en").
inline std::string last_error_message(const char *lang = "en") {
    return detail::read_last([lang](char *buf, std::size_t len, std::size_t *n) {
        return kazcustoms_last_error_message(lang, buf, len, n);
    });
}

/// The JSON path of this thread's last error ("" when it has none), e.g.
/// "document.sheets[0].items[2].gross_kg".
inline std::string last_error_path() {
    return detail::read_last([](char *buf, std::size_t len, std::size_t *n) {
        return kazcustoms_last_error_path(buf, len, n);
    });
}

/// The input of this thread's last error ("document", "options",
/// "calendar", "entries", "state"; "" when it has none).
inline std::string last_error_input() {
    const char *input = kazcustoms_last_error_input();
    return input != nullptr ? std::string(input) : std::string();
}

/// A failed call: its result code, rule id, messages, input and JSON path.
class error : public std::runtime_error {
public:
    /// Captures the thread's last error for the failed result `code`.
    explicit error(kazcustoms_result code)
        : error(code, last_error_rule(), last_error_message("kk"), last_error_message("ru"),
                last_error_message("en"), last_error_path()) {
        input_ = last_error_input();
    }

    /// The result code (never KAZCUSTOMS_RESULT_OK).
    kazcustoms_result code() const noexcept { return code_; }
    /// The rule id, e.g. "NUM.DATE"; empty for an input error.
    const std::string &rule() const noexcept { return rule_; }
    /// The message in "kk", "ru" or "en" (any other value gives English).
    const std::string &message(const std::string &lang) const noexcept {
        return lang == "kk" ? kk_ : lang == "ru" ? ru_ : en_;
    }
    /// The JSON path of the offending field (KAZCUSTOMS_RESULT_INVALID_DOCUMENT,
    /// unreadable options), e.g. "document.packages"; empty otherwise.
    const std::string &path() const noexcept { return path_; }
    /// The input that could not be read (KAZCUSTOMS_RESULT_INVALID_DOCUMENT):
    /// "document", "options", "calendar", "entries" or "state"; empty
    /// otherwise.
    const std::string &input() const noexcept { return input_; }

private:
    error(kazcustoms_result code, std::string rule, std::string kk, std::string ru, std::string en,
          std::string path)
        : std::runtime_error(rule.empty() ? en : rule + ": " + en),
          code_(code),
          rule_(std::move(rule)),
          kk_(std::move(kk)),
          ru_(std::move(ru)),
          en_(std::move(en)),
          path_(std::move(path)) {}

    kazcustoms_result code_;
    std::string rule_, kk_, ru_, en_, path_, input_;
};

/// Throws kazcustoms::error unless `r` is KAZCUSTOMS_RESULT_OK.
inline void check(kazcustoms_result r) {
    if (r != KAZCUSTOMS_RESULT_OK) {
        throw error(r);
    }
}

/// An office directory from a list of 5-digit codes.
inline unique_offices make_offices(const std::vector<std::string> &codes) {
    std::vector<const char *> ptrs;
    ptrs.reserve(codes.size());
    for (const std::string &c : codes) {
        ptrs.push_back(c.c_str());
    }
    kazcustoms_offices *out = nullptr;
    check(kazcustoms_offices_new(ptrs.data(), ptrs.size(), &out));
    return unique_offices(out);
}

/// Parses a number strictly; `reference` and `offices` may be null.
inline kazcustoms_number parse_number(const std::string &kind, const std::string &text,
                                      const kazcustoms_date *reference = nullptr,
                                      const kazcustoms_offices *offices = nullptr) {
    kazcustoms_number out{};
    check(kazcustoms_parse_number(kind.c_str(), text.c_str(), reference, offices, &out));
    return out;
}

/// The lenient pre-processing helper.
inline std::string normalize(const std::string &text) {
    char *out = nullptr;
    check(kazcustoms_normalize(text.c_str(), &out));
    return std::string(unique_string(out).get());
}

/// The delivery deadline (convention "calendar" or "thirty_day").
inline kazcustoms_date delivery_deadline(kazcustoms_date start, double km,
                                         const std::string &convention = "calendar") {
    kazcustoms_date out{};
    check(kazcustoms_delivery_deadline(start, km, convention.c_str(), &out));
    return out;
}

/// The report JSON of a proposed deadline, messages in `lang`.
inline std::string check_deadline(kazcustoms_date start, double km, kazcustoms_date proposed,
                                  const std::string &convention = "calendar",
                                  const std::string &lang = "en") {
    char *out = nullptr;
    check(kazcustoms_check_deadline(start, km, proposed, convention.c_str(), lang.c_str(), &out));
    return std::string(unique_string(out).get());
}

namespace detail {
// Takes ownership of a string the library returned and copies it out.
inline std::string take(char *s) {
    return std::string(unique_string(s).get());
}
}  // namespace detail

/// Validates a document given as JSON (`kind` "dcd", "guarantee_application",
/// "guarantee", "short_declaration", "arrival" or "delivery_certificate");
/// returns the report JSON (violations are not errors). `options_json` is the options JSON, ""
/// for the defaults; its "lang" is the report's language. A document that
/// cannot be read throws kazcustoms::error with code
/// KAZCUSTOMS_RESULT_INVALID_DOCUMENT and its path().
inline std::string validate_json(const std::string &kind, const std::string &document_json,
                                 const std::string &options_json = "") {
    char *out = nullptr;
    check(kazcustoms_validate_json(kind.c_str(), document_json.c_str(), options_json.c_str(), &out));
    return detail::take(out);
}

/// Validates a document given as JSON, as validate_json() does, and returns
/// the report as a handle, read with kazcustoms_report_count() and the
/// kazcustoms_report_* accessors (no JSON parser needed). Throws
/// kazcustoms::error as validate_json() does.
inline unique_report validate(const std::string &kind, const std::string &document_json,
                              const std::string &options_json = "") {
    kazcustoms_report *out = nullptr;
    check(kazcustoms_validate(kind.c_str(), document_json.c_str(), options_json.c_str(), &out));
    return unique_report(out);
}

/// Converts text in CP1251 (Windows-1251) to UTF-8
/// (kazcustoms_cp1251_to_utf8); throws kazcustoms::error, its message giving
/// the offset, for byte 0x98 (undefined in CP1251) or a NUL byte.
inline std::string cp1251_to_utf8(const std::string &bytes) {
    char *out = nullptr;
    check(kazcustoms_cp1251_to_utf8(reinterpret_cast<const std::uint8_t *>(bytes.data()), bytes.size(), &out));
    return detail::take(out);
}

/// The column table of a document kind as JSON; `lang` nullptr for every
/// column name in kk, ru and en, or "kk", "ru", "en" for the names in one
/// language.
inline std::string columns_json(const std::string &kind = "dcd", const char *lang = nullptr) {
    char *out = nullptr;
    check(kazcustoms_columns_json(kind.c_str(), lang, &out));
    return detail::take(out);
}

/// The text of stamp figure 1 or 2 (annex 3) of a DCD, in "kk" or "ru".
inline std::string dcd_stamp(const std::string &document_json, std::uint32_t figure,
                             const std::string &lang) {
    char *out = nullptr;
    check(kazcustoms_dcd_stamp(document_json.c_str(), figure, lang.c_str(), &out));
    return detail::take(out);
}

/// The JSON Schema of a document kind's JSON.
inline std::string schema_json(const std::string &kind) {
    char *out = nullptr;
    check(kazcustoms_schema_json(kind.c_str(), &out));
    return detail::take(out);
}

/// The state names of a document kind's lifecycle, as a JSON array.
inline std::string states_json(const std::string &kind) {
    char *out = nullptr;
    check(kazcustoms_states_json(kind.c_str(), &out));
    return detail::take(out);
}

/// A document kind's lifecycle ("dcd", "guarantee"): the state after
/// `from` -> `to`; a move not in the lifecycle throws kazcustoms::error
/// with KAZCUSTOMS_RESULT_VIOLATION and rule() "DCD.STATE" or "GO.STATE".
inline std::string transition(const std::string &kind, const std::string &from, const std::string &to) {
    char *out = nullptr;
    check(kazcustoms_transition(kind.c_str(), from.c_str(), to.c_str(), &out));
    return detail::take(out);
}

/// The four copies of a DCD as JSON; `lang` nullptr for every destination
/// in kk, ru and en.
inline std::string dcd_copies_json(const char *lang = nullptr) {
    char *out = nullptr;
    check(kazcustoms_dcd_copies_json(lang, &out));
    return detail::take(out);
}

/// `text` in capital letters as a DCD requires (R1 §8).
inline std::string uppercase(const std::string &text) {
    char *out = nullptr;
    check(kazcustoms_uppercase(text.c_str(), &out));
    return detail::take(out);
}

/// The DCD lifecycle: the state after `from` -> `to`; a transition not in
/// the lifecycle throws kazcustoms::error with KAZCUSTOMS_RESULT_VIOLATION
/// and rule() "DCD.STATE".
inline std::string dcd_transition(const std::string &from, const std::string &to) {
    char *out = nullptr;
    check(kazcustoms_dcd_transition(from.c_str(), to.c_str(), &out));
    return detail::take(out);
}

/// The guarantee obligation's lifecycle: the state after `from` -> `to`; a
/// transition not in the lifecycle throws kazcustoms::error with
/// KAZCUSTOMS_RESULT_VIOLATION and rule() "GO.STATE".
inline std::string guarantee_transition(const std::string &from, const std::string &to) {
    char *out = nullptr;
    check(kazcustoms_guarantee_transition(from.c_str(), to.c_str(), &out));
    return detail::take(out);
}

/// Registers the arrival of goods under a DCD; returns the record JSON
/// (registered, state, delivered_on, deadline, in_time, stamp, stamp_d,
/// entry, report). Violations are in the report, not thrown.
inline std::string register_arrival(const std::string &document_json,
                                    const std::string &options_json = "") {
    char *out = nullptr;
    check(kazcustoms_register_arrival(document_json.c_str(), options_json.c_str(), &out));
    return detail::take(out);
}

/// Exports a journal ("dcd_register", "recipients", "guarantee_obligations",
/// "failed_recipients", "short_declarations", "arrivals") given as its JSON
/// entries, as "csv" or "json", headers in `lang`.
inline std::string export_journal(const std::string &journal, const std::string &entries_json,
                                  const std::string &format = "csv",
                                  const std::string &lang = "en") {
    char *out = nullptr;
    check(kazcustoms_export_journal(journal.c_str(), entries_json.c_str(), format.c_str(),
                                    lang.c_str(), &out));
    return detail::take(out);
}

/// A working-day calendar: the built-in calendar of Kazakhstan, or that
/// calendar with changes (JSON `{"days_off": [...], "working_days": [...],
/// "kurban_ait": {"2027": "..."}}`). Movable, not copyable; immutable, so it
/// may be shared by reference between threads.
class calendar {
public:
    /// The built-in calendar with `overrides_json` applied ("" for none).
    explicit calendar(const std::string &overrides_json = "") {
        kazcustoms_calendar *out = nullptr;
        check(kazcustoms_calendar_new(overrides_json.c_str(), &out));
        handle_.reset(out);
    }

    /// Whether `date` is a working day.
    bool is_working_day(kazcustoms_date date) const {
        int out = 0;
        check(kazcustoms_is_working_day(handle_.get(), date, &out));
        return out != 0;
    }

    /// The first working day strictly after `date`.
    kazcustoms_date next_working_day(kazcustoms_date date) const {
        kazcustoms_date out{};
        check(kazcustoms_next_working_day(handle_.get(), date, &out));
        return out;
    }

    /// The `n`-th working day strictly after `date` (`date` itself for 0).
    kazcustoms_date add_working_days(kazcustoms_date date, std::uint32_t n) const {
        kazcustoms_date out{};
        check(kazcustoms_add_working_days(handle_.get(), date, n, &out));
        return out;
    }

    /// The number of working days in (from, to]; negative when to < from.
    std::int64_t working_days_between(kazcustoms_date from, kazcustoms_date to) const {
        std::int64_t out = 0;
        check(kazcustoms_working_days_between(handle_.get(), from, to, &out));
        return out;
    }

    /// What `date` is, as JSON: {"kind", "working", "text", "texts"}.
    std::string day_kind(kazcustoms_date date, const std::string &lang = "en") const {
        char *out = nullptr;
        check(kazcustoms_day_kind(handle_.get(), date, lang.c_str(), &out));
        return detail::take(out);
    }

    /// The C handle, still owned by this object.
    const kazcustoms_calendar *get() const noexcept { return handle_.get(); }

private:
    unique_calendar handle_;
};

/// A journal: movable, not copyable; may be shared by reference between
/// threads (issue and to_json are internally locked).
class journal {
public:
    /// An empty journal of `kind` for `issuer`.
    journal(const std::string &kind, const std::string &issuer) {
        kazcustoms_journal *out = nullptr;
        check(kazcustoms_journal_new(kind.c_str(), issuer.c_str(), &out));
        handle_.reset(out);
    }

    /// A journal resumed from kazcustoms_journal_to_json output.
    static journal from_json(const std::string &json) {
        kazcustoms_journal *out = nullptr;
        check(kazcustoms_journal_from_json(json.c_str(), &out));
        return journal(unique_journal(out));
    }

    /// Issues the next number; `recipient` only for guarantee journals.
    kazcustoms_number issue(kazcustoms_date date, const char *recipient = nullptr) const {
        kazcustoms_number out{};
        check(kazcustoms_journal_issue(handle_.get(), date, recipient, &out));
        return out;
    }

    /// The saved state as JSON.
    std::string to_json() const {
        char *out = nullptr;
        check(kazcustoms_journal_to_json(handle_.get(), &out));
        return std::string(unique_string(out).get());
    }

    /// The C handle, still owned by this object.
    const kazcustoms_journal *get() const noexcept { return handle_.get(); }

private:
    explicit journal(unique_journal handle) : handle_(std::move(handle)) {}
    unique_journal handle_;
};

}  // namespace kazcustoms

#endif  // KAZCUSTOMS_HPP
