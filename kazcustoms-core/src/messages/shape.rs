//! Messages about an input that cannot be read: a value of the wrong type,
//! a missing or unknown field, a value not among the allowed ones, a date
//! not written `YYYY-MM-DD`, a number out of range, text that is not JSON.
//!
//! Each is written here in Kazakh, Russian and English; no sentence quotes
//! the English of the JSON reader (serde), so a Kazakh or Russian message
//! is Kazakh or Russian throughout. Values are quoted as bounded prefixes
//! ([`crate::names::quote`]); JSON names and literals (`null`, `true`,
//! field names, `YYYY-MM-DD`) stay as they are written.

use crate::text::Text;

/// The name of a JSON type, or of a text format a field holds: `null`,
/// `boolean`, `integer`, `number`, `string`, `array`, `object`, `date`,
/// `date_time`; `None` for another name.
///
/// ```
/// use kazcustoms_core::messages::shape::type_name;
/// assert_eq!(type_name("integer").unwrap().ru, "целое число");
/// assert!(type_name("u32").is_none());
/// ```
pub fn type_name(name: &str) -> Option<Text> {
    let [kk, ru, en] = match name {
        "null" => ["null", "null", "null"],
        "boolean" => [
            "логикалық мән (true немесе false)",
            "логическое значение (true или false)",
            "a boolean (true or false)",
        ],
        "integer" => ["бүтін сан", "целое число", "an integer"],
        "number" => ["сан", "число", "a number"],
        "string" => ["мәтін", "строка", "a string"],
        "array" => ["тізім (массив)", "список (массив)", "an array"],
        "object" => ["объект", "объект", "an object"],
        "date" => [
            "YYYY-MM-DD түрінде жазылған күн",
            "дата в виде YYYY-MM-DD",
            "a date written YYYY-MM-DD",
        ],
        "date_time" => [
            "YYYY-MM-DDTHH:MM түрінде жазылған күн мен уақыт",
            "дата и время в виде YYYY-MM-DDTHH:MM",
            "a date and time written YYYY-MM-DDTHH:MM",
        ],
        _ => return None,
    };
    Some(Text::new(kk, ru, en))
}

/// A value described for a message: its type's name and, for a scalar,
/// the value itself (`"27"`, `27.5`, `true`).
///
/// ```
/// use kazcustoms_core::messages::shape::{found, type_name};
/// let t = found(type_name("string").unwrap(), Some("\"27\""));
/// assert_eq!(t.en, "a string \"27\"");
/// assert_eq!(t.ru, "строка \"27\"");
/// ```
pub fn found(kind: Text, literal: Option<&str>) -> Text {
    match literal {
        Some(v) if v != kind.en => Text::new(
            format!("{} {v}", kind.kk),
            format!("{} {v}", kind.ru),
            format!("{} {v}", kind.en),
        ),
        _ => kind,
    }
}

/// `a`, `a or b`, `a, b or c` in each language.
fn either(options: &[Text]) -> Text {
    let join = |get: fn(&Text) -> &str, or: &str| {
        let words: Vec<&str> = options.iter().map(get).collect();
        match words.split_last() {
            None => String::new(),
            Some((last, [])) => (*last).to_owned(),
            Some((last, rest)) => format!("{} {or} {last}", rest.join(", ")),
        }
    };
    Text::new(
        join(|t| &t.kk, "немесе"),
        join(|t| &t.ru, "или"),
        join(|t| &t.en, "or"),
    )
}

/// A value of the wrong type: `expected` (one of them) was expected,
/// `found` was given.
///
/// ```
/// use kazcustoms_core::messages::shape::{found, type_name, wrong_type};
/// let t = wrong_type(
///     &[type_name("integer").unwrap(), type_name("null").unwrap()],
///     found(type_name("string").unwrap(), Some("\"27\"")),
/// );
/// assert_eq!(t.en, "expected an integer or null, found a string \"27\"");
/// assert_eq!(t.ru, "ожидается целое число или null, дано: строка \"27\"");
/// ```
pub fn wrong_type(expected: &[Text], found: Text) -> Text {
    let e = either(expected);
    Text::new(
        format!("{} күтілді, берілгені: {}", e.kk, found.kk),
        format!("ожидается {}, дано: {}", e.ru, found.ru),
        format!("expected {}, found {}", e.en, found.en),
    )
}

/// A required field missing from its object; `field` is quoted.
///
/// ```
/// let t = kazcustoms_core::messages::shape::required("\"total\"");
/// assert_eq!(t.en, "the required field \"total\" is missing");
/// ```
pub fn required(field: &str) -> Text {
    Text::new(
        format!("міндетті {field} өрісі жоқ"),
        format!("нет обязательного поля {field}"),
        format!("the required field {field} is missing"),
    )
}

