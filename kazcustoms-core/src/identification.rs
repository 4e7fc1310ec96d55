//! Identification means of goods under customs control (R1 ch. 8, §40–§48,
//! annex 13; electronic seals from R1 §9 col. 50 and §54; transit across a
//! foreign state, §10): a typed list that a document carries, and its check.
//!
//! The DCD carries it as its optional member `identification`
//! ([`crate::dcd::Dcd`]); any other document may carry it and call
//! [`Identification::check`] the same way.
//!
//! ```json
//! {"means": [{"kind": "seal_screw", "number": "KZ 0457812", "diameter_mm": 10},
//!            {"kind": "accompanying_document", "description": "ИНВОЙС ОТЗ-2026/1187"}],
//!  "goods": {"heavy_or_oversize": false, "animals": false, "access_needed": false},
//!  "vehicle": {"open": false, "non_conforming": false},
//!  "decision": null,
//!  "intact_at_destination": true}
//! ```
//!
//! # Readings
//!
//! * **Recorded**: a document that carries `identification` with no means
//!   breaks `ID.RECORDED_IN_DCD` (§41 ¶4). A document without the member is
//!   not judged on identification: R1 makes no means mandatory for every
//!   carriage, and the library cannot tell "none applied" from "not said".
//! * **Where a seal is**: a lead seal or a screw-cutter sealer whose `on` is
//!   not given is on the cargo compartment (§40, the general case); a stamp
//!   on compartments always is.
//! * **Alternative means** (§41 ¶2): seals on single packages, and a
//!   description act, drawings, photographs or catalogue images, used with
//!   no seal or stamp on the cargo compartment. They need a recorded
//!   official's decision, and a ground: an open or non-conforming vehicle, or
//!   goods that take no compartment seal (§41 ¶1; ¶2 names heavy and oversize
//!   goods among the goods it covers). With a compartment seal they are
//!   additional means (§47), and need no decision. Goods marks (§43) have
//!   their own conditions and are not alternative means.
//! * **Certified** (§41 ¶3): descriptions, drawings, photographs and images
//!   are certified and attached to the DCD whenever they serve as means. The
//!   text names the destination office as the certifier, which cannot be at
//!   departure (a source defect, SPEC-R1-R3-NOTES §0.4): the library checks
//!   that they are certified, not by which office.
//! * **Sealer diameter and marks' applier** are checked when the document
//!   states them; the number of a screw-cutter sealer is always required.
//! * **Transit across a foreign state** (`ТТ`, §10): the departure office has
//!   ensured identification when one means other than the documents'
//!   (accompanying documents, marks and stamps on documents) is listed; a
//!   means found broken at destination is `ID.TT.INTACT`.
//! * `ID.COMBINATION` (§47: the means together allow the goods to be
//!   matched) is the officer's judgement of the goods presented, not a check
//!   of the document.

use serde::{Deserialize, Serialize};

use crate::check::{blank, show, Checker};
use crate::report::{Report, Text};
use crate::rules::Rule;

/// The kinds of identification means (SPEC-R1-R3-NOTES §2, `ID.KIND`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MeansKind {
    /// `seal_lead`: a control lead (or lead-alloy) seal (§41 ¶5(1)).
    SealLead,
    /// `seal_screw`: a screw-cutter sealer with an individual number, 10 mm (§41 ¶5(2)).
    SealScrew,
    /// `stamp_compartment`: a stamp on a cargo compartment (§40).
    StampCompartment,
    /// `mark_goods`: a self-adhesive mark on packages (§43).
    MarkGoods,
    /// `mark_document`: a "КЕДЕНДІК БАҚЫЛАУМЕН" mark on a document (§44).
    MarkDocument,
    /// `stamp_document`: a seal or stamp put on a document (§45).
    StampDocument,
    /// `description_act`: a description of the goods as an inspection act (§46(1)).
    DescriptionAct,
    /// `drawing_3p`: technical drawings in three projections (§46(2)).
    Drawing3p,
    /// `photo_3p`: colour photographs in three projections, to scale (§46(3)).
    Photo3p,
    /// `catalogue_image`: copies of scale images from catalogues (§46(4)).
    CatalogueImage,
    /// `accompanying_document`: an accompanying document describing the goods (§41 ¶3, §46(5)).
    AccompanyingDocument,
    /// `e_seal`: an electronic seal (R1 §9 col. 50, §54).
    ESeal,
}

