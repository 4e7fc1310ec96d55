"""Distributed use: examples/python/dask_validate.py validates a dataset of
documents with ``dask.distributed`` on a local cluster of 2 worker
processes (one ``validate_many`` per partition); its table of violations
equals the one of sequential ``validate`` over the same documents."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

import kazcustoms

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "python" / "dask_validate.py"


def example() -> Any:
    spec = importlib.util.spec_from_file_location("dask_validate", EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def sequential(documents: list[str], context: dict[str, Any]) -> list[tuple[Any, ...]]:
    """The violations of each document by ``validate``, one at a time."""
    rows: list[tuple[Any, ...]] = []
    for i, text in enumerate(documents):
        try:
            report = kazcustoms.validate("dcd", text, **context)
        except kazcustoms.InvalidDocument as e:
            rows.append((i, "INPUT", e.path, None, None, "error", str(e), ""))
            continue
        for v in report.violations:
            rows.append((i, v.rule, v.field, v.sheet, v.item, v.severity, v.message, v.source))
    return sorted(rows, key=lambda r: (r[0], r[1], r[2] or ""))


def whole(x: Any) -> int | None:
    """A sheet or item number of the pandas table (NaN or None: none)."""
    return None if x is None or x != x else int(x)


def test_dask_local_cluster_equals_sequential_validate() -> None:
    pytest.importorskip("dask.distributed")
    dv = example()
    documents = dv.dataset(120)
    # One document that cannot be read: a row of its own, the others still checked.
    documents[5] = json.dumps({"sheets": [{"items": [{"gross_kg": "9"}]}]})
    with dv.cluster() as cluster, dv.Client(cluster) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        table = dv.violations(dv.db.from_sequence(list(enumerate(documents)), npartitions=6))
        # The archive made on the workers is the same dataset.
        made = dv.violations(dv.archive(120, partitions=4))
    got = [
        (int(r[0]), r[1], r[2], whole(r[3]), whole(r[4]), *r[5:])
        for r in table.itertuples(index=False, name=None)
    ]
    expected = sequential(documents, dv.CONTEXT)
    assert made[made["document"] != 5].reset_index(drop=True).equals(
        table[table["document"] != 5].reset_index(drop=True)
    )
    assert sorted(got, key=lambda r: (r[0], r[1], r[2] or "")) == expected
    broken = {r[0] for r in expected}
    # Every tenth document is broken (3 kinds of breakage), and document 5 is unreadable.
    assert broken == {5} | {i for i in range(120) if i % 10 == 9}
    assert {r[1] for r in expected if r[0] == 5} == {"INPUT"}


@pytest.mark.parametrize(
    ("argv", "status"),
    [(["--help"], 0), (["-h"], 0), (["x"], 2), (["0"], 2), (["-5"], 2), (["10", "20"], 2)],
)
def test_the_example_refuses_a_bad_count_with_its_usage(
    argv: list[str], status: int, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bad COUNT is a usage line and status 2 (help: status 0), before any cluster starts."""
    pytest.importorskip("dask.distributed")
    assert example().main(["dask_validate.py", *argv]) == status
    out, err = capsys.readouterr()
    assert "usage: dask_validate.py [COUNT]" in (out if status == 0 else err)
