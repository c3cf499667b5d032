"""Staffing per channel: Erlang C against textbook values, Erlang A against Erlang C and its own identities,
chat slots, workload channels, and each agent counted once."""

from __future__ import annotations

import math
from datetime import UTC, datetime

import msgspec
import pytest

from api_client import workforce as st
from api_client.models import Agent, Queue, ServiceLevelTarget, SlaTarget, Ticket
from console.core import staffing


def test_erlang_c_one_erlang_two_agents() -> None:
    # A = 1, N = 2.  Erlang B: B(1) = 1·1/(1+1) = 1/2;  B(2) = 1·(1/2)/(2 + 1/2) = 1/5.
    # C = N·B / (N - A·(1 - B)) = 2·(1/5) / (2 - 4/5) = (2/5)/(6/5) = 1/3   (M/M/2 at ρ = 1/2: 1/3).
    assert st.erlang_b(2, 1.0) == pytest.approx(0.2)
    assert st.erlang_c(2, 1.0) == pytest.approx(1 / 3)


def test_erlang_c_two_erlangs_three_agents_and_service_level() -> None:
    # A = 2, N = 3.  B(1) = 2/3;  B(2) = 2·(2/3)/(2 + 4/3) = 2/5;  B(3) = 2·(2/5)/(3 + 4/5) = 4/19.
    # C = 3·(4/19) / (3 - 2·(15/19)) = (12/19)/(27/19) = 4/9 = 0.4444.
    # SL at AHT 180 s, T 20 s: 1 - (4/9)·e^{-(3-2)·20/180} = 1 - 0.44444·0.894839 = 0.602294.
    assert st.erlang_b(3, 2.0) == pytest.approx(4 / 19)
    assert st.erlang_c(3, 2.0) == pytest.approx(4 / 9)
    assert st.service_level(3, 2.0, 180, 20) == pytest.approx(0.602294, abs=1e-6)


def test_textbook_ten_erlangs_needs_fourteen_for_80_20() -> None:
    # 100 calls per 30 min, AHT 180 s: A = (100/1800)·180 = 10 erlangs; target 80 % in 20 s.
    # By the factorial form C = (A^N/N!·N/(N-A)) / (Σ_{k<N} A^k/k! + A^N/N!·N/(N-A)):
    #   N = 13: C = 0.285270, SL = 1 - 0.285270·e^{-3·20/180} = 1 - 0.285270·0.716531 = 0.795595 (< 80 %)
    #   N = 14: C = 0.174132, SL = 1 - 0.174132·e^{-4·20/180} = 1 - 0.174132·0.641180 = 0.888350
    # so 14 agents are needed.
    assert st.erlang_c(13, 10.0) == pytest.approx(0.285270, abs=1e-6)
    assert st.service_level(13, 10.0, 180, 20) == pytest.approx(0.795595, abs=1e-6)
    assert st.service_level(14, 10.0, 180, 20) == pytest.approx(0.888350, abs=1e-6)
    assert st.agents_erlang_c(100 / 1800, 180, 0.80, 20) == 14


def test_no_more_agents_than_traffic_means_no_service() -> None:
    assert st.erlang_c(10, 10.0) == 1.0
    assert st.service_level(10, 10.0, 180, 20) == 0.0
    assert st.agents_erlang_c(0.0, 180, 0.8, 20) == 0


def test_large_traffic_is_stable() -> None:
    # 1,000 erlangs: factorials would overflow a float; the recursion does not.
    n = st.agents_erlang_c(1000 / 180, 180, 0.8, 20)
    assert 1000 < n < 1100
    assert st.service_level(n, 1000.0, 180, 20) >= 0.8 > st.service_level(n - 1, 1000.0, 180, 20)
    assert math.isfinite(st.erlang_c(n, 1000.0))