impl MeansKind {
    /// Every kind.
    pub const ALL: [MeansKind; 12] = [
        MeansKind::SealLead,
        MeansKind::SealScrew,
        MeansKind::StampCompartment,
        MeansKind::MarkGoods,
        MeansKind::MarkDocument,
        MeansKind::StampDocument,
        MeansKind::DescriptionAct,
        MeansKind::Drawing3p,
        MeansKind::Photo3p,
        MeansKind::CatalogueImage,
        MeansKind::AccompanyingDocument,
        MeansKind::ESeal,
    ];

    /// The kind's name as a document writes it: `seal_lead`, `e_seal`, ….
    pub const fn name(self) -> &'static str {
        match self {
            MeansKind::SealLead => "seal_lead",
            MeansKind::SealScrew => "seal_screw",
            MeansKind::StampCompartment => "stamp_compartment",
            MeansKind::MarkGoods => "mark_goods",
            MeansKind::MarkDocument => "mark_document",
            MeansKind::StampDocument => "stamp_document",
            MeansKind::DescriptionAct => "description_act",
            MeansKind::Drawing3p => "drawing_3p",
            MeansKind::Photo3p => "photo_3p",
            MeansKind::CatalogueImage => "catalogue_image",
            MeansKind::AccompanyingDocument => "accompanying_document",
            MeansKind::ESeal => "e_seal",
        }
    }

    /// The kind named `name`, if any (exact names only).
    ///
    /// ```
    /// use kazcustoms_core::identification::MeansKind;
    /// assert_eq!(MeansKind::parse("seal_screw"), Some(MeansKind::SealScrew));
    /// assert_eq!(MeansKind::parse("padlock"), None);
    /// ```
    pub fn parse(name: &str) -> Option<MeansKind> {
        MeansKind::ALL.into_iter().find(|k| k.name() == name)
    }

    /// A description, drawing, photograph or image: certified and attached
    /// to the DCD (§41 ¶3).
    pub const fn is_depiction(self) -> bool {
        matches!(
            self,
            MeansKind::DescriptionAct
                | MeansKind::Drawing3p
                | MeansKind::Photo3p
                | MeansKind::CatalogueImage
        )
    }

    /// A seal or sealer (lead or screw-cutter).
    pub const fn is_seal(self) -> bool {
        matches!(self, MeansKind::SealLead | MeansKind::SealScrew)
    }

    /// A means of the documents only (not of the goods or the vehicle).
    pub const fn is_documentary(self) -> bool {
        matches!(
            self,
            MeansKind::AccompanyingDocument | MeansKind::MarkDocument | MeansKind::StampDocument
        )
    }
}

/// Where a seal or stamp is put.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Placement {
    /// On the vehicle's cargo compartment (or container).
    Compartment,
    /// On single packages.
    Package,
    /// On a document.
    Document,
}

/// Who applied a means.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Applier {
    /// The departure customs office.
    DepartureOffice,
    /// The destination customs office.
    DestinationOffice,
    /// Anyone else (carrier, declarant, another office).
    Other,
}

/// One identification means applied or used.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Means {
    /// Its kind, one of [`MeansKind`]'s names (`ID.KIND` otherwise).
    pub kind: String,
    /// Its number (seal, sealer, electronic seal) or the document's number.
    #[serde(default)]
    pub number: Option<String>,
    /// How many were applied (seals, marks), where counted.
    #[serde(default)]
    pub count: Option<u32>,
    /// Where a seal or stamp is put (a seal: the cargo compartment when not said).
    #[serde(default)]
    pub on: Option<Placement>,
    /// A screw-cutter sealer's diameter, whole millimetres (annex 13: 10).
    #[serde(default)]
    pub diameter_mm: Option<u32>,
    /// Who applied it.
    #[serde(default)]
    pub applied_by: Option<Applier>,
    /// For goods marks: whether put after the identification inspection.
    #[serde(default)]
    pub after_inspection: Option<bool>,
    /// For drawings and photographs: the number of projections (3).
    #[serde(default)]
    pub projections: Option<u32>,
    /// For drawings: whether they show the dimensions.
    #[serde(default)]
    pub dimensions: bool,
    /// For drawings: whether they show the material.
    #[serde(default)]
    pub material: bool,
    /// For photographs: whether in colour.
    #[serde(default)]
    pub colour: bool,
    /// For photographs: whether to a scale that shows the main details.
    #[serde(default)]
    pub to_scale: bool,
    /// For descriptions, drawings, photographs, images: certified by a customs official.
    #[serde(default)]
    pub certified: bool,
    /// For descriptions, drawings, photographs, images: attached to the DCD.
    #[serde(default)]
    pub attached: bool,
    /// Free description (the document's name, the distinguishing marks).
    #[serde(default)]
    pub description: Option<String>,
}

