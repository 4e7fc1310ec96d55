//! The certificate confirming delivery of goods under customs control
//! under a TIR carnet (R1 annex 16, §69), issued by the destination office
//! when the carriage under the carnet on the territory ends.
//!
//! Its form reads: "certificate No __ of __ (date); (destination office)
//! certifies that the carriage of goods under customs control under TIR
//! carnet No __ ended with the presentation of the document confirming
//! security of payment of customs payments and taxes of __ (date) No __,
//! registered by (office); date; personal numbered seal; name, signature
//! and personal numbered seal of the official who issued it". Unlike annex
//! 10 it has no place for the office's seal: the personal numbered seal
//! stands there.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::arrival::{Official, SecurityPresented, SecurityRules};
use crate::check::{blank, same, show, Checker};
use crate::context::Context;
use crate::dcd::Office;
use crate::numbers::{CarnetNumber, ParseOptions};
use crate::report::{Report, Text};
use crate::rules::Rule;
use crate::Error;

/// A certificate confirming delivery under a TIR carnet (R1 annex 16).
///
/// JSON shape (`validate("tir_delivery_certificate", …)`):
///
/// ```json
/// {"date": "2026-10-19", "number": "0043",
///  "destination_office": {"name": "Т/П «АҚТӨБЕ-ЦОТО»", "code": "15101"},
///  "carnet_number": "XE63745213",
///  "security": {"number": "55201/13106/00088", "date": "2026-10-13",
///               "office": {"name": "Т/П «ЖАЙСАҢ»", "code": "55201"}},
///  "official": {"name": "ОРАЗОВА А.М.", "personal_seal": "0311", "signed": true}}
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TirDeliveryCertificate {
    /// The certificate's date.
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::option")]
    pub date: Option<NaiveDate>,
    /// The certificate's number.
    #[serde(default)]
    pub number: Option<String>,
    /// The destination office that issues it.
    #[serde(default)]
    pub destination_office: Option<Office>,
    /// The TIR carnet number, as the carnet carries it.
    #[serde(default)]
    pub carnet_number: Option<String>,
    /// The security document presented.
    #[serde(default)]
    pub security: Option<SecurityPresented>,
    /// The official who issues it.
    #[serde(default)]
    pub official: Option<Official>,
}

impl TirDeliveryCertificate {
    /// Checks every field of the certificate and returns all violations.
    ///
    /// # Errors
    ///
    /// None today; the `Result` keeps the signature of the other kinds.
    ///
    /// ```
    /// use kazcustoms_core::tir::TirDeliveryCertificate;
    /// use kazcustoms_core::Context;
    /// let report = TirDeliveryCertificate::default().validate(&Context::default()).unwrap();
    /// assert!(report.rule_ids().contains(&"TIR.CERT.CARNET.REQUIRED"));
    /// assert!(report.rule_ids().contains(&"TIR.CERT.OFFICIAL.REQUIRED"));
    /// ```
    pub fn validate(&self, ctx: &Context) -> Result<Report, Error> {
        let opts = ctx.parse_options();
        let mut c = Checker::new();
        if self.date.is_none() {
            c.add(Rule::TirCertDateRequired, "date", ());
        }
        if blank(&self.number) {
            c.add(Rule::TirCertNumberRequired, "number", ());
        }
        if self
            .destination_office
            .as_ref()
            .is_none_or(|o| blank(&o.name))
        {
            c.add(Rule::TirCertOfficeRequired, "destination_office", ());
        }
        match self.carnet_number.as_deref().filter(|t| !t.trim().is_empty()) {
            None => c.add(Rule::TirCertCarnetRequired, "carnet_number", ()),
            Some(t) if CarnetNumber::parse(t).is_none() => {
                c.add(Rule::TirCertCarnetFormat, "carnet_number", Some(same(show(t))));
            }
            Some(_) => {}
        }
        self.check_security(&mut c, &opts);
        let official = self.official.clone().unwrap_or_default();
        let mut missing: Vec<(&'static str, &'static str, &'static str)> = Vec::new();
        if blank(&official.name) {
            missing.push(("аты-жөні", "ФИО", "name"));
        }
        if !official.signed {
            missing.push(("қолы", "подпись", "signature"));
        }
        if blank(&official.personal_seal) {
            missing.push(("ЖНМ", "ЛНП", "personal numbered seal"));
        }
        if !missing.is_empty() {
            let join = |f: fn(&(&'static str, &'static str, &'static str)) -> &'static str| {
                missing.iter().map(f).collect::<Vec<_>>().join(", ")
            };
            c.add(
                Rule::TirCertOfficialRequired,
                "official",
                Some(Text::new(
                    format!("жоқ: {}", join(|p| p.0)),
                    format!("нет: {}", join(|p| p.1)),
                    format!("missing: {}", join(|p| p.2)),
                )),
            );
        }
        Ok(c.report)
    }

    fn check_security(&self, c: &mut Checker, opts: &ParseOptions<'_>) {
        let rules = SecurityRules {
            required: Rule::TirCertSecurityRequired,
            format: Rule::TirCertSecurityFormat,
            date: Rule::TirCertSecurityDate,
            office: Rule::TirCertSecurityOffice,
        };
        SecurityPresented::check(self.security.as_ref(), c, opts, rules);
    }
}
