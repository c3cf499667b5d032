"""Why a call to the ticketing system failed, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from api_client import errors


def explain(exc: Exception) -> str:
    """Why a call failed, in the reviewer's language (the server's own words otherwise)."""
    if isinstance(exc, errors.Unavailable):
        return QCoreApplication.translate("qa", "the server cannot be reached")
    if isinstance(exc, errors.Forbidden):
        return QCoreApplication.translate("qa", "your role may not do this (403)")
    if isinstance(exc, errors.Unauthorized):
        return QCoreApplication.translate("qa", "the server refused the token (401)")
    if isinstance(exc, errors.Conflict):
        return QCoreApplication.translate("qa", "it changed on the server meanwhile; reload and try again")
    if isinstance(exc, errors.NotAvailable):
        # A backend without this QA operation (calibration, disputes, queues: the native API has them all).
        return QCoreApplication.translate("qa", "this ticketing system does not offer it")
    return str(exc) or type(exc).__name__
