//! The cross-document checks: a DCD (column 44, code `7C`) or a delivery
//! certificate that names a security document, checked against that
//! document when the caller gives it (the option `security_documents`,
//! [`crate::Context::security_documents`]).
//!
//! Reading (also in the README): the related document is the one given
//! whose number is the number cited; when none is and exactly one document
//! was given, the caller has said which document is related, and it is
//! compared group by group — a different sequence is `SEC.LINK.NUMBER`, a
//! different date `SEC.LINK.DATE`, a different office code `SEC.LINK.OFFICE`.
//! With several documents given and none of the number cited, the number is
//! `SEC.LINK.NUMBER`. With none given, nothing is checked.

use crate::check::{show, Checker};
use crate::dcd::Invoice;
use crate::numbers::{parse_number, NumberKind, ParseOptions, RegistrationNumber};
use crate::quantity::{self, written, Sum};
use crate::reference;
use crate::report::Text;
use crate::rules::Rule;
use crate::security::model::SecurityDocument;

/// Where a violation goes: the field, its sheet and item.
pub(crate) type At = (&'static str, Option<u32>, Option<u32>);

/// The related security document of the number `cited`, with its own number
/// when it reads; reports `SEC.LINK.*` for the groups that differ.
pub(crate) fn related<'a>(
    c: &mut Checker,
    docs: &'a [SecurityDocument],
    cited: &RegistrationNumber,
    opts: &ParseOptions<'_>,
    (field, sheet, item): At,
) -> Option<&'a SecurityDocument> {
    if docs.is_empty() {
        return None;
    }
    let number_of = |d: &SecurityDocument| {
        d.number
            .as_deref()
            .and_then(|t| parse_number(NumberKind::Security, t, opts).ok())
    };
    if let Some(doc) = docs.iter().find(|d| number_of(d).as_ref() == Some(cited)) {
        return Some(doc);
    }
    let [doc] = docs else {
        let n = docs.len();
        c.at(
            Rule::SecLinkNumber,
            field,
            Text::new(
                format!("{cited} берілген {n} ҚРҚ арасында жоқ"),
                format!("{cited} нет среди {n} данных ДПОУ"),
                format!("{cited} is not among the {n} security documents given"),
            ),
            sheet,
            item,
        );
        return None;
    };
    let Some(own) = number_of(doc) else {
        let shown = doc.number.as_deref().map_or("—".to_owned(), show);
        c.at(
            Rule::SecLinkNumber,
            field,
            Text::new(
                format!("{cited} ≠ {shown} (берілген ҚРҚ нөмірі оқылмайды)"),
                format!("{cited} ≠ {shown} (номер данного ДПОУ не читается)"),
                format!("{cited} ≠ {shown} (the number of the document given does not read)"),
            ),
            sheet,
            item,
        );
        return Some(doc);
    };
    let pair = format!("{cited} ≠ {own}");
    if own.sequence() != cited.sequence() {
        c.at(Rule::SecLinkNumber, field, Some(pair.clone()), sheet, item);
    }
    if own.date() != cited.date() {
        c.at(
            Rule::SecLinkDate,
            field,
            Some(format!("{} ≠ {}", cited.date(), own.date())),
            sheet,
            item,
        );
    }
    if own.office() != cited.office() {
        let shown = |n: &RegistrationNumber| n.office().map_or("—".to_owned(), |o| o.to_string());
        c.at(
            Rule::SecLinkOffice,
            field,
            Some(format!("{} ≠ {}", shown(cited), shown(&own))),
            sheet,
            item,
        );
    }
    Some(doc)
}

/// The reverse side of `doc` names the DCD `dcd` (§14–§15): every DCD
/// number it records that reads as one is that DCD; else
/// `SEC.REVERSE.DCD_MATCH` on `field`.
pub(crate) fn reverse_names(
    c: &mut Checker,
    doc: &SecurityDocument,
    dcd: &RegistrationNumber,
    opts: &ParseOptions<'_>,
    (field, sheet, item): At,
) {
    for record in &doc.departure {
        let Some(text) = record.dcd_number.as_deref() else {
            continue;
        };
        if let Ok(n) = parse_number(NumberKind::Dcd, text, opts) {
            if n != *dcd {
                c.at(
                    Rule::SecReverseDcdMatch,
                    field,
                    Some(format!("{n} ≠ {dcd}")),
                    sheet,
                    item,
                );
            }
        }
    }
}

/// The numeric ISO 4217 code of a currency written either way.
fn currency(code: &str) -> Option<u16> {
    reference::currency_by_numeric_code(code)
        .or_else(|| reference::currency_by_alpha3(code))
        .map(|c| c.numeric)
}

/// The tenge.
const TENGE: u16 = 398;

/// `SEC.LINK.AMOUNT` (R3 §3, annex 1 items 6–8): the DCD's column 22 total
/// is covered by the related document — by its item 6 when column 22 is in
/// the contract currency of item 7, by the tenge invoice values of its
/// item 8 when column 22 is in tenge. In any other currency there is no
/// rate on the security document to compare with, and nothing is checked.
pub(crate) fn covers(c: &mut Checker, doc: &SecurityDocument, invoice: Option<&Invoice>) {
    let Some(invoice) = invoice else { return };
    let (Some(code), Some(total)) = (invoice.currency.as_deref(), invoice.total) else {
        return;
    };
    if !quantity::AMOUNT.contains(total) {
        return;
    }
    let Some(dcd_currency) = currency(code) else {
        return;
    };
    let secured = if doc.currency.as_deref().and_then(currency) == Some(dcd_currency) {
        doc.total_invoice_value
            .filter(|&v| quantity::AMOUNT.contains(v))
    } else if dcd_currency == TENGE {
        doc.invoice_total_kzt()
    } else {
        None
    };
    let Some(secured) = secured else { return };
    let s = Sum::hundredths();
    let (Ok(dcd), Ok(sec)) = (s.units_of(total), s.units_of(secured)) else {
        return;
    };
    if dcd > sec {
        c.add(
            Rule::SecLinkAmount,
            "22",
            Some(format!("{} > {}", written(total), written(secured))),
        );
    }
}
