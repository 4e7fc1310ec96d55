//! Files generated from the document registry
//! (`kazcustoms_core::documents`) and the rule catalogue
//! (`kazcustoms_core::Rule`), committed, and checked here like the C header:
//!
//! * `docs/rules.md`, the rules reference: every rule under the document kind
//!   (or the number, deadline or journal part) it belongs to;
//! * the block of `README.md` between `<!-- kinds:begin -->` and
//!   `<!-- kinds:end -->`, the table of document kinds;
//! * `kazcustoms-py/python/kazcustoms/_kinds.py`, the code names as Python
//!   `Literal` types;
//! * `tests/schema/<kind>.schema.json`, the JSON Schema of every document kind;
//! * `docs/mrp.md`, the МРП table (`kazcustoms_core::reference::mrp_ranges`):
//!   every value with its date, purposes and source.
//!
//! A test fails when a committed file differs from what it generates. To
//! rewrite them after changing the registry or the catalogue:
//! `KAZCUSTOMS_BLESS=1 cargo test -p kazcustoms-core --test generated`.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use kazcustoms_core::dcd::DcdState;
use kazcustoms_core::documents::{DocumentKind, JournalKind};
use kazcustoms_core::guarantee::GuaranteeState;
use kazcustoms_core::lifecycle::StateMachine;
use kazcustoms_core::reference::{mrp_ranges, MrpPurpose, MrpScope};
use kazcustoms_core::tables::TableFormat;
use kazcustoms_core::{Convention, ErrorClass, Input, Lang, NumberKind, Rule, Severity};

/// The command that rewrites every generated file.
const BLESS: &str = "KAZCUSTOMS_BLESS=1 cargo test -p kazcustoms-core --test generated";

const BEGIN: &str = "<!-- kinds:begin -->";
const END: &str = "<!-- kinds:end -->";

/// The repository root.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the crate is inside the workspace")
        .to_path_buf()
}

fn blessing() -> bool {
    std::env::var_os("KAZCUSTOMS_BLESS").is_some_and(|v| v == "1")
}

/// The first line (1-based) where `a` and `b` differ.
fn first_difference(a: &str, b: &str) -> usize {
    a.lines()
        .zip(b.lines())
        .position(|(x, y)| x != y)
        .map_or_else(|| a.lines().count().min(b.lines().count()) + 1, |i| i + 1)
}

/// Compares the committed file `rel` (relative to the root) with `fresh`;
/// with `KAZCUSTOMS_BLESS=1` writes `fresh` instead. Returns the complaint.
fn compare(rel: &str, fresh: &str) -> Result<(), String> {
    let path = root().join(rel);
    if blessing() {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{rel}: {e}"))?;
        }
        return std::fs::write(&path, fresh).map_err(|e| format!("{rel}: {e}"));
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if committed == fresh {
        Ok(())
    } else if committed.is_empty() {
        Err(format!("{rel} is missing; generate it with {BLESS}"))
    } else {
        Err(format!(
            "{rel} is out of date (first difference at line {}); regenerate it with {BLESS}",
            first_difference(&committed, fresh)
        ))
    }
}

fn check(rel: &str, fresh: &str) {
    if let Err(complaint) = compare(rel, fresh) {
        panic!("{complaint}");
    }
}

/// A text for a Markdown table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

fn code_list<'a>(names: impl IntoIterator<Item = &'a str>) -> String {
    let list: Vec<String> = names.into_iter().map(|n| format!("`{n}`")).collect();
    if list.is_empty() {
        "—".to_owned()
    } else {
        list.join(", ")
    }
}

// ---------------------------------------------------------------- rules.md

/// A part of the rules reference: a document kind, or one of the parts
/// that are not a document of their own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Part {
    Kind(usize),
    Numbers,
    Deadline,
    Journals,
}

