"""Translations: every visible string translated in 简体中文 and 繁體中文, .qm files current, CJK rendering."""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.qt import text as fmt
from console.qt.i18n import Translations, pick_language

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("zh_CN", "zh_TW")
TITLE = {"en": "Supervisor Console", "zh_CN": "客服主管控制台", "zh_TW": "客服督導主控台"}


def _load_script() -> ModuleType:
    """scripts/ is not a package: load scripts/update_translations.py by path."""
    name = "update_translations"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "update_translations.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


ut = _load_script()


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    """A Translations that is put back to English afterwards, so other tests stay English."""
    t = Translations()
    yield t
    t.install("en")
    assert QCoreApplication.translate("MainWindow", "Supervisor Console") == TITLE["en"]


# ---------------------------------------------------------------------------- the .ts and .qm files
def test_every_source_string_is_translated() -> None:
    problems = ut.check()
    assert problems == [], "\n".join(["run scripts/update_translations.py, then translate:", *problems])


def test_check_reports_missing_and_unfinished(tmp_path: Path) -> None:
    """The check sees a string dropped from one file and a translation marked unfinished in the other."""
    cn = ut.ts_path("zh_CN").read_text(encoding="utf-8")
    tw = ut.ts_path("zh_TW").read_text(encoding="utf-8")
    cn = cn.replace("<translation>客服主管控制台</translation>",
                    '<translation type="unfinished">客服主管控制台</translation>')
    tw, dropped = re.subn(r"<message>((?!</message>).)*<source>Backlog</source>.*?</message>", "", tw, flags=re.S)
    assert dropped == 1
    ut.ts_path("zh_CN", tmp_path).write_text(cn, encoding="utf-8")
    ut.ts_path("zh_TW", tmp_path).write_text(tw, encoding="utf-8")
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}

    problems = ut.check(ut.LANGUAGES, directory=tmp_path)

    assert problems == ["zh_CN: [MainWindow] 'Supervisor Console': unfinished",
                        "zh_TW: [OverviewPage] 'Backlog': missing from console_zh_TW.ts"]
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before  # --check writes nothing


def test_import_fills_only_unfinished_matching_entries(tmp_path: Path) -> None:
    ts = ut.ts_path("zh_CN", tmp_path)
    source = ut.ts_path("zh_CN").read_text(encoding="utf-8")
    ts.write_text(source.replace("<translation>客服主管控制台</translation>",
                                 '<translation type="unfinished"></translation>'), encoding="utf-8")
    entries = [{"context": "MainWindow", "source": "Supervisor Console", "zh_CN": "新标题", "zh_TW": "新標題"},
               {"context": "OverviewPage", "source": "Backlog", "zh_CN": "不应覆盖", "zh_TW": "x"},
               {"context": "Nowhere", "source": "Supervisor Console", "zh_CN": "错的上下文", "zh_TW": "x"}]

    assert ut.fill(ts, "zh_CN", entries) == 1
    messages = ut.read_ts(ts)
    assert messages[("MainWindow", "Supervisor Console")].translation == "新标题"
    assert messages[("MainWindow", "Supervisor Console")].finished
    assert messages[("OverviewPage", "Backlog")].translation != "不应覆盖"  # finished entries are kept


def test_check_mode_exit_code(capsys: pytest.CaptureFixture[str]) -> None:
    assert ut.main(["--check"]) == 0
    assert "All source strings are translated" in capsys.readouterr().out


def test_wrapped_strings_are_extracted() -> None:
    """console/qt/text.py's _tr("...") strings are invisible to lupdate alone; the script finds them."""
    wrapped = {(w.context, w.source) for w in ut.wrapped_strings()}
    assert ("format", "%1 min %2 s") in wrapped
    for lang in LANGS:
        assert ("format", "%1 min %2 s") in ut.read_ts(ut.ts_path(lang))


@pytest.mark.parametrize("lang", LANGS)
def test_translations_keep_markers(lang: str) -> None:
    messages = ut.read_ts(ut.ts_path(lang)).values()
    assert messages
    bad = {m.source: ut.validate(m) for m in messages if ut.validate(m)}
    assert bad == {}


