//! Registration of security documents (R3 §10–§11) and their journal
//! (annex 2, 14 columns) as a table.

use chrono::NaiveDate;

use crate::error::{check_sequence, first_repeat, repeated_number, Input, Place};
use crate::journal::Journal;
use crate::numbers::{NumberKind, ParseOptions, RegistrationNumber, SecurityNumber};
use crate::quantity;
use crate::report::Text;
use crate::security::model::{SecurityDocument, SecurityEntry, SecurityType};
use crate::security::validate::entry_of;
use crate::short_declaration::money_cell;
use crate::tables::Table;
use crate::Error;

impl SecurityDocument {
    /// Registers the document (R3 §10–§11): issues the next number from the
    /// registering office's security-document `journal` on `date`, writes it
    /// on the document and returns its annex 2 journal row (columns 11–13
    /// empty until the document is used; column 8, the security amount, as
    /// the document's journal row gives it, if any).
    ///
    /// # Errors
    ///
    /// An input error when `journal` is not a `security` journal;
    /// `JOURNAL.BACKDATED` or `JOURNAL.FULL` from the journal.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use kazcustoms_core::security::SecurityDocument;
    /// use kazcustoms_core::{Journal, NumberKind};
    /// let journal = Journal::new(NumberKind::Security, "62001").unwrap();
    /// let mut doc = SecurityDocument::default();
    /// let entry = doc.register(&journal, NaiveDate::from_ymd_opt(2026, 10, 12).unwrap()).unwrap();
    /// assert_eq!(doc.number.as_deref(), Some("62001/12106/00001"));
    /// assert_eq!(entry.number, 1);
    /// ```
    pub fn register(&mut self, journal: &Journal, date: NaiveDate) -> Result<SecurityEntry, Error> {
        if journal.kind() != NumberKind::Security {
            return Err(Error::invalid_argument(
                "journal",
                Text::new(
                    format!("ҚРҚ журналы керек, берілгені: {}", journal.kind()),
                    format!("нужен журнал ДПОУ, дан журнал вида {}", journal.kind()),
                    format!("expected a security journal, got a {} journal", journal.kind()),
                ),
            ));
        }
        let number = journal.issue(date, None)?;
        self.number = Some(number.to_string());
        let mut entry = entry_of(self, number.sequence());
        entry.dcd_number.clear();
        entry.certificate_number.clear();
        entry.conclusion.clear();
        Ok(entry)
    }

    /// The annex 2 journal row of a registered document, its "No" the
    /// sequence of its number (read with `options`), its use record
    /// (columns 11–13) from the reverse side.
    ///
    /// # Errors
    ///
    /// An input error when the document has no number; the number's `NUM.*`
    /// error when it is not a valid `security` number.
    pub fn journal_entry(&self, options: &ParseOptions<'_>) -> Result<SecurityEntry, Error> {
        let Some(text) = self.number.as_deref() else {
            return Err(Error::invalid_argument(
                "number",
                Text::new(
                    "ҚРҚ әлі тіркелмеген: нөмірі жоқ",
                    "ДПОУ ещё не зарегистрирован: нет номера",
                    "the security document is not registered yet: it has no number",
                ),
            ));
        };
        let number = SecurityNumber::parse(text, options)?;
        Ok(entry_of(self, RegistrationNumber::from(number).sequence()))
    }
}

/// Verifies annex 2 entries read back (input `entries`): each "No" a
/// sequence of the security journal (1 to 99 999), once; each DCD of the
/// use record once (one document per consignment, §3); marks that fit a
/// state (a delivery certificate only after a DCD, a conclusion only after
/// the certificate); a known security type in column 9; the amounts of
/// columns 7 and 8 within [`crate::quantity::AMOUNT`].
///
/// Reading: one table is one year's journal (the No restarts on 1
/// January, and the entries carry no date), as for the other journals.
pub(crate) fn check_entries(entries: &[SecurityEntry]) -> Result<(), Error> {
    let place = Place::new(Input::Entries, "entries");
    let max = NumberKind::Security.max_sequence();
    for (i, e) in entries.iter().enumerate() {
        check_sequence(place, i, e.number, max)?;
        let blank = |t: &str| t.trim().is_empty();
        if !blank(&e.certificate_number) && blank(&e.dcd_number) {
            return Err(place.at(
                i,
                "certificate_number",
                Text::new(
                    "жеткізу туралы куәлік ЖБҚ нөмірінсіз жазылған (11-баған бос)",
                    "свидетельство о доставке записано без номера ДКД (графа 11 пуста)",
                    "a delivery certificate is recorded without a DCD (column 11 is empty)",
                ),
            ));
        }
        if !blank(&e.conclusion) && blank(&e.certificate_number) {
            return Err(place.at(
                i,
                "conclusion",
                Text::new(
                    "қорытынды жеткізу туралы куәліксіз жазылған (12-баған бос)",
                    "заключение записано без свидетельства о доставке (графа 12 пуста)",
                    "a conclusion is recorded without a delivery certificate (column 12 is empty)",
                ),
            ));
        }
        if !blank(&e.security_type) && SecurityType::parse(e.security_type.trim()).is_none() {
            return Err(place.at(
                i,
                "security_type",
                Text::new(
                    "қамтамасыз ету түрі 7.1–7.4 емес",
                    "вид обеспечения не из 7.1–7.4",
                    "the security type is not one of 7.1–7.4",
                ),
            ));
        }
        for (value, field) in [
            (e.invoice_value, "invoice_value"),
            (e.security_amount, "security_amount"),
        ] {
            if let Some(x) = value.filter(|&x| !quantity::AMOUNT.contains(x)) {
                return Err(place.at(
                    i,
                    field,
                    Text::new(
                        format!("{} {} аралығынан тыс", quantity::written(x), quantity::AMOUNT),
                        format!("{} вне диапазона {}", quantity::written(x), quantity::AMOUNT),
                        format!("{} is outside {}", quantity::written(x), quantity::AMOUNT),
                    ),
                ));
            }
        }
    }
    if let Some((i, k)) = first_repeat(entries.iter().map(|e| Some(e.number))) {
        return Err(repeated_number(place, (i, k), entries[i].number));
    }
    let dcds = entries.iter().map(|e| {
        let t = e.dcd_number.trim();
        (!t.is_empty()).then_some(t)
    });
    if let Some((i, k)) = first_repeat(dcds) {
        let other = place.entry(k);
        return Err(place.at(
            i,
            "dcd_number",
            Text::new(
                format!("бұл ЖБҚ {other} жазбасында бар: бір партияға бір ҚРҚ"),
                format!("этот ДКД уже у записи {other}: один ДПОУ на партию"),
                format!("this DCD is already that of {other}: one security document per consignment"),
            ),
        ));
    }
    Ok(())
}

