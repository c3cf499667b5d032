"""Chinese text in the reader's script: what a helpdesk stores (subjects, transcript turns, comments) is the
customer's words in whichever script they wrote; a zh_TW reader sees it in Traditional characters, a zh_CN
reader in Simplified, an English reader as written. Script, not language: English stays English.

Conversion is OpenCC's, character by character (``s2tw``: Taiwan's standard characters, ``t2s``): it never
swaps the customer's words for Taiwan's phrasing (``s2twp`` would make 内存 記憶體, 打印机 印表機), so the text
stays what was written and searching for a word the customer used still finds it. Results are cached, the
cache bounded by :data:`CACHE_SIZE`, without a text's ASCII tail: subjects repeat but for their number
("订单查询 #591"), so thousands of rows share a few hundred entries.
"""

from __future__ import annotations

import threading
from functools import lru_cache

import opencc

CONVERSIONS = {"zh_TW": "s2tw", "zh_CN": "t2s"}
"""The OpenCC configuration per reader's language (a Qt locale name); other languages see text as written."""
CACHE_SIZE = 20_000
"""Converted texts kept: a ticket table's subjects (without their numbers), a few transcripts."""
_ASCII = "".join(map(chr, range(128)))

_converters: dict[str, opencc.OpenCC] = {}
_lock = threading.Lock()  # workers convert too (the rebalance page builds its rows on one)


def _converter(config: str) -> opencc.OpenCC:
    with _lock:
        if config not in _converters:
            _converters[config] = opencc.OpenCC(config)
        return _converters[config]


@lru_cache(maxsize=CACHE_SIZE)
def _convert(text: str, config: str) -> str:
    return _converter(config).convert(text)


def in_script(text: str, language: str) -> str:
    """``text`` in the script of ``language`` (``zh_TW``, ``zh_CN``; any other returns ``text``)."""
    config = CONVERSIONS.get(language)
    if config is None or text.isascii():
        return text
    head = text.rstrip(_ASCII)  # "订单查询 #591" -> "订单查询": the ticket's number stays out of the cache
    return _convert(head, config) + text[len(head):]
