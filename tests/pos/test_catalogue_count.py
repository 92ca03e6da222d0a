"""The capped result count the sell screen shows while typing."""

from __future__ import annotations

from pos import catalogue, demo_catalogue, store


def test_count_stops_after_the_cap(db: store.Database) -> None:
    demo_catalogue.add_synthetic_products(db, 40, seed=3)
    exact = catalogue.count(db, "")
    assert exact == 40
    assert catalogue.count(db, "", cap=10) == 10
    assert catalogue.count(db, "", cap=100) == 40
    word = catalogue.search(db, "")[0].name_en.split()[-1]
    assert catalogue.count(db, word, cap=1000) == catalogue.count(db, word)


def test_capped_count_of_indexed_words_skips_retired_products(db: store.Database) -> None:
    demo_catalogue.add_synthetic_products(db, 60, seed=4)
    everything = catalogue.count(db, "SYN")
    assert everything == 60
    with store.write(db):
        db.execute("UPDATE products SET active = 0 WHERE id IN "
                   "(SELECT id FROM products ORDER BY id LIMIT 25)")
    assert catalogue.count(db, "SYN", cap=1000) == 35
    # Retired products are skipped, not counted towards the cap.
    assert catalogue.count(db, "SYN", cap=30) == 30
    assert catalogue.count(db, "SYN", cap=36) == 35
