//! The modules of `kazcustoms-core` depend on each other without cycles,
//! and the leaf modules depend on no document.
//!
//! The graph has one node per module file (`numbers::kind`, `journal::error`,
//! `crate` for `lib.rs`), found from `lib.rs` through the `mod x;`
//! declarations (not those under `#[cfg(test)]`). There is an edge A → B
//! when A names an item of B through a `crate::` or `super::` path (in a
//! `use` tree or in code). A name re-exported by a `use` is followed to
//! the module that defines it; a module re-exporting (`pub use`) the items of
//! its own submodules makes no edge. Comments (doc comments with them),
//! string and character literals and `#[cfg(test)]` items are ignored.

mod rust_source;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

// ------------------------------------------------------------ tokens

#[derive(Clone, Debug, PartialEq, Eq)]
enum Tok {
    Ident(String),
    /// `::`
    Path,
    Punct(char),
}

impl Tok {
    fn is_ident(&self, s: &str) -> bool {
        matches!(self, Tok::Ident(i) if i == s)
    }
    fn ident(&self) -> Option<&str> {
        match self {
            Tok::Ident(i) => Some(i),
            _ => None,
        }
    }
}

/// The tokens of `src` without comments, string, byte-string, raw-string
/// and character literals (a literal becomes the punctuation `"`).
fn tokens(src: &str) -> Vec<Tok> {
    let c: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < c.len() {
        let ch = c[i];
        let next = c.get(i + 1).copied();
        if ch == '/' && next == Some('/') {
            while i < c.len() && c[i] != '\n' {
                i += 1;
            }
        } else if ch == '/' && next == Some('*') {
            i = rust_source::skip_block_comment(&c, i);
        } else if ch == '"' {
            i = skip_string(&c, i + 1);
            out.push(Tok::Punct('"'));
        } else if (ch == 'r' || ch == 'b')
            && rust_source::raw_string_start(&c, i).is_some()
            && !prev_is_ident(&c, i)
        {
            let (hashes, body) = rust_source::raw_string_start(&c, i).unwrap();
            i = body;
            loop {
                if i >= c.len() {
                    break;
                }
                if c[i] == '"' && (0..hashes).all(|k| c.get(i + 1 + k) == Some(&'#')) {
                    i += 1 + hashes;
                    break;
                }
                i += 1;
            }
            out.push(Tok::Punct('"'));
        } else if ch == 'b' && next == Some('"') && !prev_is_ident(&c, i) {
            i = skip_string(&c, i + 2);
            out.push(Tok::Punct('"'));
        } else if ch == '\'' {
            // A character literal ('x', '\n', '\u{..}'), else a lifetime.
            if next == Some('\\') {
                i += 2;
                while i < c.len() && c[i] != '\'' {
                    i += 1;
                }
                i += 1;
                out.push(Tok::Punct('"'));
            } else if c.get(i + 2) == Some(&'\'') {
                i += 3;
                out.push(Tok::Punct('"'));
            } else {
                out.push(Tok::Punct('\''));
                i += 1;
            }
        } else if ch == 'b' && next == Some('\'') && !prev_is_ident(&c, i) {
            i += 1; // the character literal follows
        } else if ch.is_alphabetic()
            || ch == '_'
            || (ch == '$' && next.is_some_and(char::is_alphabetic))
        {
            let start = i;
            i += 1;
            while i < c.len() && (c[i].is_alphanumeric() || c[i] == '_') {
                i += 1;
            }
            let word: String = c[start..i].iter().collect();
            // `r#ident`
            out.push(Tok::Ident(word));
        } else if ch.is_ascii_digit() {
            while i < c.len() && (c[i].is_alphanumeric() || c[i] == '_' || c[i] == '.') {
                if c[i] == '.' && !c.get(i + 1).is_some_and(char::is_ascii_digit) {
                    break;
                }
                i += 1;
            }
        } else if ch == ':' && next == Some(':') {
            out.push(Tok::Path);
            i += 2;
        } else if ch.is_whitespace() {
            i += 1;
        } else {
            out.push(Tok::Punct(ch));
            i += 1;
        }
    }
    out
}

