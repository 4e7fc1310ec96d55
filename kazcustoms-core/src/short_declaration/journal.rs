//! Registration of short declarations (R1 §27–§28) and their journal
//! (annex 8) as a table.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::{check_sequence, first_repeat, repeated_number, Input, Place};
use crate::journal::Journal;
use crate::numbers::{NumberKind, ParseOptions, RegistrationNumber, ShortDeclarationNumber};
use crate::report::Text;
use crate::short_declaration::model::ShortDeclaration;
use crate::tables::Table;
use crate::Error;

/// One row of the short-declaration registration journal (annex 8), in the
/// annex's column order. The sequence number in the journal is the
/// declaration's registration number (annex 8 note; R1 §27).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ShortDeclarationEntry {
    /// 1 "No": the sequence number in the journal.
    pub number: u32,
    /// 2 registration number in the temporary storage warehouse (place).
    #[serde(default)]
    pub tsw_number: String,
    /// 3 number of the previous document (DCD).
    #[serde(default)]
    pub previous_document: String,
    /// 4 consignee.
    #[serde(default)]
    pub consignee: String,
    /// 5 name of the goods.
    #[serde(default)]
    pub goods: String,
    /// 6 carrier.
    #[serde(default)]
    pub carrier: String,
    /// 7 vehicle.
    #[serde(default)]
    pub vehicle: String,
    /// 8 number of packages.
    #[serde(default)]
    pub packages: Option<u32>,
    /// 9 weight (kg).
    #[serde(default)]
    pub weight_kg: Option<f64>,
    /// 10 invoice value.
    #[serde(default)]
    pub invoice_value: Option<f64>,
    /// 11 currency code.
    #[serde(default)]
    pub currency: String,
    /// 12 temporary storage place.
    #[serde(default)]
    pub storage_place: String,
    /// 13 temporary storage term (its last day).
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::option")]
    pub storage_term: Option<NaiveDate>,
    /// 14 extension of the term (filled later).
    #[serde(default)]
    pub term_extension: String,
    /// 15 number of the cargo customs declaration (DCD) under which release
    /// from the warehouse was allowed (filled later).
    #[serde(default)]
    pub release_declaration: String,
}

fn text(value: &Option<String>) -> String {
    value
        .as_deref()
        .map(str::trim)
        .unwrap_or_default()
        .to_owned()
}

fn join<'a>(parts: impl IntoIterator<Item = &'a str>, sep: &str) -> String {
    parts
        .into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(sep)
}

impl ShortDeclaration {
    /// Registers the declaration (R1 §27–§28): issues the next number from
    /// the office's short-declaration `journal` on `date`, writes it on the
    /// declaration and returns its annex 8 journal row.
    ///
    /// # Errors
    ///
    /// An input error when `journal` is not a `short_declaration` journal;
    /// `JOURNAL.BACKDATED` or `JOURNAL.FULL` from the journal.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use kazcustoms_core::short_declaration::ShortDeclaration;
    /// use kazcustoms_core::{Journal, NumberKind};
    /// let journal = Journal::new(NumberKind::ShortDeclaration, "15101").unwrap();
    /// let mut sd = ShortDeclaration::default();
    /// let entry = sd.register(&journal, NaiveDate::from_ymd_opt(2026, 10, 19).unwrap()).unwrap();
    /// assert_eq!(sd.number.as_deref(), Some("15101/19106/000001"));
    /// assert_eq!(entry.number, 1);
    /// ```
    pub fn register(
        &mut self,
        journal: &Journal,
        date: NaiveDate,
    ) -> Result<ShortDeclarationEntry, Error> {
        if journal.kind() != NumberKind::ShortDeclaration {
            return Err(Error::invalid_argument(
                "journal",
                Text::new(
                    format!(
                        "қысқаша декларациялар журналы керек, берілгені: {}",
                        journal.kind()
                    ),
                    format!(
                        "нужен журнал кратких деклараций, дан журнал вида {}",
                        journal.kind()
                    ),
                    format!(
                        "expected a short_declaration journal, got a {} journal",
                        journal.kind()
                    ),
                ),
            ));
        }
        let number = journal.issue(date, None)?;
        self.number = Some(number.to_string());
        Ok(self.entry_with(number.sequence()))
    }

