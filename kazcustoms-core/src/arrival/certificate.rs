//! The certificate confirming delivery of goods under customs control
//! (R1 annex 10, for a DCD), issued by the destination office.
//!
//! Its form reads: "certificate No __ of __ (date); (destination office)
//! certifies that the delivery of goods under customs control under DCD
//! No __, with the document confirming security of payment of customs
//! payments and taxes No __ of __ (date) presented, registered by (office),
//! is completed; date; seal; name, signature and personal numbered seal of
//! the official who issued it".

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::check::{blank, same, show, Checker};
use crate::context::Context;
use crate::dcd::Office;
use crate::numbers::{parse_number, NumberKind, ParseOptions};
use crate::report::{Report, Text};
use crate::rules::Rule;
use crate::security::link;
use crate::Error;

/// The security document presented (R3), as the certificate names it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SecurityPresented {
    /// Its number (kind `security`).
    #[serde(default)]
    pub number: Option<String>,
    /// Its date.
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::option")]
    pub date: Option<NaiveDate>,
    /// The customs office that registered it: name, and code where known.
    #[serde(default)]
    pub office: Option<Office>,
}

/// The official who issues the certificate.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Official {
    /// Name (surname and initials).
    #[serde(default)]
    pub name: Option<String>,
    /// Number of the personal numbered seal (ЖНМ / ЛНП).
    #[serde(default)]
    pub personal_seal: Option<String>,
    /// Whether the certificate bears the official's signature.
    #[serde(default)]
    pub signed: bool,
}

/// A certificate confirming delivery of goods under customs control under
/// a DCD (R1 annex 10).
///
/// JSON shape (`validate("delivery_certificate", …)`):
///
/// ```json
/// {"date": "2026-10-19", "number": "0042",
///  "destination_office": {"name": "Т/П «АҚТӨБЕ-ЦОТО»", "code": "15101"},
///  "dcd_number": "55201/14106/00317",
///  "security": {"number": "55201/13106/00088", "date": "2026-10-13",
///               "office": {"name": "Т/П «ЖАЙСАҢ»", "code": "55201"}},
///  "official": {"name": "ОРАЗОВА А.М.", "personal_seal": "0311", "signed": true},
///  "sealed": true}
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DeliveryCertificate {
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
    /// The DCD number (kind `dcd`).
    #[serde(default)]
    pub dcd_number: Option<String>,
    /// The security document presented.
    #[serde(default)]
    pub security: Option<SecurityPresented>,
    /// The official who issues it.
    #[serde(default)]
    pub official: Option<Official>,
    /// Whether the certificate bears the office's seal ("Мөр орны").
    #[serde(default)]
    pub sealed: bool,
}

