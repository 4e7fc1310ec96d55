//! The column table of the DCD: one place that says, for every column the
//! DCD uses (R1 §8), its name in three languages, who fills it and when it is
//! required — so that user interfaces can be built from it.

pub use crate::columns::{Column, FilledBy, Required};
use crate::text::Text;

type Row = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    FilledBy,
    Required,
    bool,
    &'static [&'static str],
);

use FilledBy::{CarrierRepresentative as Carrier, CustomsOfficer as Officer, Declarant as Decl};
use Required::*;

/// The rows: id, kk, ru, en, who, when, per item, fields. Names per R1 §9
/// (Kazakh) and the cargo customs declaration form (Russian).
#[rustfmt::skip]
const ROWS: &[Row] = &[
    ("1", "Декларацияның түрі", "Тип декларации", "Declaration type", Decl, Always, false, &["declaration_type"]),
    ("2", "Жөнелтуші", "Отправитель", "Consignor", Decl, Always, false, &["consignor"]),
    ("3", "Қосымша парақтар", "Добавочные листы", "Additional sheets", Decl, WhenAdditionalSheets, false, &["sheets[].forms"]),
    ("4", "Түсіру ерекшелігі", "Отгрузочные спецификации", "Loading specifications", Decl, WhenGoodsList, false, &["loading_lists"]),
    ("5", "Барлық тауарлардың атауы", "Всего наименований товаров", "Total items", Decl, Always, false, &["total_items"]),
    ("6", "Орындардың саны", "Всего мест", "Packages", Decl, Always, false, &["packages", "bulk_cargo"]),
    ("7", "Анықтамалық нөмір", "Справочный номер", "Reference number", Officer, AtRegistration, false, &["reference_number"]),
    ("8", "Алушы", "Получатель", "Consignee", Decl, Always, false, &["consignee"]),
    ("9", "Кедендік алып жүру актісі мен шешімінің нөмірі", "Номер акта и решения о таможенном сопровождении", "Customs escort act and decision", Decl, WhenEscorted, false, &["escort_number"]),
    ("15", "Жөнелтуші ел", "Страна отправления", "Country of dispatch", Decl, Always, false, &["country_of_dispatch"]),
    ("16", "Шығарылған ел", "Страна происхождения", "Country of origin", Decl, Always, false, &["country_of_origin"]),
    ("17", "Баратын елі", "Страна назначения", "Country of destination", Decl, Always, false, &["country_of_destination"]),
    ("18", "Жөнелту кезіндегі көлік құралы", "Транспортное средство при отправлении", "Vehicle at departure", Decl, Always, false, &["vehicle_at_departure"]),
    ("21", "Шекарадағы көлік құралы", "Активное транспортное средство на границе", "Active vehicle at border", Decl, Always, false, &["vehicle_at_border"]),
    ("22", "Валюта және тауарлардың жалпы фактуралық құны", "Валюта и общая фактурная стоимость товаров", "Currency and total invoiced amount", Decl, Always, false, &["invoice"]),
    ("23", "Валюта бағамы", "Курс валюты", "Exchange rate", Decl, Always, false, &["exchange_rate"]),
    ("25", "Көлік түрінің коды", "Вид транспорта", "Transport mode", Decl, Always, false, &["transport_mode"]),
    ("29", "Шекарадағы кеден", "Таможня на границе", "Office at border", Decl, Always, false, &["border_office"]),
    ("31", "Жүк орындары мен тауардың сипаттамасы", "Грузовые места и описание товаров", "Packages and description", Decl, Always, true, &["sheets[].items[].description", "sheets[].items[].containers"]),
    ("32", "N тауары", "Товар №", "Item", Decl, Always, true, &["sheets[].items[].item_number"]),
    ("33", "Тауардың коды", "Код товара", "Commodity code", Decl, Always, true, &["sheets[].items[].commodity_code"]),
    ("35", "Жалпы салмақ (кг)", "Вес брутто (кг)", "Gross weight (kg)", Decl, Always, true, &["sheets[].items[].gross_kg"]),
    ("38", "Таза салмақ (кг)", "Вес нетто (кг)", "Net weight (kg)", Decl, Always, true, &["sheets[].items[].net_kg"]),
    ("40", "Алдыңғы құжат", "Предшествующий документ", "Previous document", Decl, WhenAvailable, true, &["sheets[].items[].previous_document"]),
    ("42", "Фактуралық құн", "Фактурная стоимость", "Invoice value", Decl, Always, true, &["sheets[].items[].invoice_value"]),
    ("44", "Қосымша ақпарат/ұсынылатын құжаттар", "Дополнительная информация/представленные документы", "Additional information / documents", Decl, Always, true, &["sheets[].items[].documents"]),
    ("46", "Статистикалық құн", "Статистическая стоимость", "Statistical value", Decl, Always, true, &["sheets[].items[].statistical_value"]),
    ("50", "Сенімгер", "Принципал", "Principal", Carrier, Always, false, &["principal"]),
    ("53", "Кеден және баратын ел", "Таможня и страна назначения", "Office and country of destination", Decl, Always, false, &["destination_office"]),
    ("54", "Орны және күні", "Место и дата", "Place and date", Decl, Always, false, &["place_and_date"]),
    ("A", "Жеткізу орнының мекенжайы", "Адрес места доставки", "Address of the place of delivery", Decl, Always, false, &["delivery_address"]),
    ("C", "Жөнелтуші кеден органының мөртаңбасы (1-сурет)", "Штамп таможни отправления (рисунок 1)", "Departure office stamp (figure 1)", Officer, AtRegistration, false, &["stamp_c"]),
    ("D", "Баратын кеден органының мөртаңбасы (2-сурет)", "Штамп таможни назначения (рисунок 2)", "Destination office stamp (figure 2)", Officer, OnArrival, false, &["stamp_d"]),
];

/// The columns the DCD uses, in form order.
///
/// ```
/// use kazcustoms_core::dcd::{columns, FilledBy};
/// let cols = columns();
/// assert_eq!(cols.len(), 33);
/// let c50 = cols.iter().find(|c| c.id == "50").unwrap();
/// assert_eq!(c50.filled_by, FilledBy::CarrierRepresentative);
/// assert_eq!(c50.name.ru, "Принципал");
/// ```
pub fn columns() -> Vec<Column> {
    ROWS.iter()
        .map(
            |&(id, kk, ru, en, filled_by, required, per_item, fields)| Column {
                id,
                name: Text::new(kk, ru, en),
                filled_by,
                required,
                per_item,
                fields,
                source: "R1 §8–§9",
            },
        )
        .collect()
}

/// The column table as JSON (an array of objects with `id`, `name`
/// {kk, ru, en}, `filled_by`, `required`, `per_item`, `fields`, `source`).
pub fn columns_json() -> String {
    serde_json::to_string(&columns()).unwrap_or_default()
}