fn prev_is_ident(c: &[char], i: usize) -> bool {
    i > 0 && (c[i - 1].is_alphanumeric() || c[i - 1] == '_')
}

/// After the opening quote at `i`, the index after the closing quote.
fn skip_string(c: &[char], mut i: usize) -> usize {
    while i < c.len() {
        match c[i] {
            '\\' => i += 2,
            '"' => return i + 1,
            _ => i += 1,
        }
    }
    i
}

/// The index after the group opened at `i` (`(`, `[` or `{`).
fn skip_group(t: &[Tok], i: usize) -> usize {
    let mut depth = 0i32;
    let mut j = i;
    while j < t.len() {
        match t[j] {
            Tok::Punct('(' | '[' | '{') => depth += 1,
            Tok::Punct(')' | ']' | '}') => {
                depth -= 1;
                if depth == 0 {
                    return j + 1;
                }
            }
            _ => {}
        }
        j += 1;
    }
    j
}

fn is_cfg_test(t: &[Tok], i: usize) -> bool {
    let want = [
        Tok::Punct('#'),
        Tok::Punct('['),
        Tok::Ident("cfg".into()),
        Tok::Punct('('),
        Tok::Ident("test".into()),
        Tok::Punct(')'),
        Tok::Punct(']'),
    ];
    t.len() >= i + want.len() && t[i..i + want.len()] == want
}

/// The tokens without the items under `#[cfg(test)]`.
fn without_test_items(t: Vec<Tok>) -> Vec<Tok> {
    let mut out = Vec::with_capacity(t.len());
    let mut i = 0;
    while i < t.len() {
        if !is_cfg_test(&t, i) {
            out.push(t[i].clone());
            i += 1;
            continue;
        }
        i += 7;
        // Further attributes, then the item up to its `;` or its body.
        loop {
            match t.get(i) {
                None => break,
                Some(Tok::Punct('#')) if t.get(i + 1) == Some(&Tok::Punct('[')) => {
                    i = skip_group(&t, i + 1)
                }
                Some(Tok::Punct(';')) => {
                    i += 1;
                    break;
                }
                Some(Tok::Punct('{')) => {
                    i = skip_group(&t, i);
                    break;
                }
                Some(Tok::Punct('(' | '[')) => i = skip_group(&t, i),
                Some(_) => i += 1,
            }
        }
    }
    out
}

// ------------------------------------------------------------ modules

/// One module file, read.
#[derive(Debug, Default)]
struct Module {
    file: String,
    /// Declared child modules (`mod x;`).
    children: BTreeSet<String>,
    /// Items it defines (`fn`, `struct`, `enum`, …, `macro_rules!`).
    items: BTreeSet<String>,
    /// `#[macro_export]` macros it defines (they live at the crate root).
    exported_macros: BTreeSet<String>,
    /// Names bound by `use`: name → (the path as written, relative to the module).
    bindings: BTreeMap<String, Vec<String>>,
    /// Glob imports (`use x::*`).
    globs: Vec<Vec<String>>,
    /// Every path that may make an edge: (path as written, inside a `pub use`).
    paths: Vec<(Vec<String>, bool)>,
}

fn join(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_owned()
    } else {
        format!("{prefix}::{name}")
    }
}

fn node_name(module: &str) -> &str {
    if module.is_empty() {
        "crate"
    } else {
        module
    }
}

/// One leaf of a `use` tree: its path, the name it binds (none for a glob).
struct UseLeaf {
    path: Vec<String>,
    binds: Option<String>,
}

