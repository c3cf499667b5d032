<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>CalibrationTab</name>
    <message numerus="yes">
        <location filename="../../console/ui/pages/qa/calibration.py" line="204"/>
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
        <location filename="../../console/ui/dialogs/rebalance.py" line="168"/>
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
        <location filename="../../console/ui/dialogs/rebalance.py" line="120"/>
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
        <location filename="../../console/ui/dialogs/rebalance.py" line="79"/>
        <source>%1 would be %n ticket(s) over capacity.</source>
        <translation>
            <numerusform>%1 would be %n ticket over capacity.</numerusform>
            <numerusform>%1 would be %n tickets over capacity.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/dialogs/rebalance.py" line="85"/>
        <source>%1 lacks the skill for %n of these ticket(s).</source>
        <translation>
            <numerusform>%1 lacks the skill for %n ticket.</numerusform>
            <numerusform>%1 lacks the skill for %n of these tickets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/dialogs/rebalance.py" line="93"/>
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
        <location filename="../../console/ui/dialogs/rebalance.py" line="295"/>
        <source>over capacity by %n</source>
        <translation>
            <numerusform>over capacity by %n</numerusform>
            <numerusform>over capacity by %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/dialogs/rebalance.py" line="316"/>
        <source>%n move(s), closest to breach first.</source>
        <translation>
            <numerusform>%n move, closest to breach first.</numerusform>
            <numerusform>%n moves, closest to breach first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/dialogs/rebalance.py" line="322"/>
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/dialogs/rebalance.py" line="324"/>
        <source>%n need(s) a reason: %1.</source>
        <translation>
            <numerusform>%n needs a reason: %1.</numerusform>
            <numerusform>%n need a reason: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/dialogs/rebalance.py" line="326"/>
        <source>%n agent(s)</source>
        <translation>
            <numerusform>%n agent</numerusform>
            <numerusform>%n agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/dialogs/rebalance.py" line="327"/>
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/dialogs/rebalance.py" line="328"/>
        <source>%n waiting ticket(s)</source>
        <translation>
            <numerusform>%n waiting ticket</numerusform>
            <numerusform>%n waiting tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/dialogs/rebalance.py" line="330"/>
        <source>%n agent(s) have only a nominal capacity (the helpdesk has none): set it under File › Agent capacity… for a plan that fits.</source>
        <translation>
            <numerusform>%n agent has only a nominal capacity (the helpdesk has none): set it under File › Agent capacity… for a plan that fits.</numerusform>
            <numerusform>%n agents have only a nominal capacity (the helpdesk has none): set it under File › Agent capacity… for a plan that fits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/dialogs/rebalance.py" line="335"/>
        <source>Apply %n move(s)</source>
        <translation>
            <numerusform>Apply %n move</numerusform>
            <numerusform>Apply %n moves</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RebalancePage</name>
    <message numerus="yes">
        <location filename="../../console/ui/pages/rebalance.py" line="576"/>
        <source>Move %n ticket(s) to…</source>
        <translation>
            <numerusform>Move %n ticket to…</numerusform>
            <numerusform>Move %n tickets to…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/pages/rebalance.py" line="632"/>
        <source>Moving %n ticket(s)…</source>
        <translation>
            <numerusform>Moving %n ticket…</numerusform>
            <numerusform>Moving %n tickets…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/pages/rebalance.py" line="654"/>
        <source>Escalating %n ticket(s)…</source>
        <translation>
            <numerusform>Escalating %n ticket…</numerusform>
            <numerusform>Escalating %n tickets…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/pages/rebalance.py" line="833"/>
        <source>Moved %1 of %n ticket(s).</source>
        <translation>
            <numerusform>Moved %1 of %n ticket.</numerusform>
            <numerusform>Moved %1 of %n tickets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/pages/rebalance.py" line="834"/>
        <source>Undone %1 of %n ticket(s).</source>
        <translation>
            <numerusform>Undone %1 of %n ticket.</numerusform>
            <numerusform>Undone %1 of %n tickets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/pages/rebalance.py" line="835"/>
        <source>Escalated %1 of %n ticket(s).</source>
        <translation>
            <numerusform>Escalated %1 of %n ticket.</numerusform>
            <numerusform>Escalated %1 of %n tickets.</numerusform>
        </translation>
    </message>
</context>
</TS>
