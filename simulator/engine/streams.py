"""Random streams of the simulated centre, one per purpose.

A process draws only from its own stream, so a change in one (a routing rule, a scenario's arrival
rate, a longer handle time) leaves the others' draws alone: two runs compared side by side see the
same customers (common random numbers), and no draw depends on how the clock was advanced.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

from api_client.models import CHANNELS, Channel


@dataclass
class Streams:
    """Seeded ``random.Random`` streams; ``salt`` tells a resumed centre's streams from a fresh one's."""

    arrivals: dict[Channel, random.Random]  # when customers arrive, per channel
    customers: random.Random  # who they are: queue, requester, priority
    patience: random.Random  # how long a waiting customer stays before abandoning
    handling: random.Random  # first-response delays and handle times
    outcomes: random.Random  # solved, pending or escalated; the customer's reply time; CSAT and NPS
    agents: random.Random  # the roster (names, capacity), wrap-up and break lengths
    backlog: random.Random  # the extra open tickets of a scale test

    @classmethod
    def seeded(cls, seed: int, salt: str = "") -> Streams:
        def stream(purpose: str) -> random.Random:
            return random.Random(f"{seed}:{purpose}{salt}")

        return cls(arrivals={ch: stream(f"arrivals-{ch}") for ch in CHANNELS}, customers=stream("customers"),
                   patience=stream("patience"), handling=stream("handling"), outcomes=stream("outcomes"),
                   agents=stream("agents"), backlog=stream("backlog"))


def lognormal(rng: random.Random, median: float, sigma: float) -> float:
    return rng.lognormvariate(math.log(median), sigma)
