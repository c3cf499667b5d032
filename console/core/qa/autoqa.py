"""AutoQA: suggestions from a transcript that the reviewer accepts or changes, never a score on its own.

Pure Python (no Qt). Each :class:`Suggestion` names the category it would fill, the value, and the evidence
(which turn, which phrase, how many seconds) so the console can say *why* in the reviewer's language.
Phrase lists cover Chinese and English.
"""

from __future__ import annotations

from dataclasses import dataclass

from api_client.models import Interaction, Scorecard, Turn

# Chinese phrases in Simplified, then Traditional characters (tests check the second are OpenCC's conversion)
GREETINGS = ("hello", "good morning", "good afternoon", "thank you for contacting", "thanks for calling",
             "您好", "你好", "感谢您的来电", "欢迎致电", "很高兴为您服务",
             "感謝您的來電", "歡迎致電", "很高興為您服務")
CLOSINGS = ("anything else", "have a nice day", "have a great day", "goodbye", "bye", "thank you for your patience",
            "还有其他", "祝您生活愉快", "再见", "感谢您的耐心", "欢迎再次",
            "還有其他", "再見", "感謝您的耐心", "歡迎再次")
EMPATHY = ("sorry", "apologi", "i understand", "frustrating", "i appreciate",
           "抱歉", "对不起", "理解您", "给您添麻烦", "不好意思", "感谢您的理解",
           "對不起", "給您添麻煩", "感謝您的理解")
LONG_WAIT_S = 120.0  # a customer waiting longer than this for an answer is worth a look


@dataclass(frozen=True)
class Gap:
    """A customer message (turn index) and the agent's next customer-visible answer, ``seconds`` later."""

    customer_turn: int
    agent_turn: int
    seconds: float


@dataclass(frozen=True)
class Suggestion:
    """One AutoQA finding. ``kind``: greeting, closing, empathy, first_response, longest_wait.

    ``category_id``/``value``: what it proposes for the scorecard (None: information only).
    ``turn``: the transcript turn it is about; ``phrase``: the phrase found; ``seconds``: a measured gap.
    """

    kind: str
    found: bool
    category_id: str | None = None
    value: int | None = None
    turn: int | None = None
    phrase: str = ""
    seconds: float | None = None


def response_gaps(turns: list[Turn]) -> list[Gap]:
    """For each run of customer messages, the wait from its first message to the agent's next visible reply."""
    gaps: list[Gap] = []
    waiting_since: int | None = None
    for i, turn in enumerate(turns):
        if turn.internal:
            continue
        if turn.speaker == "customer" and waiting_since is None:
            waiting_since = i
        elif turn.speaker == "agent" and waiting_since is not None:
            seconds = (turn.at - turns[waiting_since].at).total_seconds()
            gaps.append(Gap(waiting_since, i, max(seconds, 0.0)))
            waiting_since = None
    return gaps


def _find(text: str, phrases: tuple[str, ...]) -> str:
    low = text.lower()
    return next((p.strip() for p in phrases if p in low), "")


def _agent_turns(turns: list[Turn]) -> list[tuple[int, Turn]]:
    return [(i, t) for i, t in enumerate(turns) if t.speaker == "agent" and not t.internal]


def _category(card: Scorecard, category_id: str) -> tuple[str | None, int]:
    """The category's id if the scorecard has it, and its top value."""
    for c in card.categories:
        if c.id == category_id:
            return c.id, c.scale - 1
    return None, 0


def suggest(interaction: Interaction, card: Scorecard) -> list[Suggestion]:
    """AutoQA suggestions for ``interaction`` on ``card`` (categories the card lacks get information only)."""
    turns = interaction.turns
    agent = _agent_turns(turns)
    out: list[Suggestion] = []

    def phrase_check(kind: str, category: str, phrases: tuple[str, ...], candidates: list[tuple[int, Turn]]) -> None:
        cid, top = _category(card, category)
        for i, t in candidates:
            hit = _find(t.text, phrases)
            if hit:
                out.append(Suggestion(kind, True, cid, top if cid else None, turn=i, phrase=hit))
                return
        out.append(Suggestion(kind, False, cid, 0 if cid else None))

    phrase_check("greeting", "greeting", GREETINGS, agent[:2])
    phrase_check("closing", "closing", CLOSINGS, agent[-2:])
    phrase_check("empathy", "empathy", EMPATHY, agent)
    gaps = response_gaps(turns)
    if gaps:
        first = gaps[0]
        out.append(Suggestion("first_response", first.seconds <= LONG_WAIT_S, turn=first.agent_turn,
                              seconds=first.seconds))
        worst = max(gaps, key=lambda g: g.seconds)
        out.append(Suggestion("longest_wait", worst.seconds <= LONG_WAIT_S, turn=worst.customer_turn,
                              seconds=worst.seconds))
    return out
