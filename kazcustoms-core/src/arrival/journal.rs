//! The arrivals journal (annex 9) and the DCD registration journal
//! (annex 2), as serde rows and as tables.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::dcd::Dcd;
use crate::error::{check_sequence, first_repeat, number_fits_entry, repeated_number, Input, Place};
use crate::numbers::{DcdNumber, ParseOptions};
use crate::report::Text;
use crate::short_declaration::{date_cell, money_cell, number_cell};
use crate::tables::Table;
use crate::Error;

/// One row of the journal registering the arrival of goods (annex 9), in
/// the annex's column order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ArrivalEntry {
    /// 1 "No", when the caller numbers the journal.
    #[serde(default)]
    pub number: Option<u32>,
    /// 2 arrival date.
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::option")]
    pub arrival_date: Option<NaiveDate>,
    /// 3 DCD reference number (or the number of the TIR carnet used as
    /// the DCD, R1 §58).
    #[serde(default)]
    pub dcd_number: String,
    /// 4 short declaration or cargo customs declaration number.
    #[serde(default)]
    pub declaration_number: String,
    /// 5 consignor (name, address).
    #[serde(default)]
    pub consignor: String,
    /// 6 consignee (name, address).
    #[serde(default)]
    pub consignee: String,
    /// 7 goods (name, commodity code).
    #[serde(default)]
    pub goods: String,
    /// 8 gross weight (kg).
    #[serde(default)]
    pub gross_kg: Option<f64>,
    /// 9 number of packages.
    #[serde(default)]
    pub packages: Option<i64>,
    /// 10 currency code.
    #[serde(default)]
    pub currency: String,
    /// 11 invoice value (first half of "invoice/statistical value").
    #[serde(default)]
    pub invoice_value: Option<f64>,
    /// 11 statistical value (second half of "invoice/statistical value").
    #[serde(default)]
    pub statistical_value: Option<f64>,
    /// 12 vehicle number.
    #[serde(default)]
    pub vehicle_number: String,
    /// 13 name of the customs officer.
    #[serde(default)]
    pub officer: String,
    /// 14 note.
    #[serde(default)]
    pub note: String,
}

fn text(value: Option<&str>) -> String {
    value.map(str::trim).unwrap_or_default().to_owned()
}

