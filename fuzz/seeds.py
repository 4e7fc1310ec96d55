#!/usr/bin/env python3
"""Writes the seed corpus of every fuzz target from the shared test vectors.

    python3 fuzz/seeds.py OUT_DIR

Each target gets a folder `OUT_DIR/<target>/` of inputs in the shape the
target reads: for `validate` and `journals` the first byte picks the kind
or journal by its index in the registry's order, which is read from the
generated `kazcustoms-py/python/kazcustoms/_kinds.py` (written from the
registry and checked by `kazcustoms-core/tests/generated.rs`), so a kind
added to the registry gets its vectors as seeds with no change here. The
hand-picked seeds under `fuzz/seeds/` (e.g. a guarantee office state) are
added as they are.
"""

import hashlib
import json
import pathlib
import re
import shutil
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
VECTORS = ROOT / "tests" / "vectors"


def names(alias: str) -> list[str]:
    """The code names of a `Literal` union of `_kinds.py`, in order."""
    text = (ROOT / "kazcustoms-py/python/kazcustoms/_kinds.py").read_text("utf-8")
    block = re.search(alias + r": TypeAlias = Union\[(.*?)\n\]", text, re.S)
    if block is None:
        sys.exit(f"seeds.py: {alias} not found in _kinds.py")
    return re.findall(r'Literal\["([^"]+)"\]', block.group(1))


def text(value) -> str:
    return json.dumps(value, ensure_ascii=False)


class Corpus:
    def __init__(self, out: pathlib.Path):
        self.out = out
        self.count: dict[str, int] = {}

    def add(self, target: str, data: bytes) -> None:
        folder = self.out / target
        folder.mkdir(parents=True, exist_ok=True)
        (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)
        self.count[target] = self.count.get(target, 0) + 1


def main() -> None:
    out = pathlib.Path(sys.argv[1])
    corpus = Corpus(out)
    index = json.loads((VECTORS / "index.json").read_text("utf-8"))
    kinds = names("DocumentKind")
    journals = names("JournalKind")
    for name in index["documents"]:
        doc = json.loads((VECTORS / name).read_text("utf-8"))
        options = doc.get("options") or {}
        corpus.add("options", text(options).encode())
        for section in ("valid", "invalid", "input_errors"):
            for case in doc.get(section, []):
                kind = case.get("kind", doc["kind"])
                if kind not in kinds:
                    continue
                if "document_text" in case:
                    body = case["document_text"]
                elif "document" in case:
                    body = text(case["document"])
                else:
                    continue
                corpus.add("validate", bytes([kinds.index(kind)]) + body.encode())
                if case.get("options"):
                    merged = {**options, **case["options"]}
                    merged = {k: v for k, v in merged.items() if v is not None}
                    corpus.add("options", text(merged).encode())
    numbers = json.loads((VECTORS / "numbers.json").read_text("utf-8"))
    for case in numbers["cases"]:
        corpus.add("numbers", case["text"].encode())
    for case in numbers["normalize"]:
        corpus.add("numbers", case["input"].encode())
    calendar = json.loads((VECTORS / "calendar.json").read_text("utf-8"))
    for case in calendar["overrides"]:
        corpus.add("calendar", text(case["overrides"]).encode())
    journal = json.loads((VECTORS / "journal.json").read_text("utf-8"))
    for case in journal["scenarios"]:
        if case.get("final_state"):
            corpus.add("states", b"\x00" + text(case["final_state"]).encode())
        if case.get("state"):
            corpus.add("states", b"\x00" + text(case["state"]).encode())
    for state in journal["bad_states"]:
        corpus.add("states", b"\x00" + state.encode())
    for case in journal["state_checks"]:
        corpus.add("states", b"\x00" + case["text"].encode())
    for case in journal["entries_checks"]:
        if case["journal"] in journals:
            corpus.add("journals", bytes([journals.index(case["journal"])]) + case["entries_text"].encode())
    for i in range(len(journals)):
        corpus.add("journals", bytes([i]) + b"[]")
    # The `issue` target reads structured input (libfuzzer's `arbitrary`):
    # it starts from nothing and from these few bytes.
    corpus.add("issue", b"\x00501010000\x01\x02\x03\x04")
    for seed in (ROOT / "fuzz" / "seeds").glob("*/*"):
        corpus.add(seed.parent.name, seed.read_bytes())
    print(", ".join(f"{t}: {n}" for t, n in sorted(corpus.count.items())), "seeds in", out)


if __name__ == "__main__":
    main()
