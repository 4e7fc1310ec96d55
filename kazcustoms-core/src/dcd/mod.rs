//! The delivery control document (DCD, R1 §2–§10): its typed model, the
//! column rules, the column table, copies and stamps, and its lifecycle.
//!
//! The DCD is drawn up on the cargo customs declaration form (TD-1 main
//! sheet, TD-2 additional sheets) by the declarant, carrier or forwarder,
//! registered by the departure office and closed by the destination office.

mod columns;
mod copies;
mod lifecycle;
mod model;
mod validate;

pub use crate::context::Context;
pub use columns::{columns, columns_json, Column, FilledBy, Required};
pub use copies::{copies, Copy, StampFigure, StampLang};
pub use lifecycle::DcdState;
pub use model::same_letters;
pub use model::{
    Consignee, Containers, Dcd, DeclarationType, Direction, DocumentCode, DocumentEntry, Forms,
    Invoice, Item, Office, PlaceAndDate, Principal, Sheet, Stamp, Vehicle,
};
pub use validate::uppercase;

/// The JSON Schema of the DCD document, generated from the types (committed
/// as `tests/schema/dcd.schema.json`; a test keeps the two equal).
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(Dcd);
    serde_json::to_string_pretty(&schema).unwrap_or_default()
}

impl crate::documents::Document for Dcd<'_> {
    const TITLE: [&'static str; 3] = [
        "Жеткізуді бақылау құжаты",
        "Документ контроля доставки",
        "Delivery control document",
    ];
    const SOURCE: &'static str = "R1 §4–§10";
    const RULES: &'static [&'static str] = &["DCD.", "ID."];
    const LIFECYCLE: Option<crate::lifecycle::StateMachine> =
        Some(crate::lifecycle::StateMachine::of::<DcdState>());

    fn validate(&self, context: &Context) -> Result<crate::Report, crate::Error> {
        Dcd::validate(self, context)
    }

    /// Sheets, goods items, column 44 lines, container numbers and
    /// identification means.
    fn items(&self) -> usize {
        let means = self.identification.as_ref().map_or(0, |i| i.means.len());
        self.sheets.iter().fold(means, |n, sheet| {
            sheet.items.iter().fold(n.saturating_add(1), |n, item| {
                let containers = item.containers.as_ref().map_or(0, |c| c.numbers.len());
                n.saturating_add(1)
                    .saturating_add(item.documents.len())
                    .saturating_add(containers)
            })
        })
    }

    fn columns() -> Option<Vec<Column>> {
        Some(columns())
    }
}
