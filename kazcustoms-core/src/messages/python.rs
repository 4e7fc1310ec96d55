//! Messages of the Python layer's boundary: values of the wrong Python type,
//! results Python cannot hold, and the few arguments only the Python API
//! converts itself (a `Number` given for a number, the mark of a returned
//! guarantee obligation).
//!
//! Each function returns the message in Kazakh, Russian and English; the
//! Python layer shows it in the call's language (English where none could
//! be read), as a `TypeError`, or inside an
//! [`Error::InvalidArgument`](crate::Error) whose message names the
//! argument. Arguments such as `got` are Python type names (`int`, `list`)
//! and are quoted as they are.
//!
//! The last group ([`recursion_limit`] to [`key_type`]) are the reasons the
//! binding's serde reader gives for a Python value it cannot read; like the
//! reasons `serde_json` gives for JSON text, the core quotes them inside an
//! `InvalidDocument`, so the binding uses their English form, in the words
//! of `serde_json` where it has them.

use crate::text::Text;

/// A document argument that is neither a `dict` nor a `str` of JSON.
///
/// ```
/// let t = kazcustoms_core::messages::python::document_type("list");
/// assert_eq!(t.en, "document must be a dict or a str of JSON, not list");
/// ```
pub fn document_type(got: &str) -> Text {
    Text::new(
        format!("құжат dict немесе JSON str болуы керек, берілгені {got}"),
        format!("документ должен быть dict или str с JSON, дан {got}"),
        format!("document must be a dict or a str of JSON, not {got}"),
    )
}

/// Journal entries that are neither a list (or tuple) nor a `str` of JSON.
///
/// ```
/// let t = kazcustoms_core::messages::python::entries_type("dict");
/// assert_eq!(t.en, "entries must be a list of dicts or a str of JSON, not dict");
/// ```
pub fn entries_type(got: &str) -> Text {
    Text::new(
        format!("жазбалар dict тізімі немесе JSON str болуы керек, берілгені {got}"),
        format!("записи должны быть списком dict или str с JSON, дан {got}"),
        format!("entries must be a list of dicts or a str of JSON, not {got}"),
    )
}

/// A keyword argument of the validation context given a Python value that
/// no JSON can hold (the context is read as its JSON form).
///
/// ```
/// let t = kazcustoms_core::messages::python::keyword_not_json("offices", "bytes");
/// assert!(t.en.starts_with("offices must be a value JSON can hold"));
/// assert!(t.en.ends_with("not bytes"));
/// ```
pub fn keyword_not_json(name: &str, got: &str) -> Text {
    let types = "str, int, float, bool, None, list, dict, datetime.date";
    Text::new(
        format!("{name} JSON ұстай алатын мән болуы керек ({types}), берілгені {got}"),
        format!("{name} должен быть значением, представимым в JSON ({types}), дан {got}"),
        format!("{name} must be a value JSON can hold ({types}), not {got}"),
    )
}

/// A date the core computed that `datetime.date` cannot hold (past year 9999).
///
/// ```
/// let t = kazcustoms_core::messages::python::date_beyond_python("+10000-01-03");
/// assert_eq!(t.en, "the date +10000-01-03 is beyond the range of datetime.date (year 9999)");
/// ```
pub fn date_beyond_python(date: &str) -> Text {
    Text::new(
        format!("{date} күні datetime.date ауқымынан тыс (9999 жылға дейін)"),
        format!("дата {date} вне диапазона datetime.date (до 9999 года)"),
        format!("the date {date} is beyond the range of datetime.date (year 9999)"),
    )
}

/// A `kazcustoms.Number` of another kind where a number of `expected` kind
/// is needed.
///
/// ```
/// let t = kazcustoms_core::messages::python::number_of_kind("dcd", "tsw");
/// assert_eq!(t.en, "expected a dcd number, got a tsw number");
/// ```
pub fn number_of_kind(expected: &str, got: &str) -> Text {
    Text::new(
        format!("{expected} нөмірі керек, берілгені {got}"),
        format!("нужен номер вида {expected}, дан {got}"),
        format!("expected a {expected} number, got a {got} number"),
    )
}

