"""Search-as-you-type latency over a large synthetic catalogue (DESIGN budget: p95 <= 10 ms).

Builds a stall with the demo catalogue plus synthetic products, then times
``pos.catalogue.search`` for every prefix (1 to 6 characters) of English and Hindi words,
the way a cashier's keystrokes arrive. Run from the repository root::

    python benchmarks/catalogue_search.py 20000 50000
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pos import catalogue, demo_catalogue, store

WORDS = ["peacock", "madhubani", "silk", "sk-pauti", "29000001", "ghicha",
         "मोर", "मछली", "सिक्की", "चूड़ियाँ", "टेराकोटा", "कमल"]
ROUNDS = 20


def prefixes(word: str) -> list[str]:
    """The texts the search box holds as the word is typed (1 to 6 characters)."""
    return [word[:n] for n in range(1, min(len(word), 6) + 1)]


def measure(n: int) -> None:
    """Build an n-product stall and print latency per query length and script."""
    with tempfile.TemporaryDirectory() as folder:
        db = store.open_store(Path(folder))
        catalogue.load_demo(db)
        demo_catalogue.add_synthetic_products(db, n - catalogue.count(db), seed=7)
        by_group: dict[str, list[float]] = {}
        for word in WORDS:
            script = "english" if word.isascii() else "hindi"
            for text in prefixes(word):
                for _ in range(ROUNDS):
                    began = time.perf_counter()
                    catalogue.search(db, text)
                    elapsed = (time.perf_counter() - began) * 1000
                    by_group.setdefault(f"{script} {len(text)} chars", []).append(elapsed)
                    by_group.setdefault("all", []).append(elapsed)
        db.close()
    print(f"\n{n:,} products: search latency (ms)")
    for group, times in sorted(by_group.items()):
        times.sort()
        p95 = times[max(0, int(len(times) * 0.95) - 1)]
        print(f"  {group:18} median {statistics.median(times):6.2f}   p95 {p95:6.2f}"
              f"   max {times[-1]:6.2f}")


if __name__ == "__main__":
    for size in [int(a) for a in sys.argv[1:]] or [20_000, 50_000]:
        measure(size)
