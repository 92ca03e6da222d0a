"""Row counts of every table, to show that a refused action changed nothing."""

from __future__ import annotations

from pos.store import Database


def row_counts(db: Database) -> dict[str, int]:
    """{table: number of rows} for every ordinary table (FTS shadow tables skipped)."""
    names = [
        r[0] for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%'"
        )
    ]
    return {n: db.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def table_dump(db: Database, table: str) -> list[tuple[object, ...]]:
    """Every row of one table in rowid order, to compare before and after."""
    return list(db.execute(f'SELECT * FROM "{table}" ORDER BY rowid'))
