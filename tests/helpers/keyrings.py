"""Keyring backends for tests: an in-memory secure store, and one that looks like keyrings.alt's plaintext file."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

SECRET = "s3cret-Token-4f9a"  # a token the tests look for where it must never be written


class MemoryKeyring(KeyringBackend):
    """Stands in for the OS keyring (Secret Service, Keychain, Credential Manager)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


class PlaintextLikeKeyring(MemoryKeyring):
    """Pretends to be keyrings.alt's PlaintextKeyring, which writes secrets to a file."""


PlaintextLikeKeyring.__module__ = "keyrings.alt.file"


@contextmanager
def using(backend: KeyringBackend) -> Iterator[KeyringBackend]:
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)
