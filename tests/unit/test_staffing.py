"""Erlang C against values computed by hand from the formula (textbook cases)."""

from __future__ import annotations

import math
from datetime import UTC, datetime

import pytest

from api_client.models import Agent, Queue, ServiceLevelTarget
from console.core import staffing as st


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
    assert st.agents_needed(100 / 1800, 180, 0.80, 20) == 14


def test_no_more_agents_than_traffic_means_no_service() -> None:
    assert st.erlang_c(10, 10.0) == 1.0
    assert st.service_level(10, 10.0, 180, 20) == 0.0
    assert st.agents_needed(0.0, 180, 0.8, 20) == 0


def test_large_traffic_is_stable() -> None:
    # 1,000 erlangs: factorials would overflow a float; the recursion does not.
    n = st.agents_needed(1000 / 180, 180, 0.8, 20)
    assert 1000 < n < 1100
    assert st.service_level(n, 1000.0, 180, 20) >= 0.8 > st.service_level(n - 1, 1000.0, 180, 20)
    assert math.isfinite(st.erlang_c(n, 1000.0))


def test_queue_staffing_counts_working_agents_with_the_skill() -> None:
    queue = Queue(id="billing", name="Billing", skill="billing", sla=[],
                  service_level=ServiceLevelTarget(percent=80, threshold_s=20), at_risk_s=600)
    since = datetime(2026, 11, 23, tzinfo=UTC)

    def agent(i: int, state: str, skills: list[str]) -> Agent:
        return Agent(id=f"a{i}", name=f"A{i}", team="t", state=state, state_since=since, skills=skills,  # type: ignore[arg-type]
                     capacity=3, version=1)

    agents = [agent(1, "busy", ["billing"]), agent(2, "available", ["billing", "tech"]),
              agent(3, "break", ["billing"]), agent(4, "available", ["tech"])]
    # 200 arrivals in an hour at AHT 180 s: A = 10 erlangs → 14 needed (above), 2 working.
    s = st.staffing(queue, 200, 3600, 180.0, agents)
    assert (s.needed, s.working, s.gap) == (14, 2, 12)
    assert st.staffing(queue, 200, 3600, None, agents).needed is None