/// Parses the `use` tree at `i` (after `use`) up to its `;`.
fn parse_use(t: &[Tok], i: &mut usize, prefix: Vec<String>, out: &mut Vec<UseLeaf>) {
    let mut path = prefix;
    if t.get(*i) == Some(&Tok::Path) {
        *i += 1; // a leading `::`
    }
    loop {
        match t.get(*i) {
            Some(Tok::Punct('{')) => {
                *i += 1;
                loop {
                    match t.get(*i) {
                        Some(Tok::Punct('}')) => {
                            *i += 1;
                            return;
                        }
                        Some(Tok::Punct(',')) => *i += 1,
                        None => return,
                        Some(_) => parse_use(t, i, path.clone(), out),
                    }
                }
            }
            Some(Tok::Punct('*')) => {
                *i += 1;
                out.push(UseLeaf { path, binds: None });
                return;
            }
            Some(Tok::Ident(name)) => {
                *i += 1;
                if name == "self" && !path.is_empty() {
                    // `a::{self, …}` binds `a`.
                } else {
                    path.push(name.clone());
                }
                if t.get(*i) == Some(&Tok::Path) {
                    *i += 1;
                    continue;
                }
                let mut binds = path.last().cloned();
                if t.get(*i).is_some_and(|t| t.is_ident("as")) {
                    binds = t.get(*i + 1).and_then(Tok::ident).map(str::to_owned);
                    *i += 2;
                }
                out.push(UseLeaf { path, binds });
                return;
            }
            _ => return,
        }
    }
}

const ITEM_KEYWORDS: [&str; 8] = [
    "fn", "struct", "enum", "trait", "type", "const", "static", "union",
];

fn read_module(file: &str, src: &str) -> Module {
    let t = without_test_items(tokens(src));
    let mut m = Module {
        file: file.to_owned(),
        ..Module::default()
    };
    let mut i = 0;
    while i < t.len() {
        let prev = if i == 0 { None } else { Some(&t[i - 1]) };
        let after_path = prev == Some(&Tok::Path) || prev == Some(&Tok::Punct('.'));
        match &t[i] {
            Tok::Ident(w) if w == "mod" => {
                if let (Some(Tok::Ident(name)), Some(next)) = (t.get(i + 1), t.get(i + 2)) {
                    match next {
                        // `mod $name;` in a macro's body declares nothing
                        // itself: its invocation's `mod x;` are read instead.
                        Tok::Punct(';') if name.starts_with('$') => {}
                        Tok::Punct(';') => {
                            m.children.insert(name.clone());
                        }
                        Tok::Punct('{') => panic!(
                            "{file}: inline module `mod {name} {{ … }}` outside #[cfg(test)]: \
                             the module graph check reads one module per file"
                        ),
                        _ => {}
                    }
                }
                i += 1;
            }
            Tok::Ident(w) if w == "use" && !after_path => {
                let public = matches!(prev, Some(Tok::Ident(p)) if p == "pub")
                    || (prev == Some(&Tok::Punct(')'))
                        && i >= 4
                        && t[..i].iter().rev().take(5).any(|t| t.is_ident("pub")));
                let mut j = i + 1;
                let mut leaves = Vec::new();
                parse_use(&t, &mut j, Vec::new(), &mut leaves);
                for leaf in leaves {
                    match leaf.binds {
                        Some(name) => {
                            m.bindings.insert(name, leaf.path.clone());
                        }
                        None => m.globs.push(leaf.path.clone()),
                    }
                    m.paths.push((leaf.path, public));
                }
                i = j.max(i + 1);
            }
            Tok::Ident(w) if w == "macro_rules" => {
                if let Some(name) = t.get(i + 2).and_then(Tok::ident) {
                    m.items.insert(name.to_owned());
                    let exported = t[..i]
                        .iter()
                        .rev()
                        .take(6)
                        .any(|t| t.is_ident("macro_export"));
                    if exported {
                        m.exported_macros.insert(name.to_owned());
                    }
                }
                i += 1;
            }
            Tok::Ident(w) if ITEM_KEYWORDS.contains(&w.as_str()) && !after_path => {
                if let Some(name) = t.get(i + 1).and_then(Tok::ident) {
                    m.items.insert(name.to_owned());
                }
                i += 1;
            }
            Tok::Ident(w) if !after_path && t.get(i + 1) == Some(&Tok::Path) => {
                // A path in code: `crate::a::B`, `super::x`, `child::y`.
                let mut path = vec![w.clone()];
                let mut j = i + 1;
                while t.get(j) == Some(&Tok::Path) {
                    match t.get(j + 1).and_then(Tok::ident) {
                        Some(seg) => {
                            path.push(seg.to_owned());
                            j += 2;
                        }
                        None => break,
                    }
                }
                m.paths.push((path, false));
                i = j;
            }
            _ => i += 1,
        }
    }
    m
}

