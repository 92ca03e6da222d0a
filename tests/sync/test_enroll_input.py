"""What ``mela-pos enroll`` checks before it talks to a hub, and what it makes of an answer
that is not a hub's: one ``SyncError`` line each, nothing saved."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from pos import store
from sync import client
from sync.monitor import probe_health


@pytest.mark.parametrize("url", [
    "https://256.1.1.1", "http://[::1", "http://", "http://:80", "http://hub example.org",
    "http://127.0.0.1:99999", "http://127.0.0.1:0", "http://hub\x00.org",
    "http://office:secret@hub.example.org", "https://hub.example.org/?x=1",
    "https://hub.example.org/#top", "ftp://hub.example.org", "",
])
def test_a_bad_hub_address_is_refused_before_any_request(url: str) -> None:
    with pytest.raises(client.SyncError, match="hub address"):
        client.hub_address(url)


@pytest.mark.parametrize(("url", "kept"), [
    ("https://hub.example.org/", "https://hub.example.org"),
    (" http://127.0.0.1:8765 ", "http://127.0.0.1:8765"),
    ("http://[::1]:8765/mela/", "http://[::1]:8765/mela"),
    ("HTTPS://Hub.Example.org", "HTTPS://Hub.Example.org"),
])
def test_a_good_hub_address_is_kept_without_its_trailing_slash(url: str, kept: str) -> None:
    assert client.hub_address(url) == kept


@pytest.mark.parametrize("code", ["", "ABC", "  AB  ", "X" * 65, "ABCD\nEFGH"])
def test_a_code_of_the_wrong_shape_is_refused(code: str) -> None:
    with pytest.raises(client.SyncError, match="enrolment code"):
        client.enroll_code(code)


def test_an_answer_that_is_not_a_hubs_saves_nothing(tmp_path: Path) -> None:
    db = store.open_store(tmp_path / "stall")
    try:
        fake = httpx.Client(transport=httpx.MockTransport(
            lambda request: httpx.Response(200, json={"hello": "I am a wiki"})))
        with pytest.raises(client.SyncError, match="not a Mela hub"):
            client.enroll(db, "http://hub.test", "ABCD-EFGH", http=fake)
        assert client.get_state(db, "hub_url") is None
        assert client.get_state(db, "token") is None
    finally:
        db.close()


def test_a_stored_address_httpx_cannot_parse_is_one_line(tmp_path: Path) -> None:
    """A pairing saved by an older build, before addresses were checked."""
    db = store.open_store(tmp_path / "stall")
    try:
        client.set_state(db, "hub_url", "https://256.1.1.1")
        client.set_state(db, "token", "t")
        with client.SyncClient(db) as c, pytest.raises(client.SyncError, match="not valid"):
            c.sync()
        assert probe_health("https://256.1.1.1") is False
    finally:
        db.close()
