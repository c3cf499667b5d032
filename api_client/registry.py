"""The kinds of ticketing system the console can connect to: name -> backend class.

Every class takes ``(base_url, token)`` and implements :class:`api_client.backend.Backend`;
its ``capabilities`` say what it cannot provide (see ``api_client.backend.CAPABILITIES``).
"""

from __future__ import annotations

from collections.abc import Callable

from api_client.backend import Backend, capabilities
from api_client.vendors.chatwoot import ChatwootBackend
from api_client.native import NativeBackend
from api_client.vendors.rt import RtBackend
from api_client.vendors.zendesk import ZendeskBackend

BACKENDS: dict[str, Callable[..., Backend]] = {
    "native": NativeBackend,
    "rt": RtBackend,
    "zendesk": ZendeskBackend,
    "chatwoot": ChatwootBackend,
}


def connect(kind: str, url: str, token: str | None) -> Backend:
    """A backend of ``kind`` for ``url``; KeyError names an unknown kind."""
    try:
        cls = BACKENDS[kind]
    except KeyError:
        raise KeyError(f"unknown backend {kind!r}; one of {', '.join(BACKENDS)}") from None
    return cls(url, token)


def capabilities_of(kind: str) -> frozenset[str]:
    """What a backend kind provides (before connecting)."""
    return capabilities(BACKENDS[kind])
