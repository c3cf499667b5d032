"""The simulated contact centre's fixed data: queues, teams, rates, curves, names."""

from __future__ import annotations

import opencc

from api_client.models import (
    BusinessHours,
    Channel,
    Priority,
    Queue,
    ServiceLevelTarget,
    SlaTarget,
    Team,
    Tier,
    in_languages,
)

MIN = 60
HOUR = 3600


def _sla(frt_urgent: int, frt_normal: int, res_urgent: int, res_normal: int) -> list[SlaTarget]:
    """Targets per priority, interpolated from the urgent and normal ones."""
    return [
        SlaTarget(priority="urgent", first_response_s=frt_urgent, resolution_s=res_urgent),
        SlaTarget(priority="high", first_response_s=(frt_urgent + frt_normal) // 2,
                  resolution_s=(res_urgent + res_normal) // 2),
        SlaTarget(priority="normal", first_response_s=frt_normal, resolution_s=res_normal),
        SlaTarget(priority="low", first_response_s=frt_normal * 2, resolution_s=res_normal * 2),
    ]


OFFICE = BusinessHours(timezone="UTC", weekdays=[0, 1, 2, 3, 4], start="08:00", end="20:00")

QUEUES: list[Queue] = [
    Queue(id="billing", name="Billing", names=in_languages("Billing", "账单", "帳單"),
          skill="billing", sla=_sla(2 * MIN, 15 * MIN, 4 * HOUR, 24 * HOUR),
          service_level=ServiceLevelTarget(percent=80, threshold_s=20), paused_statuses=["pending"],
          at_risk_s=5 * MIN),
    Queue(id="technical", name="Technical support", names=in_languages("Technical support", "技术支持", "技術支援"),
          skill="technical", sla=_sla(5 * MIN, 30 * MIN, 8 * HOUR, 48 * HOUR),
          service_level=ServiceLevelTarget(percent=80, threshold_s=30), paused_statuses=["pending"],
          at_risk_s=10 * MIN),
    Queue(id="orders", name="Orders & logistics", names=in_languages("Orders & logistics", "订单与物流", "訂單與物流"),
          skill="orders", sla=_sla(2 * MIN, 15 * MIN, 4 * HOUR, 24 * HOUR),
          service_level=ServiceLevelTarget(percent=80, threshold_s=20), paused_statuses=["pending"],
          at_risk_s=5 * MIN),
    Queue(id="after_sales", name="After-sales", names=in_languages("After-sales", "售后", "售後"), skill="after_sales",
          sla=_sla(10 * MIN, 1 * HOUR, 8 * HOUR, 24 * HOUR), business_hours=OFFICE,
          service_level=ServiceLevelTarget(percent=80, threshold_s=60), paused_statuses=["pending"],
          at_risk_s=15 * MIN),
    Queue(id="complaints", name="Complaints", names=in_languages("Complaints", "投诉", "投訴"), skill="complaints",
          sla=_sla(5 * MIN, 30 * MIN, 4 * HOUR, 24 * HOUR), business_hours=OFFICE,
          service_level=ServiceLevelTarget(percent=90, threshold_s=30), paused_statuses=["pending"],
          at_risk_s=10 * MIN),
]
QUEUE_WEIGHTS: dict[str, float] = {
    "billing": 0.25, "technical": 0.25, "orders": 0.25, "after_sales": 0.15, "complaints": 0.10,
}

# Arrivals per hour at the busiest hour of a normal day, for a centre of REFERENCE_AGENTS agents (the forecast
# its rota of 8-hour shifts staffs: simulator.engine.roster.forecast_need).
PEAK_ARRIVALS_PER_HOUR: dict[Channel, float] = {"phone": 200, "chat": 160, "email": 110, "social": 35, "app": 55}
REFERENCE_AGENTS = 140

# Median handle time (seconds) and lognormal sigma per channel.
HANDLE_TIME: dict[Channel, tuple[float, float]] = {
    "phone": (300, 0.5), "chat": (480, 0.5), "email": (600, 0.6), "social": (360, 0.5), "app": (420, 0.5),
}
# Median patience (seconds) before an unanswered live contact abandons; None: never abandons.
PATIENCE: dict[Channel, float | None] = {"phone": 180, "chat": 360, "email": None, "social": None, "app": 900}
LIVE_CHANNELS: frozenset[Channel] = frozenset({"phone", "chat"})

# Relative arrival rate by hour of the day (0-23): two peaks, quiet nights.
INTRADAY: tuple[float, ...] = (
    0.05, 0.04, 0.03, 0.03, 0.04, 0.08, 0.18, 0.38, 0.65, 0.90, 1.00, 0.95,
    0.80, 0.85, 0.95, 0.90, 0.80, 0.70, 0.55, 0.45, 0.35, 0.25, 0.15, 0.08,
)
SCENARIO_ARRIVAL_FACTOR: dict[str, float] = {"normal": 1.0, "peak": 2.5, "agent-outage": 1.0}
OUTAGE_SHARE = 0.4  # share of agents knocked offline by the agent-outage scenario
STRESS_HOURS = 2.0  # a peak or outage lasts this long from when it is set, then the centre is back to normal

PRIORITY_WEIGHTS: dict[Priority, float] = {"low": 0.2, "normal": 0.55, "high": 0.2, "urgent": 0.05}
TIER_WEIGHTS: dict[Tier, float] = {"standard": 0.8, "gold": 0.15, "vip": 0.05}

PENDING_SHARE = 0.15  # share of handled tickets that wait on the customer
ESCALATION_SHARE = 0.03
CSAT_SHARE = 0.35
NPS_SHARE = 0.12

TEAMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Team Phoenix", ("billing", "orders")),
    ("Team Harbour", ("technical",)),
    ("Team Lotus", ("orders", "after_sales", "complaints")),
    ("Team Summit", ("billing", "complaints", "after_sales")),
    ("Team Atlas", ("technical", "orders")),
)
# The teams' names in every language (agents carry the English one in ``team``, the key filters keep).
TEAM_NAMES: list[Team] = [
    Team(name="Team Phoenix", names=in_languages("Team Phoenix", "凤凰组", "鳳凰組")),
    Team(name="Team Harbour", names=in_languages("Team Harbour", "海港组", "海港組")),
    Team(name="Team Lotus", names=in_languages("Team Lotus", "莲花组", "蓮花組")),
    Team(name="Team Summit", names=in_languages("Team Summit", "峰顶组", "峰頂組")),
    Team(name="Team Atlas", names=in_languages("Team Atlas", "阿特拉斯组", "阿特拉斯組")),
]
# The rota: shifts of this many hours, started where the forecast needs them (simulator.engine.roster.rota);
# never fewer than MIN_STAFF agents asked for in an hour, and MIN_ON_SHIFT agents on at any hour (a quiet
# night still has someone for every queue that is open).
SHIFT_HOURS = 8
MIN_STAFF = 5.0
MIN_ON_SHIFT = 3
CAPACITIES = (2, 2, 3, 3)  # contacts an agent handles at once, drawn per agent
WRAP_UP_S, WRAP_UP_SIGMA = 45.0, 0.4  # after-call work after a call (lognormal median, sigma)
# Routing: a waiting live contact's target is its queue's service-level threshold times this factor (priority);
# idle agents take deferred work only while those left idle cover the live contacts expected in LIVE_RESERVE_S.
LIVE_PRIORITY_FACTOR: dict[Priority, float] = {"urgent": 0.25, "high": 0.5, "normal": 1.0, "low": 2.0}
LIVE_RESERVE_S = 120.0
FIRST_REPLY_DELAY_S, FIRST_REPLY_SIGMA = 240.0, 0.7  # a ticket's first reply after it is assigned