/// A field its object does not have; `key` is quoted.
///
/// ```
/// let t = kazcustoms_core::messages::shape::unknown_field("\"colour\"");
/// assert_eq!(t.ru, "неизвестное поле \"colour\": такого поля здесь нет");
/// ```
pub fn unknown_field(key: &str) -> Text {
    Text::new(
        format!("белгісіз {key} өрісі: мұнда мұндай өріс жоқ"),
        format!("неизвестное поле {key}: такого поля здесь нет"),
        format!("unknown field {key}: there is no such field here"),
    )
}

/// The same field given twice in one object; `field` is quoted.
///
/// ```
/// let t = kazcustoms_core::messages::shape::duplicate_field("\"date\"");
/// assert_eq!(t.en, "the field \"date\" is given twice");
/// ```
pub fn duplicate_field(field: &str) -> Text {
    Text::new(
        format!("{field} өрісі екі рет берілген"),
        format!("поле {field} указано дважды"),
        format!("the field {field} is given twice"),
    )
}

/// The most allowed values a message lists.
const LISTED: usize = 12;

/// A value not among the `allowed` ones (each quoted); at most twelve are
/// listed.
///
/// ```
/// let allowed = ["\"paper\"".to_owned(), "\"electronic\"".to_owned()];
/// let t = kazcustoms_core::messages::shape::not_allowed("\"fax\"", &allowed);
/// assert_eq!(t.en, "\"fax\" is not one of the allowed values: \"paper\", \"electronic\"");
/// ```
pub fn not_allowed(value: &str, allowed: &[String]) -> Text {
    let mut list = allowed
        .iter()
        .take(LISTED)
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(", ");
    if allowed.len() > LISTED {
        list.push_str(", …");
    }
    Text::new(
        format!("{value} рұқсат етілген мәндердің бірі емес: {list}"),
        format!("{value} — не одно из допустимых значений: {list}"),
        format!("{value} is not one of the allowed values: {list}"),
    )
}

/// A text that is not in the format `format` (a [`type_name`] such as
/// `date`); `value` is quoted.
///
/// ```
/// use kazcustoms_core::messages::shape::{not_in_format, type_name};
/// let t = not_in_format("\"16.10.2026\"", type_name("date").unwrap());
/// assert_eq!(t.en, "\"16.10.2026\" is not a date written YYYY-MM-DD");
/// assert_eq!(t.ru, "\"16.10.2026\" — не дата в виде YYYY-MM-DD");
/// ```
pub fn not_in_format(value: &str, format: Text) -> Text {
    Text::new(
        format!("{value} — {} емес", format.kk),
        format!("{value} — не {}", format.ru),
        format!("{value} is not {}", format.en),
    )
}

/// A number out of its field's range: at least `min`, at most `max`
/// (either may be absent).
///
/// ```
/// let t = kazcustoms_core::messages::shape::out_of_range("-3", Some("0"), Some("4294967295"));
/// assert_eq!(t.en, "-3 is out of range: at least 0, at most 4294967295");
/// assert_eq!(t.kk, "-3 рұқсат етілген ауқымнан тыс: ең кемі 0, ең көбі 4294967295");
/// ```
pub fn out_of_range(value: &str, min: Option<&str>, max: Option<&str>) -> Text {
    let bounds = |lo: &str, hi: &str| {
        let mut parts = Vec::new();
        if let Some(m) = min {
            parts.push(format!("{lo} {m}"));
        }
        if let Some(m) = max {
            parts.push(format!("{hi} {m}"));
        }
        parts.join(", ")
    };
    Text::new(
        format!(
            "{value} рұқсат етілген ауқымнан тыс: {}",
            bounds("ең кемі", "ең көбі")
        ),
        format!(
            "{value} вне допустимого диапазона: {}",
            bounds("не менее", "не более")
        ),
        format!("{value} is out of range: {}", bounds("at least", "at most")),
    )
}

/// A value the reader refused for a reason of its own (given by the reader
/// in English, `en`): the Kazakh and Russian say only that the value (when
/// `found` describes it) cannot be read here; the English keeps the
/// reader's reason.
///
/// ```
/// let t = kazcustoms_core::messages::shape::cannot_be_read(None, "no column \"0\"");
/// assert_eq!(t.en, "cannot be read: no column \"0\"");
/// assert_eq!(t.ru, "не прочитано: значение этого поля недопустимо");
/// ```
pub fn cannot_be_read(found: Option<Text>, en: &str) -> Text {
    match found {
        Some(f) => Text::new(
            format!("оқылмады: {} бұл өріске жарамсыз", f.kk),
            format!("не прочитано: {} — недопустимое значение этого поля", f.ru),
            format!("cannot be read: {en}"),
        ),
        None => Text::new(
            "оқылмады: бұл өрістің мәні жарамсыз",
            "не прочитано: значение этого поля недопустимо",
            format!("cannot be read: {en}"),
        ),
    }
}

