"""The simulated centre: a seeded discrete-event model (:mod:`.model`, :mod:`.streams`) persisted to
SQLite (:mod:`.persistence`, :mod:`.storage`)."""

from simulator.engine.model import to_dt
from simulator.engine.persistence import Config, Engine

__all__ = ["Config", "Engine", "to_dt"]
