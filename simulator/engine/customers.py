"""Who contacts the centre: the queue they need, who they are (some come back), how urgent it is."""

from __future__ import annotations

import random

from api_client.models import PRIORITIES, REPEAT_WINDOW_S, Priority, Requester
from simulator import catalog
from simulator.transcripts import TRADITIONAL, traditional

RETURNING_SHARE = 0.08  # share of contacts from someone who contacted the centre recently
TRADITIONAL_EVERY = 4  # one Chinese-speaking customer in this many writes Traditional (Taiwan, Hong Kong)
_SUBJECTS = {
    "en": {"billing": "Billing question", "technical": "App problem", "orders": "Where is my order",
           "after_sales": "Return or repair", "complaints": "Complaint"},
    "zh": {"billing": "账单问题", "technical": "应用故障", "orders": "订单查询", "after_sales": "退换维修",
           "complaints": "投诉"},
}
_SUBJECTS[TRADITIONAL] = {queue: traditional(text) for queue, text in _SUBJECTS["zh"].items()}


class Customers:
    """Draws customers from one stream, remembering recent requesters (and when they last came) so that some
    come back."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.recent: list[Requester] = []
        self.last_contact: dict[str, float] = {}  # requester id -> creation time of their latest contact

    def contact(self, at: float, queue_id: str | None = None) -> tuple[str, Requester, Priority, bool]:
        """The queue (``queue_id`` if given), requester and priority of a new contact made at ``at``, and whether
        it is a repeat contact (the requester's previous one was within ``REPEAT_WINDOW_S`` before)."""
        rng = self.rng
        queue_id = queue_id or rng.choices(list(catalog.QUEUE_WEIGHTS), list(catalog.QUEUE_WEIGHTS.values()))[0]
        requester = rng.choice(self.recent) if self.recent and rng.random() < RETURNING_SHARE else self._new()
        priority: Priority = rng.choices(PRIORITIES, [catalog.PRIORITY_WEIGHTS[p] for p in PRIORITIES])[0]
        if requester.tier == "vip" and priority in ("low", "normal"):
            priority = "high"
        last = self.last_contact.get(requester.id)
        self.last_contact[requester.id] = max(at, last or at)
        return queue_id, requester, priority, last is not None and 0 <= at - last <= REPEAT_WINDOW_S

    def _new(self) -> Requester:
        rng = self.rng
        zh = rng.random() < 0.5
        name = (rng.choice(catalog.FAMILY_ZH) + rng.choice(catalog.GIVEN_ZH) if zh
                else f"{rng.choice(catalog.GIVEN_EN)} {rng.choice(catalog.FAMILY_EN)}")
        tier = rng.choices(list(catalog.TIER_WEIGHTS), list(catalog.TIER_WEIGHTS.values()))[0]
        number = rng.randrange(10**8)
        language = "en" if not zh else TRADITIONAL if number % TRADITIONAL_EVERY == 0 else "zh"  # no extra draw
        r = Requester(id=f"c{number:08d}", name=traditional(name) if language == TRADITIONAL else name, tier=tier,
                      language=language)
        self.recent.append(r)
        if len(self.recent) > 5000:
            for gone in self.recent[:1000]:  # they will not come back
                self.last_contact.pop(gone.id, None)
            del self.recent[:1000]
        return r


def subject(queue_id: str, language: str, ticket_id: int) -> str:
    """A ticket's subject in its customer's language."""
    return f"{_SUBJECTS.get(language, _SUBJECTS['en'])[queue_id]} #{ticket_id}"