def test_validate_catches_dropped_markers() -> None:
    assert ut.validate(ut.Message("c", "▲ Reconnecting in %1: %2", "重新连接 %1", True)) == [
        "placeholders differ", "leading ▲ missing"]
    assert ut.validate(ut.Message("c", "&File", "文件", True)) == ["accelerator &F missing"]
    assert ut.validate(ut.Message("c", "&File", "文件(&F)", True)) == []
    plural = ut.Message("c", "%1 of %n ticket(s)", "", True, forms=("%1 of one ticket", "%1 of %n tickets"))
    assert ut.validate(plural) == ["%n missing"]


def test_chinese_takes_full_width_punctuation() -> None:
    def problems(text: str) -> list[str]:
        return ut.chinese_punctuation(ut.Message("c", "source", text, True))
    assert problems("工单:选中后拖到坐席上,或按 Ctrl+K") == ["half-width , : in Chinese text"]
    assert problems("您的角色(%1)无权移交") == ["half-width ( ) in Chinese text"]
    assert problems("为什么?") == ["half-width ? in Chinese text"]
    assert problems("工单：选中后拖到坐席上，或按 Ctrl+K（Ctrl+Space）") == []
    assert problems("文件(&F)") == []  # Qt's accelerator marker
    assert problems("%1:%2 · Ctrl+K, Ctrl+Z") == []  # no Chinese beside it


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW"])
def test_committed_chinese_uses_full_width_punctuation(lang: str) -> None:
    bad = {m.source: ut.chinese_punctuation(m) for m in ut.read_ts(ut.ts_path(lang)).values()}
    assert {source: p for source, p in bad.items() if p} == {}


@pytest.mark.parametrize(("lang", "one", "three"), [
    ("en", "Escalate 1 ticket", "Escalate 3 tickets"),
    ("zh_CN", "升级 1 张工单", "升级 3 张工单"),
    ("zh_TW", "升級 1 張工單", "升級 3 張工單"),
])
def test_counts_of_things_take_the_languages_plural_forms(translations: Translations, lang: str, one: str,
                                                         three: str) -> None:
    """Qt's plural forms (tr with n): no "Escalate 1 tickets" nor "Escalate 3 ticket(s)"."""
    assert translations.install(lang)
    assert QCoreApplication.translate("EscalateDialog", "Escalate %n ticket(s)", "", 1) == one
    assert QCoreApplication.translate("EscalateDialog", "Escalate %n ticket(s)", "", 3) == three


@pytest.mark.parametrize("lang", [*LANGS, "en"])
def test_committed_qm_is_up_to_date(lang: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"console_{lang}.qm"
    ut.lrelease(ut.ts_path(lang), fresh)
    committed = ut.qm_path(lang)
    assert committed.exists(), f"{committed} missing: run scripts/update_translations.py"
    assert fresh.read_bytes() == committed.read_bytes(), \
        f"{committed.name} is stale: run scripts/update_translations.py"


# ---------------------------------------------------------------------------- installing a language
@pytest.mark.parametrize("lang", LANGS)
def test_install_translates(translations: Translations, lang: str) -> None:
    assert translations.install(lang) is True
    assert translations.language == lang
    assert QCoreApplication.translate("MainWindow", "Supervisor Console") == TITLE[lang]


def test_simplified_and_traditional_differ(translations: Translations) -> None:
    texts = {}
    for lang in LANGS:
        assert translations.install(lang)
        texts[lang] = (QCoreApplication.translate("MainWindow", "Supervisor Console"),
                       QCoreApplication.translate("OverviewPage", "Queue"),
                       QCoreApplication.translate("MainWindow", "&File"))
    assert texts["zh_CN"] == ("客服主管控制台", "队列", "文件(&F)")
    assert texts["zh_TW"] == ("客服督導主控台", "佇列", "檔案(&F)")


def test_install_english_restores_source_text(translations: Translations) -> None:
    assert translations.install("zh_CN")
    assert QCoreApplication.translate("MainWindow", "Supervisor Console") != TITLE["en"]
    assert translations.install("en") is True
    assert QCoreApplication.translate("MainWindow", "Supervisor Console") == TITLE["en"]
    assert fmt.duration(200) == "3 min 20 s"


def test_install_missing_language_is_false(translations: Translations) -> None:
    assert translations.install("fr") is False
    assert QCoreApplication.translate("MainWindow", "Supervisor Console") == TITLE["en"]


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", ["9.9k", "12k", "3.5M", "120M"]),
    ("zh_CN", ["9900", "1.2万", "350万", "1.2亿"]),
    ("zh_TW", ["9900", "1.2萬", "350萬", "1.2億"]),
])
def test_counts_follow_the_language(translations: Translations, lang: str, expected: list[str]) -> None:
    assert translations.install(lang)
    assert [fmt.count(n) for n in (9_900, 12_345, 3_500_000, 120_000_000)] == expected


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", ["45 s", "3 min 20 s", "3 min", "2 h 5 min", "3 d 4 h"]),
    ("zh_CN", ["45秒", "3分20秒", "3分钟", "2小时5分", "3天4小时"]),
    ("zh_TW", ["45秒", "3分20秒", "3分鐘", "2小時5分", "3天4小時"]),
])
def test_duration_is_translated(translations: Translations, lang: str, expected: list[str]) -> None:
    assert translations.install(lang)
    assert [fmt.duration(s) for s in (45, 200, 180, 7500, 273_600)] == expected


