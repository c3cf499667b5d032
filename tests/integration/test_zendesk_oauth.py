"""Signing in to Zendesk with OAuth (PKCE, loopback redirect), refresh with rotation, revoke: the adapter and the
console's keyring store against the local OAuth stand-in (tests/helpers/zendesk_oauth_server.py), over real HTTP."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from api_client.errors import Unauthorized
from api_client.vendors import zendesk_oauth as oauth
from api_client.vendors.zendesk import ZendeskBackend
from console.infra import profiles, settings
from console.infra.profiles import Profile
from tests.helpers.keyrings import MemoryKeyring
from tests.helpers.zendesk_oauth_server import CLIENT_ID, ZendeskOAuthServer, browser


@pytest.fixture
def zendesk() -> Iterator[ZendeskOAuthServer]:
    with ZendeskOAuthServer(expires_in=2) as server:
        yield server


@pytest.fixture
def profile(zendesk: ZendeskOAuthServer, memory_keyring: MemoryKeyring) -> Iterator[Profile]:
    p = Profile(name="Zendesk Shanghai", url=zendesk.url, backend="zendesk", oauth_client=CLIENT_ID)
    yield p
    profiles.remove_sign_in(p)  # no credential outlives its test


def _sign_in(zendesk: ZendeskOAuthServer, client_id: str = CLIENT_ID, timeout: float = 5.0) -> oauth.TokenSet:
    sign = oauth.SignIn(zendesk.url, client_id)
    pages: list[str] = []
    user = threading.Thread(target=lambda: pages.append(browser(sign.url)))
    user.start()
    try:
        return sign.finish(timeout=timeout)
    finally:
        user.join(5)


def _stored(keyring: MemoryKeyring, profile: Profile) -> str | None:
    return keyring.secrets.get((profiles.SERVICE, profile.name + profiles.REFRESH_SUFFIX))


def test_sign_in_opens_the_authorization_page_with_pkce_and_a_loopback_redirect(
        zendesk: ZendeskOAuthServer, profile: Profile, memory_keyring: MemoryKeyring) -> None:
    sign = oauth.SignIn(zendesk.url, CLIENT_ID)
    url = urlsplit(sign.url)
    query = {k: v[0] for k, v in parse_qs(url.query).items()}
    assert url.path == "/oauth/authorizations/new"
    assert query["response_type"] == "code"
    assert query["client_id"] == CLIENT_ID
    assert query["scope"] == "read write"
    assert query["code_challenge_method"] == "S256"
    assert len(query["code_challenge"]) == 43
    redirect = urlsplit(query["redirect_uri"])
    assert redirect.scheme == "http"
    assert redirect.hostname == "127.0.0.1"
    assert redirect.port
    assert len(query["state"]) >= 32

    page: list[str] = []
    user = threading.Thread(target=lambda: page.append(browser(sign.url)))
    user.start()
    tokens = sign.finish(timeout=5)
    user.join(5)
    assert "Signed in" in page[0]
    credential = profiles.zendesk_credential(profile)
    credential.adopt(tokens)
    assert _stored(memory_keyring, profile) == tokens.refresh_token  # in the keyring at once
    assert ZendeskBackend(profile.url, None, credential=credential).whoami().name == "Johnny Agent"
    exchange = next(body for method, path, body in zendesk.requests if path == "/oauth/tokens")
    assert '"code_verifier"' in exchange
    assert '"grant_type":"authorization_code"' in exchange
    # The verifier never left the console before the exchange: the browser only saw its hash.
    assert not any(str(exchange).split('"code_verifier":"')[1].split('"')[0] in path
                   for _m, path, _b in zendesk.requests)


def test_a_code_with_the_wrong_verifier_is_refused(zendesk: ZendeskOAuthServer) -> None:
    sign = oauth.SignIn(zendesk.url, CLIENT_ID)
    threading.Thread(target=browser, args=(sign.url,)).start()
    code = sign.receiver.wait(parse_qs(urlsplit(sign.url).query)["state"][0], timeout=5)
    sign.close()
    with pytest.raises(oauth.SignInRequired) as caught:
        oauth.exchange_code(zendesk.url, CLIENT_ID, code, oauth.pkce_pair()[0], sign.receiver.redirect_uri)
    assert caught.value.code == "invalid_grant"


def test_the_access_token_is_renewed_before_it_expires(zendesk: ZendeskOAuthServer, profile: Profile) -> None:
    credential = profiles.zendesk_credential(profile)
    credential.adopt(_sign_in(zendesk))
    backend = ZendeskBackend(profile.url, None, credential=credential)
    backend.whoami()
    time.sleep(1.7)  # past 80 % of expires_in (2 s), before the end
    backend.whoami()
    assert (zendesk.refreshes, zendesk.unauthorized) == (1, 0)


def test_a_401_refreshes_once_and_repeats_the_call(zendesk: ZendeskOAuthServer, profile: Profile,
                                                   memory_keyring: MemoryKeyring) -> None:
    credential = profiles.zendesk_credential(profile)
    credential.adopt(_sign_in(zendesk))
    old = _stored(memory_keyring, profile)
    zendesk.expire_access_tokens()  # Zendesk ended the token early
    assert ZendeskBackend(profile.url, None, credential=credential).whoami().id == "35436"
    assert (zendesk.refreshes, zendesk.unauthorized) == (1, 1)
    new = _stored(memory_keyring, profile)
    # Rotation: the keyring holds the new refresh token, the only one Zendesk still honours; the old one is refused.
    assert new != old
    assert zendesk.live_refresh_tokens() == {new}
    with pytest.raises(oauth.SignInRequired):
        oauth.refresh_tokens(zendesk.url, CLIENT_ID, str(old))


def test_threads_that_all_see_an_expired_token_refresh_it_once(zendesk: ZendeskOAuthServer, profile: Profile) -> None:
    credential = profiles.zendesk_credential(profile)
    credential.adopt(_sign_in(zendesk))
    backends = [ZendeskBackend(profile.url, None, credential=credential) for _ in range(6)]
    for backend in backends:
        backend.whoami()
    zendesk.expire_access_tokens()
    start = threading.Barrier(len(backends))
    names: list[str] = []

    def call(backend: ZendeskBackend) -> None:
        start.wait()
        names.append(backend.whoami().name)

    threads = [threading.Thread(target=call, args=(b,)) for b in backends]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert names == ["Johnny Agent"] * len(backends)
    assert zendesk.refreshes == 1


def test_a_second_console_that_refreshed_meanwhile_does_not_sign_this_one_out(
        zendesk: ZendeskOAuthServer, profile: Profile) -> None:
    first = profiles.zendesk_credential(profile)
    first.adopt(_sign_in(zendesk))
    other = oauth.OAuthCredential(profile.url, CLIENT_ID, profiles.KeyringTokenStore(profile.name))
    other.renew("")  # another process refreshes with the stored token: the first one's refresh token dies
    zendesk.expire_access_tokens()
    assert ZendeskBackend(profile.url, None, credential=first).whoami().name == "Johnny Agent"
    assert zendesk.refreshes == 2


def test_removing_the_profile_revokes_the_sign_in(zendesk: ZendeskOAuthServer, profile: Profile,
                                                  memory_keyring: MemoryKeyring) -> None:
    credential = profiles.zendesk_credential(profile)
    tokens = _sign_in(zendesk)
    credential.adopt(tokens)
    refresh = _stored(memory_keyring, profile)
    profiles.remove_sign_in(profile)
    assert memory_keyring.secrets == {}
    assert zendesk.pairs == {}
    assert ("DELETE", f"/api/v2/oauth/tokens/{zendesk._next}") in [(m, p) for m, p, _ in zendesk.requests]
    with pytest.raises(oauth.SignInRequired):
        oauth.refresh_tokens(zendesk.url, CLIENT_ID, str(refresh))
    answer = requests.get(zendesk.url + "/api/v2/users/me", headers={"Authorization": f"Bearer {tokens.access_token}"},
                          timeout=5)
    assert answer.status_code == 401


def test_a_revoked_sign_in_asks_to_sign_in_again(zendesk: ZendeskOAuthServer, profile: Profile,
                                                 memory_keyring: MemoryKeyring) -> None:
    credential = profiles.zendesk_credential(profile)
    credential.adopt(_sign_in(zendesk))
    zendesk.pairs.clear()  # an admin revoked it in Admin Center
    with pytest.raises(oauth.SignInRequired) as caught:
        ZendeskBackend(profile.url, None, credential=credential).whoami()
    assert isinstance(caught.value, Unauthorized)
    assert caught.value.code == "invalid_grant"
    assert memory_keyring.secrets == {}  # the dead refresh token is not kept
    with pytest.raises(oauth.SignInRequired):  # and nothing is stored any more
        credential.access_token()


@pytest.mark.parametrize(("setup", "client", "expected", "code"), [
    ({"deny": "access_denied"}, CLIENT_ID, oauth.AccessDenied, "access_denied"),
    ({"deny": "invalid_scope"}, CLIENT_ID, oauth.ScopeRejected, "invalid_scope"),
    ({}, "someone_else", oauth.ClientRejected, "unauthorized_client"),
    ({"token_error": "invalid_client"}, CLIENT_ID, oauth.ClientRejected, "invalid_client"),
    ({"token_error": "server_error"}, CLIENT_ID, oauth.SignInFailed, "server_error"),
])
def test_each_refusal_is_its_own_error(zendesk: ZendeskOAuthServer, setup: dict[str, str], client: str,
                                       expected: type[oauth.SignInFailed], code: str) -> None:
    for name, value in setup.items():
        setattr(zendesk, name, value)
    with pytest.raises(expected) as caught:
        _sign_in(zendesk, client)
    assert caught.value.code == code


def test_a_browser_that_never_comes_back_times_out(zendesk: ZendeskOAuthServer) -> None:
    sign = oauth.SignIn(zendesk.url, CLIENT_ID)
    started = time.monotonic()
    with pytest.raises(oauth.BrowserTimeout):
        sign.finish(timeout=0.6)
    assert time.monotonic() - started < 3
    with pytest.raises(requests.ConnectionError):  # the listener is closed
        requests.get(sign.receiver.redirect_uri, timeout=2)


def test_a_redirect_with_another_state_is_refused(zendesk: ZendeskOAuthServer) -> None:
    sign = oauth.SignIn(zendesk.url, CLIENT_ID)
    threading.Thread(target=lambda: requests.get(sign.receiver.redirect_uri + "?code=stolen&state=forged",
                                                 timeout=5)).start()
    with pytest.raises(oauth.SignInFailed) as caught:
        sign.finish(timeout=5)
    assert caught.value.code == "state_mismatch"
    assert not any(path == "/oauth/tokens" for _m, path, _b in zendesk.requests)  # the code was not used


def test_refresh_tokens_are_never_in_the_settings_file_the_logs_or_a_url(
        zendesk: ZendeskOAuthServer, profile: Profile, memory_keyring: MemoryKeyring, tmp_path: Path,
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    credential = profiles.zendesk_credential(profile)
    credential.adopt(_sign_in(zendesk))
    issued = [_stored(memory_keyring, profile)]
    zendesk.expire_access_tokens()
    ZendeskBackend(profile.url, None, credential=credential).whoami()
    issued.append(_stored(memory_keyring, profile))
    path = tmp_path / "settings.json"
    prefs = settings.Settings()
    prefs.put(profile, None)
    settings.save(prefs, path)
    written = path.read_text(encoding="utf-8")
    assert CLIENT_ID in written  # the profile is there, with its (public) client identifier
    for token in issued:
        assert token
        assert token not in written
        assert token not in caplog.text
        assert not any(token in p for _m, p, _b in zendesk.requests)  # only ever in a POST body