/// The crate's modules: module path → module.
struct Crate {
    modules: BTreeMap<String, Module>,
}

impl Crate {
    /// Reads the crate from its files (path relative to `src/` → source),
    /// from `lib.rs` through the `mod` declarations.
    fn load(files: &BTreeMap<String, String>) -> Crate {
        let mut modules = BTreeMap::new();
        let mut todo = vec![(String::new(), "lib.rs".to_owned())];
        while let Some((module, file)) = todo.pop() {
            let src = files
                .get(&file)
                .unwrap_or_else(|| panic!("module {} has no file {file}", node_name(&module)));
            let m = read_module(&file, src);
            let dir =
                match file
                    .strip_suffix("mod.rs")
                    .or(if file == "lib.rs" { Some("") } else { None })
                {
                    Some(dir) => dir.to_owned(),
                    None => format!("{}/", file.trim_end_matches(".rs")),
                };
            for child in &m.children {
                let flat = format!("{dir}{child}.rs");
                let nested = format!("{dir}{child}/mod.rs");
                let path = if files.contains_key(&flat) {
                    flat
                } else {
                    nested
                };
                todo.push((join(&module, child), path));
            }
            modules.insert(module, m);
        }
        Crate { modules }
    }

    /// The absolute module path a path as written in `module` starts from,
    /// and the rest of it; `None` for a path outside the crate.
    fn absolute(&self, module: &str, path: &[String]) -> Option<Vec<String>> {
        let first = path.first()?;
        let mut base: Vec<String> = if module.is_empty() {
            Vec::new()
        } else {
            module.split("::").map(str::to_owned).collect()
        };
        let mut rest = path;
        match first.as_str() {
            "crate" | "$crate" => {
                base.clear();
                rest = &path[1..];
            }
            "self" => rest = &path[1..],
            "super" => {
                while rest.first().is_some_and(|s| s == "super") {
                    base.pop()?;
                    rest = &rest[1..];
                }
            }
            // A child module, as a `use` of the module itself writes it.
            name if self.modules[module].children.contains(name) => {}
            _ => return None,
        }
        base.extend(rest.iter().cloned());
        Some(base)
    }

    /// The module that defines what the absolute path names.
    fn resolve(&self, path: &[String], depth: usize) -> String {
        let mut module = String::new();
        let mut i = 0;
        while i < path.len() && self.modules[&module].children.contains(&path[i]) {
            module = join(&module, &path[i]);
            i += 1;
        }
        if i == path.len() || depth > 16 {
            return module;
        }
        let name = &path[i];
        let m = &self.modules[&module];
        if m.items.contains(name) {
            return module;
        }
        if let Some(bound) = m.bindings.get(name) {
            if let Some(mut target) = self.absolute(&module, bound) {
                target.extend(path[i + 1..].iter().cloned());
                return self.resolve(&target, depth + 1);
            }
            return module; // bound to an outside crate's item
        }
        if module.is_empty() {
            if let Some((definer, _)) = self
                .modules
                .iter()
                .find(|(_, m)| m.exported_macros.contains(name))
            {
                return definer.clone();
            }
        }
        for glob in &m.globs {
            if let Some(mut target) = self.absolute(&module, glob) {
                let glob_module = self.resolve(&target, depth + 1);
                if self
                    .modules
                    .get(&glob_module)
                    .is_some_and(|g| g.items.contains(name) || g.bindings.contains_key(name))
                {
                    target.push(name.clone());
                    target.extend(path[i + 1..].iter().cloned());
                    return self.resolve(&target, depth + 1);
                }
            }
        }
        module
    }

