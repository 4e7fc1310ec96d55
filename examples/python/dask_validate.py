"""Validating a dataset of documents with Dask on a local cluster.

Users who check millions of archived declarations run Dask (or Spark), not
a tool of ours: kazcustoms is called inside each partition. This example
builds a dataset of one-item DCDs (tests/bench/dcd_1_items.json and broken
copies of it), validates it with ``dask.distributed`` on a
``LocalCluster`` of 2 worker processes (one thread each), one
``kazcustoms.validate_many`` call per partition, and collects a table of
violations (a pandas DataFrame) on the client.

    .venv/bin/python examples/python/dask_validate.py [COUNT]

COUNT is the number of documents (default 10,000; every tenth is broken),
made on the workers (``archive``). The functions are imported by kazcustoms-py/tests/test_dask.py, which runs
them on a small dataset and compares with sequential ``validate``.
"""

from __future__ import annotations

import copy
import datetime
import json
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import dask.bag as db
import pandas as pd
from dask.distributed import Client, LocalCluster

import kazcustoms

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "tests" / "bench" / "dcd_1_items.json"
REFERENCE = datetime.date(2026, 11, 22)
CONTEXT: dict[str, Any] = {"reference": REFERENCE, "usd_rate": 470.0}
"""The validation context of every document (validate's keywords)."""

COLUMNS = ["document", "rule", "field", "sheet", "item", "severity", "message", "source"]
"""The columns of the violations table (those of kazcustoms.violations_table)."""


def document(i: int, template: dict[str, Any]) -> str:
    """Document ``i`` of the dataset as JSON text, as an archive would hold
    it: every tenth a broken copy of ``template`` (an unknown direction, a
    wrong total of items, no consignor, in turn)."""
    document = copy.deepcopy(template)
    if i % 10 == 9:
        broken = (i // 10) % 3
        if broken == 0:
            document["declaration_type"]["direction"] = "ЭК"
        elif broken == 1:
            document["total_items"] = 2
        else:
            del document["consignor"]
    return json.dumps(document, ensure_ascii=False)


def template() -> dict[str, Any]:
    """The one-item DCD of the benchmarks, tests/bench/dcd_1_items.json."""
    value: dict[str, Any] = json.loads(TEMPLATE.read_text(encoding="utf-8"))
    return value


def dataset(count: int) -> list[str]:
    """The first ``count`` documents of the dataset (see ``document``)."""
    t = template()
    return [document(i, t) for i in range(count)]


def validate_partition(partition: Iterable[tuple[int, str]]) -> list[dict[str, Any]]:
    """The violations of one partition of (index, JSON text) documents, as
    rows: one ``validate_many`` call (on the worker's one thread), then
    ``kazcustoms.violations_table``. A document that cannot be read is a row
    with the rule ``INPUT`` and the path of the field in ``field``."""
    partition = list(partition)
    indexes = [i for i, _ in partition]
    results = kazcustoms.validate_many(
        "dcd", [text for _, text in partition], threads=1, errors="return", **CONTEXT
    )
    reports = [r for r in results if isinstance(r, kazcustoms.Report)]
    labels = [i for i, r in zip(indexes, results, strict=True) if isinstance(r, kazcustoms.Report)]
    rows = kazcustoms.violations_table(reports, documents=labels)
    for i, r in zip(indexes, results, strict=True):
        if not isinstance(r, kazcustoms.Report):
            rows.append(
                {"document": i, "rule": "INPUT", "field": getattr(r, "path", None), "sheet": None, "item": None,
                 "severity": "error", "message": str(r), "source": ""}  # fmt: skip
            )
    return rows


def violations(bag: db.Bag) -> pd.DataFrame:
    """The table of violations of a bag of (index, JSON text) documents,
    computed partition by partition on the cluster of the current client."""
    rows = bag.map_partitions(validate_partition).compute()
    table = pd.DataFrame(rows, columns=COLUMNS)
    return table.sort_values(["document", "rule", "field"], kind="stable").reset_index(drop=True)


def archive(count: int, partitions: int) -> db.Bag:
    """The dataset of ``count`` documents as a bag made on the workers
    themselves (each partition builds its own documents), as a real
    archive would be read where it lies rather than sent from the client."""
    t = template()
    return db.range(count, npartitions=partitions).map(lambda i: (i, document(i, t)))


def cluster() -> LocalCluster:
    """A local cluster of 2 worker processes, one thread each."""
    return LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None)


def main(argv: list[str]) -> int:
    usage = f"usage: {argv[0]} [COUNT]  (the number of documents, a positive integer; default 10000)"
    if argv[1:2] in (["-h"], ["--help"]):
        print(usage)
        return 0
    if len(argv) > 2 or (len(argv) == 2 and not (argv[1].isdigit() and int(argv[1]) > 0)):
        print(usage, file=sys.stderr)
        return 2
    count = int(argv[1]) if len(argv) == 2 else 10_000
    with cluster() as c, Client(c):
        started = time.perf_counter()
        table = violations(archive(count, partitions=8))
        elapsed = time.perf_counter() - started
    broken = table["document"].nunique()
    print(f"{count} documents on 2 worker processes: {broken} break rules, {len(table)} violations, {elapsed:.2f} s")
    print(table.groupby("rule").agg(documents=("document", "nunique"), violations=("rule", "size")).to_string())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
