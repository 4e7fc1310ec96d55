//! The Rust example: reads the sample numbers, parses each strictly, shows
//! its groups or the rule it breaks; computes and checks a delivery deadline;
//! issues numbers from a journal; validates the sample DCDs and prints their
//! reports; checks a short declaration for lateness on the working-day
//! calendar; decides a guarantee application and issues the obligation;
//! saves the office durably and resumes it (README, "Saved states");
//! checks accompanying documents used as a DCD and a TIR carnet at
//! departure and at destination; validates a customs escort decision and
//! prints its fee and teams; checks an empty foreign vehicle's certificate with its two terms and
//! exports its journal; validates a DCD with its identification means;
//! checks a security document (ДПОУ, R3) and the DCD that cites it.
//!
//! Run with `cargo run -p kazcustoms-example` (or `make run-rust`).

use std::io::Write;
use std::path::Path;

use chrono::NaiveDate;
use kazcustoms_core::dcd::{Dcd, StampLang};
use kazcustoms_core::documents::{validate, DocumentKind, DocumentReader, JsonReader};
use kazcustoms_core::{
    check_deadline, delivery_deadline, normalize, parse_number, Context, Convention, Distance,
    Journal, Lang, NumberKind, ParseOptions, Report,
};

const SAMPLES: &str = include_str!("../../data/numbers.txt");
const DCD_VALID: &str = include_str!("../../data/dcd_valid.json");
const DCD_INVALID: &str = include_str!("../../data/dcd_invalid.json");
const SHORT_DECLARATION: &str = include_str!("../../data/short_declaration.json");
const GUARANTEE_APPLICATION: &str = include_str!("../../data/guarantee_application.json");
const ACCOMPANYING: &str = include_str!("../../data/accompanying_documents.json");
const TIR_DEPARTURE: &str = include_str!("../../data/tir_carnet_departure.json");
const TIR_ARRIVAL: &str = include_str!("../../data/tir_carnet_arrival.json");
const ESCORT: &str = include_str!("../../data/escort.json");
const EMPTY_VEHICLE: &str = include_str!("../../data/empty_vehicle.json");
const IDENTIFICATION: &str = include_str!("../../data/identification.json");
const SECURITY: &str = include_str!("../../data/security.json");

/// Prints a report one violation a line: rule, column, sheet and item, message.
fn print_report(report: &Report, lang: Lang) {
    if report.violations().is_empty() {
        println!("  OK, no violations");
    }
    for v in report.violations() {
        let mut place = format!("column {}", v.field);
        if let Some(sheet) = v.sheet {
            place.push_str(&format!(", sheet {sheet}"));
        }
        if let Some(item) = v.item {
            place.push_str(&format!(", item {item}"));
        }
        println!("  {:<18} {:<26} {}", v.rule, place, v.message.get(lang));
    }
}

/// Writes `text` to `path` so that a crash leaves the old file or the new
/// one, whole (POSIX): a temporary file in the same directory, flushed to
/// the disk, renamed over `path`, then the directory flushed so that the
/// rename itself survives.
fn save_durably(path: &Path, text: &str) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let tmp = path.with_extension("tmp");
    let mut file = std::fs::File::create(&tmp)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()?;
    drop(file);
    std::fs::rename(&tmp, path)?;
    std::fs::File::open(dir)?.sync_all()
}

