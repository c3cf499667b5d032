<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>CalibrationTab</name>
    <message numerus="yes">
        <location filename="../../console/ui/pages/qa/calibration.py" line="181"/>
        <source>Scores in % of each category&apos;s range. %1 %n reviewer(s) still to score.</source>
        <translation>
            <numerusform>Scores in % of each category&apos;s range. %1 %n reviewer still to score.</numerusform>
            <numerusform>Scores in % of each category&apos;s range. %1 %n reviewers still to score.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message numerus="yes">
        <location filename="../../console/ui/dialogs/rebalance.py" line="164"/>
        <source>%n ticket(s) changed since you saw them. Nothing was overwritten; choose for each.</source>
        <translation>
            <numerusform>%n ticket changed since you saw it. Nothing was overwritten; choose what to do.</numerusform>
            <numerusform>%n tickets changed since you saw them. Nothing was overwritten; choose for each.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message numerus="yes">
        <location filename="../../console/ui/dialogs/rebalance.py" line="116"/>
        <source>Escalate %n ticket(s)</source>
        <translation>
            <numerusform>Escalate %n ticket</numerusform>
            <numerusform>Escalate %n tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message numerus="yes">
        <location filename="../../console/ui/dialogs/rebalance.py" line="75"/>
        <source>%1 would be %n ticket(s) over capacity.</source>
        <translation>
            <numerusform>%1 would be %n ticket over capacity.</numerusform>
            <numerusform>%1 would be %n tickets over capacity.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/dialogs/rebalance.py" line="81"/>
        <source>%1 lacks the skill for %n of these ticket(s).</source>
        <translation>
            <numerusform>%1 lacks the skill for %n ticket.</numerusform>
            <numerusform>%1 lacks the skill for %n of these tickets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/dialogs/rebalance.py" line="89"/>
        <source>Move %n ticket(s) anyway</source>
        <translation>
            <numerusform>Move %n ticket anyway</numerusform>
            <numerusform>Move %n tickets anyway</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message numerus="yes">
        <location filename="../../console/ui/dialogs/rebalance.py" line="261"/>
        <source>%n move(s), closest to breach first.</source>
        <translation>
            <numerusform>%n move, closest to breach first.</numerusform>
            <numerusform>%n moves, closest to breach first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/dialogs/rebalance.py" line="263"/>
        <source>%n agent(s)</source>
        <translation>
            <numerusform>%n agent</numerusform>
            <numerusform>%n agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/dialogs/rebalance.py" line="264"/>
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/dialogs/rebalance.py" line="265"/>
        <source>%n waiting ticket(s)</source>
        <translation>
            <numerusform>%n waiting ticket</numerusform>
            <numerusform>%n waiting tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RebalancePage</name>
    <message numerus="yes">
        <location filename="../../console/ui/pages/rebalance.py" line="493"/>
        <source>Move %n ticket(s) to…</source>
        <translation>
            <numerusform>Move %n ticket to…</numerusform>
            <numerusform>Move %n tickets to…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/pages/rebalance.py" line="548"/>
        <source>Moving %n ticket(s)…</source>
        <translation>
            <numerusform>Moving %n ticket…</numerusform>
            <numerusform>Moving %n tickets…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/pages/rebalance.py" line="565"/>
        <source>Escalating %n ticket(s)…</source>
        <translation>
            <numerusform>Escalating %n ticket…</numerusform>
            <numerusform>Escalating %n tickets…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/pages/rebalance.py" line="694"/>
        <source>Moved %1 of %n ticket(s).</source>
        <translation>
            <numerusform>Moved %1 of %n ticket.</numerusform>
            <numerusform>Moved %1 of %n tickets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/pages/rebalance.py" line="695"/>
        <source>Undone %1 of %n ticket(s).</source>
        <translation>
            <numerusform>Undone %1 of %n ticket.</numerusform>
            <numerusform>Undone %1 of %n tickets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/pages/rebalance.py" line="696"/>
        <source>Escalated %1 of %n ticket(s).</source>
        <translation>
            <numerusform>Escalated %1 of %n ticket.</numerusform>
            <numerusform>Escalated %1 of %n tickets.</numerusform>
        </translation>
    </message>
</context>
</TS>