def test_published_vectors() -> None:
    # CRAN ErlangC: 100 calls / 30 min, AHT 180 s, 20 s, 14 agents: Pw 0.1741319, SL 0.88835.
    assert st.erlang_c(14, 10.0) == pytest.approx(0.1741319, abs=1e-7)
    # call-center-tools: 1,000 calls/h, AHT 120 s (33.333 erlangs), 80/20: Pw 19.07 % and SL 93.72 % at 40.
    assert st.erlang_c(40, 1000 * 120 / 3600) == pytest.approx(0.1907, abs=5e-5)
    assert st.service_level(40, 1000 * 120 / 3600, 120, 20) == pytest.approx(0.9372, abs=5e-5)
    # turbotab: 25 calls / 600 s, AHT 180 s, 80/20: 11 agents (SL 0.881).
    assert st.agents_erlang_c(25 / 600, 180, 0.8, 20) == 11


@pytest.mark.parametrize("n", [12, 13, 14, 15])
def test_erlang_a_with_endless_patience_is_erlang_c(n: int) -> None:
    a = st.erlang_a(n, 100 / 1800, 180, 1e9, 20)
    assert a.p_wait == pytest.approx(st.erlang_c(n, 10.0), abs=1e-6)
    assert a.service_level == pytest.approx(st.service_level(n, 10.0, 180, 20), abs=1e-6)
    assert a.abandonment < 1e-6


def test_erlang_a_abandonment_lowers_staff_and_matches_littles_law() -> None:
    rate, aht, patience = 100 / 1800, 180, 120
    a = st.erlang_a(12, rate, aht, patience, 20)
    # Overloaded without abandonment (12 agents for 10 erlangs is fine; 9 is not), Erlang A still answers most.
    over = st.erlang_a(9, rate, aht, patience, 20)
    assert 0.05 < over.abandonment < 0.5
    assert over.service_level > 0.2
    # Throughput balance: answered work fits the agents: λ·(1 - P(ab))·AHT <= N.
    assert rate * (1 - over.abandonment) * aht <= 9 + 1e-9
    assert a.service_level > st.service_level(12, 10.0, aht, 20)  # abandoners shorten the queue
    assert st.agents_erlang_a(rate, aht, patience, 0.8, 20) <= st.agents_erlang_c(rate, aht, 0.8, 20)
    n = st.agents_erlang_a(rate, aht, patience, 0.8, 20)
    assert st.erlang_a(n, rate, aht, patience, 20).service_level >= 0.8 > \
        st.erlang_a(n - 1, rate, aht, patience, 20).service_level


def test_ten_emails_an_hour_at_600_s_need_two_agents() -> None:
    # 10 x 600 s = 6,000 s of work an hour = 1.67 agents, at 85 % occupancy 1.96: 2 agents (the old Erlang C at
    # 80/20 asked for 4).
    need = st.agents_for(st.Demand("email", 10 / 3600, 600, 0.8, 900))
    assert (need.agents, need.method) == (2, "workload")
    assert need.erlangs == pytest.approx(10 * 600 / 3600)


def test_workload_backlog_is_answered_within_its_reply_target() -> None:
    assert st.workload_agents(0.0, 600, 0.85) == 0
    assert st.workload_agents(51 / 3600, 600, 0.85) == 10  # 8.5 agent-hours of work / 0.85 = 10.0 exactly
    # 30 waiting emails of 600 s to answer within 1 h: 5 agent-hours, 5.88 at 85 %: 6 agents more.
    assert st.workload_agents(0.0, 600, 0.85, backlog=30, reply_target_s=3600) == 6


def test_chat_uses_the_agents_concurrency() -> None:
    # 60 chats/h of 600 s = 10 erlangs: 14 slots for 80/20 (as a call centre), 3 chats each: 5 agents.
    one = st.agents_for(st.Demand("chat", 60 / 3600, 600, 0.8, 20 * 600 / 180))
    three = st.agents_for(st.Demand("chat", 60 / 3600, 600, 0.8, 20 * 600 / 180, concurrency=3))
    assert one.agents == st.agents_erlang_c(60 / 3600, 600, 0.8, 20 * 600 / 180)
    assert three.agents == math.ceil(one.agents / 3)
    assert three.method == "erlang_c_concurrency"


