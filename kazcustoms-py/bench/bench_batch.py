"""Throughput of kazcustoms.validate_many: documents per second.

100,000 one-item DCDs (tests/bench/dcd_1_items.json, the document of the
Rust bench, with its options usd_rate=470.0 and reference=2026-11-22),
validated as dicts and as JSON str:

- validate_many(threads=1): one thread (the checking without the GIL);
- validate_many(threads=2): two threads (this machine's cores);
- a concurrent.futures.ProcessPoolExecutor(2) over chunks of the batch,
  each worker process calling validate_many(threads=1) on its chunk and
  sending the reports back pickled (so the figure includes pickling them);
- for comparison, a plain loop of validate() on one thread.

    python kazcustoms-py/bench/bench_batch.py [--documents 100000]
        [--chunk 5000] [--repeat 3]

Each figure is the best of --repeat runs; every run checks that the reports
are the expected ones (all valid), so a figure is never of a failed batch.
The machine's cores and load average are printed with the table.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import datetime
import json
import os
import sys
import time
from pathlib import Path
from typing import Any, Callable, Optional

import kazcustoms

ROOT = Path(__file__).resolve().parents[2]
DOCUMENT = ROOT / "tests" / "bench" / "dcd_1_items.json"
USD_RATE = 470.0
REFERENCE = datetime.date(2026, 11, 22)


def chunk_reports(documents: list[Any]) -> list[kazcustoms.Report]:
    """One worker process's share (a top-level function: it is pickled)."""
    return kazcustoms.validate_many("dcd", documents, threads=1, usd_rate=USD_RATE, reference=REFERENCE)


def best_rate(run: Callable[[], list[kazcustoms.Report]], n: int, repeat: int) -> float:
    """Documents per second of the best of `repeat` runs of `run`."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        reports = run()
        elapsed = time.perf_counter() - start
        assert len(reports) == n and all(r.ok for r in reports), "a batch did not give n valid reports"
        best = min(best, elapsed)
    return n / best


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--documents", type=int, default=100_000, help="documents per batch (default 100000)")
    ap.add_argument("--chunk", type=int, default=5_000, help="documents per process-pool task (default 5000)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per figure; the best counts (default 3)")
    args = ap.parse_args(argv)
    n: int = args.documents
    with open(DOCUMENT, encoding="utf-8") as f:
        document = json.load(f)
    first = kazcustoms.validate("dcd", document, usd_rate=USD_RATE, reference=REFERENCE)
    assert first.ok and not first.violations, first.to_json()
    text = json.dumps(document, ensure_ascii=False)
    # Distinct objects, as a real batch has (not one dict n times).
    batches: dict[str, list[Any]] = {
        "dict": [json.loads(text) for _ in range(n)],
        "str": [text.encode("utf-8").decode("utf-8") for _ in range(n)],
    }
    options: dict[str, Any] = {"usd_rate": USD_RATE, "reference": REFERENCE}

    def many(docs: list[Any], threads: int) -> Callable[[], list[kazcustoms.Report]]:
        return lambda: kazcustoms.validate_many("dcd", docs, threads=threads, **options)

    def loop(docs: list[Any]) -> Callable[[], list[kazcustoms.Report]]:
        return lambda: [kazcustoms.validate("dcd", d, **options) for d in docs]

    print(f"validate_many of {n} one-item DCDs ({DOCUMENT.relative_to(ROOT)}), "
          f"kazcustoms {kazcustoms.__version__}, {os.cpu_count()} cores, "
          f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    rows: list[tuple[str, str, float]] = []
    with concurrent.futures.ProcessPoolExecutor(2) as pool:
        # The workers are started (and import kazcustoms) before timing.
        list(pool.map(chunk_reports, [[document]] * 2))
        for form, docs in batches.items():
            chunks = [docs[i : i + args.chunk] for i in range(0, n, args.chunk)]

            def pooled(chunks: list[list[Any]] = chunks) -> list[kazcustoms.Report]:
                return [r for part in pool.map(chunk_reports, chunks) for r in part]

            rows.append((form, "validate() loop, 1 thread", best_rate(loop(docs), n, args.repeat)))
            rows.append((form, "validate_many threads=1", best_rate(many(docs, 1), n, args.repeat)))
            rows.append((form, "validate_many threads=2", best_rate(many(docs, 2), n, args.repeat)))
            rows.append((form, "ProcessPoolExecutor(2), chunks of %d" % args.chunk, best_rate(pooled, n, args.repeat)))
    print(f"{'input':6} {'how':40} {'documents/s':>12} {'µs/document':>12}")
    for form, how, rate in rows:
        print(f"{form:6} {how:40} {rate:12,.0f} {1e6 / rate:12.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
