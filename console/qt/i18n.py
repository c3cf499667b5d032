"""Languages: English (source), 简体中文 and 繁體中文 through Qt's translators."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFontDatabase

from api_client.models import label
from console.core.script import in_script
from console.infra.resources import RESOURCES

TRANSLATIONS = RESOURCES / "translations"
LANGUAGES: dict[str, str] = {"en": "English", "zh_CN": "简体中文", "zh_TW": "繁體中文"}
_shown = ["en"]  # the language installed last


def data_language() -> str:
    """The installed language as a BCP 47 tag (``zh-TW``): the one to pick a server's names in."""
    return _shown[0].replace("_", "-")


def reader_language() -> str:
    """The installed language (``zh_TW``): the script a worker converts text to (:func:`shown_text`)."""
    return _shown[0]


def shown_text(text: str) -> str:
    """A helpdesk's free text (subject, transcript, comment) in the reader's script: Chinese in Traditional
    characters for zh_TW, Simplified for zh_CN; as written otherwise (:mod:`console.core.script`)."""
    return in_script(text, _shown[0])


def original_tip(original: str) -> str:
    """"Original: …" with the text as written where :func:`shown_text` changes it, else empty."""
    if shown_text(original) == original:
        return ""
    return QCoreApplication.translate("i18n", "Original: %1").replace("%1", original)


class Named(Protocol):
    """A catalog object: a default ``name`` and the server's ``names`` per language."""

    name: str
    names: dict[str, str]


def shown_name(item: Named) -> str:
    """``item``'s name in the installed language, where the server offers it."""
    return label(item.name, item.names, data_language())


def pick_language(requested: str | None, locale: QLocale | None = None) -> str:
    """``requested`` if shipped, else the system locale's closest shipped language, else English."""
    if requested in LANGUAGES:
        return requested
    name = (locale or QLocale.system()).name()  # e.g. zh_CN, zh_HK, en_US
    if name.startswith("zh"):
        script = (locale or QLocale.system()).script()
        traditional = script == QLocale.Script.TraditionalHanScript or name in ("zh_TW", "zh_HK", "zh_MO")
        return "zh_TW" if traditional else "zh_CN"
    return "en"


def has_font_for(language: str) -> bool:
    """Whether an installed font can draw ``language`` (Chinese needs a CJK font such as fonts-noto-cjk)."""
    systems = {"zh_CN": QFontDatabase.WritingSystem.SimplifiedChinese,
               "zh_TW": QFontDatabase.WritingSystem.TraditionalChinese}
    return language not in systems or bool(QFontDatabase.families(systems[language]))


class Translations:
    """Holds the installed translators so a language can be switched at run time."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str) -> bool:
        """Install ``language``; False if its .qm file is missing (English is then shown).

        English is the source language: its .qm holds only the plural forms ("1 ticket", "2 tickets")."""
        app = QCoreApplication.instance()
        assert app is not None, "install translators after the QApplication exists"
        for tr in self._installed:
            app.removeTranslator(tr)
        self._installed.clear()
        self.language = _shown[0] = language
        ours = QTranslator()
        if not ours.load(str(TRANSLATIONS / f"console_{language}.qm")):
            return language == "en"  # without its plural forms English reads "ticket(s)"
        qt = QTranslator()
        if language != "en" and qt.load(f"qtbase_{language}",
                                         QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            self._installed.append(qt)
        app.installTranslator(ours)
        self._installed.append(ours)
        return True