def test_phone_handle_time_includes_after_call_work_and_erlang_a_when_abandonment_matters() -> None:
    base = st.Demand("phone", 100 / 1800, 180, 0.8, 20)
    assert st.agents_for(base).agents == 14
    assert st.agents_for(st.Demand("phone", 100 / 1800, 150, 0.8, 20, acw_s=30)).agents == 14  # 150 + 30 = 180
    assert st.agents_for(st.Demand("phone", 100 / 1800, 180, 0.8, 20, acw_s=60)).agents > 14
    material = st.Demand("phone", 100 / 1800, 180, 0.8, 20, patience_s=60, abandonment=0.08)
    assert st.agents_for(material).method == "erlang_a"
    assert st.agents_for(material).agents < 14
    slight = st.Demand("phone", 100 / 1800, 180, 0.8, 20, patience_s=60, abandonment=0.01)
    assert st.agents_for(slight).method == "erlang_c"


SINCE = datetime(2026, 11, 23, tzinfo=UTC)


def agent(i: int, state: str, skills: list[str], capacity: int = 3) -> Agent:
    return Agent(id=f"a{i}", name=f"A{i}", team="t", state=state, state_since=SINCE, skills=skills,  # type: ignore[arg-type]
                 capacity=capacity, version=1)


def queue(qid: str) -> Queue:
    return Queue(id=qid, name=qid.title(), skill=qid, at_risk_s=600,
                 sla=[SlaTarget(priority="normal", first_response_s=3600, resolution_s=86400)],
                 service_level=ServiceLevelTarget(percent=80, threshold_s=20))


def test_each_agent_counts_once_across_their_skills() -> None:
    agents = [agent(1, "busy", ["billing"]), agent(2, "available", ["billing", "tech"]),
              agent(3, "break", ["billing"]), agent(4, "after_call_work", ["tech", "billing", "orders"]),
              agent(5, "available", ["tech"])]
    loads = {"phone": staffing.ChannelLoad(200, 180.0), "email": staffing.ChannelLoad(10, 600.0)}
    per_queue = [staffing.staffing(queue(q), loads, 3600, agents) for q in ("billing", "tech", "orders")]
    assert [round(q.working, 3) for q in per_queue] == [round(1 + 1 / 2 + 1 / 3, 3), round(1 / 2 + 1 / 3 + 1, 3),
                                                         round(1 / 3, 3)]
    whole = staffing.centre(per_queue, agents)
    assert whole.working == 4  # the agent on break is not working; nobody counts twice
    assert sum(q.working for q in per_queue) == pytest.approx(whole.working)
    # 200 calls/h at 180 s + 45 s wrap-up = 12.5 erlangs; email 10/h at 600 s, three held at once (capacity 3): 1.
    billing = per_queue[0]
    assert [(n.channel, n.method) for n in billing.needs] == [("phone", "erlang_c"), ("email", "workload")]
    assert billing.needs[0].agents == st.agents_erlang_c(200 / 3600, 225, 0.8, 20)
    assert billing.needs[1].agents == 1
    assert billing.needed == billing.needs[0].agents + 1
    assert billing.gap == pytest.approx(billing.needed - billing.working)
    # The centre pools each channel over the queues (its agents are multi-skilled), as the simulator's rota plans:
    # 600 calls/h as one pool, 30 emails/h at 200 s of an agent each; three separate pools would need more.
    assert whole.needed == st.agents_erlang_c(600 / 3600, 225, 0.8, 20) + st.workload_agents(30 / 3600, 200, 0.85)
    assert whole.needed < 3 * billing.needed