/// The parts that are not a document, with the prefix of the ids they own.
const COMMON: [(Part, &str, &str); 3] = [
    (Part::Numbers, "NUM.", "Registration numbers"),
    (Part::Deadline, "TERM.", "Delivery deadline"),
    (Part::Journals, "JOURNAL.", "Journals"),
];

/// Every (prefix, part) the rules are assigned by.
fn owners() -> Vec<(&'static str, Part)> {
    let mut owners: Vec<(&'static str, Part)> = DocumentKind::ALL
        .iter()
        .enumerate()
        .flat_map(|(i, kind)| kind.rules().iter().map(move |p| (*p, Part::Kind(i))))
        .collect();
    owners.extend(COMMON.iter().map(|(part, prefix, _)| (*prefix, *part)));
    owners
}

/// The part a rule id belongs to: the owner of the longest prefix that
/// matches it. Two owners of the same longest prefix are an error.
fn owner_of(id: &str, owners: &[(&'static str, Part)]) -> Result<Part, String> {
    let mut matching: Vec<&(&str, Part)> =
        owners.iter().filter(|(p, _)| id.starts_with(p)).collect();
    matching.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
    match matching.as_slice() {
        [] => Err(format!("rule {id} matches no kind's rules() prefix")),
        [(p1, a), (p2, b), ..] if p1.len() == p2.len() && a != b => Err(format!(
            "rule {id}: prefix {p1} is claimed by two parts ({a:?}, {b:?})"
        )),
        [(_, part), ..] => Ok(*part),
    }
}

/// Every rule, grouped by its part, in catalogue order.
fn rules_by_part() -> BTreeMap<Part, Vec<Rule>> {
    let owners = owners();
    let mut parts: BTreeMap<Part, Vec<Rule>> = BTreeMap::new();
    let mut errors = Vec::new();
    for rule in Rule::ALL.iter().copied() {
        match owner_of(rule.id(), &owners) {
            Ok(part) => parts.entry(part).or_default().push(rule),
            Err(e) => errors.push(e),
        }
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    parts
}

/// The moves a lifecycle allows, found by asking it for every pair of states,
/// and the rule a refused move reports.
fn moves(machine: &StateMachine) -> (Vec<(&'static str, &'static str)>, Option<&'static str>) {
    let mut allowed = Vec::new();
    let mut refusal = None;
    for from in machine.states {
        for to in machine.states {
            match machine.transition(from, to) {
                Ok(state) => {
                    assert_eq!(state, *to, "a move to {to} names the state it reached");
                    allowed.push((*from, *to));
                }
                Err(err) => refusal = refusal.or(err.rule().map(|r| r.id())),
            }
        }
    }
    (allowed, refusal)
}

fn rule_table(out: &mut String, rules: &[Rule]) {
    out.push_str("| rule | severity | source | kk | ru | en |\n");
    out.push_str("|---|---|---|---|---|---|\n");
    for rule in rules {
        let title = rule.title();
        let _ = writeln!(
            out,
            "| `{}` | {} | {} | {} | {} | {} |",
            rule.id(),
            rule.severity(),
            cell(rule.source()),
            cell(title.get(Lang::Kk)),
            cell(title.get(Lang::Ru)),
            cell(title.get(Lang::En)),
        );
    }
}

/// The anchor GitHub gives a heading `` `name`: title ``.
fn anchor(name: &str, title: &str) -> String {
    format!("{name} {title}")
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '_' || c == '-' => Some(c),
            _ => None,
        })
        .collect()
}

fn render_rules_md() -> String {
    let parts = rules_by_part();
    let mut out = String::new();
    out.push_str("# Rules reference\n\n");
    let _ = writeln!(
        out,
        "<!-- Generated by kazcustoms-core/tests/generated.rs from the document registry \
         and the rule catalogue; do not edit. Regenerate with {BLESS}. -->\n"
    );
    out.push_str(
        "The rules come from Order No. 197 of the Customs Control Agency of the Republic of \
         Kazakhstan of 12 May 2003 (as amended 2003–2010), whose rule sets are R1 (drawing up, \
         forming and using the delivery control document), R2 (customs escort of goods and \
         vehicles) and R3 (the document confirming security of payment of customs payments \
         and taxes), and from S0, the e-government \"Customs clearance\" service instruction. \
         The order was repealed by Order No. 474 of the Minister of Finance of 21 September \
         2010, with effect from 1 January 2011. Parts of it came into force later than the order: \
         chapters 9–10 of R1 (accompanying documents and TIR carnets used as a DCD) and \
         annexes 14–16 were added by Order No. 74 of 22 February 2010, and R2 §15-1 (the \
         single escort number) by Order No. 195 of 20 May 2005. The library implements the \
         rules as written; the date a rule came into force is not a check it applies to a \
         document's date.\n\n",
    );
    out.push_str(
        "The sources are points of the Kazakh source texts (R1, R2, R3, S0); the rule ids \
         follow one scheme, and a rule this library adds has an id in the same scheme. Ids are part of the public API in Rust, Python and C and never \
         change meaning. `source` is the default reference a violation carries (`R1 §9 \
         col. 33` is R1 point 9, column 33). A rule belongs to the document kind whose rule \
         prefix matches its id (the longest prefix wins); `NUM.*`, `TERM.*` and `JOURNAL.*` \
         are shared by every kind. A violation of severity `warning` does not spoil a \
         report's `ok`.\n\n",
    );

    out.push_str("## Contents\n\n");
    for kind in DocumentKind::ALL {
        let en = kind.title().en;
        let _ = writeln!(
            out,
            "- [`{}`: {en}](#{})",
            kind.name(),
            anchor(kind.name(), &en)
        );
    }
    for (_, _, title) in COMMON {
        let _ = writeln!(
            out,
            "- [{title}](#{})",
            anchor("", title).trim_start_matches('-')
        );
    }
    out.push('\n');

    for (i, kind) in DocumentKind::ALL.iter().enumerate() {
        let title = kind.title();
        let _ = writeln!(out, "## `{}`: {}\n", kind.name(), title.en);
        out.push_str("| | |\n|---|---|\n");
        let _ = writeln!(out, "| kk | {} |", cell(&title.kk));
        let _ = writeln!(out, "| ru | {} |", cell(&title.ru));
        let _ = writeln!(out, "| en | {} |", cell(&title.en));
        let _ = writeln!(out, "| source | {} |", cell(kind.source()));
        let _ = writeln!(
            out,
            "| rule prefixes | {} |",
            code_list(kind.rules().iter().copied())
        );
        let _ = writeln!(
            out,
            "| journals | {} |",
            code_list(kind.journals().map(JournalKind::name))
        );
        match kind.lifecycle() {
            None => out.push_str("| lifecycle | — |\n"),
            Some(machine) => {
                let (allowed, refusal) = moves(&machine);
                let _ = writeln!(
                    out,
                    "| lifecycle states | {} |",
                    code_list(machine.states.iter().copied())
                );
                let listed: Vec<String> = allowed
                    .iter()
                    .map(|(a, b)| format!("`{a}` → `{b}`"))
                    .collect();
                let _ = writeln!(out, "| lifecycle moves | {} |", listed.join(", "));
                if let Some(rule) = refusal {
                    let _ = writeln!(out, "| any other move | refused with `{rule}` |");
                }
            }
        }
        out.push('\n');
        match parts.get(&Part::Kind(i)) {
            Some(rules) => rule_table(&mut out, rules),
            None => out.push_str("No rule of its own: it reports the shared rules below.\n"),
        }
        out.push('\n');
    }

    for (part, prefix, title) in COMMON {
        let _ = writeln!(out, "## {title}\n");
        let _ = writeln!(out, "The rules `{prefix}*`, shared by every document kind.");
        if part == Part::Numbers {
            let _ = writeln!(
                out,
                "Number kinds: {}.",
                code_list(NumberKind::NAMES.iter().copied())
            );
        }
        out.push('\n');
        rule_table(&mut out, parts.get(&part).map_or(&[][..], Vec::as_slice));
        out.push('\n');
    }
    // One trailing newline.
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

#[test]
fn every_rule_has_exactly_one_part() {
    let owners = owners();
    // The longest prefix wins: GO.REFUSE.* is the application's, GO.STATE the
    // obligation's.
    assert_eq!(
        owner_of("GO.REFUSE.DEBT", &owners),
        Ok(Part::Kind(
            DocumentKind::ALL
                .iter()
                .position(|k| *k == DocumentKind::GuaranteeApplication)
                .unwrap()
        ))
    );
    assert_eq!(
        owner_of("GO.STATE", &owners),
        Ok(Part::Kind(
            DocumentKind::ALL
                .iter()
                .position(|k| *k == DocumentKind::Guarantee)
                .unwrap()
        ))
    );
    assert!(owner_of("NOPE.X", &owners).is_err());
    let clash = [("A.", Part::Numbers), ("A.", Part::Deadline)];
    assert!(owner_of("A.B", &clash).is_err());

    let doc = render_rules_md();
    for rule in Rule::ALL {
        let row = format!("| `{}` |", rule.id());
        assert_eq!(
            doc.matches(&row).count(),
            1,
            "{} is listed once in docs/rules.md",
            rule.id()
        );
    }
    let rows = doc
        .lines()
        .filter(|l| l.starts_with("| `") && l.matches(" | ").count() == 5)
        .count();
    assert_eq!(
        rows,
        Rule::ALL.len(),
        "docs/rules.md has one row per rule, no other"
    );
    let total: usize = rules_by_part().values().map(Vec::len).sum();
    assert_eq!(total, Rule::ALL.len());
}

#[test]
fn rules_reference_is_current() {
    check("docs/rules.md", &render_rules_md());
}

// ------------------------------------------------------------ README block

fn render_readme_block() -> String {
    let mut out = String::new();
    out.push_str(BEGIN);
    out.push('\n');
    let _ = writeln!(
        out,
        "<!-- Generated by kazcustoms-core/tests/generated.rs from the document registry; \
         do not edit. Regenerate with {BLESS}. -->\n"
    );
    out.push_str("## Document kinds\n\n");
    out.push_str(
        "Every kind `validate` accepts, from the one registry in \
         `kazcustoms-core/src/documents.rs`; its rules are listed in `docs/rules.md` and its \
         JSON Schema is `tests/schema/<kind>.schema.json`.\n\n",
    );
    out.push_str("| kind | title (en) | title (ru) | source | lifecycle | journals |\n");
    out.push_str("|---|---|---|---|---|---|\n");
    for kind in DocumentKind::ALL {
        let title = kind.title();
        let _ = writeln!(
            out,
            "| `{}` | {} | {} | {} | {} | {} |",
            kind.name(),
            cell(&title.en),
            cell(&title.ru),
            cell(kind.source()),
            if kind.lifecycle().is_some() {
                "yes"
            } else {
                "no"
            },
            code_list(kind.journals().map(JournalKind::name)),
        );
    }
    out.push_str(END);
    out
}

/// Where the block goes when the README has none yet: before the section
/// that follows the layout table.
const BLOCK_BEFORE: &str = "\n## A short example per language\n";

#[test]
fn readme_kinds_block_is_current() {
    let rel = "README.md";
    let path = root().join(rel);
    let readme = std::fs::read_to_string(&path).expect("README.md is readable");
    let block = render_readme_block();
    let current = match (readme.find(BEGIN), readme.find(END)) {
        (Some(b), Some(e)) if b < e => Some((b, e + END.len())),
        (None, None) => None,
        _ => panic!("README.md: the markers {BEGIN} and {END} must come as a pair, in order"),
    };
    if blessing() {
        let updated = match current {
            Some((b, e)) => format!("{}{block}{}", &readme[..b], &readme[e..]),
            None => {
                let at = readme.find(BLOCK_BEFORE).unwrap_or_else(|| {
                    panic!("README.md has no {BLOCK_BEFORE:?} to put the block before")
                });
                format!("{}\n{block}\n{}", &readme[..at], &readme[at..])
            }
        };
        std::fs::write(&path, updated).expect("README.md is writable");
        return;
    }
    let Some((b, e)) = current else {
        panic!("README.md has no {BEGIN} … {END} block; insert it with {BLESS}");
    };
    assert!(
        readme[b..e] == block,
        "the README block {BEGIN} … {END} is out of date (line {} of the block); regenerate it with {BLESS}",
        first_difference(&readme[b..e], &block)
    );
}

// ------------------------------------------------------------ _kinds.py

/// Each alias: its name, what it names, and the code names.
fn python_aliases() -> Vec<(&'static str, &'static str, Vec<&'static str>)> {
    vec![
        (
            "DocumentKind",
            "A document kind (`validate`, `schema`, …).",
            DocumentKind::NAMES.to_vec(),
        ),
        (
            "JournalKind",
            "A journal that `export_journal` exports.",
            JournalKind::NAMES.to_vec(),
        ),
        (
            "NumberKind",
            "A registration-number kind (`parse_number`, `Journal`).",
            NumberKind::NAMES.to_vec(),
        ),
        ("Lang", "A message language.", Lang::NAMES.to_vec()),
        (
            "Convention",
            "How a distance is turned into a delivery term (the Rust enum has no `NAMES`: \
             these are the names its `FromStr` reads).",
            Convention::NAMES.to_vec(),
        ),
        (
            "DcdState",
            "A state of the DCD lifecycle.",
            DcdState::NAMES.to_vec(),
        ),
        (
            "GuaranteeState",
            "A state of the guarantee-obligation lifecycle.",
            GuaranteeState::NAMES.to_vec(),
        ),
        (
            "TableFormat",
            "The format a journal is exported in.",
            TableFormat::NAMES.to_vec(),
        ),
        (
            "ErrorClass",
            "The class of an error (the exception it is raised as).",
            ErrorClass::NAMES.to_vec(),
        ),
        (
            "Input",
            "The structured input an `InvalidDocument` error is about.",
            Input::NAMES.to_vec(),
        ),
        (
            "MrpPurpose",
            "What an МРП value is asked for (`mrp`): fees, fines and taxes, or benefits and social payments.",
            MrpPurpose::NAMES.to_vec(),
        ),
        (
            "Severity",
            "How serious a violation is (`Violation.severity`): an error, or a warning that leaves the report ok.",
            [Severity::Error, Severity::Warning]
                .iter()
                .map(|s| s.as_str())
                .collect(),
        ),
    ]
}

fn render_kinds_py() -> String {
    let aliases = python_aliases();
    let mut out = String::new();
    out.push_str(
        "\"\"\"The code names of kazcustoms as ``Literal`` types, for annotations.\n\n\
         Generated by ``kazcustoms-core/tests/generated.rs`` from the ``NAMES`` of the\n\
         Rust enums of ``kazcustoms-core`` (the document registry and the code-name\n\
         enums); do not edit. Regenerate with\n\
         ``KAZCUSTOMS_BLESS=1 cargo test -p kazcustoms-core --test generated``.\n\"\"\"\n\n",
    );
    // Written as a Union of one-name Literals: the same type to mypy, and the
    // form mypy.stubtest accepts for a runtime alias.
    out.push_str("from typing import Literal, TypeAlias, Union\n\n");
    out.push_str("__all__ = [\n");
    for (name, _, _) in &aliases {
        let _ = writeln!(out, "    \"{name}\",");
    }
    out.push_str("]\n");
    for (name, doc, names) in &aliases {
        assert!(!names.is_empty(), "{name} has names");
        let _ = writeln!(out, "\n{name}: TypeAlias = Union[");
        for n in names {
            assert!(
                n.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
                "{name}: {n:?} is a plain code name"
            );
            let _ = writeln!(out, "    Literal[\"{n}\"],");
        }
        out.push_str("]\n");
        let _ = writeln!(out, "\"\"\"{}\"\"\"", doc.replace('`', "``"));
    }
    out
}

#[test]
fn python_kinds_are_current() {
    let py = render_kinds_py();
    // Every name of every alias is in the file.
    for (name, _, names) in python_aliases() {
        assert!(py.contains(&format!("{name}: TypeAlias = Union[")));
        for n in names {
            assert!(
                py.contains(&format!("    Literal[\"{n}\"],\n")),
                "{name}: {n}"
            );
        }
    }
    check("kazcustoms-py/python/kazcustoms/_kinds.py", &py);
}

// ---------------------------------------------------------------- schemas

/// The schema of `kind` as committed: pretty JSON in the keyword order
/// schemars writes a `Schema` in (`$schema`, `title`, `description`,
/// `type`, `properties`, …), the order of `dcd::json_schema()`, rather than
/// the sorted keys of the plain `serde_json::Value`.
fn schema_text(kind: DocumentKind) -> String {
    let schema =
        schemars::Schema::try_from(kind.schema()).expect("the registry gives a schema object");
    serde_json::to_string_pretty(&schema).expect("a schema serializes") + "\n"
}

#[test]
fn document_schemas_are_current() {
    let mut complaints = Vec::new();
    for kind in DocumentKind::ALL.iter().copied() {
        let schema = kind.schema();
        assert_eq!(
            schema["type"],
            "object",
            "{}: a document is a JSON object",
            kind.name()
        );
        assert!(
            schema["properties"].is_object(),
            "{} has properties",
            kind.name()
        );
        let rel = format!("tests/schema/{}.schema.json", kind.name());
        if let Err(c) = compare(&rel, &schema_text(kind)) {
            complaints.push(c);
        }
    }
    assert!(complaints.is_empty(), "{}", complaints.join("\n"));
}

#[test]
fn the_dcd_schema_is_the_registry_schema() {
    // `dcd::json_schema()` (older API) and the registry give the same text.
    assert_eq!(
        kazcustoms_core::dcd::json_schema() + "\n",
        schema_text(DocumentKind::Dcd)
    );
}

// ------------------------------------------------------------------ mrp.md

fn render_mrp_md() -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<!-- Generated by kazcustoms-core/tests/generated.rs from kazcustoms_core::reference::mrp_ranges() \
         (kazcustoms-core/data/mrp.tsv); do not edit. Regenerate with {BLESS}. -->\n"
    );
    out.push_str(
        "# The monthly calculation index (МРП / АЕК)\n\n\
         The index, in tenge, that the library knows, by the date it came into force and the \
         purposes it covers, each with the act that set it. Ask for a value with \
         `reference::mrp(date, purpose)` (Rust), `kazcustoms.mrp(date, purpose)` (Python) or \
         `kazcustoms_mrp(date, purpose, &out)` (C); the README's \"Reference data: the МРП\" \
         says how a value is chosen and which readings were made.\n\n\
         Purposes: `fees` are customs fees (the escort fee), state duties, fines, taxes and other \
         payments; `benefits` are benefits and other social payments; `all` is one value set for \
         both. A value is in force, for each purpose it covers, from its date until the next value \
         covering that purpose or the end of its calendar year; a date outside the years below has \
         no known value and is an input error.\n\n",
    );
    out.push_str("| from | purposes | МРП, tenge | source |\n|---|---|---|---|\n");
    for r in mrp_ranges() {
        let scope = match r.applies_to {
            MrpScope::All => "all (fees and benefits)",
            MrpScope::Fees => "fees only",
            MrpScope::Benefits => "benefits only",
        };
        let _ = writeln!(
            out,
            "| {} | {scope} | {} | {} |",
            r.from,
            r.value,
            cell(&r.source)
        );
    }
    out
}

#[test]
fn mrp_reference_is_current() {
    check("docs/mrp.md", &render_mrp_md());
}