    /// The edges: (from, to) → an example (file: path).
    fn edges(&self) -> BTreeMap<(String, String), String> {
        let mut edges = BTreeMap::new();
        for (name, m) in &self.modules {
            for (path, public_use) in &m.paths {
                // Only `crate::` and `super::` paths make edges.
                if !matches!(path[0].as_str(), "crate" | "$crate" | "super") {
                    continue;
                }
                let Some(abs) = self.absolute(name, path) else {
                    continue;
                };
                let target = self.resolve(&abs, 0);
                let own = target == *name
                    || (name.is_empty() || target.starts_with(&format!("{name}::")));
                if target == *name || (*public_use && own) {
                    continue;
                }
                edges
                    .entry((node_name(name).to_owned(), node_name(&target).to_owned()))
                    .or_insert_with(|| format!("{}: {}", m.file, path.join("::")));
            }
        }
        edges
    }
}

/// The strongly connected parts of the graph with more than one node (each
/// has a cycle through all its nodes), by Tarjan's algorithm.
fn cyclic_parts(edges: &BTreeMap<(String, String), String>) -> Vec<Vec<String>> {
    struct Tarjan<'a> {
        next: BTreeMap<&'a str, Vec<&'a str>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        parts: Vec<Vec<String>>,
    }
    impl<'a> Tarjan<'a> {
        fn visit(&mut self, v: &'a str) {
            let i = self.index.len();
            self.index.insert(v, i);
            self.low.insert(v, i);
            self.stack.push(v);
            self.on_stack.insert(v);
            for w in self.next.get(v).cloned().unwrap_or_default() {
                if !self.index.contains_key(w) {
                    self.visit(w);
                    let low = self.low[v].min(self.low[w]);
                    self.low.insert(v, low);
                } else if self.on_stack.contains(w) {
                    let low = self.low[v].min(self.index[w]);
                    self.low.insert(v, low);
                }
            }
            if self.low[v] == self.index[v] {
                let mut part = Vec::new();
                while let Some(w) = self.stack.pop() {
                    self.on_stack.remove(w);
                    part.push(w.to_owned());
                    if w == v {
                        break;
                    }
                }
                if part.len() > 1 {
                    part.sort();
                    self.parts.push(part);
                }
            }
        }
    }
    let mut t = Tarjan {
        next: BTreeMap::new(),
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        parts: Vec::new(),
    };
    for (a, b) in edges.keys() {
        t.next.entry(a.as_str()).or_default().push(b.as_str());
        t.next.entry(b.as_str()).or_default();
    }
    let nodes: Vec<&str> = t.next.keys().copied().collect();
    for v in nodes {
        if !t.index.contains_key(v) {
            t.visit(v);
        }
    }
    t.parts.sort();
    t.parts
}

/// Every cyclic part: one cycle through it (the shortest from its first
/// node back to itself) and every edge inside it with the path that makes it.
fn describe_cycles(edges: &BTreeMap<(String, String), String>) -> Vec<String> {
    cyclic_parts(edges)
        .into_iter()
        .map(|part| {
            let inside: BTreeMap<(String, String), String> = edges
                .iter()
                .filter(|((a, b), _)| part.contains(a) && part.contains(b))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            let first = part[0].clone();
            let cycle = path_to(&inside, &first, |n| n == first).expect("a part has a cycle");
            let steps: Vec<String> = inside
                .iter()
                .map(|((a, b), why)| format!("  {a} → {b}   ({why})"))
                .collect();
            format!(
                "cycle {}\n edges among {{{}}}:\n{}",
                cycle.join(" → "),
                part.join(", "),
                steps.join("\n")
            )
        })
        .collect()
}