# ---------------------------------------------------------------------------- picking a language
@pytest.mark.parametrize(("locale", "expected"), [
    ("zh_TW", "zh_TW"), ("zh_HK", "zh_TW"), ("zh_CN", "zh_CN"), ("zh_SG", "zh_CN"),
    ("de_DE", "en"), ("en_US", "en"),
])
def test_pick_language_from_locale(locale: str, expected: str) -> None:
    assert pick_language(None, QLocale(locale)) == expected


@pytest.mark.parametrize(("requested", "locale", "expected"), [
    ("zh_CN", "zh_TW", "zh_CN"), ("zh_TW", "de_DE", "zh_TW"), ("en", "zh_CN", "en"),
    ("fr", "zh_HK", "zh_TW"),  # not shipped: the locale decides
])
def test_explicit_request_wins(requested: str, locale: str, expected: str) -> None:
    assert pick_language(requested, QLocale(locale)) == expected


# ---------------------------------------------------------------------------- rendering
def test_cjk_font_available(qapp: QApplication) -> None:
    for system, sample in ((QFontDatabase.WritingSystem.SimplifiedChinese, "客服主管控制台队列"),
                           (QFontDatabase.WritingSystem.TraditionalChinese, "客服督導主控台佇列")):
        families = QFontDatabase.families(system)
        assert families, f"no font for {system.name}: install fonts-noto-cjk (./dev setup)"
        metrics = [QFontMetrics(QFont(f)) for f in families]
        assert any(all(m.inFontUcs4(ord(ch)) for ch in sample) for m in metrics), families


@pytest.mark.parametrize("lang", LANGS)
def test_main_window_renders_in_chinese(qtbot: QtBot, translations: Translations, tmp_path: Path,
                                        lang: str) -> None:
    from console.ui.main_window import MainWindow

    assert translations.install(lang)
    window = MainWindow(None, lang)
    qtbot.addWidget(window)
    assert window.windowTitle() == TITLE[lang]
    assert window.file_menu.title() == {"zh_CN": "文件(&F)", "zh_TW": "檔案(&F)"}[lang]
    assert window.overview.tiles["waiting"].title.text() == {"zh_CN": "排队中", "zh_TW": "等候中"}[lang]
    assert window.overview.model.headerData(0, window.overview.table.horizontalHeader().orientation()) == \
        {"zh_CN": "队列", "zh_TW": "佇列"}[lang]
    window.refresh()  # the status bar's text comes from the repaint timer
    assert window.connection.text() == {"zh_CN": "正在连接…", "zh_TW": "連線中…"}[lang]

    png = tmp_path / f"main_window_{lang}.png"
    assert window.grab().save(str(png))
    image = QImage(str(png))
    assert not image.isNull()
    assert (image.width(), image.height()) == (window.width(), window.height())
    window.close()


def test_language_switch_at_run_time(qtbot: QtBot, translations: Translations) -> None:
    """The language menu installs a translator; open windows retranslate on LanguageChange."""
    from console.ui.main_window import MainWindow

    window = MainWindow(None, "en")
    qtbot.addWidget(window)
    assert window.windowTitle() == TITLE["en"]
    window.language_requested.connect(translations.install)
    window.language_requested.emit("zh_TW")
    qtbot.waitUntil(lambda: window.windowTitle() == TITLE["zh_TW"])
    assert window.overview.tiles["longest"].title.text() == "最長等候"
    window.language_requested.emit("en")
    qtbot.waitUntil(lambda: window.windowTitle() == TITLE["en"])
    assert window.overview.tiles["longest"].title.text() == "Longest wait"
    window.close()