    /// The annex 8 journal row of a registered declaration, its "No" the
    /// sequence of its registration number (read with `options`).
    ///
    /// # Errors
    ///
    /// An input error when the declaration has no number; the number's
    /// `NUM.*` error when it is not a valid `short_declaration` number.
    pub fn journal_entry(
        &self,
        options: &ParseOptions<'_>,
    ) -> Result<ShortDeclarationEntry, Error> {
        let Some(text) = self.number.as_deref() else {
            return Err(Error::invalid_argument(
                "number",
                Text::new(
                    "қысқаша декларация әлі тіркелмеген: нөмірі жоқ",
                    "краткая декларация ещё не зарегистрирована: нет номера",
                    "the short declaration is not registered yet: it has no number",
                ),
            ));
        };
        let number = ShortDeclarationNumber::parse(text, options)?;
        Ok(self.entry_with(RegistrationNumber::from(number).sequence()))
    }

    fn entry_with(&self, sequence: u32) -> ShortDeclarationEntry {
        let goods = join(
            self.goods
                .iter()
                .map(|g| g.name.as_deref().unwrap_or_default()),
            "; ",
        );
        let carrier = self.carrier.as_ref().map_or_else(String::new, |k| {
            join(
                [
                    k.name_address.as_deref().unwrap_or_default(),
                    k.full_name.as_deref().unwrap_or_default(),
                    k.trip_number.as_deref().unwrap_or_default(),
                ],
                ", ",
            )
        });
        let carrier = if carrier.is_empty() {
            self.carrier
                .as_ref()
                .map_or_else(String::new, |k| k.carrier_type.name().to_owned())
        } else {
            carrier
        };
        let vehicle = self.vehicle.as_ref().map_or_else(String::new, |v| {
            join(
                [
                    v.mode.as_deref().unwrap_or_default(),
                    v.name.as_deref().unwrap_or_default(),
                    v.number.as_deref().unwrap_or_default(),
                ],
                " ",
            )
        });
        let storage_place = self.storage_place.as_ref().map_or_else(String::new, |p| {
            join(
                [
                    p.name.as_deref().unwrap_or_default(),
                    p.location.as_deref().unwrap_or_default(),
                ],
                ", ",
            )
        });
        ShortDeclarationEntry {
            number: sequence,
            tsw_number: text(&self.tsw_number),
            previous_document: text(&self.previous_document),
            consignee: self
                .consignee
                .as_ref()
                .map_or_else(String::new, |p| text(&p.name_address)),
            goods,
            carrier,
            vehicle,
            packages: self.packages,
            weight_kg: self.weight_kg,
            invoice_value: self.invoice_value,
            currency: text(&self.currency),
            storage_place,
            storage_term: self.storage_term,
            term_extension: String::new(),
            release_declaration: String::new(),
        }
    }
}

/// Verifies annex 8 entries read back (input `entries`): each "No" is a
/// sequence of the short-declaration journal (1 to 999 999) and appears
/// once.
///
/// Reading: the "No" is the declaration's registration number (§27), which
/// restarts at 1 on 1 January, and the entries carry no date to tell the
/// years apart: one table is one year's journal, and a journal kept over
/// several years is exported one year at a time.
pub(crate) fn check_entries(entries: &[ShortDeclarationEntry]) -> Result<(), Error> {
    let place = Place::new(Input::Entries, "entries");
    let max = NumberKind::ShortDeclaration.max_sequence();
    for (i, e) in entries.iter().enumerate() {
        check_sequence(place, i, e.number, max)?;
    }
    match first_repeat(entries.iter().map(|e| Some(e.number))) {
        Some((i, k)) => Err(repeated_number(place, (i, k), entries[i].number)),
        None => Ok(()),
    }
}

