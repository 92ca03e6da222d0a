"""The reachability monitor and the mela-pos enroll / sync / status commands."""

from __future__ import annotations

import random

from sync.monitor import HubMonitor, probe_health
from tests.helpers import stalldata
from ui import cli


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_monitor_backs_off_while_down_and_resets_on_success():
    clock, answers, probes = Clock(), [False] * 5 + [True], []

    def probe(url: str) -> bool:
        probes.append(clock.now)
        return answers.pop(0)

    mon = HubMonitor("http://hub", probe=probe, min_interval=5, max_interval=40, clock=clock,
                     rng=random.Random(0))
    waits = []
    for _ in range(5):
        assert mon.poll() is False
        waits.append(mon.seconds_until_next_probe())
        assert mon.poll() is False and len(probes) == len(waits)   # not due: no probe
        clock.now += waits[-1]
    assert all(a <= b * 2 + 1e-9 for a, b in zip(waits[1:], waits, strict=False))
    assert 2.5 <= waits[0] <= 5 and 20 <= waits[-1] <= 40
    assert mon.poll() is True and mon.failures == 0
    mon.mark_down()
    mon.hint_online()
    assert mon.seconds_until_next_probe() == 0


def test_probe_health_against_a_real_hub(hub):
    assert probe_health(hub.url) is True
    assert probe_health("http://127.0.0.1:9") is False
    assert probe_health("") is False


def test_enroll_sync_status_commands(hub, tmp_path, capsys):
    data = str(tmp_path / "till")
    code = hub.store.create_enroll_code("Gandhi Maidan")
    assert cli.main(["--data-dir", data, "enroll", hub.url, code]) == 0
    assert "enrolled as M01" in capsys.readouterr().out
    assert cli.main(["--data-dir", data, "status"]) == 0
    out = capsys.readouterr().out
    assert "M01" in out and "last sync:  never" in out
    from pos import store

    db = store.open_store(tmp_path / "till")
    stalldata.make_sale(db)
    stalldata.make_poison(db)
    db.close()
    assert cli.main(["--data-dir", data, "sync", "--once"]) == 1   # one record rejected
    out = capsys.readouterr().out
    assert "4 record(s) sent" in out and "1 rejected" in out and "full catalogue copy" in out
    assert cli.main(["--data-dir", data, "status"]) == 0
    out = capsys.readouterr().out
    assert "waiting:    0 record(s)" in out and "order has no lines" in out
    assert cli.main(["--data-dir", data, "enroll", hub.url, code]) == 2   # used code
    assert "already used" in capsys.readouterr().err
    # Parked records can be sent again (here the hub still refuses: parked again).
    assert cli.main(["--data-dir", data, "sync", "--once", "--retry-rejected"]) == 1
    out = capsys.readouterr().out
    assert "1 parked record(s) queued again" in out and "1 rejected" in out
    assert cli.main(["--data-dir", data, "sync", "--once", "--retry-rejected", "nope"]) == 2
    assert "no parked record nope" in capsys.readouterr().err


def test_sync_without_enrolment_is_one_line(tmp_path, capsys):
    assert cli.main(["--data-dir", str(tmp_path / "new"), "sync", "--once"]) == 2
    err = capsys.readouterr().err.strip()
    assert "not paired with a hub" in err and len(err.splitlines()) == 1


def test_continuous_sync_sends_what_waits_until_interrupted(hub, tmp_path, capsys, monkeypatch):
    data = str(tmp_path / "till")
    assert cli.main(["--data-dir", data, "enroll", hub.url,
                     hub.store.create_enroll_code("till")]) == 0
    from pos import store

    db = store.open_store(tmp_path / "till")
    stalldata.make_sale(db)
    naps = []

    def nap(seconds: float) -> None:
        naps.append(seconds)
        raise KeyboardInterrupt   # Ctrl-C after the first round

    monkeypatch.setattr("sync.commands.time.sleep", nap)
    assert cli.main(["--data-dir", data, "sync", "--interval", "7"]) == 130
    assert "4 record(s) sent" in capsys.readouterr().out and naps == [7]
    assert stalldata.outbox_states(db) == {"sent": 4}
    db.close()


def test_a_bad_hub_certificate_file_is_one_clear_line(hub, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("MELA_HUB_CA", str(tmp_path / "missing-ca.pem"))
    assert cli.main(["--data-dir", str(tmp_path / "till"), "enroll", hub.url, "ABCD-EFGH"]) == 2
    err = capsys.readouterr().err.strip()
    assert "missing-ca.pem" in err and len(err.splitlines()) == 1
