"""AutoQA suggestions in Chinese and English: found phrases, missing ones, and the waits in a transcript."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from api_client.models import Interaction, Turn
from api_client.qa import SCORECARD
from console.core.qa.autoqa import response_gaps, suggest

T0 = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


def conversation(*turns: tuple[str, float, str] | tuple[str, float, str, bool], language: str = "en") -> Interaction:
    rows = [Turn(speaker=t[0], at=T0 + timedelta(seconds=t[1]), text=t[2], internal=len(t) > 3 and t[3])  # type: ignore[arg-type,misc]
            for t in turns]
    return Interaction(id=1, ticket_id=1, channel="chat", agent_id="a1", started_at=T0,
                       ended_at=rows[-1].at, language=language, turns=rows)


def by_kind(interaction: Interaction) -> dict[str, object]:
    return {s.kind: s for s in suggest(interaction, SCORECARD)}


def test_chinese_greeting_empathy_closing_found_with_their_turns() -> None:
    found = by_kind(conversation(
        ("customer", 0, "我的包裹四天没动了。"),
        ("agent", 30, "您好，很高兴为您服务。"),
        ("agent", 40, "内部备注：已查物流", True),
        ("agent", 60, "给您添麻烦了，非常抱歉。"),
        ("customer", 100, "好的。"),
        ("agent", 400, "请问还有其他可以帮您的吗？祝您生活愉快！"),
        language="zh"))
    greeting, empathy, closing = found["greeting"], found["empathy"], found["closing"]
    assert (greeting.found, greeting.category_id, greeting.value, greeting.turn, greeting.phrase) == \
        (True, "greeting", 2, 1, "您好")  # type: ignore[attr-defined]
    assert (empathy.found, empathy.value, empathy.turn) == (True, 3, 3)  # type: ignore[attr-defined]
    assert (closing.found, closing.value, closing.turn) == (True, 2, 5)  # type: ignore[attr-defined]
    assert found["first_response"].seconds == 30  # type: ignore[attr-defined]
    longest = found["longest_wait"]
    assert (longest.found, longest.seconds, longest.turn) == (False, 300, 4)  # type: ignore[attr-defined]


def test_english_missing_phrases_suggest_the_lowest_mark_and_say_so() -> None:
    found = by_kind(conversation(
        ("customer", 0, "I was charged twice."),
        ("agent", 200, "Order number?"),
        ("customer", 210, "12345"),
        ("agent", 215, "Refunded."),
    ))
    for kind in ("greeting", "closing", "empathy"):
        s = found[kind]
        assert (s.found, s.value) == (False, 0), kind  # type: ignore[attr-defined]
    first = found["first_response"]
    assert (first.found, first.seconds) == (False, 200)  # type: ignore[attr-defined]


def test_english_phrases_are_case_insensitive() -> None:
    found = by_kind(conversation(
        ("customer", 0, "Help"),
        ("agent", 5, "Good morning! Thanks for calling."),
        ("agent", 8, "I'm so SORRY about that."),
        ("agent", 9, "Anything else? Have a nice day."),
    ))
    assert all(found[k].found for k in ("greeting", "empathy", "closing"))  # type: ignore[attr-defined]
    assert found["empathy"].phrase == "sorry"  # type: ignore[attr-defined]


def test_gaps_skip_internal_notes_and_measure_from_the_first_unanswered_message() -> None:
    turns = conversation(
        ("customer", 0, "a"), ("customer", 20, "b"), ("agent", 50, "note", True), ("agent", 90, "reply"),
        ("customer", 100, "c"), ("agent", 101, "d")).turns
    assert [(g.customer_turn, g.agent_turn, g.seconds) for g in response_gaps(turns)] == [(0, 3, 90), (4, 5, 1)]


def test_no_suggestion_fills_a_category_the_scorecard_lacks() -> None:
    card = SCORECARD.__class__(id="x", name="x", version=1, categories=[c for c in SCORECARD.categories
                                                                      if c.id != "empathy"])
    s = {x.kind: x for x in suggest(conversation(("customer", 0, "hi"), ("agent", 1, "sorry")), card)}
    assert s["empathy"].found
    assert (s["empathy"].category_id, s["empathy"].value) == (None, None)
