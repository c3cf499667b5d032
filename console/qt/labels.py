"""People's words for the API's codes (channels, priorities, statuses, agent states), translated.

The calls are written out in full because Qt's lupdate only finds literal ``translate`` calls.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


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