/// What the goods are, as far as identification goes (§41 ¶1).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GoodsFacts {
    /// Heavy or oversize goods.
    #[serde(default)]
    pub heavy_or_oversize: bool,
    /// Animals.
    #[serde(default)]
    pub animals: bool,
    /// Other goods that need access during carriage.
    #[serde(default)]
    pub access_needed: bool,
}

impl GoodsFacts {
    /// Goods whose cargo compartment takes no seal or stamp (§41 ¶1).
    pub const fn unsealable(self) -> bool {
        self.heavy_or_oversize || self.animals || self.access_needed
    }
}

/// The vehicle, as far as identification goes (§41 ¶2).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct VehicleFacts {
    /// An open vehicle.
    #[serde(default)]
    pub open: bool,
    /// A vehicle that does not meet the Rules on equipping vehicles.
    #[serde(default)]
    pub non_conforming: bool,
}

/// The customs official's decision on alternative means (§41 ¶2).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// The official who decided.
    #[serde(default)]
    pub official: Option<String>,
    /// The decision's date.
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::option")]
    pub date: Option<chrono::NaiveDate>,
}

/// The identification means of a carriage, with the facts their rules need.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Identification {
    /// The means applied or used (§41 ¶4: recorded in the DCD).
    #[serde(default)]
    pub means: Vec<Means>,
    /// The goods.
    #[serde(default)]
    pub goods: GoodsFacts,
    /// The vehicle.
    #[serde(default)]
    pub vehicle: VehicleFacts,
    /// The official's decision on alternative means, when one was taken.
    #[serde(default)]
    pub decision: Option<Decision>,
    /// Whether the destination office found the means intact (`null`: not yet checked).
    #[serde(default)]
    pub intact_at_destination: Option<bool>,
}

