//! The delivery control document (DCD, R1 §2–§10): its typed model, the
//! column rules, the column table, copies and stamps, and its lifecycle.
//!
//! The DCD is drawn up on the cargo customs declaration form (TD-1 main
//! sheet, TD-2 additional sheets) by the declarant, carrier or forwarder,
//! registered by the departure office and closed by the destination office.

mod context;
mod model;
mod validate;

pub use context::Context;
pub use model::{
    Consignee, Containers, Dcd, DeclarationType, Direction, DocumentCode, DocumentEntry, Forms,
    Invoice, Item, Office, PlaceAndDate, Principal, Sheet, Stamp, Vehicle,
};
pub use validate::uppercase;
