"""One explanation per kind of API failure, whether the error arrives as an exception or as a feed status."""

from __future__ import annotations

import pytest

from api_client import errors
from api_client.backend import Capability
from api_client.vendors import zendesk_oauth as oauth
from console.qt.errors import explain, explain_kind


def _instances() -> list[errors.ApiError]:
    return [
        errors.Unauthorized("no"), errors.Forbidden("no"), errors.NotFound("gone"), errors.Conflict("moved"),
        errors.RateLimited("slow", retry_after=3), errors.MalformedResponse("junk"), errors.Unavailable("down"),
        errors.NotAvailable("no such", capability=next(iter(Capability))), errors.InvalidRequest("bad `name`"),
        errors.CursorExpired("old cursor"),
    ]


def test_every_api_error_has_its_own_text_and_the_status_path_agrees(qapp: object) -> None:
    texts = {type(e).__name__: explain(e) for e in _instances()}
    # Each kind reads differently, none is the bare class name, and a feed status says the same.
    assert len(set(texts.values())) == len(texts)
    for exc in _instances():
        assert explain_kind(type(exc).__name__, str(exc)) == texts[type(exc).__name__]
        assert type(exc).__name__ not in texts[type(exc).__name__]


def test_refused_request_keeps_the_servers_words_and_tls_is_named(qapp: object) -> None:
    assert "bad `name`" in explain(errors.InvalidRequest("bad `name`"))
    assert "certificate" in explain(errors.Unavailable("x", code="tls"))
    assert explain(errors.Unavailable("x")) != explain(errors.Unavailable("x", code="tls"))


@pytest.mark.parametrize("exc", [TypeError("int is not str"), KeyError("k")])
def test_a_bug_is_not_dressed_up_as_a_server_problem(qapp: object, exc: Exception) -> None:
    assert explain(exc).startswith(type(exc).__name__)
    assert explain_kind(type(exc).__name__, "raw") == "raw"


def test_each_zendesk_sign_in_failure_reads_differently_and_the_status_path_agrees(qapp: object) -> None:
    failures = [oauth.oauth_error(code) for code in ("invalid_grant", "invalid_client", "invalid_scope",
                                                      "access_denied", "server_error")]
    failures.append(oauth.BrowserTimeout("no browser", code="timeout"))
    texts = [explain(e) for e in failures]
    assert len(set(texts)) == len(texts)
    assert len(set(texts) | {explain(e) for e in _instances()}) == len(texts) + len(_instances())
    assert "sign in" in texts[0]  # an expired or revoked refresh token: sign in again
    assert "server_error" in texts[4]  # an unknown refusal keeps Zendesk's word
    for exc, text in zip(failures, texts, strict=True):
        assert explain_kind(type(exc).__name__, str(exc)) == text
