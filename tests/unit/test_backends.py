"""The backend registry and the capabilities each backend declares."""

from __future__ import annotations

import pytest

from api_client.backend import ALL_CAPABILITIES
from api_client.native import NativeBackend
from api_client.registry import BACKENDS, capabilities_of, connect
from api_client.vendors.chatwoot import ChatwootBackend
from api_client.vendors.rt import RtBackend


def test_registry_builds_each_kind() -> None:
    assert set(BACKENDS) == {"native", "rt", "zendesk", "chatwoot", "zammad", "udesk"}
    assert isinstance(connect("rt", "http://127.0.0.1:9/", "1-2-abc"), RtBackend)
    assert isinstance(connect("chatwoot", "http://127.0.0.1:9/app/accounts/4", "t"), ChatwootBackend)
    with pytest.raises(KeyError, match="unknown backend 'otrs'"):
        connect("otrs", "http://127.0.0.1:9/", "t")


def test_capabilities_say_what_is_missing() -> None:
    assert NativeBackend.capabilities == ALL_CAPABILITIES
    assert "push" not in capabilities_of("rt")
    assert "sla" in capabilities_of("chatwoot")  # applied_sla (Chatwoot 3.x and later)
    assert "audit" not in capabilities_of("chatwoot")
    assert "sla" in capabilities_of("zendesk")
    assert "csat" in capabilities_of("zendesk")
    for kind in BACKENDS:
        assert capabilities_of(kind) <= ALL_CAPABILITIES


def test_vendor_tickets_carry_their_page_in_the_helpdesk() -> None:
    """The drill-down's "Open in helpdesk" goes to the ticket's own page in the vendor's web app."""
    rt = connect("rt", "https://rt.example.org/", "1-2-abc")
    assert rt._ticket({"id": 7, "Subject": "x"}, 1).web_url == "https://rt.example.org/Ticket/Display.html?id=7"
    zendesk = connect("zendesk", "https://acme.zendesk.com", "agent@example.org/token:abc")
    assert zendesk._ticket({"id": 8}).web_url == "https://acme.zendesk.com/agent/tickets/8"
    chatwoot = connect("chatwoot", "https://chat.example.org/app/accounts/3", "t")
    assert (chatwoot._ticket({"id": 9}).web_url
            == "https://chat.example.org/app/accounts/3/conversations/9")
    for backend in (rt, zendesk, chatwoot):
        backend.close()