/// A number argument that is neither a `kazcustoms.Number` nor a `str`.
///
/// ```
/// let t = kazcustoms_core::messages::python::number_type("dcd", "int");
/// assert_eq!(t.en, "a dcd number must be a kazcustoms.Number or a str, not int");
/// ```
pub fn number_type(kind: &str, got: &str) -> Text {
    Text::new(
        format!("{kind} нөмірі kazcustoms.Number немесе str болуы керек, берілгені {got}"),
        format!("номер вида {kind} должен быть kazcustoms.Number или str, дан {got}"),
        format!("a {kind} number must be a kazcustoms.Number or a str, not {got}"),
    )
}

/// `GuaranteeOffice.fulfil` given both marks of fulfilment, or neither.
///
/// ```
/// let t = kazcustoms_core::messages::python::one_fulfilment();
/// assert_eq!(t.en, "give exactly one of short_declaration and customs_declaration");
/// ```
pub fn one_fulfilment() -> Text {
    Text::new(
        "short_declaration немесе customs_declaration біреуі ғана берілуі керек",
        "нужно указать ровно одно: short_declaration или customs_declaration",
        "give exactly one of short_declaration and customs_declaration",
    )
}

/// The mark of a returned guarantee obligation asked for in a language it
/// does not exist in.
///
/// ```
/// let t = kazcustoms_core::messages::python::return_mark_lang();
/// assert_eq!(t.en, "the mark is in Kazakh (kk) or Russian (ru) only");
/// ```
pub fn return_mark_lang() -> Text {
    Text::new(
        "белгі қазақ (kk) немесе орыс (ru) тілінде ғана",
        "отметка только на казахском (kk) или русском (ru)",
        "the mark is in Kazakh (kk) or Russian (ru) only",
    )
}

/// An object left unusable by an earlier panic (its lock is poisoned).
///
/// ```
/// let t = kazcustoms_core::messages::python::poisoned("GuaranteeOffice");
/// assert_eq!(t.en, "the GuaranteeOffice was poisoned by a panic");
/// ```
pub fn poisoned(what: &str) -> Text {
    Text::new(
        format!("{what} panic салдарынан жарамсыз"),
        format!("{what} непригоден после panic"),
        format!("the {what} was poisoned by a panic"),
    )
}

/// The `calendar=` keyword or `Calendar.from_overrides` given a value that
/// is neither a `Calendar` (where one is accepted), a mapping of overrides,
/// nor (for `from_overrides`) a `str` of JSON.
///
/// ```
/// let t = kazcustoms_core::messages::python::overrides_type("int");
/// assert_eq!(t.en, "calendar overrides must be a mapping or a str of JSON, not int");
/// ```
pub fn overrides_type(got: &str) -> Text {
    Text::new(
        format!("күнтізбе өзгерістері mapping немесе JSON str болуы керек, берілгені {got}"),
        format!("изменения календаря должны быть mapping или str с JSON, дан {got}"),
        format!("calendar overrides must be a mapping or a str of JSON, not {got}"),
    )
}

/// A number of working days that is not an `int`.
///
/// ```
/// let t = kazcustoms_core::messages::python::count_type("float");
/// assert_eq!(t.en, "n must be an int number of working days, not float");
/// ```
pub fn count_type(got: &str) -> Text {
    Text::new(
        format!("n жұмыс күндерінің int саны болуы керек, берілгені {got}"),
        format!("n должно быть целым (int) числом рабочих дней, дано {got}"),
        format!("n must be an int number of working days, not {got}"),
    )
}

/// A date argument that is not a `datetime.date`; a `datetime.datetime` is
/// refused, its time would be dropped silently. Python names the argument
/// before it (`argument 'start': …`).
///
/// ```
/// let t = kazcustoms_core::messages::python::date_type("datetime");
/// assert_eq!(t.en, "expected a datetime.date, not datetime (pass its .date())");
/// let t = kazcustoms_core::messages::python::date_type("str");
/// assert_eq!(t.en, "expected a datetime.date, not str");
/// ```
pub fn date_type(got: &str) -> Text {
    let (kk, ru, en) = if got == "datetime" {
        (
            " (оның .date() мәнін беріңіз)",
            " (передайте его .date())",
            " (pass its .date())",
        )
    } else {
        ("", "", "")
    };
    Text::new(
        format!("datetime.date күтілді, берілгені {got}{kk}"),
        format!("ожидается datetime.date, дан {got}{ru}"),
        format!("expected a datetime.date, not {got}{en}"),
    )
}