fn main() -> Result<(), kazcustoms_core::Error> {
    let reference = NaiveDate::from_ymd_opt(2026, 11, 22).expect("a valid date");
    let options = ParseOptions::new(reference);
    println!("== Registration numbers (reference date {reference})");
    for line in SAMPLES.lines().filter(|l| !l.trim().is_empty()) {
        let (kind, text) = line.split_once('\t').unwrap_or((line, ""));
        let kind: NumberKind = kind.parse()?;
        match parse_number(kind, text, &options) {
            Ok(n) => {
                let issuer = n
                    .office()
                    .or(n.office_prefix())
                    .or(n.licence())
                    .map(|c| c.to_string())
                    .unwrap_or_default();
                println!(
                    "  ok    {kind:<17} {:<20} date {} issuer {issuer} sequence {}",
                    n.to_string(),
                    n.date(),
                    n.sequence()
                );
            }
            Err(e) => {
                println!("  FAIL  {kind:<17} {text:<20} {}", e.rule());
                println!("        en: {}", e.message(Lang::En));
                println!("        ru: {}", e.message(Lang::Ru));
                let fixed = normalize(text);
                if fixed != text && parse_number(kind, &fixed, &options).is_ok() {
                    println!("        normalize() would make it {fixed}");
                }
            }
        }
    }

    println!("\n== Delivery deadline, 2000 km per month");
    let start = NaiveDate::from_ymd_opt(2026, 1, 31).expect("a valid date");
    let km = Distance::from_km(3000.0)?;
    for convention in [Convention::Calendar, Convention::ThirtyDay] {
        let limit = delivery_deadline(start, km, convention)?;
        println!("  {start} + 3000 km ({convention}): deliver by {limit}");
    }
    let proposed = NaiveDate::from_ymd_opt(2026, 3, 20).expect("a valid date");
    let report = check_deadline(start, km, proposed, Convention::Calendar)?;
    println!("  proposed {proposed}: ok = {}", report.ok());
    for v in report.violations() {
        println!(
            "    {} [{}] {} ({})",
            v.rule, v.field, v.message.en, v.source
        );
    }
    println!("  report JSON: {}", report.to_json(Lang::Kk));

    println!("\n== Journal of office 50101");
    let journal = Journal::new(NumberKind::Dcd, "50101")?;
    for date in [(2026, 12, 30), (2026, 12, 31), (2027, 1, 4)] {
        let date = NaiveDate::from_ymd_opt(date.0, date.1, date.2).expect("a valid date");
        println!("  {date}: {}", journal.issue(date, None)?);
    }
    if let Err(e) = journal.issue(reference, None) {
        println!("  {reference}: refused, {}", e.message(Lang::En));
    }
    println!("  saved state: {}", journal.to_json());

    // Each sample was drawn up on its own acceptance date, with that day's rate.
    for (name, json, options) in [
        (
            "dcd_valid.json",
            DCD_VALID,
            r#"{"reference": "2026-11-22", "usd_rate": 470.0}"#,
        ),
        (
            "dcd_invalid.json",
            DCD_INVALID,
            r#"{"reference": "2026-11-22", "usd_rate": 505.0}"#,
        ),
    ] {
        println!("\n== DCD {name}");
        let context = Context::from_json(options)?;
        let report = validate(DocumentKind::Dcd, JsonReader::new(json), &context)?;
        print_report(&report, Lang::En);
        if report.ok() {
            let dcd: Dcd = serde_json::from_str(json).map_err(|e| {
                kazcustoms_core::Error::invalid_argument(
                    "document",
                    kazcustoms_core::Text::new(e.to_string(), e.to_string(), e.to_string()),
                )
            })?;
            println!("  stamp figure 1 (ru):");
            for line in dcd.stamp_figure_1(StampLang::Ru).lines() {
                println!("    {line}");
            }
        }
    }

    println!("\n== Short declaration: goods arrived Friday 2026-03-20, before Nauryz");
    let calendar = kazcustoms_core::calendar::WorkingCalendar::kazakhstan();
    let friday = NaiveDate::from_ymd_opt(2026, 3, 20).expect("a valid date");
    println!("  next working day: {}", calendar.next_working_day(friday));
    let context = Context::from_json(r#"{"reference": "2026-11-22"}"#)?;
    let mut declaration: kazcustoms_core::short_declaration::ShortDeclaration =
        JsonReader::new(SHORT_DECLARATION).read()?;
    for day in [26, 27] {
        let filed = NaiveDate::from_ymd_opt(2026, 3, day).expect("a valid date");
        if let Some(declarant) = declaration.declarant.as_mut() {
            declarant.date = Some(filed);
        }
        println!("  filed {filed}:");
        print_report(&declaration.validate(&context)?, Lang::En);
    }

    println!("\n== Guarantee obligation at office 50102");
    let application: kazcustoms_core::guarantee::Application =
        JsonReader::new(GUARANTEE_APPLICATION).read()?;
    let mut office = kazcustoms_core::guarantee::GuaranteeOffice::new("50102")?;
    let outcome = office.register(&application, &context)?;
    print_report(&outcome.decision.report, Lang::En);
    println!("  recipient number {}", outcome.recipient_number);
    if let Some(obligation) = &outcome.obligation {
        println!(
            "  issued {} on {}, valid until {}",
            obligation.number, obligation.registered, obligation.valid_until
        );
    }
    println!("  journal (annex 5), CSV in Russian:");
    for line in office.obligations().table().to_csv(Lang::Ru).lines() {
        println!("    {line}");
    }

    println!("\n== Security document (ДПОУ) 55201/13106/00088");
    let mut security: kazcustoms_core::security::SecurityDocument =
        JsonReader::new(SECURITY).read()?;
    print_report(&security.validate(&context)?, Lang::En);
    if let Some(row) = security.journal.as_mut() {
        row.security_amount = Some(1_000_000.0);
    }
    println!("  with 1 000 000 tenge of security:");
    print_report(&security.validate(&context)?, Lang::En);
    // The sample DCD cites another security document (7C 50101/12036/00017):
    // given this one as the related document, the link does not hold.
    let options = format!(r#"{{"reference": "2026-11-22", "security_documents": [{SECURITY}]}}"#);
    let report = kazcustoms_core::documents::validate_json("dcd", DCD_VALID, &options)?;
    println!(
        "  the sample DCD checked against it: {:?}",
        report.rule_ids()
    );

    // Saved after every step, before the number leaves the program; resumed
    // with the reference date, which refuses a journal dated after it.
    println!("\n== The office saved durably and resumed");
    let path = std::env::temp_dir().join(format!("kazcustoms-office-{}.json", std::process::id()));
    match save_durably(&path, &office.to_json()).and_then(|()| std::fs::read_to_string(&path)) {
        Ok(saved) => {
            let resumed =
                kazcustoms_core::guarantee::GuaranteeOffice::from_json_at(&saved, reference)?;
            println!(
                "  {} bytes; resumed with {} obligation(s), verified against itself",
                saved.len(),
                resumed.obligations().entries().len()
            );
            // An edited state that would issue a number again does not load.
            let forged = saved.replace(
                r#""last_sequence":1,"last_date":"2026-03-10""#,
                r#""last_sequence":0,"last_date":null"#,
            );
            if let Err(e) = kazcustoms_core::guarantee::GuaranteeOffice::from_json(&forged) {
                println!("  edited: {e}");
            }
            let _ = std::fs::remove_file(&path);
        }
        Err(e) => println!("  cannot save to {}: {e}", path.display()),
    }

    // Accompanying documents presented as a DCD (R1 ch. 9) at an equipped
    // office; the invoice is in English with no translation (PRE.LANGUAGE).
    println!("\n== Accompanying documents used as a DCD");
    let options = r#"{"reference": "2026-11-22", "equipped_offices": ["55201", "62001"]}"#;
    let report =
        kazcustoms_core::documents::validate_json("accompanying_documents", ACCOMPANYING, options)?;
    print_report(&report, Lang::En);
    // A TIR carnet used as the DCD (R1 ch. 10): accepted at departure, then
    // terminated at destination with a broken seal, the reservation written
    // on voucher No. 2 but not on its counterfoil.
    println!("\n== TIR carnet XE63745213");
    for (title, text) in [
        ("at departure", TIR_DEPARTURE),
        ("at destination", TIR_ARRIVAL),
    ] {
        let carnet: kazcustoms_core::tir::TirCarnet = JsonReader::new(text).read()?;
        println!(
            "  {title} ({}):",
            carnet.state.map_or("accepted", |s| s.name())
        );
        print_report(&carnet.validate(&context)?, Lang::En);
    }
    println!("\n== Customs escort decision (R2 annex 1)");
    let escort: kazcustoms_core::escort::EscortDocument = JsonReader::new(ESCORT).read()?;
    print_report(&escort.validate(&context)?, Lang::En);
    let decision = escort.decision.clone().unwrap_or_default();
    if let (Some(rate), Some(date)) = (decision.fee.and_then(|f| f.rate_mrp), decision.date) {
        let mrp =
            kazcustoms_core::reference::mrp(date, kazcustoms_core::reference::MrpPurpose::Fees)?;
        let fee = kazcustoms_core::reference::escort_fee(rate, date)?;
        println!("  fee: {rate} МРП × {mrp} tenge = {fee} tenge (decision of {date})");
    }
    let vehicles = u32::try_from(escort.convoy.len()).unwrap_or(u32::MAX);
    let teams = kazcustoms_core::escort::teams_needed(vehicles)?;
    println!("  convoy of {vehicles} vehicle(s): {teams} team(s) (R2 §22)");
    show_empty_vehicle()?;
    show_identification()
}

/// The empty-vehicle certificate (R1 §36–§39): the term of arrival against
/// the 2000 km/month limit, the term of temporary import on two reference
/// dates, and the journal of annex 12.
fn show_empty_vehicle() -> Result<(), kazcustoms_core::Error> {
    use kazcustoms_core::empty_vehicle::EmptyVehicleCertificate;
    println!("\n== Empty foreign vehicle: certificate empty_vehicle.json (R1 §36–§39)");
    let certificate: EmptyVehicleCertificate = JsonReader::new(EMPTY_VEHICLE).read()?;
    let (Some(date), Some(term)) = (certificate.date, certificate.arrival_term.clone()) else {
        return Ok(());
    };
    if let (Some(deadline), Some(km)) = (term.deadline, term.distance_km) {
        let limit = delivery_deadline(date, Distance::from_km(km)?, Convention::Calendar)?;
        println!("  term of arrival {deadline} (limit for {km} km from {date}: {limit})");
    }
    if let Some(import) = certificate
        .customs_mark
        .as_ref()
        .and_then(|m| m.import_term)
    {
        println!("  term of temporary import {import}");
    }
    for reference in ["2026-11-22", "2026-12-11"] {
        let context = Context::from_json(&format!(r#"{{"reference": "{reference}"}}"#))?;
        let report = validate(
            DocumentKind::EmptyVehicle,
            JsonReader::new(EMPTY_VEHICLE),
            &context,
        )?;
        println!("  judged on {reference}: ok = {}", report.ok());
        print_report(&report, Lang::En);
    }
    let entries =
        serde_json::to_string(&certificate.journal.unwrap_or_default()).unwrap_or_default();
    let csv =
        kazcustoms_core::documents::export_journal("empty_vehicles", &entries, "csv", Lang::Ru)?;
    print!("  journal (annex 12), CSV:\n{csv}");
    Ok(())
}

/// A DCD with its identification means (R1 §40–§48): sealed, then the same
/// seal over animals, which take none (§41).
fn show_identification() -> Result<(), kazcustoms_core::Error> {
    println!("\n== DCD dcd_valid.json with identification.json (R1 §40–§48)");
    let mut dcd: serde_json::Value = serde_json::from_str(DCD_VALID).unwrap_or_default();
    let means: serde_json::Value = serde_json::from_str(IDENTIFICATION).unwrap_or_default();
    let context = Context::from_json(r#"{"reference": "2026-11-22", "usd_rate": 470.0}"#)?;
    for animals in [false, true] {
        let mut identification = means.clone();
        identification["goods"] = serde_json::json!({"animals": animals});
        dcd["identification"] = identification;
        let json = dcd.to_string();
        let report = validate(DocumentKind::Dcd, JsonReader::new(&json), &context)?;
        println!("  animals = {animals}: ok = {}", report.ok());
        print_report(&report, Lang::En);
    }
    Ok(())
}
