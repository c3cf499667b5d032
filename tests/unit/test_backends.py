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
    assert "sla" not in capabilities_of("chatwoot")
    assert "sla" in capabilities_of("zendesk")
    assert "csat" in capabilities_of("zendesk")
    for kind in BACKENDS:
        assert capabilities_of(kind) <= ALL_CAPABILITIES