/// A whole-number argument (a year) given as another type; a `bool` is not
/// a number.
///
/// ```
/// let t = kazcustoms_core::messages::python::int_type("bool");
/// assert_eq!(t.en, "expected an int, not bool");
/// ```
pub fn int_type(got: &str) -> Text {
    Text::new(
        format!("int күтілді, берілгені {got}"),
        format!("ожидается int, дан {got}"),
        format!("expected an int, not {got}"),
    )
}

/// A distance argument that is not an `int` or a `float` (a `bool` is not
/// a number of kilometres).
///
/// ```
/// let t = kazcustoms_core::messages::python::distance_type("bool");
/// assert_eq!(t.en, "distance_km must be an int or float number of kilometres, not bool");
/// ```
pub fn distance_type(got: &str) -> Text {
    Text::new(
        format!("distance_km километрлердің int немесе float саны болуы керек, берілгені {got}"),
        format!("distance_km должно быть числом километров (int или float), дано {got}"),
        format!("distance_km must be an int or float number of kilometres, not {got}"),
    )
}

/// A number of working days outside 0 to 2³² − 1; `shown` is the value.
///
/// ```
/// let t = kazcustoms_core::messages::python::count_range("-1");
/// assert_eq!(t.en, "the number of working days must be 0 to 4294967295, got -1");
/// ```
pub fn count_range(shown: &str) -> Text {
    Text::new(
        format!("жұмыс күндерінің саны 0 мен 4294967295 аралығында болуы керек, берілгені {shown}"),
        format!("число рабочих дней должно быть от 0 до 4294967295, дано {shown}"),
        format!("the number of working days must be 0 to 4294967295, got {shown}"),
    )
}

/// A `str` given where an iterable of `datetime.date` is needed (`what` is
/// the argument, e.g. `days_off`).
///
/// ```
/// let t = kazcustoms_core::messages::python::dates_not_str("days_off");
/// assert_eq!(t.en, "days_off must be an iterable of datetime.date, not a str");
/// ```
pub fn dates_not_str(what: &str) -> Text {
    Text::new(
        format!("{what} datetime.date итерабелі болуы керек, str емес"),
        format!("{what} должен быть итерируемым набором datetime.date, а не str"),
        format!("{what} must be an iterable of datetime.date, not a str"),
    )
}

/// An item of an iterable of dates that is not a `datetime.date`.
///
/// ```
/// let t = kazcustoms_core::messages::python::dates_item("working_days", "str");
/// assert_eq!(t.en, "working_days must contain datetime.date values, not str");
/// ```
pub fn dates_item(what: &str, got: &str) -> Text {
    Text::new(
        format!("{what} тек datetime.date мәндерінен тұруы керек, берілгені {got}"),
        format!("{what} должен содержать значения datetime.date, дан {got}"),
        format!("{what} must contain datetime.date values, not {got}"),
    )
}

/// `kurban_ait` given a value that is not a mapping.
///
/// ```
/// let t = kazcustoms_core::messages::python::kurban_ait_type("list");
/// assert_eq!(t.en, "kurban_ait must be a mapping of int years to datetime.date, not list");
/// ```
pub fn kurban_ait_type(got: &str) -> Text {
    Text::new(
        format!(
            "kurban_ait int жылдардан datetime.date күндеріне mapping болуы керек, берілгені {got}"
        ),
        format!("kurban_ait должен быть mapping из int лет в datetime.date, дан {got}"),
        format!("kurban_ait must be a mapping of int years to datetime.date, not {got}"),
    )
}

/// `kurban_ait` mapping something other than an `int` year to a
/// `datetime.date`.
///
/// ```
/// let t = kazcustoms_core::messages::python::kurban_ait_items();
/// assert_eq!(t.en, "kurban_ait must map int years to datetime.date values");
/// ```
pub fn kurban_ait_items() -> Text {
    Text::new(
        "kurban_ait int жылдарды datetime.date мәндеріне сәйкестендіруі керек",
        "kurban_ait должен сопоставлять int годам значения datetime.date",
        "kurban_ait must map int years to datetime.date values",
    )
}

/// A Kurban Ait year too large for the calendar.
///
/// ```
/// let t = kazcustoms_core::messages::python::kurban_ait_year();
/// assert_eq!(t.en, "a Kurban Ait year is outside the calendar's range");
/// ```
pub fn kurban_ait_year() -> Text {
    Text::new(
        "Құрбан айт жылы күнтізбенің ауқымынан тыс",
        "год Курбан айта вне диапазона календаря",
        "a Kurban Ait year is outside the calendar's range",
    )
}

