"""The kinds of ticketing system the console can connect to: name -> backend class.

Every class takes ``(base_url, token)``, implements :class:`api_client.backend.Backend`, and declares in
``capabilities`` what it can do (see :class:`api_client.backend.Capability`).
"""

from __future__ import annotations

from typing import Any

from api_client.backend import Backend, BackendClass, Capability
from api_client.native import NativeBackend
from api_client.vendors.chatwoot import ChatwootBackend
from api_client.vendors.rt import RtBackend
from api_client.vendors.udesk import UdeskBackend
from api_client.vendors.zammad import ZammadBackend
from api_client.vendors.zendesk import ZendeskBackend

BACKENDS: dict[str, BackendClass] = {
    "native": NativeBackend,
    "rt": RtBackend,
    "zendesk": ZendeskBackend,
    "chatwoot": ChatwootBackend,
    "zammad": ZammadBackend,
    "udesk": UdeskBackend,
}


def connect(kind: str, url: str, token: str | None, **options: Any) -> Backend:
    """A backend of ``kind`` for ``url`` (``options`` such as Zendesk's ``credential`` go to its class); KeyError
    names an unknown kind."""
    try:
        cls = BACKENDS[kind]
    except KeyError:
        raise KeyError(f"unknown backend {kind!r}; one of {', '.join(BACKENDS)}") from None
    return cls(url, token, **options)


def capabilities_of(kind: str) -> frozenset[Capability]:
    """What a backend kind can do (before connecting)."""
    return BACKENDS[kind].capabilities