/// Text that is not JSON; `code` is the JSON reader's reason (without its
/// location), of which the usual ones are said in each language.
///
/// ```
/// let t = kazcustoms_core::messages::shape::not_json("trailing comma");
/// assert_eq!(t.en, "not JSON: trailing comma");
/// assert_eq!(t.ru, "текст не JSON: лишняя запятая");
/// ```
pub fn not_json(code: &str) -> Text {
    let [kk, ru] = match code {
        "EOF while parsing a list" => [
            "тізім аяқталмай мәтін бітті",
            "текст кончился внутри массива",
        ],
        "EOF while parsing an object" => [
            "объект аяқталмай мәтін бітті",
            "текст кончился внутри объекта",
        ],
        "EOF while parsing a string" => {
            ["жол аяқталмай мәтін бітті", "текст кончился внутри строки"]
        }
        "EOF while parsing a value" => [
            "мән күтілген жерде мәтін бітті",
            "текст кончился там, где ожидалось значение",
        ],
        "expected `:`" => ["«:» күтілді", "ожидается «:»"],
        "expected `,` or `]`" => ["«,» немесе «]» күтілді", "ожидается «,» или «]»"],
        "expected `,` or `}`" => ["«,» немесе «}» күтілді", "ожидается «,» или «}»"],
        "expected ident" | "expected value" => ["мән күтілді", "ожидается значение"],
        "expected `\"`" => ["«\"» күтілді", "ожидается «\"»"],
        "invalid escape" => [
            "жолда жарамсыз escape-тізбек",
            "недопустимая escape-последовательность в строке",
        ],
        "invalid number" => ["жарамсыз сан", "недопустимое число"],
        "number out of range" => ["сан тым үлкен", "число вне допустимого диапазона"],
        "invalid unicode code point" => ["жарамсыз Unicode таңбасы", "недопустимый символ Unicode"],
        "control character (\\u0000-\\u001F) found while parsing a string" => [
            "жолда басқару таңбасы (U+0000–U+001F) бар",
            "в строке управляющий символ (U+0000–U+001F)",
        ],
        "key must be a string" => [
            "объект кілті жол болуы керек",
            "ключ объекта должен быть строкой",
        ],
        "lone leading surrogate in hex escape" | "unexpected end of hex escape" => [
            "жолда жарамсыз \\u escape-тізбегі",
            "недопустимая последовательность \\u в строке",
        ],
        "trailing comma" => ["артық үтір", "лишняя запятая"],
        "trailing characters" => ["құжаттан кейін артық мәтін", "лишний текст после документа"],
        "recursion limit exceeded" => [
            "тым терең кірістіру (128 деңгейден артық)",
            "слишком глубокая вложенность (более 128 уровней)",
        ],
        _ => ["мәтін JSON емес", "текст не является JSON"],
    };
    Text::new(
        format!("мәтін JSON емес: {kk}"),
        format!("текст не JSON: {ru}"),
        format!("not JSON: {code}"),
    )
}

/// Where in the text the JSON reader stopped: line and column.
///
/// ```
/// let t = kazcustoms_core::messages::shape::location(1, 33);
/// assert_eq!(t.en, " at line 1 column 33");
/// assert_eq!(t.ru, " (строка 1, столбец 33)");
/// ```
pub fn location(line: usize, column: usize) -> Text {
    Text::new(
        format!(" ({line}-жол, {column}-баған)"),
        format!(" (строка {line}, столбец {column})"),
        format!(" at line {line} column {column}"),
    )
}

/// An input that must be a JSON object but is another JSON value (`found`
/// describes it).
///
/// ```
/// use kazcustoms_core::messages::shape::{expected_object, type_name};
/// let t = expected_object(type_name("array").unwrap());
/// assert_eq!(t.en, "expected a JSON object, found an array");
/// ```
pub fn expected_object(found: Text) -> Text {
    Text::new(
        format!("JSON объект күтілді, берілгені: {}", found.kk),
        format!("ожидается объект JSON, дано: {}", found.ru),
        format!("expected a JSON object, found {}", found.en),
    )
}

/// The lead of the list of the problems after the first, `count` of
/// them: `; also unreadable (2): `.
///
/// ```
/// let t = kazcustoms_core::messages::shape::also(2);
/// assert_eq!(t.en, "; also unreadable (2): ");
/// ```
pub fn also(count: usize) -> Text {
    Text::new(
        format!("; сондай-ақ оқылмады ({count}): "),
        format!("; также не прочитано ({count}): "),
        format!("; also unreadable ({count}): "),
    )
}