/// Nesting deeper than the reader goes (`serde_json`'s words).
///
/// ```
/// assert_eq!(kazcustoms_core::messages::python::recursion_limit().en, "recursion limit exceeded");
/// ```
pub fn recursion_limit() -> Text {
    Text::new(
        "ұя салу шегінен асты",
        "превышен предел вложенности",
        "recursion limit exceeded",
    )
}

/// An integer too large for any number the documents hold (`serde_json`'s
/// words).
///
/// ```
/// assert_eq!(kazcustoms_core::messages::python::number_out_of_range().en, "number out of range");
/// ```
pub fn number_out_of_range() -> Text {
    Text::new(
        "сан ауқымнан тыс",
        "число вне диапазона",
        "number out of range",
    )
}

/// What a float must be: JSON has no NaN or infinity.
///
/// ```
/// let t = kazcustoms_core::messages::python::finite_number();
/// assert_eq!(t.en, "a finite number (JSON has no NaN or infinity)");
/// ```
pub fn finite_number() -> Text {
    Text::new(
        "шекті сан (JSON-да NaN мен шексіздік жоқ)",
        "конечное число (в JSON нет NaN и бесконечности)",
        "a finite number (JSON has no NaN or infinity)",
    )
}

/// What a list longer than its target must have (`serde_json`'s words).
///
/// ```
/// assert_eq!(kazcustoms_core::messages::python::fewer_elements().en, "fewer elements in array");
/// ```
pub fn fewer_elements() -> Text {
    Text::new(
        "массивте элементтер азырақ",
        "меньше элементов в массиве",
        "fewer elements in array",
    )
}

/// A Python value of no JSON type, as the reader names it.
///
/// ```
/// let t = kazcustoms_core::messages::python::python_value("set");
/// assert_eq!(t.en, "Python value of type set");
/// ```
pub fn python_value(type_name: &str) -> Text {
    Text::new(
        format!("{type_name} түріндегі Python мәні"),
        format!("значение Python типа {type_name}"),
        format!("Python value of type {type_name}"),
    )
}

/// A `str` holding a lone surrogate (not valid Unicode), refused as
/// `serde_json` refuses its escape in JSON text.
///
/// ```
/// let t = kazcustoms_core::messages::python::lone_surrogate();
/// assert_eq!(t.en, "a str with a lone surrogate is not valid Unicode");
/// ```
pub fn lone_surrogate() -> Text {
    Text::new(
        "жалғыз суррогаты бар str жарамды Unicode емес",
        "str с одиночным суррогатом не является допустимым Unicode",
        "a str with a lone surrogate is not valid Unicode",
    )
}

/// A dict that changed while it was read (by a finalizer the garbage
/// collector ran): the read stops.
///
/// ```
/// let t = kazcustoms_core::messages::python::dict_changed();
/// assert_eq!(t.en, "the dict changed while it was read");
/// ```
pub fn dict_changed() -> Text {
    Text::new(
        "dict оқылып жатқанда өзгерді",
        "dict изменился во время чтения",
        "the dict changed while it was read",
    )
}

/// A dict value asked for before its key (a reader's internal misuse).
///
/// ```
/// let t = kazcustoms_core::messages::python::value_before_key();
/// assert_eq!(t.en, "a value asked for before its key");
/// ```
pub fn value_before_key() -> Text {
    Text::new(
        "мән кілтінен бұрын сұралды",
        "значение запрошено раньше ключа",
        "a value asked for before its key",
    )
}

/// A dict key that is not a `str` (JSON keys are strings).
///
/// ```
/// let t = kazcustoms_core::messages::python::key_type("int");
/// assert_eq!(t.en, "a key must be a str, not int");
/// ```
pub fn key_type(got: &str) -> Text {
    Text::new(
        format!("кілт str болуы керек, берілгені {got}"),
        format!("ключ должен быть str, дан {got}"),
        format!("a key must be a str, not {got}"),
    )
}

/// A whole-number argument (`vehicles`, `rate`) of another Python type
/// than `int` (a `bool` included: `True` is not a count).
///
/// ```
/// let t = kazcustoms_core::messages::python::int_argument_type("vehicles", "float");
/// assert_eq!(t.en, "vehicles must be an int, not float");
/// ```
pub fn int_argument_type(argument: &str, got: &str) -> Text {
    Text::new(
        format!("{argument} int болуы керек, берілгені {got}"),
        format!("{argument} должно быть целым числом (int), дано {got}"),
        format!("{argument} must be an int, not {got}"),
    )
}