impl Identification {
    /// Every violation of the `ID.*` rules, on fields under `field` (e.g.
    /// `identification.means[2].number`). `transit_abroad` says the
    /// carriage crosses a foreign state (DCD column 1 `ТТ`, §10).
    ///
    /// ```
    /// use kazcustoms_core::identification::{Identification, Means};
    /// let mut id = Identification::default();
    /// id.means.push(Means { kind: "seal_screw".into(), diameter_mm: Some(12), ..Default::default() });
    /// id.goods.animals = true;
    /// let report = id.check("identification", false);
    /// assert_eq!(report.rule_ids(), ["ID.SEAL_NOT_APPLICABLE", "ID.SCREW.NUMBER", "ID.SCREW.DIAMETER"]);
    /// ```
    pub fn check(&self, field: &str, transit_abroad: bool) -> Report {
        let mut c = Checker::new();
        let at = |i: usize, member: &str| format!("{field}.means[{i}].{member}");
        if self.means.is_empty() {
            c.add(Rule::IdRecordedInDcd, format!("{field}.means"), ());
        }
        let kinds: Vec<Option<MeansKind>> =
            self.means.iter().map(|m| MeansKind::parse(m.kind.trim())).collect();
        let on_compartment = |m: &Means, k: MeansKind| match k {
            MeansKind::StampCompartment => true,
            k if k.is_seal() => m.on.is_none_or(|p| p == Placement::Compartment),
            _ => false,
        };
        let sealed = self
            .means
            .iter()
            .zip(&kinds)
            .any(|(m, k)| k.is_some_and(|k| on_compartment(m, k)));
        let mut alternative = false;
        for (i, (m, kind)) in self.means.iter().zip(&kinds).enumerate() {
            let Some(kind) = *kind else {
                c.add(Rule::IdKind, at(i, "kind"), Some(show(&m.kind)));
                continue;
            };
            if on_compartment(m, kind) && self.goods.unsealable() {
                c.add(Rule::IdSealNotApplicable, at(i, "kind"), Some(kind.name().to_owned()));
            }
            if kind.is_depiction() || (kind.is_seal() && m.on == Some(Placement::Package)) {
                alternative = true;
            }
            if kind.is_depiction() && !(m.certified && m.attached) {
                let detail = missing(&[
                    (!m.certified, ["расталмаған", "не заверено", "not certified"]),
                    (!m.attached, ["қоса берілмеген", "не приложено", "not attached"]),
                ]);
                c.add(Rule::IdAltCertified, at(i, "certified"), detail);
            }
            match kind {
                MeansKind::SealScrew => {
                    if blank(&m.number) {
                        c.add(Rule::IdScrewNumber, at(i, "number"), ());
                    }
                    if let Some(d) = m.diameter_mm.filter(|&d| d != 10) {
                        c.add(Rule::IdScrewDiameter, at(i, "diameter_mm"), Some(format!("{d} mm")));
                    }
                }
                MeansKind::MarkGoods => {
                    let by = m.applied_by.is_some_and(|a| a != Applier::DepartureOffice);
                    let before = m.after_inspection == Some(false);
                    if by || before {
                        c.add(Rule::IdMarkGoodsApplier, at(i, if by { "applied_by" } else { "after_inspection" }), ());
                    }
                }
                MeansKind::Drawing3p => {
                    let detail = missing(&[
                        (m.projections != Some(3), ["үш проекция", "три проекции", "three projections"]),
                        (!m.dimensions, ["мөлшерлері", "размеры", "dimensions"]),
                        (!m.material, ["материалы", "материал", "material"]),
                    ]);
                    if detail.is_some() {
                        c.add(Rule::IdDrawingProjections, at(i, "projections"), detail);
                    }
                }
                MeansKind::Photo3p => {
                    let detail = missing(&[
                        (m.projections != Some(3), ["үш проекция", "три проекции", "three projections"]),
                        (!m.colour, ["түрлі-түсті", "цветные", "colour"]),
                        (!m.to_scale, ["масштаб", "масштаб", "scale"]),
                    ]);
                    if detail.is_some() {
                        c.add(Rule::IdPhotoProjections, at(i, "projections"), detail);
                    }
                }
                _ => {}
            }
        }
        if alternative && !sealed {
            let ground = self.vehicle.open || self.vehicle.non_conforming || self.goods.unsealable();
            let detail = missing(&[
                (self.decision.is_none(), ["лауазымды адамның шешімі", "решение должностного лица", "the official's decision"]),
                (!ground, [
                    "негізі (ашық немесе талаптарға сай емес көлік құралы)",
                    "основание (открытое или не соответствующее требованиям транспортное средство)",
                    "its ground (an open or non-conforming vehicle)",
                ]),
            ]);
            if detail.is_some() {
                c.add(Rule::IdAltDecision, format!("{field}.decision"), detail);
            }
        }
        if transit_abroad {
            let ensured = kinds.iter().flatten().any(|k| !k.is_documentary());
            if !ensured {
                c.add(Rule::IdTtDeparture, format!("{field}.means"), ());
            }
            if self.intact_at_destination == Some(false) {
                c.add(Rule::IdTtIntact, format!("{field}.intact_at_destination"), ());
            }
        }
        c.report
    }
}

/// The missing parts of a requirement, as a detail in three languages.
fn missing(parts: &[(bool, [&str; 3])]) -> Option<Text> {
    let absent: Vec<&[&str; 3]> = parts.iter().filter(|p| p.0).map(|p| &p.1).collect();
    if absent.is_empty() {
        return None;
    }
    let join = |lang: usize| absent.iter().map(|w| w[lang]).collect::<Vec<_>>().join(", ");
    Some(Text::new(
        format!("жоқ: {}", join(0)),
        format!("нет: {}", join(1)),
        format!("missing: {}", join(2)),
    ))
}
