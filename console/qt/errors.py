"""Why a call to the ticketing system failed, in the user's language: the one place an ApiError becomes text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from api_client import errors
from api_client.vendors import zendesk_oauth as oauth


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def _reasons() -> list[tuple[type[errors.ApiError], str]]:
    """Each error class and what it means to the user, most specific first (read at call time: translated)."""
    return [
        # Zendesk sign-in (OAuth): before Unauthorized, which an expired sign-in also is.
        (oauth.SignInRequired, _tr("the Zendesk sign-in has expired or was revoked; sign in with Zendesk again")),
        (oauth.ClientRejected, _tr("Zendesk does not allow this OAuth client; check its unique identifier in "
                                   "Admin Center (a public client, with the redirect URL http://127.0.0.1)")),
        (oauth.ScopeRejected, _tr("the OAuth client may not ask for read and write access; allow both scopes "
                                  "in Zendesk Admin Center")),
        (oauth.AccessDenied, _tr("access was declined in the browser")),
        (oauth.BrowserTimeout, _tr("the browser never came back to the console; sign in again")),
        (oauth.SignInFailed, _tr("Zendesk sign-in did not finish: %1")),
        (errors.Unauthorized, _tr("the server refused the token or password (401)")),
        (errors.Forbidden, _tr("your account may not do this (403)")),
        (errors.NotFound, _tr("it no longer exists on the server (404)")),
        (errors.Conflict, _tr("it changed on the server meanwhile; reload and try again")),
        (errors.RateLimited, _tr("the server asked to slow down (429)")),
        (errors.MalformedResponse, _tr("the server sent data the console cannot read")),
        # A backend without this operation (calibration, disputes, queues: the native API has them all).
        (errors.NotAvailable, _tr("this ticketing system does not offer it")),
        (errors.Unavailable, _tr("the server cannot be reached")),
    ]


def _explain_class(cls: type[errors.ApiError], message: str) -> str | None:
    """The user's text for an ApiError class (``message``: the server's words, where the text takes them)."""
    for known, reason in _reasons():
        if issubclass(cls, known):
            return reason.replace("%1", message)
    if issubclass(cls, errors.InvalidRequest):
        return _tr("the server refused the request: %1").replace("%1", message)
    return None


def explain(exc: BaseException) -> str:
    """One line for the user: the kind of failure in their language, the server's own words where that is all
    there is (a refused request names the field), and the exception's type for anything that is not an ApiError."""
    if isinstance(exc, errors.Unavailable) and exc.code == "tls":
        return _tr("the server's certificate could not be verified, so the console will not trust it")
    if isinstance(exc, errors.ApiError):
        return _explain_class(type(exc), str(exc)) or str(exc)
    return f"{type(exc).__name__}: {exc}"


def explain_kind(kind: str, message: str) -> str:
    """:func:`explain` for an error known by its class name and message (as a feed status carries it)."""
    cls = getattr(errors, kind, None) or getattr(oauth, kind, None)
    if isinstance(cls, type) and issubclass(cls, errors.ApiError):
        return _explain_class(cls, message) or message
    return message
