<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../console/app.py" line="104"/>
        <source>Starting the simulated contact centre…</source>
        <translation>正在启动模拟客服中心…</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="104"/>
        <source>Supervisor Console</source>
        <translation>客服主管控制台</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="105"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="106"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="107"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="108"/>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="109"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="110"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="111"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="120"/>
        <source>About Supervisor Console</source>
        <translation>关于客服主管控制台</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="121"/>
        <source>Live queues, SLAs and agent load for contact-centre supervisors.</source>
        <translation>为客服中心主管实时呈现队列、SLA 和坐席负荷。</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="131"/>
        <source>the server cannot be reached</source>
        <translation>无法连接服务器</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="132"/>
        <source>the server refused the token (401)</source>
        <translation>服务器拒绝了访问令牌（401）</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="133"/>
        <source>this account may not read the data (403)</source>
        <translation>此账号无权读取数据（403）</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="134"/>
        <source>the server sent data the console cannot read</source>
        <translation>服务器返回了控制台无法解析的数据</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="135"/>
        <source>the server asked to slow down (429)</source>
        <translation>服务器要求降低请求频率（429）</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="142"/>
        <source>● Live</source>
        <translation>● 实时更新中</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="146"/>
        <source>▲ Reconnecting: %1</source>
        <translation>▲ 正在重新连接：%1</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="147"/>
        <source>▲ Reconnecting in %1: %2</source>
        <translation>▲ %1后重新连接：%2</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="150"/>
        <source>■ Not connected: %1</source>
        <translation>■ 未连接：%1</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="151"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="175"/>
        <source>as of %1 ago</source>
        <translation>%1前的数据</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="178"/>
        <source>◷ Data is stale: last update %1 ago. %2</source>
        <translation>◷ 数据已过时：最后更新于%1前。%2</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="182"/>
        <source>Server time %1 UTC</source>
        <translation>服务器时间 %1 UTC</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="182"/>
        <source>Last update %1 UTC</source>
        <translation>最后更新于 %1 UTC</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../console/pages/overview.py" line="64"/>
        <location filename="../../console/pages/overview.py" line="75"/>
        <source>Waiting</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="65"/>
        <source>Open tickets in a queue with no assignee.</source>
        <translation>队列中尚未分配给坐席的未解决工单。</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="66"/>
        <location filename="../../console/pages/overview.py" line="76"/>
        <source>Longest wait</source>
        <translation>最长等待</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="67"/>
        <source>Now minus the creation time of the oldest waiting ticket.</source>
        <translation>当前时间减去最早一张排队工单的创建时间。</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="68"/>
        <source>SLA breached</source>
        <translation>SLA 超时</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="69"/>
        <source>Unresolved tickets with a due time passed without the event.</source>
        <translation>SLA 截止时间已过而目标事件仍未发生的未解决工单。</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="70"/>
        <location filename="../../console/pages/overview.py" line="75"/>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="71"/>
        <source>Unresolved tickets due within their queue&apos;s at-risk threshold.</source>
        <translation>距 SLA 截止时间已不足所属队列风险阈值的未解决工单。</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="72"/>
        <source>Agents available</source>
        <translation>空闲坐席</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="73"/>
        <source>Agents in the available state, out of those signed in.</source>
        <translation>处于空闲状态的坐席数，以及已签入的坐席总数。</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="75"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="75"/>
        <source>Backlog</source>
        <translation>积压</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="75"/>
        <source>Breached</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="76"/>
        <source>Agents free</source>
        <translation>空闲坐席</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="77"/>
        <source>All unresolved tickets (new, open, pending).</source>
        <translation>所有未解决工单（新建、处理中、待回复）。</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="79"/>
        <source>Available agents with the queue&apos;s skill.</source>
        <translation>具备该队列技能的空闲坐席数。</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="89"/>
        <source>Waiting per queue</source>
        <translation>各队列排队数</translation>
    </message>
    <message>
        <location filename="../../console/pages/overview.py" line="115"/>
        <source>of %1 signed in</source>
        <translation>共 %1 名已签入</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <location filename="../../console/format.py" line="28"/>
        <source>%1 s</source>
        <translation>%1秒</translation>
    </message>
    <message>
        <location filename="../../console/format.py" line="31"/>
        <source>%1 min %2 s</source>
        <translation>%1分%2秒</translation>
    </message>
    <message>
        <location filename="../../console/format.py" line="32"/>
        <source>%1 min</source>
        <translation>%1分钟</translation>
    </message>
    <message>
        <location filename="../../console/format.py" line="35"/>
        <source>%1 h %2 min</source>
        <translation>%1小时%2分</translation>
    </message>
    <message>
        <location filename="../../console/format.py" line="37"/>
        <source>%1 d %2 h</source>
        <translation>%1天%2小时</translation>
    </message>
</context>
</TS>
