"""Names for the ids people read (reviewers, leads, agents), without Qt: from the server's users where the
backend has them, else from the agents the console already knows."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from api_client import models as m
from api_client.backend import Backend, Capability


def people(backend: Backend) -> list[m.Person]:
    """The backend's console users and agents; empty where it cannot list them (capability USERS)."""
    return backend.users() if Capability.USERS in backend.capabilities else []


def of_agents(agents: Iterable[m.Agent]) -> list[m.Person]:
    """Agents as people (what a backend without a user list still tells)."""
    return [m.Person(id=a.id, name=a.name, names=a.names, role="agent", team=a.team) for a in agents]


def display_names(everyone: Iterable[m.Person], language: str = "en",
                  teams: Mapping[str, str] | None = None) -> dict[str, str]:
    """Id → the name to show in ``language`` (a BCP 47 tag); a name two people share gets the team after it, as
    ``teams`` names it (team key → its name in that language), or the id without a team."""
    listed = {p.id: p for p in everyone}
    shown = {pid: m.label(p.name, p.names, language) for pid, p in listed.items()}
    shared = Counter(shown.values())
    teams = teams or {}
    for pid, p in listed.items():
        if shared[shown[pid]] > 1:
            shown[pid] += f" ({teams.get(p.team, p.team) if p.team else pid})"
    return shown


def person_id(text: str, names: Mapping[str, str]) -> str:
    """The id a filter's text means: an id as typed, else the one person whose shown or plain name it is
    (case-insensitive); text that names nobody (or several people) is kept as typed."""
    text = text.strip()
    if text in names:
        return text
    folded = text.casefold()
    exact = [pid for pid, name in names.items() if name.casefold() == folded]
    if len(exact) == 1:
        return exact[0]
    plain = [pid for pid, name in names.items() if name.partition(" (")[0].casefold() == folded]
    return plain[0] if len(plain) == 1 else text
