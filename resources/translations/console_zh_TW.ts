<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>AudioPlayer</name>
    <message>
        <location filename="../../widgets/audio_player.py" line="108"/>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <location filename="../../widgets/audio_player.py" line="108"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../widgets/audio_player.py" line="109"/>
        <source>Play/pause (Ctrl+Space); seek with Ctrl+Left/Right, speed with Ctrl+[ and Ctrl+]</source>
        <translation>播放/暫停（Ctrl+Space）；Ctrl+左/右 倒轉快轉，Ctrl+[ 和 Ctrl+] 調整倍速</translation>
    </message>
    <message>
        <location filename="../../widgets/audio_player.py" line="112"/>
        <source>Recordings cannot play here: Qt Multimedia is not available (install PySide6-Addons; on Linux also libpulse0).</source>
        <translation>此處無法播放錄音：Qt Multimedia 無法使用（請安裝 PySide6-Addons；Linux 另需 libpulse0）。</translation>
    </message>
    <message>
        <location filename="../../widgets/audio_player.py" line="115"/>
        <source>No audio output device: the recording plays silently (the transcript still follows).</source>
        <translation>沒有音訊輸出裝置：錄音將靜音播放（對話紀錄仍會同步）。</translation>
    </message>
    <message>
        <location filename="../../widgets/audio_player.py" line="118"/>
        <source>The recording cannot be played: %1</source>
        <translation>錄音無法播放：%1</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="96"/>
        <source>Audit log</source>
        <translation>稽核日誌</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="97"/>
        <source>&amp;Who:</source>
        <translation>操作人(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="97"/>
        <source>A&amp;gent:</source>
        <translation>客服(&amp;G):</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="97"/>
        <source>&amp;Ticket:</source>
        <translation>工單(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="98"/>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="98"/>
        <source>&amp;Period:</source>
        <translation>時段(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="100"/>
        <source>name or user id</source>
        <translation>姓名或使用者 ID</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="101"/>
        <source>agent name or id</source>
        <translation>客服姓名或 ID</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="102"/>
        <source>ticket number</source>
        <translation>工單號</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="105"/>
        <source>Any action</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="105"/>
        <location filename="../../console/ui/dialogs/audit.py" line="180"/>
        <source>Reassigned</source>
        <translation>改派</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="105"/>
        <location filename="../../console/ui/dialogs/audit.py" line="180"/>
        <source>Escalated</source>
        <translation>升級</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="106"/>
        <location filename="../../console/ui/dialogs/audit.py" line="180"/>
        <source>Agent state</source>
        <translation>客服狀態</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="106"/>
        <location filename="../../console/ui/dialogs/audit.py" line="181"/>
        <source>Review</source>
        <translation>品質評核</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="109"/>
        <source>Last hour</source>
        <translation>最近 1 小時</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="109"/>
        <source>Last 8 hours</source>
        <translation>最近 8 小時</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="109"/>
        <source>Last 24 hours</source>
        <translation>最近 24 小時</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="110"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="112"/>
        <source>&amp;Load</source>
        <translation>載入(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="113"/>
        <source>Load &amp;more</source>
        <translation>載入更多(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="114"/>
        <source>When (UTC)</source>
        <translation>時間（UTC）</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="114"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="114"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="114"/>
        <source>Ticket</source>
        <translation>工單</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="115"/>
        <source>From</source>
        <translation>原處理人</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="115"/>
        <source>To</source>
        <translation>移交給</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="115"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="122"/>
        <source>The ticket number must be a number.</source>
        <translation>工單號必須是數字。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="157"/>
        <location filename="../../console/ui/dialogs/audit.py" line="204"/>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="176"/>
        <source>Could not load the audit log: %1</source>
        <translation>無法載入稽核日誌：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="182"/>
        <source>queue %1</source>
        <translation>佇列 %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="194"/>
        <source>[override: %1]</source>
        <translation>[強制執行：%1]</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="205"/>
        <source>%1 entries</source>
        <translation>%1 筆紀錄</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="206"/>
        <source>%1 entries so far (Load more for older ones)</source>
        <translation>已載入 %1 筆紀錄（「載入更多」可查看更早的紀錄）</translation>
    </message>
</context>
<context>
    <name>CalibrationTab</name>
    <message>
        <location filename="../../console/ui/pages/qa/calibration.py" line="92"/>
        <source>New session on the open interaction</source>
        <translation>以目前互動新建校準</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/calibration.py" line="93"/>
        <source>Reviewers:</source>
        <translation>品管員：</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/calibration.py" line="94"/>
        <source>Score it myself</source>
        <translation>我來評分</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/calibration.py" line="95"/>
        <source>Agree on the median</source>
        <translation>以中位數作為共識</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/calibration.py" line="96"/>
        <source>Set the agreed score per category to the reviewers&apos; median</source>
        <translation>將每個類別的共識分設為各品管員評分的中位數</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/calibration.py" line="97"/>
        <source>Reload</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/calibration.py" line="107"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/calibration.py" line="121"/>
        <source>Failed: %1</source>
        <translation>失敗：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/calibration.py" line="137"/>
        <source>Session %1 · interaction %2 · %3 reviewers</source>
        <translation>校準 %1 · 互動 %2 · %3 位品管員</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/calibration.py" line="167"/>
        <source>No calibration sessions yet.</source>
        <translation>尚無校準工作階段。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/calibration.py" line="174"/>
        <source>Spread</source>
        <translation>分歧</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/calibration.py" line="175"/>
        <source>Agreed</source>
        <translation>共識</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/calibration.py" line="178"/>
        <source>Distance from agreed</source>
        <translation>與共識的差距</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/calibration.py" line="193"/>
        <source>not agreed yet</source>
        <translation>尚無共識</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/calibration.py" line="193"/>
        <source>N/A</source>
        <translation>不適用</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/calibration.py" line="201"/>
        <source>Not agreed yet: a supervisor sets the agreed score (Agree on the median).</source>
        <translation>尚無共識：由主管設定共識分數（以中位數作為共識）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/calibration.py" line="203"/>
        <source>Agreed score %1.</source>
        <translation>共識分數 %1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/pages/qa/calibration.py" line="204"/>
        <source>Scores in % of each category&apos;s range. %1 %n reviewer(s) still to score.</source>
        <translation>
            <numerusform>分數為各類別分值範圍的百分比。%1還有 %n 位品管員未評分。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/calibration.py" line="211"/>
        <source>Open an interaction in the Review tab first.</source>
        <translation>請先在「評核」頁開啟一個互動。</translation>
    </message>
</context>
<context>
    <name>CapacityDialog</name>
    <message>
        <location filename="../../console/ui/dialogs/capacity.py" line="36"/>
        <source>Agent capacity</source>
        <translation>客服人員容量</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/capacity.py" line="38"/>
        <source>How many tickets an agent may hold at once: the load bars, the balance plan and the move warnings use it. Where %1 has a capacity of its own it is shown and used; elsewhere set one per team or per agent (an agent&apos;s own wins over the team&apos;s). Not set: %2, a nominal figure.</source>
        <translation>客服人員同時可處理的工單數：負載條、平衡方案和轉派警告都使用它。%1 自帶容量時顯示並使用該值；否則請按團隊或按客服人員設定（客服人員自己的設定優先於團隊的）。未設定：%2，僅為名義值。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/capacity.py" line="44"/>
        <source>Team or agent</source>
        <translation>團隊或客服人員</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/capacity.py" line="44"/>
        <source>Capacity from</source>
        <translation>容量來源</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/capacity.py" line="45"/>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/capacity.py" line="56"/>
        <source>Team: %1</source>
        <translation>團隊：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/capacity.py" line="57"/>
        <location filename="../../console/ui/dialogs/capacity.py" line="63"/>
        <source>set here</source>
        <translation>在此設定</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/capacity.py" line="60"/>
        <source>from %1</source>
        <translation>來自 %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/capacity.py" line="84"/>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/capacity.py" line="87"/>
        <source>Capacity of %1</source>
        <translation>%1 的容量</translation>
    </message>
</context>
<context>
    <name>CategoryRow</name>
    <message>
        <location filename="../../widgets/scorecard_form.py" line="53"/>
        <source>Score the focused question</source>
        <translation>為目前問題評分</translation>
    </message>
    <message>
        <location filename="../../widgets/scorecard_form.py" line="54"/>
        <source>Not applicable</source>
        <translation>不適用</translation>
    </message>
    <message>
        <location filename="../../widgets/scorecard_form.py" line="55"/>
        <source>Take the AutoQA suggestion</source>
        <translation>採用 AutoQA 建議</translation>
    </message>
    <message>
        <location filename="../../widgets/scorecard_form.py" line="56"/>
        <source>Comment on the question (Esc or Enter: back)</source>
        <translation>為該問題寫評語（Esc 或 Enter：返回）</translation>
    </message>
    <message>
        <location filename="../../widgets/scorecard_form.py" line="57"/>
        <source>Clear the score</source>
        <translation>清除評分</translation>
    </message>
    <message>
        <location filename="../../widgets/scorecard_form.py" line="58"/>
        <source>Next or previous question</source>
        <translation>下一個或上一個問題</translation>
    </message>
    <message>
        <location filename="../../widgets/scorecard_form.py" line="119"/>
        <source>(weight %1, critical)</source>
        <translation>（權重 %1，關鍵項）</translation>
    </message>
    <message>
        <location filename="../../widgets/scorecard_form.py" line="119"/>
        <source>(weight %1)</source>
        <translation>（權重 %1）</translation>
    </message>
    <message>
        <location filename="../../widgets/scorecard_form.py" line="124"/>
        <source>N/A</source>
        <translation>不適用</translation>
    </message>
    <message>
        <location filename="../../widgets/scorecard_form.py" line="125"/>
        <source>Not applicable (key 0 or N)</source>
        <translation>不適用（按 0 或 N）</translation>
    </message>
    <message>
        <location filename="../../widgets/scorecard_form.py" line="127"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../widgets/scorecard_form.py" line="127"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../widgets/scorecard_form.py" line="128"/>
        <location filename="../../widgets/scorecard_form.py" line="131"/>
        <source>Key %1</source>
        <translation>按鍵 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/scorecard_form.py" line="132"/>
        <source>Comment on this category (C)</source>
        <translation>本類別備註 (C)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="166"/>
        <source>Changed by someone else</source>
        <translation>已被他人變更</translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/dialogs/rebalance.py" line="168"/>
        <source>%n ticket(s) changed since you saw them. Nothing was overwritten; choose for each.</source>
        <translation>
            <numerusform>有 %n 張工單在您檢視後已被變更。未覆寫任何內容；請逐張選擇。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="173"/>
        <source>Ticket</source>
        <translation>工單</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="173"/>
        <source>Now with</source>
        <translation>目前處理人</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="173"/>
        <source>You wanted</source>
        <translation>您要交給</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="174"/>
        <source>Choice</source>
        <translation>處理方式</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="178"/>
        <source>the queue</source>
        <translation>佇列</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="186"/>
        <source>Skip</source>
        <translation>略過</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="186"/>
        <source>Retry on the new version</source>
        <translation>以新版本重試</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="187"/>
        <source>Choice for ticket %1</source>
        <translation>工單 %1 的處理方式</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="192"/>
        <source>Retry &amp;all</source>
        <translation>全部重試(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="194"/>
        <source>&amp;Skip all</source>
        <translation>全部略過(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="204"/>
        <source>Apply</source>
        <translation>套用</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="191"/>
        <location filename="../../console/ui/dialogs/connection.py" line="219"/>
        <source>Connections</source>
        <translation>連線</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="192"/>
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="193"/>
        <source>&amp;Remove</source>
        <translation>刪除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="194"/>
        <source>Use as &amp;default</source>
        <translation>設為預設(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="195"/>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="195"/>
        <source>&amp;System:</source>
        <translation>系統(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="195"/>
        <source>Add&amp;ress:</source>
        <translation>位址(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="196"/>
        <location filename="../../console/ui/dialogs/connection.py" line="299"/>
        <source>&amp;User:</source>
        <translation>使用者(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="196"/>
        <source>&amp;OAuth client:</source>
        <translation>OAuth 用戶端(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="197"/>
        <source>&amp;Token or password:</source>
        <translation>權杖或密碼(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="199"/>
        <source>Supervisor Console API</source>
        <translation>督導主控台 API</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="199"/>
        <source>Hub (the centre&apos;s shared server)</source>
        <translation>中樞（中心的共用伺服器）</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="200"/>
        <source>Request Tracker 5</source>
        <translation>Request Tracker 5</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="201"/>
        <source>Zendesk</source>
        <translation>Zendesk</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="201"/>
        <source>Chatwoot</source>
        <translation>Chatwoot</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="201"/>
        <source>Zammad</source>
        <translation>Zammad</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="202"/>
        <source>Udesk</source>
        <translation>Udesk</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="205"/>
        <source>Allow unencrypted http:// to this server (the token can be read on the network)</source>
        <translation>允許對此伺服器使用未加密的 http://（權杖可能在網路上被竊取）</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="207"/>
        <source>&amp;Test connection</source>
        <translation>測試連線(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="208"/>
        <source>Sign &amp;in with Zendesk</source>
        <translation>使用 Zendesk 登入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="209"/>
        <source>The OAuth client&apos;s unique identifier (Zendesk Admin Center)</source>
        <translation>OAuth 用戶端的唯一識別碼（Zendesk 管理中心）</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="210"/>
        <source>Zendesk OAuth client</source>
        <translation>Zendesk OAuth 用戶端</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="212"/>
        <source>Zendesk API tokens (email/token:KEY) stop working on 30 April 2027, and no new ones can be created since 27 October 2026. Enter your OAuth client and sign in with Zendesk instead.</source>
        <translation>Zendesk API 權杖（email/token:KEY）將於 2027 年 4 月 30 日停止運作，自 2026 年 10 月 27 日起已無法建立新權杖。請填寫 OAuth 用戶端，改用 Zendesk 登入。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="215"/>
        <source>A hub is your contact centre&apos;s shared server: it follows the helpdesk once for every console, holds the helpdesk&apos;s credential, and keeps reviews, the audit log and shared settings. Ask your administrator for its address and your token.</source>
        <translation>中樞是聯絡中心的共用伺服器：它替所有主控台統一跟隨工單系統，保管工單系統的憑證，並保存評審、稽核記錄和共用設定。請向管理員索取它的位址和您的權杖。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="218"/>
        <source>Sa&amp;ve</source>
        <translation>儲存(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="220"/>
        <source>Connection name</source>
        <translation>連線名稱</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="221"/>
        <source>Kind of ticketing system</source>
        <translation>工單系統類型</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="222"/>
        <source>Server address</source>
        <translation>伺服器位址</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="223"/>
        <source>User name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="224"/>
        <location filename="../../console/ui/dialogs/connection.py" line="300"/>
        <source>Token or password</source>
        <translation>權杖或密碼</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="236"/>
        <source>%1 (Hub, default)</source>
        <translation>%1（中樞，預設）</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="236"/>
        <source>%1 (Hub)</source>
        <translation>%1（中樞）</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="299"/>
        <source>Administrator &amp;email:</source>
        <translation>管理員電子郵件(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="300"/>
        <source>Open API token</source>
        <translation>開放介面權杖</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="424"/>
        <source>The hub follows %1.</source>
        <translation>該中樞跟隨 %1。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="426"/>
        <source>This server is not a hub: choose Supervisor Console API for it.</source>
        <translation>此伺服器不是中樞：請為它選擇「督導主控台 API」。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="441"/>
        <source>Signed in. You can close this tab and go back to Supervisor Console.</source>
        <translation>已登入。您可以關閉此分頁，返回 Supervisor Console。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="442"/>
        <source>Sign-in did not finish. Go back to Supervisor Console to see why.</source>
        <translation>登入未完成。請返回 Supervisor Console 查看原因。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="445"/>
        <source>Opening the browser…</source>
        <translation>正在開啟瀏覽器…</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="457"/>
        <source>Finish signing in in your browser; the console is waiting for it.</source>
        <translation>請在瀏覽器中完成登入；主控台正在等待。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="458"/>
        <source>No browser opened? Open the Zendesk sign-in page</source>
        <translation>瀏覽器沒有開啟？開啟 Zendesk 登入頁面</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="479"/>
        <source>✓ Signed in to Zendesk as %1 (%2).</source>
        <translation>✓ 已登入 Zendesk，身分為 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="481"/>
        <source>This computer has no keyring, so sign in again after the console restarts.</source>
        <translation>這台電腦沒有金鑰圈，主控台重新啟動後需要重新登入。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="487"/>
        <source>✗ Not signed in: %1</source>
        <translation>✗ 未登入：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="182"/>
        <source>Kept in the system keyring; leave empty to keep the saved one</source>
        <translation>儲存在系統金鑰圈中；留空則保留已儲存的權杖</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="185"/>
        <source>Used only to test; it cannot be saved on this computer</source>
        <translation>僅用於測試；無法在此電腦上儲存</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="238"/>
        <source>%1 (default)</source>
        <translation>%1（預設）</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="287"/>
        <source>Give the connection a name.</source>
        <translation>請為此連線命名。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="289"/>
        <source>There is already a connection called %1.</source>
        <translation>已有名為 %1 的連線。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="314"/>
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="342"/>
        <source>Saved; the token is in the system keyring.</source>
        <translation>已儲存；權杖已存入系統金鑰圈。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="343"/>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="348"/>
        <source>The connection was saved without its token. %1</source>
        <translation>連線已儲存，但未儲存權杖。%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="352"/>
        <source>Could not save: %1</source>
        <translation>無法儲存：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="381"/>
        <source>Removed, but Zendesk could not be told to end the sign-in (%1). An admin can revoke it in Admin Center: Apps and integrations &gt; APIs &gt; OAuth clients.</source>
        <translation>已刪除，但未能通知 Zendesk 結束此次登入（%1）。管理員可在管理中心撤銷：應用程式和整合 &gt; API &gt; OAuth 用戶端。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="384"/>
        <source>Removed; the Zendesk sign-in was revoked.</source>
        <translation>已刪除；Zendesk 登入已撤銷。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="404"/>
        <source>Testing…</source>
        <translation>正在測試…</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="422"/>
        <source>✓ Connected as %1 (%2).</source>
        <translation>✓ 已連線，身分為 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="432"/>
        <source>✗ Not connected: %1</source>
        <translation>✗ 未連線：%1</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../console/qt/crash.py" line="92"/>
        <location filename="../../console/qt/crash.py" line="110"/>
        <source>Open log folder</source>
        <translation>開啟記錄檔資料夾</translation>
    </message>
    <message>
        <location filename="../../console/qt/crash.py" line="101"/>
        <source>Something went wrong</source>
        <translation>發生了問題</translation>
    </message>
    <message>
        <location filename="../../console/qt/crash.py" line="102"/>
        <source>Something unexpected happened. The console is still running, and your drafts have been saved.</source>
        <translation>發生了意外狀況。主控台仍在執行，您的草稿已儲存。</translation>
    </message>
    <message>
        <location filename="../../console/qt/crash.py" line="104"/>
        <source>The details were written to the log file:
%1

If this keeps happening, send that file to your IT support.</source>
        <translation>詳細資訊已寫入記錄檔：
%1

如果問題反覆發生，請將該檔案傳送給 IT 支援人員。</translation>
    </message>
    <message>
        <location filename="../../console/qt/crash.py" line="108"/>
        <source>Unexpected errors so far: %1</source>
        <translation>目前的意外錯誤數：%1</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="105"/>
        <source>Waiting</source>
        <translation>等候中</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="105"/>
        <source>Open tickets in a queue with no assignee.</source>
        <translation>佇列中尚未指派給客服人員的未解決案件。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="106"/>
        <source>Longest wait</source>
        <translation>最長等候</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="107"/>
        <source>Now minus the creation time of the oldest waiting ticket.</source>
        <translation>目前時間減去最早一筆等候中案件的建立時間。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="108"/>
        <location filename="../../console/ui/pages/dashboard.py" line="145"/>
        <source>Service level</source>
        <translation>服務水準</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="109"/>
        <source>Live contacts (phone, chat) answered within their queue&apos;s threshold, out of those answered or abandoned, over the last hour.</source>
        <translation>過去一小時內，在所屬佇列時限內接起的即時聯絡（電話、線上客服）占已接起與放棄聯絡的比例。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="111"/>
        <source>SLA breached</source>
        <translation>SLA 逾時</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="112"/>
        <source>Unresolved tickets with a due time passed without the event.</source>
        <translation>SLA 期限已過但目標事件仍未發生的未解決案件。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="113"/>
        <location filename="../../console/ui/pages/dashboard.py" line="143"/>
        <source>At risk</source>
        <translation>有風險</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="113"/>
        <source>Unresolved tickets due within their queue&apos;s at-risk threshold.</source>
        <translation>距 SLA 期限已少於所屬佇列風險門檻的未解決案件。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="114"/>
        <source>Agents available</source>
        <translation>可用客服人員</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="115"/>
        <source>Agents in the available state, out of those signed in.</source>
        <translation>處於可用狀態的客服人員數，以及已登入的客服人員總數。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="116"/>
        <source>CSAT</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="116"/>
        <source>Share of customer ratings of 4 or 5, over the last hour.</source>
        <translation>過去一小時內，客戶評分為 4 或 5 分的比例。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="122"/>
        <source>Click for the tickets.</source>
        <translation>點選以檢視相關案件。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="124"/>
        <source>ASA</source>
        <translation>平均應答</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="124"/>
        <source>Average speed of answer: mean wait of live contacts answered in the last hour.</source>
        <translation>平均應答速度：過去一小時內已接起即時聯絡的平均等候時間。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="126"/>
        <source>FRT</source>
        <translation>首次回應</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="126"/>
        <source>First response time: mean time from creation to the first agent reply, all channels, last hour.</source>
        <translation>首次回應時間：過去一小時內（全部管道）從建立到客服人員首次回覆的平均時間。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="128"/>
        <source>AHT</source>
        <translation>平均處理</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="128"/>
        <source>Average handle time of the tickets solved in the last hour.</source>
        <translation>過去一小時內已解決案件的平均處理時間。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="129"/>
        <source>Resolution</source>
        <translation>解決時間</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="129"/>
        <source>Mean time from creation to solved, last hour.</source>
        <translation>過去一小時內從建立到解決的平均時間。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="130"/>
        <source>Abandoned</source>
        <translation>放棄率</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="130"/>
        <source>Live contacts abandoned before an answer, out of those answered or abandoned, last hour.</source>
        <translation>過去一小時內，接起前即放棄的即時聯絡占已接起與放棄聯絡的比例。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="132"/>
        <source>FCR</source>
        <translation>首次解決率</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="132"/>
        <source>First-contact resolution: solved without reopening or escalation, last hour.</source>
        <translation>首次聯絡解決率：過去一小時內未重開、未升級即解決的比例。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="134"/>
        <source>Repeat</source>
        <translation>重複聯絡</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="134"/>
        <source>New tickets from a customer who had another in the last 7 days.</source>
        <translation>7 天內已有其他案件的客戶新提交的案件。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="135"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="135"/>
        <source>Net promoter score: % of 9-10 ratings minus % of 0-6, last hour.</source>
        <translation>淨推薦值：過去一小時內 9-10 分的比例減去 0-6 分的比例。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="139"/>
        <source>SLA breached and at risk</source>
        <translation>SLA 逾時與有風險</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="140"/>
        <source>Service level, % (last hour)</source>
        <translation>服務水準，%（過去一小時）</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="141"/>
        <source>Arrivals and handled, per hour</source>
        <translation>每小時進線量與處理量</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="142"/>
        <source>Agent load: active work and capacity</source>
        <translation>客服人員負載：處理中工作與容量</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="143"/>
        <source>Breached</source>
        <translation>已逾時</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="144"/>
        <source>Arrivals</source>
        <translation>進線</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="144"/>
        <source>Handled</source>
        <translation>已處理</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="150"/>
        <source>Last hour</source>
        <translation>最近 1 小時</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="150"/>
        <source>Last 4 hours</source>
        <translation>最近 4 小時</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="150"/>
        <source>Last 24 hours</source>
        <translation>最近 24 小時</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="154"/>
        <source>Time range of the charts (history is kept for 24 hours).</source>
        <translation>圖表的時間範圍（歷史資料保留 24 小時）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="172"/>
        <source>Queue</source>
        <translation>佇列</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="173"/>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="174"/>
        <source>Team</source>
        <translation>團隊</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="175"/>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="218"/>
        <source>not available from this backend</source>
        <translation>此後端不提供該資料</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="233"/>
        <source>Ticket systems have no live threshold: service level is the share of tickets whose first reply came by its first-reply due time, of those first replied in the last hour (tickets without a due time are not counted).</source>
        <translation>工單系統沒有即時接聽門檻：服務水準是最近一小時內首次回覆的工單中，首次回覆在其首次回覆截止時間之前完成的比例（沒有截止時間的工單不計入）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="239"/>
        <source>Request Tracker: the first reply is the first correspondence by someone other than the requestor; its due time is the response deadline RT&apos;s SLA set (queues without SLA: not counted).</source>
        <translation>Request Tracker：首次回覆是請求人以外的人發出的第一封往來郵件；截止時間是 RT 的 SLA 設定的回應期限（未啟用 SLA 的佇列不計入）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="243"/>
        <source>Request Tracker has no presence: an enabled agent counts as available while they did something in RT within the last 15 minutes, else as offline.</source>
        <translation>Request Tracker 沒有線上狀態：已啟用的客服人員在最近 15 分鐘內在 RT 中有操作時算作可接待，否則算作離線。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="245"/>
        <source>Request Tracker keeps no satisfaction ratings: read from the ticket custom field CSAT (1-5) where your RT has one; &quot;–&quot; where no ticket carries a rating.</source>
        <translation>Request Tracker 不保存滿意度評分：若您的 RT 有工單自訂欄位 CSAT（1–5），則從中讀取；沒有工單帶評分時顯示「–」。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="250"/>
        <source>Zendesk: the first reply time of the ticket metrics; its due time from the SLA policy Zendesk applied (or the first policy&apos;s first-reply target).</source>
        <translation>Zendesk：首次回覆時間取自工單指標；截止時間取自 Zendesk 套用的 SLA 政策（或第一個政策的首次回覆目標）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="252"/>
        <source>Zendesk satisfaction ratings: good counts as 5, bad as 1; share of good, last hour.</source>
        <translation>Zendesk 滿意度評價：「好」計為 5，「差」計為 1；最近一小時「好」的比例。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="257"/>
        <source>Chatwoot: the conversation&apos;s first reply; its due time from the SLA applied to it (applied_sla, Chatwoot 3.x and later, Enterprise; policies on business hours only are not counted).</source>
        <translation>Chatwoot：對話的首次回覆；截止時間取自套用於該對話的 SLA（applied_sla，Chatwoot 3.x 及以上的企業版；僅按上班時間計時的政策不計入）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="259"/>
        <source>Chatwoot: agents whose availability is online, out of those not offline.</source>
        <translation>Chatwoot：可用狀態為線上的客服人員，佔非離線客服人員的數量。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="264"/>
        <source>Zammad: the ticket&apos;s first response; its due time from the SLA Zammad escalates by (first_response_escalation_at).</source>
        <translation>Zammad：工單的首次回應；其到期時間取自 Zammad 據以升級的 SLA（first_response_escalation_at）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="272"/>
        <source>target %1</source>
        <translation>目標 %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="271"/>
        <source>of %1 signed in</source>
        <translation>共 %1 人已登入</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="273"/>
        <source>last hour</source>
        <translation>過去一小時</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="280"/>
        <source>%1 %2 pt</source>
        <translation>%1 %2 個百分點</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="282"/>
        <source>%1 %2 in 15 min</source>
        <translation>15 分鐘內 %1 %2</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="292"/>
        <source>Waiting per queue</source>
        <translation>各佇列等候數</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="304"/>
        <source>target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="324"/>
        <source>Over capacity</source>
        <translation>超出容量</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="322"/>
        <source>Active work; line: capacity</source>
        <translation>長條：處理中工作；橫線：容量</translation>
    </message>
</context>
<context>
    <name>DisputesTab</name>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="97"/>
        <source>Open disputes</source>
        <translation>待處理申訴</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="98"/>
        <source>All disputes</source>
        <translation>全部申訴</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="99"/>
        <source>All submitted reviews</source>
        <translation>全部已提交評核</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="102"/>
        <source>Reload</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="103"/>
        <source>Dispute…</source>
        <translation>申訴…</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="104"/>
        <source>Accept dispute…</source>
        <translation>接受申訴…</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="105"/>
        <source>Reject dispute…</source>
        <translation>駁回申訴…</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="106"/>
        <source>&amp;Open review and transcript</source>
        <translation>開啟評審與對話紀錄(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="107"/>
        <source>Review</source>
        <translation>評核</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="107"/>
        <source>Agent</source>
        <translation>客服人員</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="107"/>
        <source>Reviewer</source>
        <translation>品管員</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="108"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="108"/>
        <source>Dispute</source>
        <translation>申訴</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="108"/>
        <source>Team lead&apos;s comment</source>
        <translation>組長意見</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="109"/>
        <source>Answer</source>
        <translation>答覆</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="141"/>
        <source>Failed: %1</source>
        <translation>失敗：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="146"/>
        <source>open</source>
        <translation>待處理</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="146"/>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="147"/>
        <source>rejected</source>
        <translation>已駁回</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="154"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="190"/>
        <source>You cannot dispute a review you wrote.</source>
        <translation>不能對自己寫的評審提出申訴。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="193"/>
        <source>Select a review to open it or settle its dispute.</source>
        <translation>請選擇一筆評審，以開啟它或處理其申訴。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="195"/>
        <source>This review has no open dispute to accept or reject.</source>
        <translation>該評審沒有待處理的申訴可接受或駁回。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="197"/>
        <source>Someone other than the review&apos;s reviewer and whoever disputed it answers this dispute.</source>
        <translation>此申訴須由評審人和申訴人以外的人答覆。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="218"/>
        <source>Dispute review %1</source>
        <translation>申訴評核 %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="219"/>
        <source>Why should the review change?</source>
        <translation>為什麼這筆評核應該修改？</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="229"/>
        <source>Accept the dispute</source>
        <translation>接受申訴</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="229"/>
        <source>Reject the dispute</source>
        <translation>駁回申訴</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="230"/>
        <source>Your answer to the team lead (optional):</source>
        <translation>給組長的答覆（選填）：</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="238"/>
        <source>Review %1: dispute %2.</source>
        <translation>評核 %1：申訴%2。</translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <location filename="../../console/ui/dialogs/drill_down.py" line="97"/>
        <source>Ticket</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/drill_down.py" line="98"/>
        <source>Subject</source>
        <translation>主旨</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/drill_down.py" line="100"/>
        <source>Queue</source>
        <translation>佇列</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/drill_down.py" line="101"/>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/drill_down.py" line="102"/>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/drill_down.py" line="103"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/drill_down.py" line="104"/>
        <source>Assignee</source>
        <translation>負責客服</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/drill_down.py" line="105"/>
        <source>Age</source>
        <translation>建立至今</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/drill_down.py" line="105"/>
        <source>Time since the ticket was created.</source>
        <translation>自案件建立以來經過的時間。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/drill_down.py" line="106"/>
        <source>Time to breach</source>
        <translation>距逾時</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/drill_down.py" line="107"/>
        <source>Until the earliest SLA due time still running; once passed, how long overdue.</source>
        <translation>距仍在計時的最早 SLA 期限還有多久；已過期則顯示逾時多久。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/drill_down.py" line="112"/>
        <source>&amp;Open in helpdesk (Ctrl+O)</source>
        <translation>在工單系統中開啟(&amp;O)（Ctrl+O）</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/drill_down.py" line="113"/>
        <source>&amp;Reassign… (Ctrl+K)</source>
        <translation>重新指派(&amp;R)…（Ctrl+K）</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/drill_down.py" line="114"/>
        <source>&amp;Escalate… (Ctrl+E)</source>
        <translation>升級(&amp;E)…（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/drill_down.py" line="115"/>
        <source>&amp;Undo the last move (Ctrl+Z)</source>
        <translation>復原上次移交(&amp;U)（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/drill_down.py" line="119"/>
        <source>Tickets: Enter or Ctrl+O opens one in its helpdesk, Ctrl+K reassigns, Ctrl+E escalates, the menu key lists these</source>
        <translation>工單：Enter 或 Ctrl+O 在工單系統中開啟，Ctrl+K 重新指派，Ctrl+E 升級，選單鍵列出這些操作</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/drill_down.py" line="157"/>
        <source>Your role (%1) can open tickets here but not reassign or escalate them.</source>
        <translation>您的角色（%1）可以在此開啟工單，但不能重新指派或升級。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/drill_down.py" line="165"/>
        <source>Open %1 in a web browser.</source>
        <translation>在網頁瀏覽器中開啟 %1。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/drill_down.py" line="167"/>
        <source>Select one ticket to open it in its helpdesk.</source>
        <translation>請選取一張工單，以在工單系統中開啟。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/drill_down.py" line="169"/>
        <source>This helpdesk gives no web page for its tickets (the built-in demo has none).</source>
        <translation>此工單系統不提供工單網頁（內建示範沒有）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/drill_down.py" line="172"/>
        <source>Select tickets first.</source>
        <translation>請先選取工單。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/drill_down.py" line="173"/>
        <source>Give the selected tickets to an agent or a team: the same warnings, reason and undo as on the Rebalance page.</source>
        <translation>將所選工單交給客服或團隊：警告、原因和復原與「工作量調配」頁面相同。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/drill_down.py" line="175"/>
        <source>Raise the priority or move to another queue, with a reason.</source>
        <translation>提高優先順序或轉到其他佇列，需填寫原因。</translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message numerus="yes">
        <location filename="../../console/ui/dialogs/rebalance.py" line="120"/>
        <source>Escalate %n ticket(s)</source>
        <translation>
            <numerusform>升級 %n 張工單</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="122"/>
        <source>Keep priority</source>
        <translation>維持優先級</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="128"/>
        <source>Keep queue</source>
        <translation>維持佇列</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="132"/>
        <source>Reason (required; kept as an internal note on each ticket)</source>
        <translation>原因（必填；將作為內部備註記入每張工單）</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="133"/>
        <source>Escalation reason</source>
        <translation>升級原因</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="136"/>
        <source>&amp;Priority:</source>
        <translation>優先級(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="137"/>
        <source>&amp;Queue:</source>
        <translation>佇列(&amp;Q):</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="138"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="139"/>
        <source>Escalate</source>
        <translation>升級</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../widgets/filter_bar.py" line="61"/>
        <source>Clear filters</source>
        <translation>清除篩選</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="96"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="98"/>
        <source>%1: all</source>
        <translation>%1：全部</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="100"/>
        <location filename="../../widgets/filter_bar.py" line="106"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="102"/>
        <source>%1: %2 +%3</source>
        <translation>%1：%2 等 %3 項</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../console/app.py" line="198"/>
        <source>Warning: unencrypted http:// connection to %1, as this profile allows.</source>
        <translation>警告：依此連線設定的允許，正在以未加密的 http:// 連線到 %1。</translation>
    </message>
    <message>
        <location filename="../../console/app.py" line="204"/>
        <source>Starting the simulated contact centre…</source>
        <translation>正在啟動模擬客服中心…</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="265"/>
        <source>Supervisor Console</source>
        <translation>客服督導主控台</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="266"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="267"/>
        <source>&amp;Connections…</source>
        <translation>連線(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="268"/>
        <source>&amp;Reconnect</source>
        <translation>重新連線(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="269"/>
        <source>Agent &amp;capacity…</source>
        <translation>客服人員容量(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="270"/>
        <source>&amp;Share thresholds and wall pages with the centre…</source>
        <translation>與全中心共用門檻和大螢幕頁面(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="271"/>
        <source>Every console and wall on this server then uses this console&apos;s thresholds and wall pages (supervisors)</source>
        <translation>此後，連線此伺服器的每個主控台和大螢幕都使用本主控台的門檻和大螢幕頁面（限督導）</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="273"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>鍵盤快速鍵(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="274"/>
        <source>Pages</source>
        <translation>頁面</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="275"/>
        <source>Stale data warning</source>
        <translation>資料過時警告</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="276"/>
        <source>Connection state</source>
        <translation>連線狀態</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="277"/>
        <source>Server time</source>
        <translation>伺服器時間</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="278"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="279"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="280"/>
        <source>&amp;Overview</source>
        <translation>總覽(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="281"/>
        <source>&amp;Dashboard</source>
        <translation>儀表板(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="282"/>
        <source>&amp;Quality review</source>
        <translation>評核(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="283"/>
        <source>&amp;Rebalance</source>
        <translation>工作量調配(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="284"/>
        <source>&amp;Wall display</source>
        <translation>大螢幕顯示(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="285"/>
        <source>&amp;Theme</source>
        <translation>佈景主題(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="286"/>
        <source>Follow the &amp;system</source>
        <translation>跟隨系統(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="287"/>
        <source>&amp;Light</source>
        <translation>淺色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="288"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="289"/>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="290"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="291"/>
        <source>&amp;About</source>
        <translation>關於(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="292"/>
        <source>Restart the demo server (Ctrl+R)</source>
        <translation>重新啟動示範伺服器（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="293"/>
        <source>Start the built-in demo server again on its database: the same centre, where it stopped.</source>
        <translation>在原資料庫上重新啟動內建示範伺服器：同一個中心，從停止處繼續。</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="319"/>
        <source>the server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="367"/>
        <source>About Supervisor Console</source>
        <translation>關於客服督導主控台</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="368"/>
        <source>Live queues, SLAs and agent load for contact-centre supervisors.</source>
        <translation>為客服中心督導即時呈現佇列、SLA 與客服人員負載。</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="402"/>
        <source>Restarting the built-in demo server…</source>
        <translation>正在重新啟動內建示範伺服器…</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="412"/>
        <source>■ The built-in demo server stopped</source>
        <translation>■ 內建示範伺服器已停止</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="416"/>
        <source>● Live</source>
        <translation>● 即時更新中</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="418"/>
        <source>● Live via hub (%1)</source>
        <translation>● 即時（經由中樞：%1）</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="419"/>
        <source>● Live via hub (%1, %2 behind)</source>
        <translation>● 即時（經由中樞：%1，落後 %2）</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="424"/>
        <source>▲ Reconnecting: %1</source>
        <translation>▲ 正在重新連線：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="427"/>
        <source>▲ Server asked to wait %1, retrying at %2</source>
        <translation>▲ 伺服器要求等待%1，將於 %2 重試</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="429"/>
        <source>▲ Reconnecting in %1: %2</source>
        <translation>▲ %1後重新連線：%2</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="433"/>
        <source>■ Stopped: %1. Fix it, then File › Reconnect (Ctrl+R).</source>
        <translation>■ 已停止：%1。請先解決問題，再選擇「檔案 › 重新連線」（Ctrl+R）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="435"/>
        <source>■ Not connected: %1</source>
        <translation>■ 未連線：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="436"/>
        <source>Connecting…</source>
        <translation>連線中…</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="453"/>
        <source>Waiting for %1&apos;s update budget: %2 s</source>
        <translation>正在等待 %1 的更新額度：%2 秒</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="454"/>
        <source>Waiting for %1&apos;s call budget: %2 s</source>
        <translation>正在等待 %1 的呼叫額度：%2 秒</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="470"/>
        <source>■ The built-in demo server stopped (exit code %1). The data shown is its last%2. Restart it to go on where it stopped.</source>
        <translation>■ 內建示範伺服器已停止（結束代碼 %1）。顯示的是它最後的資料%2。重新啟動即可從停止處繼續。</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="473"/>
        <source>, from %1 ago</source>
        <translation>（%1 前）</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="480"/>
        <source>as of %1 ago</source>
        <translation>%1前的資料</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="483"/>
        <source>◷ Data is stale: last update %1 ago. %2</source>
        <translation>◷ 資料已過時：最後更新於%1前。%2</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="492"/>
        <source>Server time %1 UTC</source>
        <translation>伺服器時間 %1 UTC</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="492"/>
        <source>Last update %1 UTC</source>
        <translation>最後更新於 %1 UTC</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="517"/>
        <source>The centre&apos;s shared thresholds (version %1) cannot be used: %2</source>
        <translation>無法使用全中心共用的門檻（第 %1 版）：%2</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="525"/>
        <source>The centre&apos;s shared wall layout (version %1) cannot be used: %2</source>
        <translation>無法使用全中心共用的大螢幕版面（第 %1 版）：%2</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="535"/>
        <source>Share with the centre</source>
        <translation>與全中心共用</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="536"/>
        <source>Every console and wall connected to this server will use this console&apos;s thresholds and wall pages from now on. Share them?</source>
        <translation>從現在起，連線此伺服器的每個主控台和大螢幕都將使用本主控台的門檻和大螢幕頁面。要共用嗎？</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="553"/>
        <source>Shared with the centre: thresholds version %1, wall pages version %2.</source>
        <translation>已與全中心共用：門檻第 %1 版，大螢幕頁面第 %2 版。</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="558"/>
        <source>Not shared: %1</source>
        <translation>未共用：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="583"/>
        <source>Waiting tickets</source>
        <translation>等候中的案件</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="583"/>
        <source>SLA breached tickets</source>
        <translation>SLA 逾時案件</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="584"/>
        <source>Tickets at risk</source>
        <translation>有風險的案件</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="584"/>
        <source>Unresolved tickets</source>
        <translation>未解決案件</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="586"/>
        <source>Tickets of %1</source>
        <translation>%1 的案件</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="588"/>
        <source>Tickets of team %1</source>
        <translation>團隊 %1 的案件</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="592"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="597"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="598"/>
        <source>%1 in %2 (%3)</source>
        <translation>%2 的%1（%3）</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="598"/>
        <source>%1 (%3)</source>
        <translation>%1（%3）</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="74"/>
        <source>Check before moving</source>
        <translation>移交前請確認</translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/dialogs/rebalance.py" line="79"/>
        <source>%1 would be %n ticket(s) over capacity.</source>
        <translation>
            <numerusform>%1 將超出容量 %n 張。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="81"/>
        <source>%1 is offline.</source>
        <translation>%1 已離線。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="83"/>
        <source>%1 is on a break.</source>
        <translation>%1 正在休息。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/dialogs/rebalance.py" line="85"/>
        <source>%1 lacks the skill for %n of these ticket(s).</source>
        <translation>
            <numerusform>%1 不具備其中 %n 張工單所需的技能。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/dialogs/rebalance.py" line="93"/>
        <source>Move %n ticket(s) anyway</source>
        <translation>
            <numerusform>仍然移交 %n 張</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="91"/>
        <source>Why move them anyway? (kept in the audit log)</source>
        <translation>為什麼仍要移交？（記入稽核日誌）</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="92"/>
        <source>Override reason</source>
        <translation>強制執行原因</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../console/ui/pages/overview.py" line="61"/>
        <location filename="../../console/ui/pages/overview.py" line="72"/>
        <source>Waiting</source>
        <translation>等候中</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/overview.py" line="62"/>
        <source>Open tickets in a queue with no assignee.</source>
        <translation>佇列中尚未指派給客服人員的未解決案件。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/overview.py" line="63"/>
        <location filename="../../console/ui/pages/overview.py" line="73"/>
        <source>Longest wait</source>
        <translation>最長等候</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/overview.py" line="64"/>
        <source>Now minus the creation time of the oldest waiting ticket.</source>
        <translation>目前時間減去最早一筆等候中案件的建立時間。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/overview.py" line="65"/>
        <source>SLA breached</source>
        <translation>SLA 逾時</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/overview.py" line="66"/>
        <source>Unresolved tickets with a due time passed without the event.</source>
        <translation>SLA 期限已過但目標事件仍未發生的未解決案件。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/overview.py" line="67"/>
        <location filename="../../console/ui/pages/overview.py" line="72"/>
        <source>At risk</source>
        <translation>有風險</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/overview.py" line="68"/>
        <source>Unresolved tickets due within their queue&apos;s at-risk threshold.</source>
        <translation>距 SLA 期限已少於所屬佇列風險門檻的未解決案件。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/overview.py" line="69"/>
        <source>Agents available</source>
        <translation>可用客服人員</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/overview.py" line="70"/>
        <source>Agents in the available state, out of those signed in.</source>
        <translation>處於可用狀態的客服人員數，以及已登入的客服人員總數。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/overview.py" line="72"/>
        <source>Queue</source>
        <translation>佇列</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/overview.py" line="72"/>
        <source>Backlog</source>
        <translation>待處理</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/overview.py" line="72"/>
        <source>Breached</source>
        <translation>已逾時</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/overview.py" line="73"/>
        <source>Agents free</source>
        <translation>可用客服</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/overview.py" line="74"/>
        <source>All unresolved tickets (new, open, pending).</source>
        <translation>所有未解決案件（新建、處理中、待回覆）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/overview.py" line="76"/>
        <source>Available agents with the queue&apos;s skill.</source>
        <translation>具備該佇列技能的可用客服人員數。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/overview.py" line="81"/>
        <source>Waiting per queue</source>
        <translation>各佇列等候數</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/overview.py" line="107"/>
        <source>of %1 signed in</source>
        <translation>共 %1 人已登入</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/overview.py" line="110"/>
        <source>not available from this backend</source>
        <translation>此後端不提供該資料</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="269"/>
        <source>Balance plan</source>
        <translation>均衡方案</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="270"/>
        <source>Ticket</source>
        <translation>工單</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="270"/>
        <source>From</source>
        <translation>原處理人</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="270"/>
        <source>To</source>
        <translation>移交給</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="270"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="270"/>
        <source>Check</source>
        <translation>檢查</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="271"/>
        <source>&amp;Remove selected moves</source>
        <translation>移除選取的移交(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="272"/>
        <source>&amp;Drop the moves that need a reason</source>
        <translation>去掉需要原因的移交(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="273"/>
        <source>Why apply the moves with warnings? (kept in the audit log)</source>
        <translation>為什麼仍要執行有警告的移交？（記入稽核日誌）</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="274"/>
        <source>Reason for the moves with warnings</source>
        <translation>有警告的移交的原因</translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/dialogs/rebalance.py" line="295"/>
        <source>over capacity by %n</source>
        <translation>
            <numerusform>超出容量 %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="297"/>
        <source>offline</source>
        <translation>已離線</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="299"/>
        <source>on a break</source>
        <translation>正在休息</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="300"/>
        <source>lacks the skill</source>
        <translation>缺少技能</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="306"/>
        <source>Agent over capacity</source>
        <translation>客服超出容量</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="306"/>
        <source>Agent lacks the skill</source>
        <translation>客服缺少技能</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="307"/>
        <source>Waiting in queue</source>
        <translation>在佇列中等待</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="308"/>
        <source>queue</source>
        <translation>佇列</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="309"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/dialogs/rebalance.py" line="316"/>
        <source>%n move(s), closest to breach first.</source>
        <translation>
            <numerusform>共 %n 次移交，最接近逾時的優先。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="318"/>
        <source>#%1 to %2 (%3)</source>
        <translation>#%1 交給 %2（%3）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/dialogs/rebalance.py" line="322"/>
        <source> and %n more</source>
        <translation>
            <numerusform>，另有 %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/dialogs/rebalance.py" line="324"/>
        <source>%n need(s) a reason: %1.</source>
        <translation>
            <numerusform>%n 個需要原因：%1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="325"/>
        <source>After it: %1 over capacity, %2 with an agent lacking the skill, %3 no skilled agent has room for.</source>
        <translation>執行後：%1仍超出容量，%2的處理人缺少技能，%3沒有具備技能且有餘量的客服。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/dialogs/rebalance.py" line="326"/>
        <source>%n agent(s)</source>
        <translation>
            <numerusform> %n 位客服</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/dialogs/rebalance.py" line="327"/>
        <source>%n ticket(s)</source>
        <translation>
            <numerusform> %n 張工單</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/dialogs/rebalance.py" line="328"/>
        <source>%n waiting ticket(s)</source>
        <translation>
            <numerusform> %n 張等待中的工單</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/dialogs/rebalance.py" line="330"/>
        <source>%n agent(s) have only a nominal capacity (the helpdesk has none): set it under File › Agent capacity… for a plan that fits.</source>
        <translation>
            <numerusform>%n 名客服人員只有名義容量（服務台沒有）：請在「檔案 › 客服人員容量…」中設定，方案才會合適。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/dialogs/rebalance.py" line="335"/>
        <source>Apply %n move(s)</source>
        <translation>
            <numerusform>執行 %n 個移交</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="342"/>
        <source>Give a reason for the moves with warnings, or drop them.</source>
        <translation>請為有警告的移交填寫原因，或去掉它們。</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <location filename="../../console/qt/labels.py" line="55"/>
        <source>The address must start with https:// and name a server.</source>
        <translation>位址必須以 https:// 開頭並包含伺服器名稱。</translation>
    </message>
    <message>
        <location filename="../../console/qt/labels.py" line="57"/>
        <source>Do not put a user or password in the address.</source>
        <translation>請勿在位址中填寫使用者名稱或密碼。</translation>
    </message>
    <message>
        <location filename="../../console/qt/labels.py" line="59"/>
        <source>Plain http:// to another computer sends the token unencrypted. Use https://, or tick “Allow unencrypted http” if you accept the risk.</source>
        <translation>透過 http:// 連線其他電腦會以明文傳送權杖。請使用 https://；如果您接受此風險，請勾選「允許對此伺服器使用未加密的 http://」。</translation>
    </message>
    <message>
        <location filename="../../console/qt/labels.py" line="67"/>
        <source>This computer has no secure password store (keyring), so the token cannot be saved. Set the environment variable %1 to the token before starting the console instead; it is never written to a file.</source>
        <translation>此電腦沒有安全的密碼儲存區（金鑰圈），因此無法儲存權杖。請改為在啟動主控台前將環境變數 %1 設為該權杖；權杖絕不會寫入檔案。</translation>
    </message>
</context>
<context>
    <name>QaPage</name>
    <message>
        <location filename="../../console/ui/pages/qa/page.py" line="59"/>
        <source>Review</source>
        <translation>評核</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/page.py" line="59"/>
        <source>Disputes</source>
        <translation>申訴</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/page.py" line="59"/>
        <source>Calibration</source>
        <translation>校準</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/page.py" line="60"/>
        <source>Trends</source>
        <translation>趨勢</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/page.py" line="60"/>
        <source>Scorecards</source>
        <translation>評分表</translation>
    </message>
</context>
<context>
    <name>RebalancePage</name>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="285"/>
        <source>Ticket</source>
        <translation>工單</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="286"/>
        <source>Time to breach</source>
        <translation>距逾時</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="287"/>
        <source>Until the earliest SLA due time still running; once passed, how long overdue.</source>
        <translation>距最早一個仍在計時的 SLA 截止時間還有多久；超過後顯示已逾時多久。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="288"/>
        <source>Priority</source>
        <translation>優先級</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="289"/>
        <source>Sorted by severity: urgent, high, normal, low.</source>
        <translation>依嚴重程度排序：緊急、高、一般、低。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="291"/>
        <location filename="../../console/ui/pages/rebalance.py" line="328"/>
        <source>Queue</source>
        <translation>佇列</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="292"/>
        <source>Assignee</source>
        <translation>處理人</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="293"/>
        <source>Subject</source>
        <translation>主旨</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="295"/>
        <source>Created (UTC)</source>
        <translation>建立時間（UTC）</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="306"/>
        <source>&amp;Move to… (Ctrl+K)</source>
        <translation>移交給(&amp;M)…(Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="307"/>
        <source>Give the selected tickets to an agent or a team: type a name.</source>
        <translation>把選取的工單交給某位客服或某個團隊：輸入名字即可。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="308"/>
        <source>Back to &amp;queue</source>
        <translation>退回佇列(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="309"/>
        <source>&amp;Escalate… (Ctrl+E)</source>
        <translation>升級(&amp;E)…(Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="310"/>
        <source>&amp;Undo (Ctrl+Z)</source>
        <translation>復原(&amp;U)(Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="311"/>
        <source>&amp;Conflicts…</source>
        <translation>衝突(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="312"/>
        <source>&amp;Retry not done</source>
        <translation>重試未完成項(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="313"/>
        <source>Balance &amp;plan… (Ctrl+B)</source>
        <translation>均衡方案(&amp;P)…(Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="314"/>
        <source>&amp;Audit log…</source>
        <translation>稽核日誌(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="316"/>
        <source>Move the selected tickets to an agent, a team or the queue</source>
        <translation>把選取的工單移交給客服、團隊或退回佇列</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="317"/>
        <source>Escalate the selected tickets</source>
        <translation>升級選取的工單</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="317"/>
        <source>Undo the last move</source>
        <translation>復原上一次移交</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="318"/>
        <source>Propose a balance plan</source>
        <translation>產生均衡方案</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="318"/>
        <source>Selected tickets back to their queue</source>
        <translation>把選取的工單退回其佇列</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="320"/>
        <source>Agents</source>
        <translation>客服人員</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="321"/>
        <source>Find agent, team or skill…</source>
        <translation>搜尋客服、團隊或技能…</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="322"/>
        <source>Find agent</source>
        <translation>搜尋客服</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="323"/>
        <source>Agent load board</source>
        <translation>客服負載看板</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="324"/>
        <source>Agent load board: drop tickets on an agent</source>
        <translation>客服負載看板：把工單拖到某位客服上</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="325"/>
        <source>Team</source>
        <translation>團隊</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="325"/>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="325"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="325"/>
        <source>In state</source>
        <translation>持續時間</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="326"/>
        <source>Load</source>
        <translation>負載</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="326"/>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="326"/>
        <location filename="../../console/ui/pages/rebalance.py" line="342"/>
        <source>Tickets</source>
        <translation>工單</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="484"/>
        <source>Queues and staffing now</source>
        <translation>佇列與目前人力</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="328"/>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="328"/>
        <source>Longest wait</source>
        <translation>最長等待</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="329"/>
        <source>Working</source>
        <translation>在線</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="329"/>
        <source>Needed</source>
        <translation>所需</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="333"/>
        <source>Agents working with the queue&apos;s skill, each split evenly among their skills, so that every agent counts once.</source>
        <translation>具備該佇列技能的在崗客服，每人按其技能數平均分攤，因此每位客服只計一次。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="335"/>
        <source>Agents needed per channel at the last hour&apos;s arrivals and handle time: phone by Erlang C (Erlang A where callers abandon), chat by Erlang C with the agents&apos; concurrency, email, social and app by workload at 85 % occupancy within their first-reply target.</source>
        <translation>按過去一小時的來量和處理時長計算各管道所需客服：電話用 Erlang C（有放棄時用 Erlang A），線上聊天用考慮客服並行數的 Erlang C，郵件、社群和應用程式按工作量在 85% 占用率下於首次回覆目標內完成。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="471"/>
        <source>needs %1 more: %2</source>
        <translation>還需 %1 人：%2</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="473"/>
        <source>enough (%1: %2)</source>
        <translation>充足（%1：%2）</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="486"/>
        <source>Queues and staffing now: %1 agents needed, %2 working</source>
        <translation>目前佇列與人力：需要 %1 名客服，在崗 %2 名</translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/pages/rebalance.py" line="576"/>
        <source>Move %n ticket(s) to…</source>
        <translation>
            <numerusform>將 %n 張工單移交給…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/pages/rebalance.py" line="632"/>
        <source>Moving %n ticket(s)…</source>
        <translation>
            <numerusform>正在移交 %n 張工單…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/pages/rebalance.py" line="654"/>
        <source>Escalating %n ticket(s)…</source>
        <translation>
            <numerusform>正在升級 %n 張工單…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/pages/rebalance.py" line="833"/>
        <source>Moved %1 of %n ticket(s).</source>
        <translation>
            <numerusform>已移交 %1/%n 張工單。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/pages/rebalance.py" line="834"/>
        <source>Undone %1 of %n ticket(s).</source>
        <translation>
            <numerusform>已復原 %1/%n 張工單。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/pages/rebalance.py" line="835"/>
        <source>Escalated %1 of %n ticket(s).</source>
        <translation>
            <numerusform>已升級 %1/%n 張工單。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="330"/>
        <location filename="../../console/ui/pages/rebalance.py" line="331"/>
        <source>Open tickets with no assignee.</source>
        <translation>未指派處理人的未結工單。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="63"/>
        <source>the server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="65"/>
        <source>Capacity %1, from %2</source>
        <translation>容量 %1，來自 %2</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="68"/>
        <source>Capacity %1, set here (File › Agent capacity…)</source>
        <translation>容量 %1，在此設定（檔案 › 客服人員容量…）</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="70"/>
        <source>Capacity %1 is nominal: %2 has none for this agent. Set it under File › Agent capacity… or from the board&apos;s context menu.</source>
        <translation>容量 %1 僅為名義值：%2 沒有該客服人員的容量。請在「檔案 › 客服人員容量…」或看板的右鍵選單中設定。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="332"/>
        <source>The oldest waiting ticket&apos;s wait.</source>
        <translation>等待最久的工單已等待的時間。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="339"/>
        <source>All &amp;waiting</source>
        <translation>全部等待中(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="340"/>
        <source>&amp;Select all</source>
        <translation>全選(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="343"/>
        <source>Tickets: select, then drag to an agent or press Ctrl+K</source>
        <translation>工單：選取後拖到客服上，或按 Ctrl+K</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="377"/>
        <source>Your role (%1) can see the board but not move or escalate tickets.</source>
        <translation>您的角色（%1）可以檢視看板，但不能移交或升級工單。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="456"/>
        <source>phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="456"/>
        <source>chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="456"/>
        <source>email</source>
        <translation>郵件</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="457"/>
        <source>social</source>
        <translation>社群</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="457"/>
        <source>app</source>
        <translation>應用程式</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="467"/>
        <source>no traffic</source>
        <translation>無來量</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="469"/>
        <source>no handle time yet</source>
        <translation>尚無處理時長資料</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="515"/>
        <source>Waiting in %1</source>
        <translation>%1 中等待的工單</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="518"/>
        <source>Tickets of %1</source>
        <translation>%1 的工單</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="520"/>
        <source>Tickets of team %1</source>
        <translation>團隊 %1 的工單</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="522"/>
        <source>All waiting tickets</source>
        <translation>全部等待中的工單</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="534"/>
        <source>Your role (%1) may not move or escalate tickets.</source>
        <translation>您的角色（%1）無權移交或升級工單。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="558"/>
        <location filename="../../console/ui/pages/rebalance.py" line="646"/>
        <source>Select tickets first (click, Shift/Ctrl-click, or Select all).</source>
        <translation>請先選取工單（點選、Shift/Ctrl 點選，或全選）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="562"/>
        <source>The agents are still loading: try again in a moment.</source>
        <translation>客服仍在載入：請稍後再試。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="566"/>
        <source>%1 · %2 · %3/%4 · %5</source>
        <translation>%1 · %2 · %3/%4 · %5</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="572"/>
        <source>Team %1</source>
        <translation>團隊 %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="573"/>
        <source>the member with the most room</source>
        <translation>交給餘量最多的成員</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="575"/>
        <source>Back to the queue</source>
        <translation>退回佇列</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="575"/>
        <source>unassign</source>
        <translation>取消指派</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="577"/>
        <source>Type a name…</source>
        <translation>輸入名字…</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="665"/>
        <source>Nothing to undo (moves can be undone for %1).</source>
        <translation>沒有可復原的操作（移交後 %1 內可復原）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="708"/>
        <source>Working out a balance plan…</source>
        <translation>正在計算均衡方案…</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="735"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="739"/>
        <source>Checking the plan&apos;s moves…</source>
        <translation>正在檢查方案的移交…</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="778"/>
        <source>Set capacity…</source>
        <translation>設定容量…</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="808"/>
        <source>The action could not be completed: %1</source>
        <translation>操作未能完成：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="826"/>
        <source>Select tickets, then drag them onto an agent or press Ctrl+K and type a name. Warnings come before the move; every ticket&apos;s outcome is shown.</source>
        <translation>選取工單，拖到客服上，或按 Ctrl+K 輸入名字。移交前會先提出警示；每張工單的結果都會顯示。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="830"/>
        <source>The server refused: your role may not change tickets (403). Nothing was changed.</source>
        <translation>伺服器拒絕：您的角色無權修改工單（403）。沒有任何變更。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="838"/>
        <source>%1 changed by someone else first: nothing overwritten, choose under Conflicts.</source>
        <translation>%1 張已被他人先變更：未覆寫任何內容，請在「衝突」中逐一選擇。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="842"/>
        <source>%1 failed (%2).</source>
        <translation>%1 張失敗（%2）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="844"/>
        <source>%1 unknown: the server stopped answering; checking each ticket again when it is back.</source>
        <translation>%1 張結果未知：伺服器無回應；恢復後將逐張重新核對。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="847"/>
        <source>%1 not done: Retry sends them again.</source>
        <translation>%1 張未完成：按「重試」重新送出。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="860"/>
        <source>Tickets someone else changed first: skip them or retry on their new version.</source>
        <translation>他人先改動的工單：略過，或基於新版本重試。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="862"/>
        <source>No conflicts: the last action overwrote nothing.</source>
        <translation>沒有衝突：上次操作沒有覆寫任何內容。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="864"/>
        <source>Send the moves the server did not take again.</source>
        <translation>重新傳送伺服器未接受的移交。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="865"/>
        <source>Every move of the last action was sent: nothing to retry.</source>
        <translation>上次操作的移交均已傳送：無需重試。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="868"/>
        <source>Undo the last move (where nobody changed the tickets since).</source>
        <translation>復原上次移交（僅限之後無人改動的工單）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="869"/>
        <source>Nothing to undo: moves can be undone for %1.</source>
        <translation>沒有可復原的操作：移交後 %1 內可復原。</translation>
    </message>
</context>
<context>
    <name>ReviewWorkspace</name>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="249"/>
        <source>My review queue</source>
        <translation>我的評核佇列</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="250"/>
        <source>All recent interactions</source>
        <translation>全部近期互動</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="251"/>
        <source>My drafts on this computer</source>
        <translation>本機上的我的草稿</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="255"/>
        <source>All channels</source>
        <translation>全部管道</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="261"/>
        <source>All teams</source>
        <translation>全部團隊</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="265"/>
        <source>Low CSAT</source>
        <translation>低滿意度</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="266"/>
        <source>Escalated</source>
        <translation>已升級</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="267"/>
        <source>Long handle time</source>
        <translation>處理時間過長</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="268"/>
        <location filename="../../console/ui/pages/qa/review.py" line="623"/>
        <source>SLA breached</source>
        <translation>SLA 逾時</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="269"/>
        <source>Sample per agent</source>
        <translation>依客服人員抽樣</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="270"/>
        <source>Assign…</source>
        <translation>指派…</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="271"/>
        <source>Put the open interaction in a reviewer&apos;s queue</source>
        <translation>把目前互動放入某位品管員的佇列</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="272"/>
        <source>Add this many random interactions per agent from the last day (with the filters above) to my queue</source>
        <translation>從最近一天（依上方篩選條件）為每位客服人員隨機抽取這麼多互動，加入我的佇列</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="274"/>
        <source>Agent</source>
        <translation>客服人員</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="274"/>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="274"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="275"/>
        <source>Duration</source>
        <translation>時長</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="275"/>
        <source>CSAT</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="275"/>
        <source>Review</source>
        <translation>評核</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="276"/>
        <source>AutoQA suggestions</source>
        <translation>自動評核建議</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="277"/>
        <source>Nothing is scored until you take a suggestion: Enter on one here, A on a scorecard row, or Accept all</source>
        <translation>採用建議前不會自動評分：在此按 Enter、在評分列按 A，或按「全部採用」</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="279"/>
        <source>Accept all (Ctrl+Shift+A)</source>
        <translation>全部採用 (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="305"/>
        <source>Loading…</source>
        <translation>載入中…</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="322"/>
        <source>Could not load: %1</source>
        <translation>無法載入：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="357"/>
        <source>Your review queue is empty; you have %1 drafts on this computer.</source>
        <translation>您的評核佇列是空的；本機上有 %1 份草稿。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="361"/>
        <source>Your review queue is empty: showing recent interactions. Use “Sample per agent” to fill the queue.</source>
        <translation>您的評核佇列是空的，正在顯示近期互動。可用「依客服人員抽樣」填入佇列。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="388"/>
        <source>Disputed</source>
        <translation>申訴中</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="390"/>
        <source>Submitted %1</source>
        <translation>已提交 %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="392"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="393"/>
        <source>To review</source>
        <translation>待評核</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="393"/>
        <source>Not reviewed</source>
        <translation>未評核</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="424"/>
        <source>%1 interactions</source>
        <translation>%1 筆互動</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="449"/>
        <source>%1 interactions added to your queue</source>
        <translation>已將 %1 筆互動加入您的佇列</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="460"/>
        <source>Assign for review</source>
        <translation>指派評核</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="461"/>
        <source>Reviewer id for interaction %1:</source>
        <translation>互動 %1 的品管員識別碼：</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="466"/>
        <source>Interaction %1 is in %2&apos;s queue.</source>
        <translation>互動 %1 已在 %2 的佇列中。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="530"/>
        <source>Opening…</source>
        <translation>正在開啟…</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="583"/>
        <source>Disputed by %1: “%2”. Revise the scores and submit again if you agree.</source>
        <translation>%1 提出申訴：「%2」。如您同意，請修改評分後重新提交。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="588"/>
        <source>Already submitted (score %1); changes are submitted as a revision.</source>
        <translation>已提交（得分 %1）；修改將作為修訂提交。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="591"/>
        <source>Draft restored. The last submit failed: %1</source>
        <translation>已還原草稿。上次提交失敗：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="594"/>
        <source>Draft restored from this computer.</source>
        <translation>已從本機還原草稿。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="610"/>
        <source>Pick an interaction from the queue (Alt+Q, then Up/Down).</source>
        <translation>請從佇列中選擇一筆互動（Alt+Q，再按上/下鍵）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="614"/>
        <source>Interaction %1</source>
        <translation>互動 %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="615"/>
        <source>ticket %1</source>
        <translation>工單 %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="619"/>
        <source>CSAT %1</source>
        <translation>滿意度 %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="621"/>
        <source>escalated</source>
        <translation>已升級</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="625"/>
        <source>Calibration session %1</source>
        <translation>校準工作階段 %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="642"/>
        <source>Greeting found in turn %1: “%2”</source>
        <translation>第 %1 句有問候語：「%2」</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="643"/>
        <source>No greeting in the agent&apos;s first replies</source>
        <translation>客服人員開頭的回覆中沒有問候語</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="644"/>
        <source>Closing found in turn %1: “%2”</source>
        <translation>第 %1 句有結束語：「%2」</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="645"/>
        <source>No closing in the agent&apos;s last replies</source>
        <translation>客服人員最後的回覆中沒有結束語</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="646"/>
        <source>Apology or empathy in turn %1: “%2”</source>
        <translation>第 %1 句有致歉或同理：「%2」</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="647"/>
        <source>No apology or empathy phrase found</source>
        <translation>未發現致歉或同理用語</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="648"/>
        <source>First response after %3 (turn %1)</source>
        <translation>首次回應用時 %3（第 %1 句）</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="649"/>
        <source>Slow first response: %3 (turn %1)</source>
        <translation>首次回應慢：%3（第 %1 句）</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="650"/>
        <source>Longest customer wait %3 (from turn %1)</source>
        <translation>客戶最長等待 %3（自第 %1 句起）</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="651"/>
        <source>Long customer wait: %3 (from turn %1)</source>
        <translation>客戶等待過長：%3（自第 %1 句起）</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="660"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="660"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="661"/>
        <source>→ suggests %1 = %2</source>
        <translation>→ 建議 %1 = %2</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="678"/>
        <source>AutoQA: %1 (A to take it)</source>
        <translation>自動評核：%1（按 A 採用）</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="714"/>
        <source>%1 of %2 rated</source>
        <translation>已評 %1/%2 項</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="716"/>
        <source>Score –  (%1)</source>
        <translation>得分 –  (%1)</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="720"/>
        <source>Score %1 %  (%2)</source>
        <translation>得分 %1 %  (%2)</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="722"/>
        <source>critical below 50 %: %1</source>
        <translation>關鍵項低於 50 %：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="722"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="767"/>
        <source>Rate every category or mark it N/A first: %1</source>
        <translation>請先為每個類別評分或標為不適用：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="800"/>
        <source>Submitting…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="805"/>
        <source>Submitting in %1 s: Undo submit (Alt+U) keeps it a draft.</source>
        <translation>%1 秒後提交：按「復原提交」（Alt+U）可保留為草稿。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="817"/>
        <source>Not submitted: the review is still a draft.</source>
        <translation>未提交：該評審仍是草稿。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="786"/>
        <source>Review submitted: score %1.</source>
        <translation>評核已提交：得分 %1。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="238"/>
        <source>&amp;Undo submit</source>
        <translation>復原提交(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="245"/>
        <source>Search the transcript</source>
        <translation>搜尋對話紀錄</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="794"/>
        <source>Not submitted: %1. Your draft is kept on this computer; submit again when the server is back.</source>
        <translation>未提交：%1。草稿已保存在本機；伺服器恢復後請再次提交。</translation>
    </message>
</context>
<context>
    <name>ScorecardEditor</name>
    <message>
        <location filename="../../console/ui/pages/qa/scorecard_editor.py" line="77"/>
        <source>Id</source>
        <translation>識別碼</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/scorecard_editor.py" line="77"/>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/scorecard_editor.py" line="77"/>
        <source>Weight</source>
        <translation>權重</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/scorecard_editor.py" line="78"/>
        <source>Scale</source>
        <translation>分制</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/scorecard_editor.py" line="78"/>
        <source>Critical</source>
        <translation>關鍵項</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/scorecard_editor.py" line="79"/>
        <source>scorecard id (a-z, 0-9, - or _)</source>
        <translation>評分表識別碼（a-z、0-9、- 或 _）</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/scorecard_editor.py" line="80"/>
        <source>Scorecard name</source>
        <translation>評分表名稱</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/scorecard_editor.py" line="81"/>
        <source>Add category</source>
        <translation>新增類別</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/scorecard_editor.py" line="82"/>
        <source>Remove category</source>
        <translation>移除類別</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/scorecard_editor.py" line="83"/>
        <source>Save as new version</source>
        <translation>另存為新版本</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/scorecard_editor.py" line="99"/>
        <source>Only supervisors edit scorecards; you can read them here.</source>
        <translation>只有主管可以編輯評分表；您可以在此檢視。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/scorecard_editor.py" line="109"/>
        <source>New scorecard…</source>
        <translation>新增評分表…</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/scorecard_editor.py" line="124"/>
        <source>version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/scorecard_editor.py" line="140"/>
        <source>Yes/No</source>
        <translation>是/否</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/scorecard_editor.py" line="140"/>
        <source>%1 points</source>
        <translation>%1 分制</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/scorecard_editor.py" line="161"/>
        <source>Row %1: the id must be 1-64 of a-z, 0-9, - or _</source>
        <translation>第 %1 列：識別碼須為 1-64 個 a-z、0-9、- 或 _ 字元</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/scorecard_editor.py" line="164"/>
        <source>Row %1: the category needs a name</source>
        <translation>第 %1 列：類別需要名稱</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/scorecard_editor.py" line="171"/>
        <source>A scorecard needs at least one category</source>
        <translation>評分表至少需要一個類別</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/scorecard_editor.py" line="173"/>
        <source>Category ids must be different</source>
        <translation>類別識別碼不可重複</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/scorecard_editor.py" line="184"/>
        <source>The scorecard needs an id (a-z, 0-9, - or _) and a name</source>
        <translation>評分表需要識別碼（a-z、0-9、- 或 _）和名稱</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/scorecard_editor.py" line="193"/>
        <source>Saved %1 version %2; earlier reviews keep their version.</source>
        <translation>已儲存 %1 版本 %2；先前的評核保留原版本。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/scorecard_editor.py" line="200"/>
        <source>Not saved: %1</source>
        <translation>未儲存：%1</translation>
    </message>
</context>
<context>
    <name>ScorecardForm</name>
    <message>
        <location filename="../../widgets/scorecard_form.py" line="237"/>
        <source>Overall comment</source>
        <translation>整體評語</translation>
    </message>
    <message>
        <location filename="../../widgets/scorecard_form.py" line="238"/>
        <source>What went well, what to improve</source>
        <translation>做得好的地方、需要改進的地方</translation>
    </message>
    <message>
        <location filename="../../widgets/scorecard_form.py" line="239"/>
        <source>Submit review (Ctrl+Enter)</source>
        <translation>提交評核 (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="69"/>
        <source>Next interaction</source>
        <translation>下一筆互動</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="69"/>
        <source>Previous interaction</source>
        <translation>上一筆互動</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="70"/>
        <source>Go to the review queue</source>
        <translation>前往評核佇列</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="70"/>
        <source>Go to the first unrated question</source>
        <translation>前往第一個未評分的項目</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="71"/>
        <source>Accept the AutoQA suggestions</source>
        <translation>採用 AutoQA 建議</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="71"/>
        <source>Reload</source>
        <translation>重新載入</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="72"/>
        <source>Play or pause the recording</source>
        <translation>播放或暫停錄音</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="72"/>
        <source>Back a few seconds</source>
        <translation>倒退幾秒</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="73"/>
        <source>Forward a few seconds</source>
        <translation>快轉幾秒</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="73"/>
        <source>Back further</source>
        <translation>倒退更多</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="74"/>
        <source>Forward further</source>
        <translation>快轉更多</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="74"/>
        <source>Slower playback</source>
        <translation>放慢播放</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="75"/>
        <source>Faster playback</source>
        <translation>加快播放</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="75"/>
        <source>Search the transcript</source>
        <translation>搜尋對話紀錄</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="76"/>
        <source>Next search match</source>
        <translation>下一個搜尋結果</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="76"/>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="77"/>
        <source>Submit the review</source>
        <translation>送出評核</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="81"/>
        <source>Overview</source>
        <translation>總覽</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="81"/>
        <source>Dashboard</source>
        <translation>儀表板</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="81"/>
        <source>Rebalance</source>
        <translation>工作量調配</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="82"/>
        <source>Quality review</source>
        <translation>品質評核</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="94"/>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="130"/>
        <source>Everywhere</source>
        <translation>所有位置</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="125"/>
        <source>Scorecard question</source>
        <translation>評分卡問題</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="125"/>
        <source>Wall display</source>
        <translation>大螢幕顯示</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="148"/>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="152"/>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="149"/>
        <source>Shortcuts on a page work while that page is shown. Press Alt with the underlined letter to open a menu.</source>
        <translation>頁面上的快速鍵僅在顯示該頁面時有效。按 Alt 加有底線的字母可開啟選單。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="151"/>
        <source>Shortcut</source>
        <translation>快速鍵</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="151"/>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="151"/>
        <source>Where</source>
        <translation>適用位置</translation>
    </message>
</context>
<context>
    <name>TicketTable</name>
    <message>
        <location filename="../../widgets/array_table/view.py" line="130"/>
        <source>Filter tickets…</source>
        <translation>篩選案件…</translation>
    </message>
    <message>
        <location filename="../../widgets/array_table/view.py" line="131"/>
        <source>Filter tickets</source>
        <translation>篩選案件</translation>
    </message>
    <message>
        <location filename="../../widgets/array_table/view.py" line="230"/>
        <source>%1 of %2 tickets</source>
        <translation>顯示 %1 / 共 %2 筆案件</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../../widgets/transcript_view.py" line="82"/>
        <source>Search the transcript (Ctrl+F)</source>
        <translation>搜尋對話紀錄 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../widgets/transcript_view.py" line="92"/>
        <source>Internal note</source>
        <translation>內部備註</translation>
    </message>
    <message>
        <location filename="../../widgets/transcript_view.py" line="93"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../widgets/transcript_view.py" line="93"/>
        <source>Agent</source>
        <translation>客服人員</translation>
    </message>
    <message>
        <location filename="../../widgets/transcript_view.py" line="93"/>
        <source>System</source>
        <translation>系統</translation>
    </message>
    <message>
        <location filename="../../widgets/transcript_view.py" line="131"/>
        <source>customer waited %1</source>
        <translation>客戶等待 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/transcript_view.py" line="192"/>
        <source>no match</source>
        <translation>無相符</translation>
    </message>
    <message>
        <location filename="../../widgets/transcript_view.py" line="194"/>
        <source>%1 matches</source>
        <translation>%1 處相符</translation>
    </message>
    <message>
        <location filename="../../widgets/transcript_view.py" line="214"/>
        <source>%1 of %2</source>
        <translation>第 %1/%2 處</translation>
    </message>
</context>
<context>
    <name>TrendsTab</name>
    <message>
        <location filename="../../console/ui/pages/qa/trends.py" line="60"/>
        <source>MMM d</source>
        <comment>a day on the trend&apos;s time axis, as a Qt date format (12月4日 in Chinese)</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/trends.py" line="120"/>
        <source>All agents</source>
        <translation>全部客服人員</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/trends.py" line="120"/>
        <source>By team</source>
        <translation>依團隊</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/trends.py" line="121"/>
        <source>By agent</source>
        <translation>依客服人員</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/trends.py" line="122"/>
        <source>Per hour</source>
        <translation>每小時</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/trends.py" line="122"/>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/trends.py" line="123"/>
        <source>Per day</source>
        <translation>每天</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/trends.py" line="123"/>
        <source>Per week</source>
        <translation>每週</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/trends.py" line="131"/>
        <source>Reload</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/trends.py" line="132"/>
        <source>Export CSV…</source>
        <translation>匯出 CSV…</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/trends.py" line="133"/>
        <source>IQS over time (mean review score, %)</source>
        <translation>IQS 趨勢（評核平均得分，%）</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/trends.py" line="134"/>
        <source>Mean score by category (%)</source>
        <translation>各類別平均得分（%）</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/trends.py" line="146"/>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/trends.py" line="177"/>
        <source>IQS %1 over %2 reviews</source>
        <translation>IQS %1（共 %2 筆評核）</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/trends.py" line="217"/>
        <source>Nothing to export yet.</source>
        <translation>尚無可匯出的資料。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/trends.py" line="219"/>
        <source>Export reviews</source>
        <translation>匯出評核紀錄</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/trends.py" line="220"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/trends.py" line="235"/>
        <source>%1 reviews exported to %2</source>
        <translation>已匯出 %1 筆評核到 %2</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/trends.py" line="236"/>
        <source>Export failed: %1</source>
        <translation>匯出失敗：%1</translation>
    </message>
</context>
<context>
    <name>WallLayout</name>
    <message>
        <location filename="../../console/ui/wall/layout.py" line="38"/>
        <source>Overview</source>
        <translation>總覽</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/layout.py" line="39"/>
        <source>Service level per queue</source>
        <translation>各佇列服務水準</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/layout.py" line="40"/>
        <source>Trends</source>
        <translation>趨勢</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/layout.py" line="41"/>
        <source>Agent load</source>
        <translation>客服人員負載</translation>
    </message>
</context>
<context>
    <name>WallTiles</name>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="40"/>
        <source>Waiting</source>
        <translation>等候中</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="41"/>
        <source>Longest wait</source>
        <translation>最長等候</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="42"/>
        <location filename="../../console/ui/wall/tiles.py" line="306"/>
        <source>Service level</source>
        <translation>服務水準</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="43"/>
        <source>SLA breached</source>
        <translation>SLA 逾時</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="44"/>
        <location filename="../../console/ui/wall/tiles.py" line="305"/>
        <source>At risk</source>
        <translation>有風險</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="45"/>
        <source>Agents available</source>
        <translation>可用客服人員</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="46"/>
        <source>CSAT</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="47"/>
        <source>Unresolved</source>
        <translation>未解決</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="48"/>
        <source>Occupancy</source>
        <translation>佔用率</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="49"/>
        <source>Speed of answer</source>
        <translation>平均應答速度</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="50"/>
        <source>Abandoned</source>
        <translation>放棄率</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="64"/>
        <source>%1 h</source>
        <translation>%1小時</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="83"/>
        <source>target %1</source>
        <translation>目標 %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="86"/>
        <source>%1 breached</source>
        <translation>%1 件逾時</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="89"/>
        <source>of %1 signed in</source>
        <translation>共 %1 人已登入</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="91"/>
        <source>%1 unresolved</source>
        <translation>%1 件未解決</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="93"/>
        <source>of %1 unresolved</source>
        <translation>共 %1 件未解決</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="95"/>
        <source>last hour</source>
        <translation>過去一小時</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="169"/>
        <source>no queue %1</source>
        <translation>無此佇列：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="295"/>
        <source>Agent load per team</source>
        <translation>各團隊客服人員負載</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="296"/>
        <source>Agent load</source>
        <translation>客服人員負載</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="297"/>
        <source>SLA breached and at risk</source>
        <translation>SLA 逾時與有風險</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="297"/>
        <source>Waiting per queue</source>
        <translation>各佇列等候數</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="298"/>
        <source>Service level, %</source>
        <translation>服務水準（%）</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="299"/>
        <source>Arrivals and handled, per hour</source>
        <translation>每小時進線量與處理量</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="305"/>
        <source>Breached</source>
        <translation>已逾時</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="307"/>
        <source>Arrivals</source>
        <translation>進線</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="307"/>
        <source>Handled</source>
        <translation>已處理</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="322"/>
        <source>Collecting data…</source>
        <translation>正在收集資料…</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="345"/>
        <source>target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="350"/>
        <source>No agents signed in.</source>
        <translation>沒有客服人員登入。</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="356"/>
        <source>Active work; line: capacity</source>
        <translation>長條：處理中工作；橫線：容量</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="356"/>
        <location filename="../../console/ui/wall/tiles.py" line="358"/>
        <source>Over capacity</source>
        <translation>超出容量</translation>
    </message>
</context>
<context>
    <name>WallWindow</name>
    <message>
        <location filename="../../console/ui/wall/window.py" line="48"/>
        <source>Next page</source>
        <translation>下一頁</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/window.py" line="49"/>
        <source>Previous page</source>
        <translation>上一頁</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/window.py" line="50"/>
        <source>Pause or resume the rotation</source>
        <translation>暫停或繼續輪播</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/window.py" line="51"/>
        <source>Sound on or off</source>
        <translation>開啟或關閉聲音</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/window.py" line="52"/>
        <source>Leave the wall display</source>
        <translation>離開大螢幕顯示</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/window.py" line="200"/>
        <source>Waiting for the first data…</source>
        <translation>正在等待第一批資料…</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/window.py" line="201"/>
        <source>No data: not connected to the server.</source>
        <translation>沒有資料：未連線到伺服器。</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/window.py" line="208"/>
        <source>as of %1 ago</source>
        <translation>%1前的資料</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/window.py" line="271"/>
        <source>‖ paused</source>
        <translation>‖ 已暫停</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/window.py" line="277"/>
        <source>◷ Stale: last update %1 ago</source>
        <translation>◷ 資料已過時：最後更新於%1前</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/window.py" line="279"/>
        <location filename="../../console/ui/wall/window.py" line="283"/>
        <source>▲ Reconnecting</source>
        <translation>▲ 正在重新連線</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/window.py" line="281"/>
        <source>● Live</source>
        <translation>● 即時更新中</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/window.py" line="285"/>
        <source>■ Not connected</source>
        <translation>■ 未連線</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/window.py" line="287"/>
        <source>Connecting…</source>
        <translation>連線中…</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/window.py" line="304"/>
        <source>Updated %1</source>
        <translation>更新於 %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/window.py" line="305"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../console/qt/errors.py" line="19"/>
        <source>the Zendesk sign-in has expired or was revoked; sign in with Zendesk again</source>
        <translation>Zendesk 登入已過期或已被撤銷；請重新使用 Zendesk 登入</translation>
    </message>
    <message>
        <location filename="../../console/qt/errors.py" line="20"/>
        <source>Zendesk does not allow this OAuth client; check its unique identifier in Admin Center (a public client, with the redirect URL http://127.0.0.1)</source>
        <translation>Zendesk 不允許此 OAuth 用戶端；請在管理中心檢查其唯一識別碼（應為公開用戶端，重新導向 URL 為 http://127.0.0.1）</translation>
    </message>
    <message>
        <location filename="../../console/qt/errors.py" line="22"/>
        <source>the OAuth client may not ask for read and write access; allow both scopes in Zendesk Admin Center</source>
        <translation>此 OAuth 用戶端無權要求讀寫權限；請在 Zendesk 管理中心允許這兩個範圍</translation>
    </message>
    <message>
        <location filename="../../console/qt/errors.py" line="24"/>
        <source>access was declined in the browser</source>
        <translation>已在瀏覽器中拒絕授權</translation>
    </message>
    <message>
        <location filename="../../console/qt/errors.py" line="25"/>
        <source>the browser never came back to the console; sign in again</source>
        <translation>瀏覽器沒有返回主控台；請重新登入</translation>
    </message>
    <message>
        <location filename="../../console/qt/errors.py" line="26"/>
        <source>Zendesk sign-in did not finish: %1</source>
        <translation>Zendesk 登入未完成：%1</translation>
    </message>
    <message>
        <location filename="../../console/qt/errors.py" line="27"/>
        <source>the server refused the token or password (401)</source>
        <translation>伺服器拒絕了權杖或密碼（401）</translation>
    </message>
    <message>
        <location filename="../../console/qt/errors.py" line="28"/>
        <source>your account may not do this (403)</source>
        <translation>你的帳戶無權執行此操作（403）</translation>
    </message>
    <message>
        <location filename="../../console/qt/errors.py" line="29"/>
        <source>it no longer exists on the server (404)</source>
        <translation>伺服器上已不存在（404）</translation>
    </message>
    <message>
        <location filename="../../console/qt/errors.py" line="30"/>
        <source>it changed on the server meanwhile; reload and try again</source>
        <translation>伺服器上的內容已被更改；請重新載入後再試</translation>
    </message>
    <message>
        <location filename="../../console/qt/errors.py" line="31"/>
        <source>the server asked to slow down (429)</source>
        <translation>伺服器要求降低請求頻率（429）</translation>
    </message>
    <message>
        <location filename="../../console/qt/errors.py" line="32"/>
        <source>the server sent data the console cannot read</source>
        <translation>伺服器傳送了主控台無法讀取的資料</translation>
    </message>
    <message>
        <location filename="../../console/qt/errors.py" line="34"/>
        <source>this ticketing system does not offer it</source>
        <translation>此工單系統不提供該功能</translation>
    </message>
    <message>
        <location filename="../../console/qt/errors.py" line="35"/>
        <source>the server cannot be reached</source>
        <translation>無法連線到伺服器</translation>
    </message>
    <message>
        <location filename="../../console/qt/errors.py" line="53"/>
        <source>the server&apos;s certificate could not be verified, so the console will not trust it</source>
        <translation>無法驗證伺服器的憑證，主控台不會信任它</translation>
    </message>
    <message>
        <location filename="../../console/qt/errors.py" line="45"/>
        <source>the server refused the request: %1</source>
        <translation>伺服器拒絕了請求：%1</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <location filename="../../console/qt/text.py" line="14"/>
        <source>1e3 k 1e6 M</source>
        <translation>1e4 萬 1e8 億</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="61"/>
        <location filename="../../console/qt/text.py" line="32"/>
        <source>%1 s</source>
        <translation>%1秒</translation>
    </message>
    <message>
        <location filename="../../console/qt/text.py" line="35"/>
        <source>%1 min %2 s</source>
        <translation>%1分%2秒</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="63"/>
        <location filename="../../console/qt/text.py" line="36"/>
        <source>%1 min</source>
        <translation>%1分鐘</translation>
    </message>
    <message>
        <location filename="../../console/qt/text.py" line="39"/>
        <source>%1 h %2 min</source>
        <translation>%1小時%2分</translation>
    </message>
    <message>
        <location filename="../../console/qt/text.py" line="41"/>
        <source>%1 d %2 h</source>
        <translation>%1天%2小時</translation>
    </message>
    <message>
        <location filename="../../console/qt/text.py" line="52"/>
        <source>overdue %1</source>
        <translation>已逾時 %1</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../console/qt/i18n.py" line="39"/>
        <source>Original: %1</source>
        <translation>原文：%1</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../console/qt/labels.py" line="15"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../console/qt/labels.py" line="16"/>
        <source>Chat</source>
        <translation>線上客服</translation>
    </message>
    <message>
        <location filename="../../console/qt/labels.py" line="17"/>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../../console/qt/labels.py" line="18"/>
        <source>Social</source>
        <translation>社群媒體</translation>
    </message>
    <message>
        <location filename="../../console/qt/labels.py" line="19"/>
        <source>App</source>
        <translation>App 內</translation>
    </message>
    <message>
        <location filename="../../console/qt/labels.py" line="25"/>
        <source>Urgent</source>
        <translation>緊急</translation>
    </message>
    <message>
        <location filename="../../console/qt/labels.py" line="26"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../console/qt/labels.py" line="27"/>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../console/qt/labels.py" line="28"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../console/qt/labels.py" line="34"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../console/qt/labels.py" line="35"/>
        <source>Open</source>
        <translation>處理中</translation>
    </message>
    <message>
        <location filename="../../console/qt/labels.py" line="36"/>
        <source>Waiting on customer</source>
        <translation>待客戶回覆</translation>
    </message>
    <message>
        <location filename="../../console/qt/labels.py" line="37"/>
        <source>Solved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <location filename="../../console/qt/labels.py" line="38"/>
        <source>Closed</source>
        <translation>已關閉</translation>
    </message>
    <message>
        <location filename="../../console/qt/labels.py" line="44"/>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../console/qt/labels.py" line="45"/>
        <source>Busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <location filename="../../console/qt/labels.py" line="46"/>
        <source>After-call work</source>
        <translation>話後處理</translation>
    </message>
    <message>
        <location filename="../../console/qt/labels.py" line="47"/>
        <source>On break</source>
        <translation>休息中</translation>
    </message>
    <message>
        <location filename="../../console/qt/labels.py" line="48"/>
        <source>Offline</source>
        <translation>離線</translation>
    </message>
</context>
</TS>