/// The title and column headers of annex 8.
fn headers() -> (Text, Vec<Text>) {
    let title = Text::new(
        "Қысқаша декларацияларды тіркеу журналы (8-қосымша)",
        "Журнал регистрации кратких деклараций (приложение 8)",
        "Short declaration registration journal (annex 8)",
    );
    let h = |kk: &str, ru: &str, en: &str| Text::new(kk, ru, en);
    let headers = vec![
        h("№", "№", "No"),
        h(
            "УСҚ (УСО) тіркеу нөмірі",
            "Регистрационный номер СВХ",
            "TSW registration number",
        ),
        h(
            "Алдыңғы құжаттың нөмірі (ЖБҚ)",
            "Номер предшествующего документа (ДКД)",
            "Previous document number (DCD)",
        ),
        h("Алушы", "Получатель", "Consignee"),
        h("Тауардың атауы", "Наименование товара", "Goods"),
        h("Тасымалдаушы", "Перевозчик", "Carrier"),
        h("Көлік құралы", "Транспортное средство", "Vehicle"),
        h("Саны", "Количество мест", "Packages"),
        h("Салмағы (кг)", "Вес (кг)", "Weight (kg)"),
        h("Фактуралық құны", "Фактурная стоимость", "Invoice value"),
        h("Валютаның коды", "Код валюты", "Currency code"),
        h(
            "Уақытша сақтау орны",
            "Место временного хранения",
            "Storage place",
        ),
        h(
            "Уақытша сақтау мерзімі",
            "Срок временного хранения",
            "Storage term",
        ),
        h("Мерзімін ұзарту", "Продление срока", "Term extension"),
        h(
            "Қоймадан шығаруға рұқсат берілген ЖКД (ЖБҚ) нөмірі",
            "Номер ГТД (ДКД), по которой разрешён выпуск со склада",
            "Number of the declaration (DCD) allowing release from the warehouse",
        ),
    ];
    (title, headers)
}

/// A number as the journal writes it: whole numbers without decimals.
pub(crate) fn number_cell(x: Option<f64>) -> String {
    x.map_or_else(String::new, |v| v.to_string())
}

/// Money with two decimals.
pub(crate) fn money_cell(x: Option<f64>) -> String {
    x.map_or_else(String::new, |v| format!("{v:.2}"))
}

/// A date as the journals write it, `DD.MM.YYYY`.
pub(crate) fn date_cell(d: Option<NaiveDate>) -> String {
    d.map_or_else(String::new, |d| d.format("%d.%m.%Y").to_string())
}

/// The short-declaration journal (annex 8) as a table, in the annex's
/// column order with headers in Kazakh, Russian and English.
///
/// ```
/// use kazcustoms_core::short_declaration::{journal_table, ShortDeclarationEntry};
/// use kazcustoms_core::Lang;
/// let entry = ShortDeclarationEntry { number: 7, packages: Some(27), ..Default::default() };
/// let table = journal_table(&[entry]);
/// assert_eq!(table.headers.len(), 15);
/// assert!(table.to_csv(Lang::Ru).starts_with("№,Регистрационный номер СВХ,"));
/// assert_eq!(table.rows[0][0], "7");
/// assert_eq!(table.rows[0][7], "27");
/// ```
pub fn journal_table(entries: &[ShortDeclarationEntry]) -> Table {
    let (title, headers) = headers();
    let mut table = Table::new(title, headers);
    for e in entries {
        table.push(vec![
            e.number.to_string(),
            e.tsw_number.clone(),
            e.previous_document.clone(),
            e.consignee.clone(),
            e.goods.clone(),
            e.carrier.clone(),
            e.vehicle.clone(),
            e.packages.map_or_else(String::new, |p| p.to_string()),
            number_cell(e.weight_kg),
            money_cell(e.invoice_value),
            e.currency.clone(),
            e.storage_place.clone(),
            date_cell(e.storage_term),
            e.term_extension.clone(),
            e.release_declaration.clone(),
        ]);
    }
    table
}