# Reviewers whose reviews the demo's history holds; they have no console login.
HISTORY_REVIEWERS: tuple[tuple[str, str], ...] = (("u-qa-li", "Li Na"), ("u-qa-chen", "Chen Jie"))


_S2TW_CHARACTERS = opencc.OpenCC("s2tw")  # character by character: a name takes no phrase substitutions


def chinese_names(name: str, english: str | None = None) -> dict[str, str]:
    """A person's name given in Simplified characters, per language: in Taiwan's standard characters (OpenCC);
    in English ``english`` where there is one (else the Chinese name)."""
    return in_languages(english or name, name, _S2TW_CHARACTERS.convert(name))


# The console users' and history reviewers' names per language, by id (the ``names`` of User and Person).
PEOPLE_NAMES: dict[str, dict[str, str]] = {
    "u-sup": chinese_names("主管", "Supervisor"),
    "u-lead": chinese_names("组长", "Team lead"),
    "u-qa": chinese_names("质检员", "QA reviewer"),
    "u-view": chinese_names("访客", "Viewer"),
    "u-qa-li": chinese_names("李娜", "Li Na"),
    "u-qa-chen": chinese_names("陈杰", "Chen Jie"),
}
# What the team lead writes when disputing one of the history's reviews, in the conversation's language.
DISPUTE_COMMENTS: dict[str, tuple[str, ...]] = {
    "en": ("The customer confirmed the fix; please look again.",
           "The agent followed the refund policy as written; the compliance score seems too low.",
           "The hold was agreed with the customer first, so empathy should not lose points.",
           "The call was transferred to us late; the greeting was not the agent's to give.",
           "The customer asked to close the chat early; the summary was not skipped."),
    "zh": ("客户已确认问题解决，请重新评估。",
           "坐席按退款政策操作，合规项的分数似乎偏低。",
           "等待前已征得客户同意，同理心一项不应扣分。",
           "通话转接过来时已经开始，开场问候不该算在坐席头上。",
           "客户要求提前结束对话，并非坐席漏做总结。"),
}
MIDDLE_INITIALS = "ABCDEFGHJKLMNPRSTVW"
GIVEN_EN = ("Alex", "Sam", "Jordan", "Taylor", "Morgan", "Casey", "Riley", "Jamie", "Avery", "Quinn",
            "Drew", "Robin", "Kai", "Noah", "Emma", "Liam", "Olivia", "Mia", "Lucas", "Ella")
FAMILY_EN = ("Smith", "Brown", "Wilson", "Clark", "Lewis", "Walker", "Hall", "Young", "King", "Wright")
FAMILY_ZH = ("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "马", "朱", "胡")
GIVEN_ZH = ("伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超",
            "秀英", "晓东", "雨萱")

