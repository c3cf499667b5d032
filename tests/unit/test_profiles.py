"""Connection profiles: secrets only in a secure keyring (or the environment), never in a file; address rules."""

from __future__ import annotations

import pytest
from keyring.backends import fail

from console.infra import profiles
from console.infra.profiles import SecretStoreUnavailable
from tests.helpers.keyrings import SECRET, MemoryKeyring, PlaintextLikeKeyring, using


def test_secret_round_trips_through_the_keyring(memory_keyring: MemoryKeyring,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(profiles.TOKEN_ENV, raising=False)
    profiles.save_secret("Shanghai", SECRET)
    assert memory_keyring.secrets[(profiles.SERVICE, "Shanghai")] == SECRET
    assert profiles.load_secret("Shanghai") == (SECRET, "keyring")
    profiles.delete_secret("Shanghai")
    assert profiles.load_secret("Shanghai") == (None, "")


def test_without_a_keyring_saving_says_so_and_the_environment_is_used(no_keyring: fail.Keyring,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    assert not profiles.has_secure_store()
    with pytest.raises(SecretStoreUnavailable, match=profiles.TOKEN_ENV):
        profiles.save_secret("Shanghai", SECRET)
    monkeypatch.setenv(profiles.TOKEN_ENV, "from-env")
    assert profiles.load_secret("Shanghai") == ("from-env", "environment")
    monkeypatch.delenv(profiles.TOKEN_ENV)
    assert profiles.load_secret("Shanghai") == (None, "")


def test_a_plaintext_keyring_counts_as_no_keyring() -> None:
    with using(PlaintextLikeKeyring()) as backend:
        assert not profiles.has_secure_store()
        with pytest.raises(SecretStoreUnavailable):
            profiles.save_secret("Shanghai", SECRET)
        assert backend.secrets == {}  # type: ignore[attr-defined]


@pytest.mark.parametrize(("url", "opt_in", "ok"), [
    ("https://tickets.example.com", False, True),
    ("http://127.0.0.1:8765", False, True),
    ("http://localhost:8765", False, True),
    ("http://tickets.example.com", False, False),
    ("http://tickets.example.com", True, True),
    ("https://user:pw@tickets.example.com", False, False),
    ("ftp://tickets.example.com", False, False),
    ("tickets.example.com", False, False),
])
def test_url_rules(url: str, opt_in: bool, ok: bool) -> None:
    assert (profiles.url_problem(url, opt_in) is None) is ok
