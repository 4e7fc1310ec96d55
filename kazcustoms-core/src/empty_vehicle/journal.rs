//! The journal of imports of empty foreign vehicles (R1 §39, annex 12).

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::error::{check_sequence, first_repeat, repeated_number, Input, Place};
use crate::report::Text;
use crate::tables::Table;
use crate::Error;

/// One row of the journal of annex 12, in the annex's column order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EmptyVehicleEntry {
    /// 1 "No", when the caller numbers the journal.
    #[serde(default)]
    pub number: Option<u32>,
    /// 2 date.
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::option")]
    pub date: Option<NaiveDate>,
    /// 3 destination customs office.
    #[serde(default)]
    pub destination_office: String,
    /// 4 No of the certificate blank: the link to the certificate.
    #[serde(default)]
    pub blank_number: String,
    /// 5 make, model.
    #[serde(default)]
    pub make_model: String,
    /// 6 vehicle registration No.
    #[serde(default)]
    pub registration_number: String,
    /// 7 vehicle owner.
    #[serde(default)]
    pub owner: String,
    /// 8 driver's full name.
    #[serde(default)]
    pub driver: String,
    /// 9 country the vehicle came from.
    #[serde(default)]
    pub country: String,
    /// 10 term of arrival.
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::option")]
    pub arrival_term: Option<NaiveDate>,
    /// 11 customs official's full name.
    #[serde(default)]
    pub official: String,
}

/// Verifies annex 12 entries read back (input `entries`): a "No", where
/// given, is at least 1 and appears once a year (of its date); every entry
/// names its certificate blank, and each blank once (a strict-accountability
/// blank is registered once); a term of arrival is not before its entry's
/// date.
pub(crate) fn check_entries(entries: &[EmptyVehicleEntry]) -> Result<(), Error> {
    let place = Place::new(Input::Entries, "entries");
    for (i, e) in entries.iter().enumerate() {
        if let Some(n) = e.number {
            check_sequence(place, i, n, u32::MAX)?;
        }
        if e.blank_number.trim().is_empty() {
            return Err(place.at(
                i,
                "blank_number",
                Text::new(
                    "куәлік бланкісінің нөмірі (4-баған) жазылмаған",
                    "не указан номер бланка свидетельства (графа 4)",
                    "the certificate blank's number (column 4) is missing",
                ),
            ));
        }
        if let (Some(date), Some(term)) = (e.date, e.arrival_term) {
            if term < date {
                return Err(place.at(
                    i,
                    "arrival_term",
                    Text::new(
                        format!("келу мерзімі {term} жазба күнінен {date} бұрын"),
                        format!("срок прибытия {term} раньше даты записи {date}"),
                        format!("the term of arrival {term} is before the entry's date {date}"),
                    ),
                ));
            }
        }
    }
    let numbers = entries
        .iter()
        .map(|e| e.number.map(|n| (e.date.map(|d| d.year()), n)));
    if let Some((i, k)) = first_repeat(numbers) {
        return Err(repeated_number(
            place,
            (i, k),
            entries[i].number.unwrap_or_default(),
        ));
    }
    if let Some((i, k)) = first_repeat(entries.iter().map(|e| Some(e.blank_number.trim()))) {
        let (q, other) = (
            crate::names::quote(entries[i].blank_number.trim()),
            place.entry(k),
        );
        return Err(place.at(
            i,
            "blank_number",
            Text::new(
                format!("{q} бланкісі бұрын тіркелген ({other}): әр бланк бір рет тіркеледі"),
                format!("бланк {q} уже зарегистрирован ({other}): каждый бланк регистрируется один раз"),
                format!("the blank {q} is already registered ({other}): each blank is registered once"),
            ),
        ));
    }
    Ok(())
}

/// The journal of annex 12 as a table, in the annex's column order with
/// headers in Kazakh, Russian and English.
///
/// ```
/// use kazcustoms_core::empty_vehicle::{journal_table, EmptyVehicleEntry};
/// use kazcustoms_core::Lang;
/// let e = EmptyVehicleEntry { number: Some(1), blank_number: "0012345".into(), ..Default::default() };
/// let t = journal_table(&[e]);
/// assert_eq!(t.headers.len(), 11);
/// assert_eq!(t.rows[0][3], "0012345");
/// assert!(t.to_csv(Lang::En).starts_with("No,Date,Destination office,"));
/// ```
pub fn journal_table(entries: &[EmptyVehicleEntry]) -> Table {
    let h = |kk: &str, ru: &str, en: &str| Text::new(kk, ru, en);
    let title = h(
        "Шетелдік бос көлік құралдарының әкелінуін тіркеу журналы (12-қосымша)",
        "Журнал регистрации ввоза порожних иностранных транспортных средств (приложение 12)",
        "Journal of imports of empty foreign vehicles (annex 12)",
    );
    let headers = vec![
        h("N", "№", "No"),
        h("Күні", "Дата", "Date"),
        h("Баратын кеден органы", "Таможня назначения", "Destination office"),
        h(
            "Шетелдік бос көлік құралдарын әкелу куәлігі бланкісінің N",
            "№ бланка свидетельства о ввозе порожних иностранных транспортных средств",
            "No of the import certificate blank",
        ),
        h("Маркасы, модель", "Марка, модель", "Make, model"),
        h(
            "Көлік құралының тіркеу нөмірі",
            "Регистрационный номер транспортного средства",
            "Vehicle registration No",
        ),
        h("Көлік құралының иесі", "Владелец транспортного средства", "Vehicle owner"),
        h(
            "Көлік құралын жүргізушінің Т.Ә.А.",
            "ФИО водителя транспортного средства",
            "Driver's full name",
        ),
        h(
            "Көлік құралының шыққан елі",
            "Страна отправления транспортного средства",
            "Country the vehicle came from",
        ),
        h("Келу мерзімі", "Срок прибытия", "Term of arrival"),
        h(
            "Кеден органы лауазымды адамының Т.Ә.А.",
            "ФИО должностного лица таможенного органа",
            "Customs official's full name",
        ),
    ];
    let date = |d: Option<NaiveDate>| d.map_or_else(String::new, |d| d.format("%d.%m.%Y").to_string());
    let mut table = Table::new(title, headers);
    for e in entries {
        table.push(vec![
            e.number.map_or_else(String::new, |n| n.to_string()),
            date(e.date),
            e.destination_office.clone(),
            e.blank_number.clone(),
            e.make_model.clone(),
            e.registration_number.clone(),
            e.owner.clone(),
            e.driver.clone(),
            e.country.clone(),
            date(e.arrival_term),
            e.official.clone(),
        ]);
    }
    table
}
