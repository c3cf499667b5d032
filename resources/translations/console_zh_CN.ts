<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../console/pages/dashboard.py" line="157"/>
        <source>Waiting</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="157"/>
        <source>Open tickets in a queue with no assignee.</source>
        <translation>队列中尚未分配给坐席的未解决工单。</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="158"/>
        <source>Longest wait</source>
        <translation>最长等待</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="159"/>
        <source>Now minus the creation time of the oldest waiting ticket.</source>
        <translation>当前时间减去最早一张排队工单的创建时间。</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="160"/>
        <location filename="../../console/pages/dashboard.py" line="195"/>
        <source>Service level</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="161"/>
        <source>Live contacts (phone, chat) answered within their queue&apos;s threshold, out of those answered or abandoned, over the last hour.</source>
        <translation>过去一小时内，在所属队列时限内接起的实时联络（电话、在线聊天）占已接起与放弃联络的比例。</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="163"/>
        <source>SLA breached</source>
        <translation>SLA 超时</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="164"/>
        <source>Unresolved tickets with a due time passed without the event.</source>
        <translation>SLA 截止时间已过而目标事件仍未发生的未解决工单。</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="165"/>
        <location filename="../../console/pages/dashboard.py" line="193"/>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="165"/>
        <source>Unresolved tickets due within their queue&apos;s at-risk threshold.</source>
        <translation>距 SLA 截止时间已不足所属队列风险阈值的未解决工单。</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="166"/>
        <source>Agents available</source>
        <translation>空闲坐席</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="167"/>
        <source>Agents in the available state, out of those signed in.</source>
        <translation>处于空闲状态的坐席数，以及已签入的坐席总数。</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="168"/>
        <source>CSAT</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="168"/>
        <source>Share of customer ratings of 4 or 5, over the last hour.</source>
        <translation>过去一小时内，客户评分为 4 或 5 分的比例。</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="172"/>
        <source>Click for the tickets.</source>
        <translation>点击查看相关工单。</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="174"/>
        <source>ASA</source>
        <translation>平均应答</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="174"/>
        <source>Average speed of answer: mean wait of live contacts answered in the last hour.</source>
        <translation>平均应答速度：过去一小时内已接起实时联络的平均等待时间。</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="176"/>
        <source>FRT</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="176"/>
        <source>First response time: mean time from creation to the first agent reply, all channels, last hour.</source>
        <translation>首次响应时间：过去一小时内（全部渠道）从创建到坐席首次回复的平均时间。</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="178"/>
        <source>AHT</source>
        <translation>平均处理</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="178"/>
        <source>Average handle time of the tickets solved in the last hour.</source>
        <translation>过去一小时内已解决工单的平均处理时长。</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="179"/>
        <source>Resolution</source>
        <translation>解决时长</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="179"/>
        <source>Mean time from creation to solved, last hour.</source>
        <translation>过去一小时内从创建到解决的平均时间。</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="180"/>
        <source>Abandoned</source>
        <translation>放弃率</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="180"/>
        <source>Live contacts abandoned before an answer, out of those answered or abandoned, last hour.</source>
        <translation>过去一小时内，接起前即放弃的实时联络占已接起与放弃联络的比例。</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="182"/>
        <source>FCR</source>
        <translation>首次解决率</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="182"/>
        <source>First-contact resolution: solved without reopening or escalation, last hour.</source>
        <translation>首次联络解决率：过去一小时内未重开、未升级即解决的比例。</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="184"/>
        <source>Repeat</source>
        <translation>重复联络</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="184"/>
        <source>New tickets from a customer who had another in the last 7 days.</source>
        <translation>7 天内已有其他工单的客户新提交的工单。</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="185"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="185"/>
        <source>Net promoter score: % of 9-10 ratings minus % of 0-6, last hour.</source>
        <translation>净推荐值：过去一小时内 9-10 分的比例减去 0-6 分的比例。</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="189"/>
        <source>SLA breached and at risk</source>
        <translation>SLA 超时与有风险</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="190"/>
        <source>Service level, % (last hour)</source>
        <translation>服务水平，%（过去一小时）</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="191"/>
        <source>Arrivals and handled, per hour</source>
        <translation>每小时进线量与处理量</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="192"/>
        <source>Agent load: active work and capacity</source>
        <translation>坐席负载：进行中工作与容量</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="193"/>
        <source>Breached</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="194"/>
        <source>Arrivals</source>
        <translation>进线</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="194"/>
        <source>Handled</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="200"/>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="200"/>
        <source>Last 4 hours</source>
        <translation>最近 4 小时</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="200"/>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="204"/>
        <source>Time range of the charts (history is kept for 24 hours).</source>
        <translation>图表的时间范围（历史数据保留 24 小时）。</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="227"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="228"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="229"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="230"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="279"/>
        <source>target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="278"/>
        <source>of %1 signed in</source>
        <translation>共 %1 名已签入</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="280"/>
        <source>last hour</source>
        <translation>过去一小时</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="287"/>
        <source>%1 %2 pt</source>
        <translation>%1 %2 个百分点</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="289"/>
        <source>%1 %2 in 15 min</source>
        <translation>15 分钟内 %1 %2</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="299"/>
        <source>Waiting per queue</source>
        <translation>各队列排队数</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="309"/>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="339"/>
        <source>Over capacity</source>
        <translation>超出容量</translation>
    </message>
    <message>
        <location filename="../../console/pages/dashboard.py" line="337"/>
        <source>Active work; line: capacity</source>
        <translation>柱：进行中工作；横线：容量</translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <location filename="../../console/drill_down.py" line="26"/>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../console/drill_down.py" line="27"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../console/drill_down.py" line="28"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../console/drill_down.py" line="29"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../console/drill_down.py" line="30"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../console/drill_down.py" line="31"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/drill_down.py" line="32"/>
        <source>Assignee</source>
        <translation>处理坐席</translation>
    </message>
    <message>
        <location filename="../../console/drill_down.py" line="33"/>
        <source>Age</source>
        <translation>已创建时长</translation>
    </message>
    <message>
        <location filename="../../console/drill_down.py" line="33"/>
        <source>Time since the ticket was created.</source>
        <translation>自工单创建以来经过的时间。</translation>
    </message>
    <message>
        <location filename="../../console/drill_down.py" line="34"/>
        <source>Time to breach</source>
        <translation>距超时</translation>
    </message>
    <message>
        <location filename="../../console/drill_down.py" line="35"/>
        <source>Until the earliest SLA due time still running; once passed, how long overdue.</source>
        <translation>距仍在计时的最早 SLA 截止时间还有多久；已过期则显示超时多久。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../widgets/filter_bar.py" line="33"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="66"/>
        <source>%1: all</source>
        <translation>%1：全部</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="70"/>
        <source>%1: %2 chosen</source>
        <translation>%1：已选 %2 项</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../console/app.py" line="116"/>
        <source>Starting the simulated contact centre…</source>
        <translation>正在启动模拟客服中心…</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="123"/>
        <source>Supervisor Console</source>
        <translation>客服主管控制台</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="124"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="125"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="126"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="127"/>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="128"/>
        <source>&amp;Dashboard</source>
        <translation>仪表板(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="129"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="130"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="131"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="140"/>
        <source>About Supervisor Console</source>
        <translation>关于客服主管控制台</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="141"/>
        <source>Live queues, SLAs and agent load for contact-centre supervisors.</source>
        <translation>为客服中心主管实时呈现队列、SLA 和坐席负荷。</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="151"/>
        <source>the server cannot be reached</source>
        <translation>无法连接服务器</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="152"/>
        <source>the server refused the token (401)</source>
        <translation>服务器拒绝了访问令牌（401）</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="153"/>
        <source>this account may not read the data (403)</source>
        <translation>此账号无权读取数据（403）</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="154"/>
        <source>the server sent data the console cannot read</source>
        <translation>服务器返回了控制台无法解析的数据</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="155"/>
        <source>the server asked to slow down (429)</source>
        <translation>服务器要求降低请求频率（429）</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="162"/>
        <source>● Live</source>
        <translation>● 实时更新中</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="166"/>
        <source>▲ Reconnecting: %1</source>
        <translation>▲ 正在重新连接：%1</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="167"/>
        <source>▲ Reconnecting in %1: %2</source>
        <translation>▲ %1后重新连接：%2</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="170"/>
        <source>■ Not connected: %1</source>
        <translation>■ 未连接：%1</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="171"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="195"/>
        <source>as of %1 ago</source>
        <translation>%1前的数据</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="198"/>
        <source>◷ Data is stale: last update %1 ago. %2</source>
        <translation>◷ 数据已过时：最后更新于%1前。%2</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="205"/>
        <source>Server time %1 UTC</source>
        <translation>服务器时间 %1 UTC</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="205"/>
        <source>Last update %1 UTC</source>
        <translation>最后更新于 %1 UTC</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="227"/>
        <source>Waiting tickets</source>
        <translation>排队中的工单</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="227"/>
        <source>SLA breached tickets</source>
        <translation>SLA 超时工单</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="228"/>
        <source>Tickets at risk</source>
        <translation>有风险的工单</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="228"/>
        <source>Unresolved tickets</source>
        <translation>未解决工单</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="230"/>
        <source>Tickets of %1</source>
        <translation>%1 的工单</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="232"/>
        <source>Tickets of team %1</source>
        <translation>团队 %1 的工单</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../console/pages/overview.py" line="57"/>
        <location filename="../../console/pages/overview.py" line="68"/>
        <source>Waiting</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="58"/>
        <source>Open tickets in a queue with no assignee.</source>
        <translation>队列中尚未分配给坐席的未解决工单。</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="59"/>
        <location filename="../../console/pages/overview.py" line="69"/>
        <source>Longest wait</source>
        <translation>最长等待</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="60"/>
        <source>Now minus the creation time of the oldest waiting ticket.</source>
        <translation>当前时间减去最早一张排队工单的创建时间。</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="61"/>
        <source>SLA breached</source>
        <translation>SLA 超时</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="62"/>
        <source>Unresolved tickets with a due time passed without the event.</source>
        <translation>SLA 截止时间已过而目标事件仍未发生的未解决工单。</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="63"/>
        <location filename="../../console/pages/overview.py" line="68"/>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="64"/>
        <source>Unresolved tickets due within their queue&apos;s at-risk threshold.</source>
        <translation>距 SLA 截止时间已不足所属队列风险阈值的未解决工单。</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="65"/>
        <source>Agents available</source>
        <translation>空闲坐席</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="66"/>
        <source>Agents in the available state, out of those signed in.</source>
        <translation>处于空闲状态的坐席数，以及已签入的坐席总数。</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="68"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="68"/>
        <source>Backlog</source>
        <translation>积压</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="68"/>
        <source>Breached</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="69"/>
        <source>Agents free</source>
        <translation>空闲坐席</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="70"/>
        <source>All unresolved tickets (new, open, pending).</source>
        <translation>所有未解决工单（新建、处理中、待回复）。</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="72"/>
        <source>Available agents with the queue&apos;s skill.</source>
        <translation>具备该队列技能的空闲坐席数。</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="82"/>
        <source>Waiting per queue</source>
        <translation>各队列排队数</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="103"/>
        <source>of %1 signed in</source>
        <translation>共 %1 名已签入</translation>
    </message>
</context>
<context>
    <name>TicketTable</name>
    <message>
        <location filename="../../widgets/array_table.py" line="686"/>
        <source>Filter tickets…</source>
        <translation>筛选工单…</translation>
    </message>
    <message>
        <location filename="../../widgets/array_table.py" line="687"/>
        <source>Filter tickets</source>
        <translation>筛选工单</translation>
    </message>
    <message>
        <location filename="../../widgets/array_table.py" line="765"/>
        <source>%1 of %2 tickets</source>
        <translation>显示 %1 / 共 %2 个工单</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <location filename="../../console/format.py" line="14"/>
        <source>1e3 k 1e6 M</source>
        <translation>1e4 万 1e8 亿</translation>
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
        <translation>%1分钟</translation>
    </message>
    <message>
        <location filename="../../console/format.py" line="39"/>
        <source>%1 h %2 min</source>
        <translation>%1小时%2分</translation>
    </message>
    <message>
        <location filename="../../console/format.py" line="41"/>
        <source>%1 d %2 h</source>
        <translation>%1天%2小时</translation>
    </message>
    <message>
        <location filename="../../console/format.py" line="52"/>
        <source>overdue %1</source>
        <translation>已超时 %1</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../console/labels.py" line="13"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../console/labels.py" line="14"/>
        <source>Chat</source>
        <translation>在线聊天</translation>
    </message>
    <message>
        <location filename="../../console/labels.py" line="15"/>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../console/labels.py" line="16"/>
        <source>Social</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <location filename="../../console/labels.py" line="17"/>
        <source>App</source>
        <translation>应用内</translation>
    </message>
    <message>
        <location filename="../../console/labels.py" line="23"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../console/labels.py" line="24"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../console/labels.py" line="25"/>
        <source>Normal</source>
        <translation>普通</translation>
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
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../console/labels.py" line="34"/>
        <source>Waiting on customer</source>
        <translation>待客户回复</translation>
    </message>
    <message>
        <location filename="../../console/labels.py" line="35"/>
        <source>Solved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../console/labels.py" line="36"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../console/labels.py" line="42"/>
        <source>Available</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../console/labels.py" line="43"/>
        <source>Busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <location filename="../../console/labels.py" line="44"/>
        <source>After-call work</source>
        <translation>话后处理</translation>
    </message>
    <message>
        <location filename="../../console/labels.py" line="45"/>
        <source>On break</source>
        <translation>小休</translation>
    </message>
    <message>
        <location filename="../../console/labels.py" line="46"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
</context>
</TS>