def test_one_queue_pooled_is_that_queue() -> None:
    demands = [st.Demand("phone", 90 / 3600, 240, 0.8, 20, acw_s=45, patience_s=120, abandonment=0.08),
               st.Demand("chat", 40 / 3600, 500, 0.9, 30, concurrency=2.5),
               st.Demand("email", 12 / 3600, 900, 0.8, 3600, concurrency=3, backlog=7)]
    for d in demands:
        assert staffing.pooled([d]) == d
    two = staffing.pooled([demands[0], st.Demand("phone", 30 / 3600, 400, 0.7, 60, acw_s=45)])
    assert two.rate_per_s == pytest.approx(120 / 3600)
    assert two.aht_s == pytest.approx((90 * 240 + 30 * 400) / 120)
    assert two.sl_target == pytest.approx((90 * 0.8 + 30 * 0.7) / 120)
    assert two.patience_s is None, "patience unmeasured in one queue: not made up for the pool"


def test_ticket_channels_share_an_agent_among_the_tickets_held_at_once() -> None:
    # A measured handle time runs from assignment to finish; three emails held at once share the agent, as chats
    # do and as the simulator's rota plans: 10/h at 600 s is 1,667 s of an agent an hour, 1 agent (2 if one at once).
    three = st.agents_for(st.Demand("email", 10 / 3600, 600, 0.8, 900, concurrency=3))
    assert (three.agents, three.method) == (1, "workload")
    assert three.erlangs == pytest.approx(10 * 200 / 3600)
    assert st.agents_for(st.Demand("email", 10 / 3600, 600, 0.8, 900)).agents == 2


def test_no_handle_time_yet_is_unknown_not_zero() -> None:
    s = staffing.staffing(queue("billing"), {"chat": staffing.ChannelLoad(20, None)}, 3600, [])
    assert (s.needed, s.unknown, s.gap) == (None, ("chat",), 0.0)
    assert staffing.staffing(queue("billing"), {}, 3600, []).needed == 0


def test_measured_patience_counts_waits_of_answered_abandoned_and_waiting_contacts() -> None:
    now = SINCE.timestamp() + 3600

    def live(i: int, created_s: float, answered_s: float | None = None, abandoned_s: float | None = None) -> Ticket:
        at = datetime.fromtimestamp(SINCE.timestamp() + created_s, UTC)
        end = None if answered_s is None else datetime.fromtimestamp(SINCE.timestamp() + answered_s, UTC)
        upd = at if abandoned_s is None else datetime.fromtimestamp(SINCE.timestamp() + abandoned_s, UTC)
        return msgspec.convert({"id": i, "subject": "s", "channel": "phone", "queue_id": "billing",
                                "priority": "normal", "status": "closed" if abandoned_s else "open",
                                "requester": {"id": "c", "name": "c", "tier": "standard", "language": "en"},
                                "created_at": at, "updated_at": upd, "first_response_at": end,
                                "abandoned": abandoned_s is not None, "version": 1}, Ticket)

    tickets = [live(1, 100, answered_s=130), live(2, 200, abandoned_s=290), live(3, 3500),
               live(4, -100, abandoned_s=50)]  # created before the window: left out
    # Exposure 30 + 90 + 100 = 220 s for one abandonment.
    assert staffing.measured_patience(tickets, now, 3600) == {("billing", "phone"): pytest.approx(220)}


def test_simulated_rota_follows_the_forecast() -> None:
    from simulator.engine import roster

    shifts = roster.rota(60)
    on = [sum(1 for s in shifts if roster.in_shift(s, SINCE.timestamp() + h * 3600)) for h in range(24)]
    need = [roster.forecast_need(h, 60) for h in range(24)]
    assert len(shifts) == 60
    assert all(n > 0 for n in on)  # someone on every hour, nights included
    busiest, quietest = need.index(max(need)), need.index(min(need))
    assert on[busiest] > 4 * on[quietest]