/// A whole-number argument outside 0 to 2³² − 1; `shown` is the value.
///
/// ```
/// let t = kazcustoms_core::messages::python::u32_range("rate", "-1");
/// assert_eq!(t.en, "rate must be 0 to 4294967295, got -1");
/// ```
pub fn u32_range(argument: &str, shown: &str) -> Text {
    Text::new(
        format!("{argument} 0 мен 4294967295 аралығында болуы керек, берілгені {shown}"),
        format!("{argument} должно быть от 0 до 4294967295, дано {shown}"),
        format!("{argument} must be 0 to 4294967295, got {shown}"),
    )
}

/// An entry of `validate_many`'s documents that is neither a `dict` nor a
/// `str` or `bytes` of JSON.
///
/// ```
/// let t = kazcustoms_core::messages::python::batch_document_type("int");
/// assert_eq!(t.en, "each document must be a dict, or a str or bytes of JSON, not int");
/// ```
pub fn batch_document_type(got: &str) -> Text {
    Text::new(
        format!("әр құжат dict немесе JSON str не bytes болуы керек, берілгені {got}"),
        format!("каждый документ должен быть dict или str либо bytes с JSON, дан {got}"),
        format!("each document must be a dict, or a str or bytes of JSON, not {got}"),
    )
}

/// A document given as `bytes` that is not UTF-8; `offset` is the byte
/// where the first invalid sequence starts.
///
/// ```
/// let t = kazcustoms_core::messages::python::bytes_not_utf8(7);
/// assert_eq!(t.en, "the bytes are not valid UTF-8 (at byte 7)");
/// ```
pub fn bytes_not_utf8(offset: usize) -> Text {
    Text::new(
        format!("байттар жарамды UTF-8 емес ({offset}-байтта)"),
        format!("байты не являются корректным UTF-8 (в байте {offset})"),
        format!("the bytes are not valid UTF-8 (at byte {offset})"),
    )
}

/// A number of threads below 1; `shown` is the value.
///
/// ```
/// let t = kazcustoms_core::messages::python::threads_range("0");
/// assert_eq!(t.en, "threads must be at least 1 (None: all cores), got 0");
/// ```
pub fn threads_range(shown: &str) -> Text {
    Text::new(
        format!("threads кемінде 1 болуы керек (None: барлық ядролар), берілгені {shown}"),
        format!("threads должно быть не меньше 1 (None: все ядра), дано {shown}"),
        format!("threads must be at least 1 (None: all cores), got {shown}"),
    )
}

/// An `errors=` argument that is neither `'raise'` nor `'return'`; `shown`
/// is the value, quoted.
///
/// ```
/// let t = kazcustoms_core::messages::python::errors_value("\"skip\"");
/// assert_eq!(t.en, "errors must be 'raise' or 'return', got \"skip\"");
/// ```
pub fn errors_value(shown: &str) -> Text {
    Text::new(
        format!("errors 'raise' немесе 'return' болуы керек, берілгені {shown}"),
        format!("errors должно быть 'raise' или 'return', дано {shown}"),
        format!("errors must be 'raise' or 'return', got {shown}"),
    )
}

/// The saved state of one `Violation` (a pickle) that does not hold
/// exactly one violation.
///
/// ```
/// let t = kazcustoms_core::messages::python::one_violation();
/// assert_eq!(t.en, "a saved Violation is a report of exactly one violation");
/// ```
pub fn one_violation() -> Text {
    Text::new(
        "сақталған Violation дәл бір бұзушылығы бар есеп болуы керек",
        "сохранённое Violation должно быть отчётом ровно с одним нарушением",
        "a saved Violation is a report of exactly one violation",
    )
}

/// `validate_many`'s documents given as one document (a `dict`, `str` or
/// `bytes`) rather than an iterable of documents.
///
/// ```
/// let t = kazcustoms_core::messages::python::documents_iterable("dict");
/// assert_eq!(t.en, "documents must be an iterable of documents (a list, a generator, …), not one dict");
/// ```
pub fn documents_iterable(got: &str) -> Text {
    Text::new(
        format!("documents құжаттардың итерацияланатын жиыны болуы керек (list, generator, …), бір {got} емес"),
        format!("documents должен быть итерируемым набором документов (list, generator, …), а не одним {got}"),
        format!("documents must be an iterable of documents (a list, a generator, …), not one {got}"),
    )
}
