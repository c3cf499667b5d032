"""Generated conversations that vary by topic (queue) and channel, in the customer's language: English,
Chinese ("zh", Simplified script) or Taiwan's Chinese ("zh-TW", Traditional script, converted from the
Simplified lines by OpenCC with Taiwan's phrasing).

Each turn is timed so that it can be spoken before the next one starts (see ``speaking_s``): a phone
call's recording (simulator/speech.py) speaks every turn at its timestamp, so the transcript follows the
audio exactly. Long calls get their silence where a real call has it, on hold while the agent checks.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import NamedTuple

import opencc

from api_client.models import Channel, Turn

# queue -> scenarios; each scenario: language -> (problem, detail, solution, follow-up question, answer)
_SCENARIOS: dict[str, list[dict[str, tuple[str, str, str, str, str]]]] = {
    "billing": [
        {"en": ("I was charged twice for my last order.", "Both charges are on my card statement from Monday.",
                "I have refunded the duplicate charge; it shows on your card in 3 to 5 days.",
                "Will I get an email about the refund?", "Yes, a confirmation email is on its way now."),
         "zh": ("我的上一笔订单被扣了两次款。", "周一的信用卡账单上有两笔一样的扣款。",
                "重复扣款已经为您退回，3到5个工作日到账。",
                "退款会有邮件通知吗？", "会的，确认邮件已经发送到您的邮箱。")},
        {"en": ("My invoice shows a plan I never signed up for.", "It says Premium, but I have the Basic plan.",
                "I have switched the invoice back to Basic and credited the difference.",
                "Does that change my next payment date?", "No, your payment date stays the same."),
         "zh": ("我的发票上是一个我没有开通的套餐。", "发票上写的是高级版，可我用的是基础版。",
                "已经把发票改回基础版，差价退回到您的账户余额。", "下次扣款日期会变吗？", "不会，扣款日期保持不变。")},
    ],
    "technical": [
        {"en": ("The app keeps logging me out after the update.", "It happens every few minutes, on my phone only.",
                "I have reset your session; please clear the app's cache and sign in once more.",
                "Do I need to reinstall the app?", "No, clearing the cache is enough."),
         "zh": ("更新以后应用总是把我退出登录。", "每隔几分钟就退出一次，只有手机上这样。",
                "我已经帮您重置了登录状态，请清除应用缓存后再登录一次。",
                "需要重新安装应用吗？", "不需要，清除缓存就可以了。")},
        {"en": ("I cannot reset my password; the email never arrives.", "I checked the spam folder as well.",
                "Your address had a typo; I have corrected it and sent a new reset link.",
                "How long is the link valid?", "It is valid for twenty-four hours."),
         "zh": ("我重置不了密码，一直收不到邮件。", "垃圾邮件里也找过了，没有。",
                "您的邮箱地址有个拼写错误，已经改正并重新发送了重置链接。", "链接多久有效？", "二十四小时内有效。")},
    ],
    "orders": [
        {"en": ("My parcel has not moved for four days.", "The tracking page still says it is at the depot.",
                "The courier confirmed delivery tomorrow; I have sent you the tracking link.",
                "Can they leave it with my neighbour?", "Yes, I have added that note to the delivery."),
         "zh": ("我的包裹已经四天没有更新物流了。", "物流页面一直显示在转运中心。",
                "快递公司确认明天送达，查询链接已经发给您。",
                "可以放在邻居家吗？", "可以，我已经在派送备注里写上了。")},
        {"en": ("I received the wrong size of the jacket.", "I ordered a medium and got an extra large.",
                "I have sent the medium today and a free return label for the other one.",
                "Do I have to pay for the return?", "No, the return is free of charge."),
         "zh": ("我收到的外套尺码不对。", "我订的是中号，收到的是加大号。",
                "中号今天已经给您寄出，另附一张免费退货单。", "退货需要我付运费吗？", "不需要，退货运费由我们承担。")},
    ],
    "after_sales": [
        {"en": ("The blender I bought stopped working.", "It makes a noise but the blades do not turn.",
                "It is under warranty; I have booked a replacement for you.",
                "Should I send the old one back?", "Yes, the courier will collect it when they deliver the new one."),
         "zh": ("我买的搅拌机坏了，不能用了。", "有声音，但是刀片不转。",
                "还在保修期内，已经为您安排换新。", "旧的需要寄回吗？", "需要，快递员送新机时会把旧的带走。")},
        {"en": ("I would like to return the headphones I bought last week.", "They do not fit well.",
                "That is within the thirty-day window; your return is approved.",
                "When will I get my money back?", "Within five days after we receive them."),
         "zh": ("我想退掉上周买的耳机。", "戴着不太合适。",
                "在三十天退货期内，您的退货已经审核通过。", "什么时候能收到退款？", "我们收到商品后五天内退款。")},
    ],
    "complaints": [
        {"en": ("Nobody answered my last three emails.", "I have been waiting for two weeks now.",
                "I now own your case personally and I will call you back today.",
                "Will I get a reference number?", "Yes, I am sending it to you by text message."),
         "zh": ("我发了三封邮件都没人回复。", "我已经等了两个星期了。",
                "您的问题由我全程负责，今天会给您回电。", "有没有工单编号？", "有的，我用短信发给您。")},
        {"en": ("The technician was rude and left without fixing anything.", "He was also two hours late.",
                "I have raised this with the service manager and booked another visit free of charge.",
                "Can I choose the time of the visit?", "Yes, you will get a link to pick a slot."),
         "zh": ("维修师傅态度很差，什么都没修就走了。", "而且还迟到了两个小时。",
                "我已经反馈给服务经理，并为您免费安排了再次上门。",
                "上门时间可以我来选吗？", "可以，您会收到一个预约时间的链接。")},
    ],
}
# channel -> language -> (agent's greeting, agent's closing); the greeting names the agent
_CHANNELS: dict[str, dict[str, tuple[str, str]]] = {
    "phone": {"en": ("Thanks for calling, my name is {agent}. How can I help you today?",
                     "Is there anything else I can help with? Have a nice day!"),
              "zh": ("您好，感谢您的来电，我是{agent}，请问有什么可以帮您？",
                     "请问还有其他可以帮您的吗？祝您生活愉快！")},
    "chat": {"en": ("Hello, you are chatting with {agent}. What can I do for you?",
                    "Anything else I can help with in this chat? Have a great day!"),
             "zh": ("您好，我是在线客服{agent}，很高兴为您服务。", "请问还有其他问题吗？祝您生活愉快！")},
    "email": {"en": ("Hello, thank you for contacting us. This is {agent} from customer care.",
                     "If there is anything else, just reply to this email. Have a nice day!"),
              "zh": ("您好，感谢您的来信，我是客服{agent}。", "如还有其他问题，直接回复本邮件即可。祝您生活愉快！")},
    "social": {"en": ("Hello, thanks for your message! {agent} here from the support team.",
                      "Anything else, just send us a message here. Have a great day!"),
               "zh": ("您好，感谢您的私信，我是客服{agent}。", "还有其他问题随时私信我们，祝您生活愉快！")},
    "app": {"en": ("Hello, thank you for contacting us in the app. I'm {agent}.",
                   "Anything else, you can reply right here in the app. Have a nice day!"),
            "zh": ("您好，感谢您通过应用联系我们，我是{agent}。", "还有其他问题可以直接在应用里回复，祝您生活愉快！")},
}
_LINES = {
    "en": {
        "verify": "Could you confirm your order number, please?",
        "customer_verify": "Sure, it is {order}.",
        "empathy": "I understand how frustrating that is.",
        "hold": "Let me check that for you, one moment please.",
        "back": "Thanks for waiting.",
        "thanks": "Thanks, that's all.",
        "note": "Internal: customer tier {tier}, checked account history.",
    },
    "zh": {
        "verify": "麻烦您提供一下订单号。",
        "customer_verify": "好的，订单号是{order}。",
        "empathy": "非常理解您的心情，给您添麻烦了。",
        "hold": "我帮您查一下，请稍等。",
        "back": "让您久等了。",
        "thanks": "没有了，谢谢。",
        "note": "内部备注：客户等级 {tier}，已核对账户记录。",
    },
}
TRADITIONAL = "zh-TW"  # a customer's language written in Traditional characters
_S2TW = opencc.OpenCC("s2twp")  # Simplified to Traditional, with Taiwan's words (软件 -> 軟體)


def traditional(text: str) -> str:
    """``text`` (Simplified Chinese) in Traditional characters as written in Taiwan."""
    return _S2TW.convert(text)


def _traditional_all(texts: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(traditional(t) for t in texts)


for _scenarios in _SCENARIOS.values():
    for _scenario in _scenarios:
        _scenario[TRADITIONAL] = _traditional_all(_scenario["zh"])  # type: ignore[assignment]
for _words in _CHANNELS.values():
    _words[TRADITIONAL] = _traditional_all(_words["zh"])  # type: ignore[assignment]
_LINES[TRADITIONAL] = {key: traditional(text) for key, text in _LINES["zh"].items()}
LIVE = frozenset({"phone", "chat"})  # the agent greets first and puts the customer on hold while checking
_PAUSE_S = 0.8  # a breath between one turn and the next
_HOLD_WEIGHT = 8.0  # the hold takes this many times an ordinary pause's share of the spare time


class _Line(NamedTuple):
    speaker: str
    text: str
    internal: bool = False
    optional: bool = False  # dropped first when the call is too short to say everything
    hold: bool = False  # the customer waits on hold after this line


def speaking_s(text: str, language: str) -> float:
    """About how long espeak-ng takes to say ``text`` (generous, so the next turn does not cut it short)."""
    digits = sum(c.isdigit() for c in text)  # numbers are read digit by digit
    return (len(text) - digits) / (3.2 if language.startswith("zh") else 12.0) + digits * 0.45


def transcript(
    rng: random.Random, queue_id: str, channel: Channel, language: str, agent: str, tier: str,
    start: datetime, end: datetime,
) -> list[Turn]:
    """A conversation about a topic of ``queue_id`` on ``channel`` between ``start`` and ``end``, in
    ``language`` ("zh", "zh-TW" or "en"); the same ``rng`` state gives the same conversation."""
    lang = language if language in _LINES else "en"
    lines = _LINES[lang]
    problem, detail, solution, question, answer = rng.choice(_SCENARIOS[queue_id])[lang]
    greet, close = _CHANNELS[channel][lang]
    live = channel in LIVE
    opening = [_Line("agent", greet.format(agent=traditional(agent) if lang == TRADITIONAL else agent)),
               _Line("customer", problem)]
    script = [
        *(opening if live else opening[::-1]),
        _Line("agent", lines["verify"]),
        _Line("customer", lines["customer_verify"].format(order=rng.randint(10_000_000, 99_999_999))),
        _Line("agent", lines["note"].format(tier=tier), internal=True),
        _Line("customer", detail, optional=True),
    ]
    if rng.random() < 0.7:
        script.append(_Line("agent", lines["empathy"], optional=True))
    if live:
        script += [_Line("agent", lines["hold"], optional=True, hold=True),
                   _Line("agent", f"{lines['back']}{' ' if lang == 'en' else ''}{solution}")]
    else:
        script.append(_Line("agent", solution))
    if rng.random() < 0.5:
        script += [_Line("customer", question, optional=True), _Line("agent", answer, optional=True)]
    script += [_Line("agent", close), _Line("customer", lines["thanks"])]
    return _timed(rng, script, lang, start, max((end - start).total_seconds(), 0.0))


def _timed(rng: random.Random, script: list[_Line], language: str, start: datetime, span: float) -> list[Turn]:
    """The script's turns within ``span`` seconds from ``start``: each turn has time to be said, spare
    time goes to pauses (mostly the hold); optional lines go first when the span is too short."""
    def need(line: _Line) -> float:
        return _PAUSE_S if line.internal else speaking_s(line.text, language) + _PAUSE_S

    while sum(map(need, script)) > span and any(line.optional for line in script):
        script = [line for line in script if not line.optional]
    needs = [need(line) for line in script]
    spare = span - sum(needs)
    if spare < 0:  # a very short call: turns evenly over the span (the recording cuts each at the next)
        needs = [n * span / sum(needs) for n in needs]
        spare = 0.0
    weights = [rng.expovariate(1.0) * (_HOLD_WEIGHT if line.hold else 1.0) for line in script]
    weights.append(rng.expovariate(1.0))  # the pause before the call ends
    offsets, at = [], 0.0
    for n, w in zip(needs, weights[:-1], strict=True):
        offsets.append(at)
        at += n + spare * w / sum(weights)
    return [
        Turn(speaker=line.speaker, at=start + timedelta(seconds=off), text=line.text,  # type: ignore[arg-type]
             internal=line.internal)
        for line, off in zip(script, offsets, strict=True)
    ]
