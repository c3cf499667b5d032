"""Generated conversations (Chinese and English) and short synthetic call recordings."""

from __future__ import annotations

import io
import random
import wave
from datetime import datetime, timedelta

import numpy as np

from api_client.models import Turn

_TOPICS: dict[str, dict[str, tuple[str, str]]] = {
    # queue -> language -> (customer problem, agent resolution)
    "billing": {
        "en": ("I was charged twice for my last order.", "I have refunded the duplicate charge; it shows in 3-5 days."),
        "zh": ("我的上一笔订单被扣了两次款。", "重复扣款已经为您退回，3到5个工作日到账。"),
    },
    "technical": {
        "en": ("The app keeps logging me out after the update.",
               "Please clear the cache; I've also reset your session."),
        "zh": ("更新以后应用总是把我退出登录。", "请清除缓存，我这边也帮您重置了登录状态。"),
    },
    "orders": {
        "en": ("My parcel has not moved for four days.", "The courier confirmed delivery tomorrow; here is the link."),
        "zh": ("我的包裹已经四天没有更新物流了。", "快递公司确认明天送达，这是查询链接。"),
    },
    "after_sales": {
        "en": ("The blender I bought stopped working.", "It is under warranty; I have booked a replacement."),
        "zh": ("我买的搅拌机坏了，不能用了。", "还在保修期内，已经为您安排换新。"),
    },
    "complaints": {
        "en": ("Nobody answered my last three emails.", "I'm sorry; I now own your case and will call you today."),
        "zh": ("我发了三封邮件都没人回复。", "非常抱歉，您的问题由我全程负责，今天会给您回电。"),
    },
}
_LINES = {
    "en": {
        "greet": "Hello, thank you for contacting us. My name is {agent}. How can I help?",
        "verify": "Could you confirm your order number, please?",
        "customer_verify": "Sure, it is {order}.",
        "empathy": "I understand how frustrating that is.",
        "close": "Is there anything else I can help with? Have a nice day!",
        "thanks": "Thanks, that's all.",
        "note": "Internal: customer tier {tier}, checked account history.",
    },
    "zh": {
        "greet": "您好，感谢您的来电，我是{agent}，请问有什么可以帮您？",
        "verify": "麻烦您提供一下订单号。",
        "customer_verify": "好的，订单号是{order}。",
        "empathy": "非常理解您的心情，给您添麻烦了。",
        "close": "请问还有其他可以帮您的吗？祝您生活愉快！",
        "thanks": "没有了，谢谢。",
        "note": "内部备注：客户等级 {tier}，已核对账户记录。",
    },
}


def transcript(
    rng: random.Random, queue_id: str, language: str, agent: str, tier: str, start: datetime, end: datetime,
) -> list[Turn]:
    """A plausible conversation between ``start`` and ``end``, in ``language`` ("zh" or "en")."""
    lines = _LINES[language]
    problem, solution = _TOPICS[queue_id][language]
    order = f"{rng.randint(10_000_000, 99_999_999)}"
    script: list[tuple[str, str, bool]] = [
        ("customer", problem, False),
        ("agent", lines["greet"].format(agent=agent), False),
        ("agent", lines["verify"], False),
        ("customer", lines["customer_verify"].format(order=order), False),
        ("agent", lines["note"].format(tier=tier), True),
    ]
    if rng.random() < 0.7:
        script.append(("agent", lines["empathy"], False))
    script += [("agent", solution, False), ("customer", lines["thanks"], False), ("agent", lines["close"], False)]
    span = max((end - start).total_seconds(), len(script))
    cuts = sorted(rng.uniform(0, span) for _ in range(len(script) - 1))
    offsets = [0.0, *cuts]
    return [
        Turn(speaker=speaker, at=start + timedelta(seconds=off), text=text, internal=internal)  # type: ignore[arg-type]
        for (speaker, text, internal), off in zip(script, offsets, strict=True)
    ]


def recording_wav(interaction_id: int, seconds: float = 4.0, rate: int = 8000) -> bytes:
    """A short mono 16-bit WAV that sounds like two alternating voices (deterministic per id)."""
    rng = np.random.default_rng(interaction_id)
    t = np.arange(int(seconds * rate)) / rate
    pitch = np.where((t * 1.5).astype(int) % 2 == 0, 180.0, 120.0)  # speaker turns every 0.67 s
    envelope = 0.5 + 0.5 * np.sin(2 * np.pi * 3 * t) ** 2
    signal = envelope * np.sin(2 * np.pi * pitch * t) + 0.05 * rng.standard_normal(t.size)
    pcm = (np.clip(signal, -1, 1) * 0.6 * 32767).astype("<i2")
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.tobytes())
    return buf.getvalue()