/// A path from `from` to a node satisfying `bad`, if there is one.
fn path_to(
    edges: &BTreeMap<(String, String), String>,
    from: &str,
    bad: impl Fn(&str) -> bool,
) -> Option<Vec<String>> {
    let mut seen = BTreeSet::new();
    let mut queue = std::collections::VecDeque::from([vec![from.to_owned()]]);
    while let Some(path) = queue.pop_front() {
        let last = path.last().unwrap().clone();
        if !seen.insert(last.clone()) {
            continue;
        }
        for (a, b) in edges.keys() {
            if *a == last {
                let mut p = path.clone();
                p.push(b.clone());
                if bad(b) {
                    return Some(p);
                }
                queue.push_back(p);
            }
        }
    }
    None
}

fn under(node: &str, top: &str) -> bool {
    node == top || node.starts_with(&format!("{top}::"))
}

fn real_crate() -> Crate {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = BTreeMap::new();
    let mut dirs = vec![src.clone()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let rel = path
                    .strip_prefix(&src)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                files.insert(rel, std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    Crate::load(&files)
}

fn edge_list(edges: &BTreeMap<(String, String), String>) -> String {
    edges
        .iter()
        .map(|((a, b), why)| format!("{a} → {b}   ({why})"))
        .collect::<Vec<_>>()
        .join("\n")
}

// ------------------------------------------------------------ the checks

#[test]
fn the_module_graph_has_no_cycle() {
    let krate = real_crate();
    assert!(krate.modules.len() > 20, "the crate's modules are found");
    for expected in [
        "numbers::kind",
        "journal::error",
        "dcd::validate",
        "documents",
        "rules",
    ] {
        assert!(
            krate.modules.contains_key(expected),
            "module {expected} is read"
        );
    }
    assert!(
        !krate.modules.contains_key("calendar::tests"),
        "test modules are left out"
    );
    let edges = krate.edges();
    assert!(
        edges.contains_key(&("documents".into(), "dcd::model".into())),
        "{}",
        edge_list(&edges)
    );
    let cycles = describe_cycles(&edges);
    assert!(
        cycles.is_empty(),
        "the modules of kazcustoms-core depend on each other in cycles:\n\n{}",
        cycles.join("\n\n")
    );
}

/// The leaf modules, which every other module may use.
const LEAVES: [&str; 9] = [
    "names",
    "text",
    "json",
    "columns",
    "lifecycle",
    "report",
    "rules",
    "tables",
    "messages",
];
/// The documents: the registry and the document modules.
const DOCUMENTS: [&str; 5] = [
    "documents",
    "dcd",
    "guarantee",
    "short_declaration",
    "arrival",
];

#[test]
fn leaf_modules_depend_on_no_document() {
    let krate = real_crate();
    let edges = krate.edges();
    let mut found = Vec::new();
    for node in krate.modules.keys() {
        if !LEAVES.iter().any(|leaf| under(node, leaf)) {
            continue;
        }
        if let Some(path) = path_to(&edges, node, |n| DOCUMENTS.iter().any(|d| under(n, d))) {
            let steps: Vec<String> = path
                .windows(2)
                .map(|w| {
                    format!(
                        "  {} → {}   ({})",
                        w[0],
                        w[1],
                        edges[&(w[0].clone(), w[1].clone())]
                    )
                })
                .collect();
            found.push(format!("{}\n{}", path.join(" → "), steps.join("\n")));
        }
    }
    assert!(
        found.is_empty(),
        "leaf modules depend on a document:\n\n{}",
        found.join("\n\n")
    );
}

// ------------------------------------------------------------ the check itself

fn synthetic(files: &[(&str, &str)]) -> Crate {
    Crate::load(
        &files
            .iter()
            .map(|(p, s)| (p.to_string(), s.to_string()))
            .collect(),
    )
}

#[test]
fn a_cycle_through_a_re_export_is_found() {
    let krate = synthetic(&[
        ("lib.rs", "mod a;\nmod b;\npub use a::Thing;\n"),
        ("a.rs", "use crate::b::Other;\npub struct Thing(Other);\n"),
        // `crate::Thing` is re-exported by the root but defined in `a`.
        (
            "b.rs",
            "pub struct Other;\npub fn f() -> Option<crate::Thing> { None }\n",
        ),
    ]);
    let edges = krate.edges();
    assert!(
        edges.contains_key(&("b".into(), "a".into())),
        "{}",
        edge_list(&edges)
    );
    assert!(
        !edges.contains_key(&("b".into(), "crate".into())),
        "{}",
        edge_list(&edges)
    );
    let cycles = describe_cycles(&edges);
    assert_eq!(cycles.len(), 1, "{cycles:?}");
    assert!(cycles[0].starts_with("cycle a → b → a"), "{}", cycles[0]);
    assert!(cycles[0].contains("a.rs: crate::b::Other"), "{}", cycles[0]);
}

#[test]
fn a_graph_without_cycles_is_accepted() {
    let krate = synthetic(&[
        (
            "lib.rs",
            "//! Uses crate::p::c::Item in a doc comment.\npub mod p;\npub mod q;\npub mod r;\n\
             pub use p::{Base, Item};\n#[cfg(test)]\nmod tests;\n",
        ),
        // A parent re-exporting its child's items: no edge back.
        (
            "p/mod.rs",
            "mod c;\npub use c::Item;\npub use crate::p::c::Other as Renamed;\n\
             /// See [`crate::q::Q`].\npub struct Base;\n",
        ),
        (
            "p/c.rs",
            "use super::Base;\npub struct Item(Base);\npub struct Other;\n\
             const S: &str = \"crate::q::Q\";\nconst R: &str = r#\"super::Item \"quoted\"\"#;\n\
             fn f<'a>(x: &'a str) -> char { let _ = x; 'c' }\n",
        ),
        // A nested use tree, and a name re-exported twice (`crate::Item`).
        (
            "q.rs",
            "use crate::{r, p::{Base, self}};\npub struct Q(crate::Item, Base);\n",
        ),
        (
            "r.rs",
            "pub struct R;\n#[cfg(test)]\nmod tests {\n    use crate::q::Q;\n}\n",
        ),
        ("tests.rs", "use crate::q::Q;\nuse crate::r::R;\n"),
    ]);
    assert!(!krate.modules.contains_key("tests"));
    let edges = krate.edges();
    let keys: BTreeSet<(&str, &str)> = edges
        .keys()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let want: BTreeSet<(&str, &str)> = [("p::c", "p"), ("q", "r"), ("q", "p"), ("q", "p::c")]
        .into_iter()
        .collect();
    assert_eq!(keys, want, "{}", edge_list(&edges));
    assert!(describe_cycles(&edges).is_empty());
    // The same crate with one more edge, r → q, has a cycle only if q → r.
    let krate = synthetic(&[
        ("lib.rs", "pub mod q;\npub mod r;\n"),
        ("q.rs", "use crate::r;\npub struct Q(r::R);\n"),
        ("r.rs", "pub struct R;\npub fn f(_: super::q::Q) {}\n"),
    ]);
    let cycles = describe_cycles(&krate.edges());
    assert_eq!(cycles.len(), 1);
    assert!(cycles[0].contains("r.rs: super::q::Q"), "{}", cycles[0]);
}

#[test]
fn leaves_reaching_a_document_are_found() {
    let krate = synthetic(&[
        ("lib.rs", "pub mod text;\npub mod util;\npub mod dcd;\n"),
        (
            "text.rs",
            "pub fn t() -> crate::util::U { crate::util::U }\n",
        ),
        (
            "util.rs",
            "pub struct U;\npub fn d() -> crate::dcd::Dcd { todo!() }\n",
        ),
        ("dcd.rs", "pub struct Dcd;\n"),
    ]);
    let edges = krate.edges();
    let path = path_to(&edges, "text", |n| under(n, "dcd")).expect("text reaches dcd");
    assert_eq!(path, ["text", "util", "dcd"]);
    assert!(path_to(&edges, "dcd", |n| under(n, "text")).is_none());
}
