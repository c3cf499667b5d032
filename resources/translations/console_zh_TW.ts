<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../console/pages/dashboard.py" line="157"/>
        <source>Waiting</source>
        <translation>等候中</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="157"/>
        <source>Open tickets in a queue with no assignee.</source>
        <translation>佇列中尚未指派給客服人員的未解決案件。</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="158"/>
        <source>Longest wait</source>
        <translation>最長等候</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="159"/>
        <source>Now minus the creation time of the oldest waiting ticket.</source>
        <translation>目前時間減去最早一筆等候中案件的建立時間。</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="160"/>
        <location filename="../../console/pages/dashboard.py" line="195"/>
        <source>Service level</source>
        <translation>服務水準</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="161"/>
        <source>Live contacts (phone, chat) answered within their queue&apos;s threshold, out of those answered or abandoned, over the last hour.</source>
        <translation>過去一小時內，在所屬佇列時限內接起的即時聯絡（電話、線上客服）占已接起與放棄聯絡的比例。</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="163"/>
        <source>SLA breached</source>
        <translation>SLA 逾時</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="164"/>
        <source>Unresolved tickets with a due time passed without the event.</source>
        <translation>SLA 期限已過但目標事件仍未發生的未解決案件。</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="165"/>
        <location filename="../../console/pages/dashboard.py" line="193"/>
        <source>At risk</source>
        <translation>有風險</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="165"/>
        <source>Unresolved tickets due within their queue&apos;s at-risk threshold.</source>
        <translation>距 SLA 期限已少於所屬佇列風險門檻的未解決案件。</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="166"/>
        <source>Agents available</source>
        <translation>可用客服人員</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="167"/>
        <source>Agents in the available state, out of those signed in.</source>
        <translation>處於可用狀態的客服人員數，以及已登入的客服人員總數。</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="168"/>
        <source>CSAT</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="168"/>
        <source>Share of customer ratings of 4 or 5, over the last hour.</source>
        <translation>過去一小時內，客戶評分為 4 或 5 分的比例。</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="172"/>
        <source>Click for the tickets.</source>
        <translation>點選以檢視相關案件。</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="174"/>
        <source>ASA</source>
        <translation>平均應答</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="174"/>
        <source>Average speed of answer: mean wait of live contacts answered in the last hour.</source>
        <translation>平均應答速度：過去一小時內已接起即時聯絡的平均等候時間。</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="176"/>
        <source>FRT</source>
        <translation>首次回應</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="176"/>
        <source>First response time: mean time from creation to the first agent reply, all channels, last hour.</source>
        <translation>首次回應時間：過去一小時內（全部管道）從建立到客服人員首次回覆的平均時間。</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="178"/>
        <source>AHT</source>
        <translation>平均處理</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="178"/>
        <source>Average handle time of the tickets solved in the last hour.</source>
        <translation>過去一小時內已解決案件的平均處理時間。</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="179"/>
        <source>Resolution</source>
        <translation>解決時間</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="179"/>
        <source>Mean time from creation to solved, last hour.</source>
        <translation>過去一小時內從建立到解決的平均時間。</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="180"/>
        <source>Abandoned</source>
        <translation>放棄率</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="180"/>
        <source>Live contacts abandoned before an answer, out of those answered or abandoned, last hour.</source>
        <translation>過去一小時內，接起前即放棄的即時聯絡占已接起與放棄聯絡的比例。</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="182"/>
        <source>FCR</source>
        <translation>首次解決率</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="182"/>
        <source>First-contact resolution: solved without reopening or escalation, last hour.</source>
        <translation>首次聯絡解決率：過去一小時內未重開、未升級即解決的比例。</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="184"/>
        <source>Repeat</source>
        <translation>重複聯絡</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="184"/>
        <source>New tickets from a customer who had another in the last 7 days.</source>
        <translation>7 天內已有其他案件的客戶新提交的案件。</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="185"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="185"/>
        <source>Net promoter score: % of 9-10 ratings minus % of 0-6, last hour.</source>
        <translation>淨推薦值：過去一小時內 9-10 分的比例減去 0-6 分的比例。</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="189"/>
        <source>SLA breached and at risk</source>
        <translation>SLA 逾時與有風險</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="190"/>
        <source>Service level, % (last hour)</source>
        <translation>服務水準，%（過去一小時）</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="191"/>
        <source>Arrivals and handled, per hour</source>
        <translation>每小時進線量與處理量</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="192"/>
        <source>Agent load: active work and capacity</source>
        <translation>客服人員負載：處理中工作與容量</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="193"/>
        <source>Breached</source>
        <translation>已逾時</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="194"/>
        <source>Arrivals</source>
        <translation>進線</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="194"/>
        <source>Handled</source>
        <translation>已處理</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="200"/>
        <source>Last hour</source>
        <translation>最近 1 小時</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="200"/>
        <source>Last 4 hours</source>
        <translation>最近 4 小時</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="200"/>
        <source>Last 24 hours</source>
        <translation>最近 24 小時</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="204"/>
        <source>Time range of the charts (history is kept for 24 hours).</source>
        <translation>圖表的時間範圍（歷史資料保留 24 小時）。</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="227"/>
        <source>Queue</source>
        <translation>佇列</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="228"/>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="229"/>
        <source>Team</source>
        <translation>團隊</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="230"/>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="279"/>
        <source>target %1</source>
        <translation>目標 %1</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="278"/>
        <source>of %1 signed in</source>
        <translation>共 %1 人已登入</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="280"/>
        <source>last hour</source>
        <translation>過去一小時</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="287"/>
        <source>%1 %2 pt</source>
        <translation>%1 %2 個百分點</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="289"/>
        <source>%1 %2 in 15 min</source>
        <translation>15 分鐘內 %1 %2</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="299"/>
        <source>Waiting per queue</source>
        <translation>各佇列等候數</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="309"/>
        <source>target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="339"/>
        <source>Over capacity</source>
        <translation>超出容量</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="337"/>
        <source>Active work; line: capacity</source>
        <translation>長條：處理中工作；橫線：容量</translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <location filename="../../console/drill_down.py" line="26"/>
        <source>Ticket</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../console/drill_down.py" line="27"/>
        <source>Subject</source>
        <translation>主旨</translation>
    </message>
    <message>
        <location filename="../../console/drill_down.py" line="28"/>
        <source>Queue</source>
        <translation>佇列</translation>
    </message>
    <message>
        <location filename="../../console/drill_down.py" line="29"/>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <location filename="../../console/drill_down.py" line="30"/>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <location filename="../../console/drill_down.py" line="31"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../console/drill_down.py" line="32"/>
        <source>Assignee</source>
        <translation>負責客服</translation>
    </message>
    <message>
        <location filename="../../console/drill_down.py" line="33"/>
        <source>Age</source>
        <translation>建立至今</translation>
    </message>
    <message>
        <location filename="../../console/drill_down.py" line="33"/>
        <source>Time since the ticket was created.</source>
        <translation>自案件建立以來經過的時間。</translation>
    </message>
    <message>
        <location filename="../../console/drill_down.py" line="34"/>
        <source>Time to breach</source>
        <translation>距逾時</translation>
    </message>
    <message>
        <location filename="../../console/drill_down.py" line="35"/>
        <source>Until the earliest SLA due time still running; once passed, how long overdue.</source>
        <translation>距仍在計時的最早 SLA 期限還有多久；已過期則顯示逾時多久。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../widgets/filter_bar.py" line="33"/>
        <source>Clear filters</source>
        <translation>清除篩選</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="66"/>
        <source>%1: all</source>
        <translation>%1：全部</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="70"/>
        <source>%1: %2 chosen</source>
        <translation>%1：已選 %2 項</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../console/app.py" line="116"/>
        <source>Starting the simulated contact centre…</source>
        <translation>正在啟動模擬客服中心…</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="123"/>
        <source>Supervisor Console</source>
        <translation>客服督導主控台</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="124"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="125"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="126"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="127"/>
        <source>&amp;Overview</source>
        <translation>總覽(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="128"/>
        <source>&amp;Dashboard</source>
        <translation>儀表板(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="129"/>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="130"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="131"/>
        <source>&amp;About</source>
        <translation>關於(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="140"/>
        <source>About Supervisor Console</source>
        <translation>關於客服督導主控台</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="141"/>
        <source>Live queues, SLAs and agent load for contact-centre supervisors.</source>
        <translation>為客服中心督導即時呈現佇列、SLA 與客服人員負載。</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="151"/>
        <source>the server cannot be reached</source>
        <translation>無法連上伺服器</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="152"/>
        <source>the server refused the token (401)</source>
        <translation>伺服器拒絕了存取權杖（401）</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="153"/>
        <source>this account may not read the data (403)</source>
        <translation>此帳號無權讀取資料（403）</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="154"/>
        <source>the server sent data the console cannot read</source>
        <translation>伺服器傳回了主控台無法解析的資料</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="155"/>
        <source>the server asked to slow down (429)</source>
        <translation>伺服器要求降低請求頻率（429）</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="162"/>
        <source>● Live</source>
        <translation>● 即時更新中</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="166"/>
        <source>▲ Reconnecting: %1</source>
        <translation>▲ 正在重新連線：%1</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="167"/>
        <source>▲ Reconnecting in %1: %2</source>
        <translation>▲ %1後重新連線：%2</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="170"/>
        <source>■ Not connected: %1</source>
        <translation>■ 未連線：%1</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="171"/>
        <source>Connecting…</source>
        <translation>連線中…</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="195"/>
        <source>as of %1 ago</source>
        <translation>%1前的資料</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="198"/>
        <source>◷ Data is stale: last update %1 ago. %2</source>
        <translation>◷ 資料已過時：最後更新於%1前。%2</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="205"/>
        <source>Server time %1 UTC</source>
        <translation>伺服器時間 %1 UTC</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="205"/>
        <source>Last update %1 UTC</source>
        <translation>最後更新於 %1 UTC</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="227"/>
        <source>Waiting tickets</source>
        <translation>等候中的案件</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="227"/>
        <source>SLA breached tickets</source>
        <translation>SLA 逾時案件</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="228"/>
        <source>Tickets at risk</source>
        <translation>有風險的案件</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="228"/>
        <source>Unresolved tickets</source>
        <translation>未解決案件</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="230"/>
        <source>Tickets of %1</source>
        <translation>%1 的案件</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="232"/>
        <source>Tickets of team %1</source>
        <translation>團隊 %1 的案件</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../console/pages/overview.py" line="57"/>
        <location filename="../../console/pages/overview.py" line="68"/>
        <source>Waiting</source>
        <translation>等候中</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="58"/>
        <source>Open tickets in a queue with no assignee.</source>
        <translation>佇列中尚未指派給客服人員的未解決案件。</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="59"/>
        <location filename="../../console/pages/overview.py" line="69"/>
        <source>Longest wait</source>
        <translation>最長等候</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="60"/>
        <source>Now minus the creation time of the oldest waiting ticket.</source>
        <translation>目前時間減去最早一筆等候中案件的建立時間。</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="61"/>
        <source>SLA breached</source>
        <translation>SLA 逾時</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="62"/>
        <source>Unresolved tickets with a due time passed without the event.</source>
        <translation>SLA 期限已過但目標事件仍未發生的未解決案件。</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="63"/>
        <location filename="../../console/pages/overview.py" line="68"/>
        <source>At risk</source>
        <translation>有風險</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="64"/>
        <source>Unresolved tickets due within their queue&apos;s at-risk threshold.</source>
        <translation>距 SLA 期限已少於所屬佇列風險門檻的未解決案件。</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="65"/>
        <source>Agents available</source>
        <translation>可用客服人員</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="66"/>
        <source>Agents in the available state, out of those signed in.</source>
        <translation>處於可用狀態的客服人員數，以及已登入的客服人員總數。</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="68"/>
        <source>Queue</source>
        <translation>佇列</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="68"/>
        <source>Backlog</source>
        <translation>待處理</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="68"/>
        <source>Breached</source>
        <translation>已逾時</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="69"/>
        <source>Agents free</source>
        <translation>可用客服</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="70"/>
        <source>All unresolved tickets (new, open, pending).</source>
        <translation>所有未解決案件（新建、處理中、待回覆）。</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="72"/>
        <source>Available agents with the queue&apos;s skill.</source>
        <translation>具備該佇列技能的可用客服人員數。</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="82"/>
        <source>Waiting per queue</source>
        <translation>各佇列等候數</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="103"/>
        <source>of %1 signed in</source>
        <translation>共 %1 人已登入</translation>
    </message>
</context>
<context>
    <name>TicketTable</name>
    <message>
        <location filename="../../widgets/array_table.py" line="686"/>
        <source>Filter tickets…</source>
        <translation>篩選案件…</translation>
    </message>
    <message>
        <location filename="../../widgets/array_table.py" line="687"/>
        <source>Filter tickets</source>
        <translation>篩選案件</translation>
    </message>
    <message>
        <location filename="../../widgets/array_table.py" line="765"/>
        <source>%1 of %2 tickets</source>
        <translation>顯示 %1 / 共 %2 筆案件</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <location filename="../../console/format.py" line="14"/>
        <source>1e3 k 1e6 M</source>
        <translation>1e4 萬 1e8 億</translation>
    </message>
    <message>
        <location filename="../../console/format.py" line="32"/>
        <source>%1 s</source>
        <translation>%1秒</translation>
    </message>
    <message>
        <location filename="../../console/format.py" line="35"/>
        <source>%1 min %2 s</source>
        <translation>%1分%2秒</translation>
    </message>
    <message>
        <location filename="../../console/format.py" line="36"/>
        <source>%1 min</source>
        <translation>%1分鐘</translation>
    </message>
    <message>
        <location filename="../../console/format.py" line="39"/>
        <source>%1 h %2 min</source>
        <translation>%1小時%2分</translation>
    </message>
    <message>
        <location filename="../../console/format.py" line="41"/>
        <source>%1 d %2 h</source>
        <translation>%1天%2小時</translation>
    </message>
    <message>
        <location filename="../../console/format.py" line="52"/>
        <source>overdue %1</source>
        <translation>已逾時 %1</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../console/labels.py" line="13"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../console/labels.py" line="14"/>
        <source>Chat</source>
        <translation>線上客服</translation>
    </message>
    <message>
        <location filename="../../console/labels.py" line="15"/>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../../console/labels.py" line="16"/>
        <source>Social</source>
        <translation>社群媒體</translation>
    </message>
    <message>
        <location filename="../../console/labels.py" line="17"/>
        <source>App</source>
        <translation>App 內</translation>
    </message>
    <message>
        <location filename="../../console/labels.py" line="23"/>
        <source>Urgent</source>
        <translation>緊急</translation>
    </message>
    <message>
        <location filename="../../console/labels.py" line="24"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../console/labels.py" line="25"/>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../console/labels.py" line="26"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../console/labels.py" line="32"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../console/labels.py" line="33"/>
        <source>Open</source>
        <translation>處理中</translation>
    </message>
    <message>
        <location filename="../../console/labels.py" line="34"/>
        <source>Waiting on customer</source>
        <translation>待客戶回覆</translation>
    </message>
    <message>
        <location filename="../../console/labels.py" line="35"/>
        <source>Solved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <location filename="../../console/labels.py" line="36"/>
        <source>Closed</source>
        <translation>已關閉</translation>
    </message>
    <message>
        <location filename="../../console/labels.py" line="42"/>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../console/labels.py" line="43"/>
        <source>Busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <location filename="../../console/labels.py" line="44"/>
        <source>After-call work</source>
        <translation>話後處理</translation>
    </message>
    <message>
        <location filename="../../console/labels.py" line="45"/>
        <source>On break</source>
        <translation>休息中</translation>
    </message>
    <message>
        <location filename="../../console/labels.py" line="46"/>
        <source>Offline</source>
        <translation>離線</translation>
    </message>
</context>
</TS>