/// Column 31 descriptions with their column 33 codes: `NAME (CODE); …`.
fn goods(dcd: &Dcd) -> String {
    dcd.items()
        .map(|(_, item)| {
            let name = text(item.description.as_deref());
            match item.commodity_code.as_deref().map(str::trim) {
                Some(code) if !code.is_empty() => format!("{name} ({code})"),
                _ => name,
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The per-item sums the registers copy from a DCD, exact (weights in
/// thousandths of a kilogram, values in hundredths).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct Totals {
    /// Column 35 summed, kg.
    pub(crate) gross_kg: Option<f64>,
    /// Column 38 summed, kg.
    pub(crate) net_kg: Option<f64>,
    /// Column 46 summed.
    pub(crate) statistical_value: Option<f64>,
}

/// A column value the registers cannot copy: out of its range
/// ([`crate::quantity`]). `path` is under the DCD (`sheets[0].items[2].gross_kg`).
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct OutOfRange {
    /// The column's range rule.
    pub(crate) rule: crate::rules::Rule,
    /// The column, `35`.
    pub(crate) column: &'static str,
    /// The field's path under the DCD.
    pub(crate) path: String,
    /// The value.
    pub(crate) value: f64,
}

impl Totals {
    /// The sums of `dcd`'s items, or the first value out of its range.
    pub(crate) fn of(dcd: &Dcd) -> Result<Totals, OutOfRange> {
        use crate::quantity::{Sum, AMOUNT, WEIGHT_KG};
        use crate::rules::Rule;
        let weight = |rule, column, field| (rule, column, field, WEIGHT_KG, Sum::thousandths());
        Ok(Totals {
            gross_kg: sum(dcd, weight(Rule::Dcd35Range, "35", "gross_kg"), |i| i.gross_kg)?,
            net_kg: sum(dcd, weight(Rule::Dcd38Range, "38", "net_kg"), |i| i.net_kg)?,
            statistical_value: sum(
                dcd,
                (Rule::Dcd46Range, "46", "statistical_value", AMOUNT, Sum::hundredths()),
                |i| i.statistical_value,
            )?,
        })
    }
}

/// The exact sum of a per-item quantity, added into `total` (an empty sum
/// in the quantity's units); `None` when no item carries it; the first
/// value beyond `range`'s magnitude ([`crate::quantity::Range::bounded`]: a
/// zero or negative value is the DCD validation's to report), or a sum that
/// cannot be represented (which values in range never make), as an error
/// naming it.
fn sum(
    dcd: &Dcd,
    (rule, column, field, range, mut total): (
        crate::rules::Rule,
        &'static str,
        &'static str,
        crate::quantity::Range,
        crate::quantity::Sum,
    ),
    value: impl Fn(&crate::dcd::Item) -> Option<f64>,
) -> Result<Option<f64>, OutOfRange> {
    for (s, sheet) in dcd.sheets.iter().enumerate() {
        for (i, item) in sheet.items.iter().enumerate() {
            let Some(v) = value(item) else { continue };
            if !range.bounded(v) || total.add(v).is_err() {
                return Err(OutOfRange {
                    rule,
                    column,
                    path: format!("sheets[{s}].items[{i}].{field}"),
                    value: v,
                });
            }
        }
    }
    Ok(total.any().then(|| total.value()))
}

impl ArrivalEntry {
    /// The arrivals journal row for `dcd` (number `dcd_number`), arrived on
    /// `date` with the declaration `declaration` written on the stamp; the
    /// row's number, officer and note as the arrival gives them.
    pub(crate) fn new(
        dcd: &Dcd,
        dcd_number: &str,
        (number, officer, note): (Option<u32>, Option<&str>, Option<&str>),
        date: NaiveDate,
        declaration: &str,
        totals: Totals,
    ) -> ArrivalEntry {
        ArrivalEntry {
            number,
            arrival_date: Some(date),
            dcd_number: dcd_number.to_owned(),
            declaration_number: declaration.to_owned(),
            consignor: text(dcd.consignor.as_deref()),
            consignee: text(
                dcd.consignee
                    .as_ref()
                    .and_then(|c| c.name_address.as_deref()),
            ),
            goods: goods(dcd),
            gross_kg: totals.gross_kg,
            packages: dcd.packages,
            currency: text(dcd.invoice.as_ref().and_then(|i| i.currency.as_deref())),
            invoice_value: dcd.invoice.as_ref().and_then(|i| i.total),
            statistical_value: totals.statistical_value,
            vehicle_number: text(
                dcd.vehicle_at_departure
                    .as_ref()
                    .and_then(|v| v.details.as_deref()),
            ),
            officer: text(officer),
            note: text(note),
        }
    }
}

/// Verifies annex 9 entries read back (input `entries`): a "No", where
/// given, is at least 1 and appears once a year (of the arrival date); a
/// DCD arrives once; goods do not arrive before the DCD they travel under
/// was registered (the date of its number).
///
/// Reading: the journal's own numbering is the caller's (the annex gives
/// the column, not the scheme); numbers may restart each year or run on,
/// and entries are told apart by the year of their arrival date.
pub(crate) fn check_arrivals(entries: &[ArrivalEntry]) -> Result<(), Error> {
    let place = Place::new(Input::Entries, "entries");
    for (i, e) in entries.iter().enumerate() {
        if let Some(n) = e.number {
            check_sequence(place, i, n, u32::MAX)?;
        }
        let dcd = e.dcd_number.trim();
        if let (Some(arrived), false) = (e.arrival_date, dcd.is_empty()) {
            let registered = DcdNumber::parse(dcd, &ParseOptions::new(arrived))
                .err()
                .and_then(|e| e.future_date());
            if let Some(registered) = registered {
                let q = crate::names::quote(dcd);
                return Err(place.at(
                    i,
                    "arrival_date",
                    Text::new(
                        format!("тауар {arrived} күні келген, ЖБҚ {q} {registered} тіркелгенге дейін"),
                        format!("товары поступили {arrived}, раньше регистрации ДКД {q} {registered}"),
                        format!("the goods arrived on {arrived}, before the DCD {q} was registered on {registered}"),
                    ),
                ));
            }
        }
    }
    let numbers = entries
        .iter()
        .map(|e| e.number.map(|n| (e.arrival_date.map(|d| d.year()), n)));
    if let Some((i, k)) = first_repeat(numbers) {
        let n = entries[i].number.unwrap_or_default();
        return Err(repeated_number(place, (i, k), n));
    }
    let dcds = entries
        .iter()
        .map(|e| Some(e.dcd_number.trim()).filter(|d| !d.is_empty()));
    if let Some((i, k)) = first_repeat(dcds) {
        let (q, other) = (
            crate::names::quote(entries[i].dcd_number.trim()),
            place.entry(k),
        );
        return Err(place.at(
            i,
            "dcd_number",
            Text::new(
                format!("ЖБҚ {q} бұрын келген ({other}): ЖБҚ бойынша тауар бір рет келеді"),
                format!("по ДКД {q} товары уже поступили ({other}): поступление по ДКД регистрируется один раз"),
                format!("the goods of the DCD {q} have already arrived ({other}): a DCD's arrival is registered once"),
            ),
        ));
    }
    Ok(())
}

/// Verifies annex 2 entries read back (input `entries`): each "No" is a
/// DCD sequence (1 to 99 999) and appears once a year (of its date); where
/// the entry gives its date and reference number, the number is the DCD's
/// of that date and that sequence, as [`DcdRegisterEntry::from_dcd`]
/// writes it.
pub(crate) fn check_dcd_register(entries: &[DcdRegisterEntry]) -> Result<(), Error> {
    let place = Place::new(Input::Entries, "entries");
    let max = crate::numbers::NumberKind::Dcd.max_sequence();
    for (i, e) in entries.iter().enumerate() {
        check_sequence(place, i, e.number, max)?;
        let reference = e.reference_number.trim();
        let Some(date) = e.date.filter(|_| !reference.is_empty()) else {
            continue;
        };
        let q = crate::names::quote(reference);
        let n = match DcdNumber::parse(reference, &ParseOptions::new(date)) {
            Ok(n) => n,
            Err(err) => {
                let err = err.text();
                return Err(place.at(
                    i,
                    "reference_number",
                    Text::new(
                        format!("{q} анықтама нөмірі {date} күні оқылмайды: {}", err.kk),
                        format!("справочный номер {q} не читается на {date}: {}", err.ru),
                        format!(
                            "the reference number {q} does not read on {date}: {}",
                            err.en
                        ),
                    ),
                ));
            }
        };
        number_fits_entry(place, (i, "reference_number"), &q, (n.date(), n.sequence()), (date, e.number))?;
    }
    let numbers = entries
        .iter()
        .map(|e| Some((e.date.map(|d| d.year()), e.number)));
    match first_repeat(numbers) {
        Some((i, k)) => Err(repeated_number(place, (i, k), entries[i].number)),
        None => Ok(()),
    }
}

fn h(kk: &str, ru: &str, en: &str) -> Text {
    Text::new(kk, ru, en)
}

/// The arrivals journal (annex 9) as a table, in the annex's column order
/// with headers in Kazakh, Russian and English. Column 11 reads
/// `invoice / statistical`.
///
/// ```
/// use kazcustoms_core::arrival::{arrivals_table, ArrivalEntry};
/// use kazcustoms_core::Lang;
/// let e = ArrivalEntry { number: Some(3), invoice_value: Some(100.0), statistical_value: Some(1.5), ..Default::default() };
/// let t = arrivals_table(&[e]);
/// assert_eq!(t.headers.len(), 14);
/// assert_eq!(t.rows[0][10], "100.00 / 1.50");
/// assert!(t.to_csv(Lang::En).starts_with("No,Arrival date,DCD number,"));
/// ```
pub fn arrivals_table(entries: &[ArrivalEntry]) -> Table {
    let title = h(
        "Тауарлардың түсуін тіркеу журналы (9-қосымша)",
        "Журнал регистрации поступления товаров (приложение 9)",
        "Journal of goods arrivals (annex 9)",
    );
    let headers = vec![
        h("№", "№", "No"),
        h("Түскен күні", "Дата поступления", "Arrival date"),
        h("ЖБҚ анықтама N", "Справочный № ДКД", "DCD number"),
        h(
            "Қысқаша декларация, жүк кедендік декларация N",
            "№ краткой декларации, ГТД",
            "Short or cargo customs declaration number",
        ),
        h(
            "Жөнелтуші (атауы, мекенжайы)",
            "Отправитель (наименование, адрес)",
            "Consignor (name, address)",
        ),
        h(
            "Алушы (атауы, мекенжайы)",
            "Получатель (наименование, адрес)",
            "Consignee (name, address)",
        ),
        h(
            "Тауар (атауы, СЭҚ ТН бойынша коды)",
            "Товар (наименование, код ТН ВЭД)",
            "Goods (name, commodity code)",
        ),
        h("Салмағы брутто", "Вес брутто", "Gross weight"),
        h("Орын саны", "Количество мест", "Packages"),
        h("Валюта коды", "Код валюты", "Currency code"),
        h(
            "Фактуралық/статистикалық құны",
            "Фактурная/статистическая стоимость",
            "Invoice/statistical value",
        ),
        h(
            "Көлік құралының нөмірі",
            "Номер транспортного средства",
            "Vehicle number",
        ),
        h(
            "Кеден органы лауазымды адамының Т.А.Ә.",
            "ФИО должностного лица таможни",
            "Customs officer",
        ),
        h("Ескерту", "Примечание", "Note"),
    ];
    let mut table = Table::new(title, headers);
    for e in entries {
        let values = match (e.invoice_value, e.statistical_value) {
            (Some(_), Some(_)) => format!(
                "{} / {}",
                money_cell(e.invoice_value),
                money_cell(e.statistical_value)
            ),
            _ => money_cell(e.invoice_value.or(e.statistical_value)),
        };
        table.push(vec![
            e.number.map_or_else(String::new, |n| n.to_string()),
            date_cell(e.arrival_date),
            e.dcd_number.clone(),
            e.declaration_number.clone(),
            e.consignor.clone(),
            e.consignee.clone(),
            e.goods.clone(),
            number_cell(e.gross_kg),
            e.packages.map_or_else(String::new, |p| p.to_string()),
            e.currency.clone(),
            values,
            e.vehicle_number.clone(),
            e.officer.clone(),
            e.note.clone(),
        ]);
    }
    table
}

/// One row of the DCD registration journal (annex 2), kept by the
/// departure office (R1 §5), in the annex's column order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DcdRegisterEntry {
    /// 1 "No": the sequence of the DCD reference number.
    pub number: u32,
    /// 2 date (of registration).
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::option")]
    pub date: Option<NaiveDate>,
    /// 3 number of the DCD form (the blank's printed number).
    #[serde(default)]
    pub form_number: String,
    /// 4 DCD reference number (column 7).
    #[serde(default)]
    pub reference_number: String,
    /// 5 consignor (name, address).
    #[serde(default)]
    pub consignor: String,
    /// 6 consignee (name, address, the consignee's railway station).
    #[serde(default)]
    pub consignee: String,
    /// 7 carrier (name, address).
    #[serde(default)]
    pub carrier: String,
    /// 8 goods (name and commodity code).
    #[serde(default)]
    pub goods: String,
    /// 9 number of packages.
    #[serde(default)]
    pub packages: Option<i64>,
    /// 10 gross weight (tonnes).
    #[serde(default)]
    pub gross_t: Option<f64>,
    /// 10 net weight (tonnes).
    #[serde(default)]
    pub net_t: Option<f64>,
    /// 11 currency code.
    #[serde(default)]
    pub currency: String,
    /// 12 invoice value.
    #[serde(default)]
    pub invoice_value: Option<f64>,
    /// 13 destination office.
    #[serde(default)]
    pub destination_office: String,
    /// 14 vehicle number.
    #[serde(default)]
    pub vehicle_number: String,
    /// 15 inspector's name and personal numbered seal.
    #[serde(default)]
    pub inspector: String,
    /// 16 note.
    #[serde(default)]
    pub note: String,
}

impl DcdRegisterEntry {
    /// The annex 2 row of a registered DCD: its number and date from column
    /// 7 (read with `options`), the parties, goods and values from its
    /// columns, the inspector from stamp C; `form_number` is the blank's
    /// printed number, which the document model does not carry.
    ///
    /// # Errors
    ///
    /// An input error when column 7 is empty; the number's `NUM.*` error
    /// when it is not a valid `dcd` number.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use kazcustoms_core::arrival::DcdRegisterEntry;
    /// use kazcustoms_core::dcd::Dcd;
    /// use kazcustoms_core::ParseOptions;
    /// let dcd = Dcd { reference_number: Some("55201/14106/00317".into()), ..Default::default() };
    /// let opts = ParseOptions::new(NaiveDate::from_ymd_opt(2026, 11, 22).unwrap());
    /// let row = DcdRegisterEntry::from_dcd(&dcd, "0841277", &opts).unwrap();
    /// assert_eq!(row.number, 317);
    /// assert_eq!(row.date, NaiveDate::from_ymd_opt(2026, 10, 14));
    /// ```
    pub fn from_dcd(
        dcd: &Dcd,
        form_number: &str,
        options: &ParseOptions<'_>,
    ) -> Result<DcdRegisterEntry, Error> {
        let Some(text) = dcd.reference_number.as_deref() else {
            return Err(Error::invalid_argument(
                "reference_number",
                Text::new(
                    "ЖБҚ тіркелмеген: 7-баған бос",
                    "ДКД не зарегистрирован: графа 7 пуста",
                    "the DCD is not registered: column 7 is empty",
                ),
            ));
        };
        let n = DcdNumber::parse(text, options)?;
        let consignee = dcd.consignee.as_ref().map_or_else(String::new, |c| {
            let name = text_of(c.name_address.as_deref());
            match c.rail_station.as_deref().map(str::trim) {
                Some(s) if !s.is_empty() => format!("{name}, {s}"),
                _ => name,
            }
        });
        let inspector = dcd.stamp_c.as_ref().map_or_else(String::new, |s| {
            let name = text_of(s.inspector.as_deref());
            match s.personal_seal.as_deref().map(str::trim) {
                Some(seal) if !seal.is_empty() => format!("{name}, {seal}"),
                _ => name,
            }
        });
        let totals = Totals::of(dcd).map_err(|e| {
            let value = crate::quantity::written(e.value);
            Error::invalid_document(
                crate::Input::Document,
                format!("document.{}", e.path),
                crate::check::titled(e.rule, Some(value)),
            )
        })?;
        let tonnes = |kg: Option<f64>| kg.map(|k| k.round() / 1000.0);
        Ok(DcdRegisterEntry {
            number: n.sequence(),
            date: Some(n.date()),
            form_number: form_number.trim().to_owned(),
            reference_number: n.to_string(),
            consignor: text_of(dcd.consignor.as_deref()),
            consignee,
            carrier: text_of(dcd.principal.as_ref().and_then(|p| p.carrier.as_deref())),
            goods: goods(dcd),
            packages: dcd.packages,
            gross_t: tonnes(totals.gross_kg),
            net_t: tonnes(totals.net_kg),
            currency: text_of(dcd.invoice.as_ref().and_then(|i| i.currency.as_deref())),
            invoice_value: dcd.invoice.as_ref().and_then(|i| i.total),
            destination_office: text_of(
                dcd.destination_office
                    .as_ref()
                    .and_then(|o| o.name.as_deref()),
            ),
            vehicle_number: text_of(
                dcd.vehicle_at_departure
                    .as_ref()
                    .and_then(|v| v.details.as_deref()),
            ),
            inspector,
            note: String::new(),
        })
    }
}

fn text_of(value: Option<&str>) -> String {
    text(value)
}

/// The DCD registration journal (annex 2) as a table, in the annex's column
/// order with headers in Kazakh, Russian and English. Column 10 reads
/// `gross / net` in tonnes, three decimals.
///
/// ```
/// use kazcustoms_core::arrival::{dcd_register_table, DcdRegisterEntry};
/// let e = DcdRegisterEntry { number: 317, gross_t: Some(20.174), net_t: Some(19.93), ..Default::default() };
/// let t = dcd_register_table(&[e]);
/// assert_eq!(t.headers.len(), 16);
/// assert_eq!(t.rows[0][9], "20.174 / 19.930");
/// ```
pub fn dcd_register_table(entries: &[DcdRegisterEntry]) -> Table {
    let title = h(
        "Жеткізуді бақылау құжаттарын тіркеу журналы (2-қосымша)",
        "Журнал регистрации документов контроля доставки (приложение 2)",
        "DCD registration journal (annex 2)",
    );
    let headers = vec![
        h("№", "№", "No"),
        h("Күні", "Дата", "Date"),
        h(
            "ЖБҚ бланкісінің нөмірі",
            "Номер бланка ДКД",
            "DCD form number",
        ),
        h(
            "ЖБҚ анықтама нөмірі",
            "Справочный номер ДКД",
            "DCD reference number",
        ),
        h(
            "Жіберуші (атауы, мекенжайы)",
            "Отправитель (наименование, адрес)",
            "Consignor (name, address)",
        ),
        h(
            "Алушы (атауы, мекенжайы, алушы т/ж стансасы)",
            "Получатель (наименование, адрес, ж/д станция получателя)",
            "Consignee (name, address, railway station)",
        ),
        h(
            "Тасымалдаушы (атауы, мекенжайы)",
            "Перевозчик (наименование, адрес)",
            "Carrier (name, address)",
        ),
        h(
            "Тауар (атауы және СЭҚ ТН бойынша коды)",
            "Товар (наименование и код ТН ВЭД)",
            "Goods (name and commodity code)",
        ),
        h("Орын саны", "Количество мест", "Packages"),
        h(
            "Салмағы брутто-нетто (тонна)",
            "Вес брутто-нетто (тонн)",
            "Weight gross/net (tonnes)",
        ),
        h("Валюта коды", "Код валюты", "Currency code"),
        h("Фактуралық құны", "Фактурная стоимость", "Invoice value"),
        h(
            "Баратын кеден органы",
            "Таможня назначения",
            "Destination office",
        ),
        h(
            "Көлік құралының N",
            "№ транспортного средства",
            "Vehicle number",
        ),
        h(
            "Инспектордың аты-жөні, жеке нөмірлік мөрі",
            "ФИО инспектора, личная номерная печать",
            "Inspector's name, personal numbered seal",
        ),
        h("Ескерту", "Примечание", "Note"),
    ];
    let mut table = Table::new(title, headers);
    let t = |x: Option<f64>| x.map_or_else(String::new, |v| format!("{v:.3}"));
    for e in entries {
        let weight = match (e.gross_t, e.net_t) {
            (None, None) => String::new(),
            (g, n) => format!("{} / {}", t(g), t(n)),
        };
        table.push(vec![
            e.number.to_string(),
            date_cell(e.date),
            e.form_number.clone(),
            e.reference_number.clone(),
            e.consignor.clone(),
            e.consignee.clone(),
            e.carrier.clone(),
            e.goods.clone(),
            e.packages.map_or_else(String::new, |p| p.to_string()),
            weight,
            e.currency.clone(),
            money_cell(e.invoice_value),
            e.destination_office.clone(),
            e.vehicle_number.clone(),
            e.inspector.clone(),
            e.note.clone(),
        ]);
    }
    table
}