impl DeliveryCertificate {
    /// Checks every field of the certificate and returns all violations.
    ///
    /// # Errors
    ///
    /// None today; the `Result` keeps the signature of the other kinds.
    ///
    /// ```
    /// use kazcustoms_core::arrival::DeliveryCertificate;
    /// use kazcustoms_core::Context;
    /// let report = DeliveryCertificate::default().validate(&Context::default()).unwrap();
    /// assert!(report.rule_ids().contains(&"CERT.DCD.REQUIRED"));
    /// assert!(report.rule_ids().contains(&"CERT.SEAL.REQUIRED"));
    /// ```
    pub fn validate(&self, ctx: &Context) -> Result<Report, Error> {
        let opts = ctx.parse_options();
        let mut c = Checker::new();
        if self.date.is_none() {
            c.add(Rule::CertDateRequired, "date", ());
        }
        if blank(&self.number) {
            c.add(Rule::CertNumberRequired, "number", ());
        }
        if self
            .destination_office
            .as_ref()
            .is_none_or(|o| blank(&o.name))
        {
            c.add(Rule::CertOfficeRequired, "destination_office", ());
        }
        match self.dcd_number.as_deref().filter(|t| !t.trim().is_empty()) {
            None => c.add(Rule::CertDcdRequired, "dcd_number", ()),
            Some(text) => {
                c.quoted(
                    text,
                    NumberKind::Dcd,
                    Rule::CertDcdFormat,
                    "dcd_number",
                    &opts,
                );
            }
        }
        self.check_security(&mut c, &opts);
        self.check_security_link(&mut c, ctx, &opts);
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
                Rule::CertOfficialRequired,
                "official",
                Some(Text::new(
                    format!("жоқ: {}", join(|p| p.0)),
                    format!("нет: {}", join(|p| p.1)),
                    format!("missing: {}", join(|p| p.2)),
                )),
            );
        }
        if !self.sealed {
            c.add(Rule::CertSealRequired, "sealed", ());
        }
        Ok(c.report)
    }

    /// The security document named, checked against the related document
    /// the caller gave (`security_documents`, [`crate::security`]): same
    /// number, date and office (`SEC.LINK.*`; the office also by name, when
    /// both name it), and a reverse side naming this DCD
    /// (`SEC.REVERSE.DCD_MATCH`). A number that does not read is reported
    /// by the certificate's own rules.
    fn check_security_link(&self, c: &mut Checker, ctx: &Context, opts: &ParseOptions<'_>) {
        let docs = &ctx.security_documents;
        if docs.is_empty() {
            return;
        }
        let Some(named) = self.security.as_ref() else {
            return;
        };
        let Some(cited) = named
            .number
            .as_deref()
            .and_then(|t| parse_number(NumberKind::Security, t, opts).ok())
        else {
            return;
        };
        let at = ("security.number", None, None);
        let Some(doc) = link::related(c, docs, &cited, opts, at) else {
            return;
        };
        let name = |o: Option<&Office>| {
            o.and_then(|o| o.name.as_deref())
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(str::to_owned)
        };
        if let (Some(a), Some(b)) = (name(named.office.as_ref()), name(doc.office.as_ref())) {
            if a != b {
                c.add(
                    Rule::SecLinkOffice,
                    "security.office",
                    Some(format!("{} ≠ {}", show(&a), show(&b))),
                );
            }
        }
        if let Some(dcd) = self
            .dcd_number
            .as_deref()
            .and_then(|t| parse_number(NumberKind::Dcd, t, opts).ok())
        {
            link::reverse_names(c, doc, &dcd, opts, ("dcd_number", None, None));
        }
    }

    fn check_security(&self, c: &mut Checker, opts: &ParseOptions<'_>) {
        SecurityPresented::check(self.security.as_ref(), c, opts, SecurityRules::ANNEX_10);
    }
}

/// The rules a certificate reports about the security document it names:
/// annex 10's (`CERT.SECURITY.*`) or annex 16's (`TIR.CERT.SECURITY.*`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct SecurityRules {
    /// The number is missing.
    pub(crate) required: Rule,
    /// The number is not a `security` number.
    pub(crate) format: Rule,
    /// The date is missing or not the date the number carries.
    pub(crate) date: Rule,
    /// The office is missing or not the one the number carries.
    pub(crate) office: Rule,
}

impl SecurityRules {
    /// Annex 10, the certificate under a DCD.
    pub(crate) const ANNEX_10: SecurityRules = SecurityRules {
        required: Rule::CertSecurityRequired,
        format: Rule::CertSecurityFormat,
        date: Rule::CertSecurityDate,
        office: Rule::CertSecurityOffice,
    };
}

impl SecurityPresented {
    /// Checks the security document a certificate names: its number (a
    /// valid `security` number), its date (the one the number carries) and
    /// the registering office (named; its code, when given, the one the
    /// number carries), under `rules`.
    pub(crate) fn check(
        security: Option<&SecurityPresented>,
        c: &mut Checker,
        opts: &ParseOptions<'_>,
        rules: SecurityRules,
    ) {
        let none = SecurityPresented::default();
        let s = security.unwrap_or(&none);
        let number = match s.number.as_deref().filter(|t| !t.trim().is_empty()) {
            None => {
                c.add(rules.required, "security.number", ());
                None
            }
            Some(text) => c.quoted(
                text,
                NumberKind::Security,
                rules.format,
                "security.number",
                opts,
            ),
        };
        match (s.date, number) {
            (None, _) => c.add(rules.date, "security.date", ()),
            (Some(date), Some(n)) if date != n.date() => c.add(
                rules.date,
                "security.date",
                Some(same(format!("{date} ≠ {}", n.date()))),
            ),
            _ => {}
        }
        let office = s.office.as_ref();
        if office.is_none_or(|o| blank(&o.name)) {
            c.add(rules.office, "security.office", ());
        } else if let (Some(code), Some(n)) = (
            office
                .and_then(|o| o.code.as_deref())
                .map(str::trim)
                .filter(|t| !t.is_empty()),
            number,
        ) {
            if let Some(in_number) = n.office() {
                if code != in_number.to_string() {
                    c.add(
                        rules.office,
                        "security.office",
                        Some(same(format!("{code} ≠ {in_number}"))),
                    );
                }
            }
        }
    }
}