/// The title and column headers of annex 2.
fn headers() -> (Text, Vec<Text>) {
    let title = Text::new(
        "Кеден төлемдері мен салықтарының төленуін қамтамасыз етілгендігін растайтын құжатты тіркеу журналы (2-қосымша)",
        "Журнал регистрации документа, подтверждающего обеспечение уплаты таможенных платежей и налогов (приложение 2)",
        "Security document registration journal (annex 2)",
    );
    let h = |kk: &str, ru: &str, en: &str| Text::new(kk, ru, en);
    let headers = vec![
        h("р/б N", "№ п/п", "No"),
        h("Төлеушінің атауы", "Наименование плательщика", "Payer"),
        h(
            "Кәсіпорынның және ұйымның жалпы жіктеушісі бойынша коды",
            "Код по общему классификатору предприятий и организаций",
            "Enterprise classifier code",
        ),
        h("Салық төлеушінің тіркеу нөмірі", "РНН", "Taxpayer registration No"),
        h("Келісім-шарттың N", "№ контракта", "Contract No"),
        h("Тауардың сипаты", "Характер товара", "Nature of the goods"),
        h("Фактуралық құны (теңгемен)", "Фактурная стоимость (в тенге)", "Invoice value (tenge)"),
        h("Қамтамасыз ету сомасы (теңгемен)", "Сумма обеспечения (в тенге)", "Security amount (tenge)"),
        h("Қамтамасыз ету түрі", "Вид обеспечения", "Security type"),
        h(
            "Қамтамасыз етудің енгізілгендігін растау құжатының N",
            "№ документа, подтверждающего внесение обеспечения",
            "No of the document proving the security was provided",
        ),
        h(
            "Пайдалану туралы белгі: Жеткізілуін бақылау құжатының N",
            "Отметка об использовании: № ДКД",
            "Use record: DCD No",
        ),
        h(
            "Пайдалану туралы белгі: Жеткізу туралы куәліктің N",
            "Отметка об использовании: № свидетельства о доставке",
            "Use record: delivery certificate No",
        ),
        h("Қорытынды", "Заключение", "Conclusion"),
        h(
            "ҚРҚ рәсімдеген кеден органы лауазымды адамының жеке нөмірлі мөрінің мөртаңбасы, қолы",
            "Оттиск ЛНП и подпись должностного лица, оформившего ДПОУ",
            "Personal-seal impression and signature of the official who drew it up",
        ),
    ];
    (title, headers)
}

/// The security-document journal (annex 2) as a table, in the annex's
/// column order with headers in Kazakh, Russian and English.
///
/// ```
/// use kazcustoms_core::security::{journal_table, SecurityEntry};
/// use kazcustoms_core::Lang;
/// let entry = SecurityEntry { number: 88, security_amount: Some(2500000.0), ..Default::default() };
/// let table = journal_table(&[entry]);
/// assert_eq!(table.headers.len(), 14);
/// assert!(table.to_csv(Lang::En).starts_with("No,Payer,"));
/// assert_eq!(table.rows[0][7], "2500000.00");
/// ```
pub fn journal_table(entries: &[SecurityEntry]) -> Table {
    let (title, headers) = headers();
    let mut table = Table::new(title, headers);
    for e in entries {
        let security_type = SecurityType::parse(e.security_type.trim())
            .map_or_else(|| e.security_type.clone(), |t| t.label().to_owned());
        table.push(vec![
            e.number.to_string(),
            e.payer.clone(),
            e.classifier_code.clone(),
            e.tax_number.clone(),
            e.contract.clone(),
            e.goods.clone(),
            money_cell(e.invoice_value),
            money_cell(e.security_amount),
            security_type,
            e.security_document.clone(),
            e.dcd_number.clone(),
            e.certificate_number.clone(),
            e.conclusion.clone(),
            e.officer.clone(),
        ]);
    }
    table
}
