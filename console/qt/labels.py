"""People's words for codes (the API's channels, priorities, statuses, agent states; profile problems), translated.

The calls are written out in full because Qt's lupdate only finds literal ``translate`` calls.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from console.infra.profiles import TOKEN_ENV, UrlProblem


def channels() -> dict[str, str]:
    return {
        "phone": QCoreApplication.translate("labels", "Phone"),
        "chat": QCoreApplication.translate("labels", "Chat"),
        "email": QCoreApplication.translate("labels", "Email"),
        "social": QCoreApplication.translate("labels", "Social"),
        "app": QCoreApplication.translate("labels", "App"),
    }


def priorities() -> dict[str, str]:
    return {
        "urgent": QCoreApplication.translate("labels", "Urgent"),
        "high": QCoreApplication.translate("labels", "High"),
        "normal": QCoreApplication.translate("labels", "Normal"),
        "low": QCoreApplication.translate("labels", "Low"),
    }


def statuses() -> dict[str, str]:
    return {
        "new": QCoreApplication.translate("labels", "New"),
        "open": QCoreApplication.translate("labels", "Open"),
        "pending": QCoreApplication.translate("labels", "Waiting on customer"),
        "solved": QCoreApplication.translate("labels", "Solved"),
        "closed": QCoreApplication.translate("labels", "Closed"),
    }


def agent_states() -> dict[str, str]:
    return {
        "available": QCoreApplication.translate("labels", "Available"),
        "busy": QCoreApplication.translate("labels", "Busy"),
        "after_call_work": QCoreApplication.translate("labels", "After-call work"),
        "break": QCoreApplication.translate("labels", "On break"),
        "offline": QCoreApplication.translate("labels", "Offline"),
    }


def url_problem(problem: UrlProblem) -> str:
    """Why a server address cannot be used, in the user's words."""
    return {
        UrlProblem.NOT_A_SERVER: QCoreApplication.translate(
            "Profiles", "The address must start with https:// and name a server."),
        UrlProblem.CREDENTIALS_IN_URL: QCoreApplication.translate(
            "Profiles", "Do not put a user or password in the address."),
        UrlProblem.UNENCRYPTED: QCoreApplication.translate(
            "Profiles", "Plain http:// to another computer sends the token unencrypted. Use https://, "
                        "or tick \u201cAllow unencrypted http\u201d if you accept the risk."),
    }[problem]


def no_secure_store() -> str:
    """What to do on a computer without a secure keyring (``profiles.SecretStoreUnavailable``)."""
    return QCoreApplication.translate(
        "Profiles", "This computer has no secure password store (keyring), so the token cannot be saved. "
                    "Set the environment variable %1 to the token before starting the console instead; "
                    "it is never written to a file.").replace("%1", TOKEN_ENV)
