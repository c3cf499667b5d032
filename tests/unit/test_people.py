"""Names for ids: a shared name gets its team, filters take a name or an id."""

from __future__ import annotations

from api_client.models import Person
from console.core.people import display_names, person_id

EVERYONE = [
    Person(id="a1", name="Avery Brown", role="agent", team="Team Harbour"),
    Person(id="a2", name="Avery Brown", role="agent", team="Team Summit"),
    Person(id="a3", name="王伟", role="agent", team="Team Harbour"),
    Person(id="u-lead", name="Team lead 组长", role="team_lead"),
    Person(id="u-x", name="王伟", role="qa_reviewer"),
]


def test_a_shared_name_gets_the_team_or_the_id() -> None:
    assert display_names(EVERYONE) == {
        "a1": "Avery Brown (Team Harbour)", "a2": "Avery Brown (Team Summit)", "a3": "王伟 (Team Harbour)",
        "u-lead": "Team lead 组长", "u-x": "王伟 (u-x)"}


def test_a_filter_takes_an_id_a_shown_name_or_a_name_only_one_person_has() -> None:
    names = display_names(EVERYONE)
    assert person_id("u-lead", names) == "u-lead"
    assert person_id(" team lead 组长 ", names) == "u-lead"
    assert person_id("Avery Brown (Team Summit)", names) == "a2"
    assert person_id("Avery Brown", names) == "Avery Brown"  # two people: kept as typed, matches no one
    assert person_id("nobody", names) == "nobody"


TEAMS_TW = {"Team Harbour": "海港組", "Team Phoenix": "鳳凰組"}


def test_names_and_teams_in_the_viewers_language() -> None:
    everyone = [Person(id="u-qa-li", name="Li Na", names={"en": "Li Na", "zh-CN": "李娜", "zh-TW": "李娜"},
                       role="qa_reviewer"),
                Person(id="a7", name="李娜", names={"zh-CN": "李娜", "zh-TW": "李娜"}, role="agent",
                       team="Team Harbour"),
                Person(id="a8", name="陈杰", names={"zh-CN": "陈杰", "zh-TW": "陳杰"}, role="agent",
                       team="Team Phoenix")]
    # In English the reviewer is "Li Na" and the agent 李娜: two names, no team needed.
    assert display_names(everyone, "en", TEAMS_TW) == {"u-qa-li": "Li Na", "a7": "李娜", "a8": "陈杰"}
    # In Chinese both are 李娜: the agent's team in the viewer's language, the reviewer's id (no team).
    assert display_names(everyone, "zh-TW", TEAMS_TW) == {"u-qa-li": "李娜 (u-qa-li)", "a7": "李娜 (海港組)",
                                                          "a8": "陳杰"}
    assert person_id("李娜 (海港組)", display_names(everyone, "zh-TW", TEAMS_TW)) == "a7"
