<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AudioPlayer</name>
    <message>
        <location filename="../../widgets/audio_player.py" line="108"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../widgets/audio_player.py" line="108"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../widgets/audio_player.py" line="109"/>
        <source>Play/pause (Ctrl+Space); seek with Ctrl+Left/Right, speed with Ctrl+[ and Ctrl+]</source>
        <translation>播放/暂停（Ctrl+Space）；Ctrl+左/右 快退快进，Ctrl+[ 和 Ctrl+] 调整倍速</translation>
    </message>
    <message>
        <location filename="../../widgets/audio_player.py" line="112"/>
        <source>Recordings cannot play here: Qt Multimedia is not available (install PySide6-Addons; on Linux also libpulse0).</source>
        <translation>此处无法播放录音：Qt Multimedia 不可用（请安装 PySide6-Addons；Linux 还需 libpulse0）。</translation>
    </message>
    <message>
        <location filename="../../widgets/audio_player.py" line="115"/>
        <source>No audio output device: the recording plays silently (the transcript still follows).</source>
        <translation>没有音频输出设备：录音将静音播放（对话记录仍会同步）。</translation>
    </message>
    <message>
        <location filename="../../widgets/audio_player.py" line="118"/>
        <source>The recording cannot be played: %1</source>
        <translation>录音无法播放：%1</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="96"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="97"/>
        <source>&amp;Who:</source>
        <translation>操作人(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="97"/>
        <source>A&amp;gent:</source>
        <translation>坐席(&amp;G):</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="97"/>
        <source>&amp;Ticket:</source>
        <translation>工单(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="98"/>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="98"/>
        <source>&amp;Period:</source>
        <translation>时间段(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="100"/>
        <source>name or user id</source>
        <translation>姓名或用户 ID</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="101"/>
        <source>agent name or id</source>
        <translation>坐席姓名或 ID</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="102"/>
        <source>ticket number</source>
        <translation>工单号</translation>
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
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="106"/>
        <location filename="../../console/ui/dialogs/audit.py" line="180"/>
        <source>Agent state</source>
        <translation>坐席状态</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="106"/>
        <location filename="../../console/ui/dialogs/audit.py" line="181"/>
        <source>Review</source>
        <translation>质检评审</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="109"/>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="109"/>
        <source>Last 8 hours</source>
        <translation>最近 8 小时</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="109"/>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="110"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="112"/>
        <source>&amp;Load</source>
        <translation>加载(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="113"/>
        <source>Load &amp;more</source>
        <translation>加载更多(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="114"/>
        <source>When (UTC)</source>
        <translation>时间（UTC）</translation>
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
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="115"/>
        <source>From</source>
        <translation>原处理人</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="115"/>
        <source>To</source>
        <translation>移交给</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="115"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="122"/>
        <source>The ticket number must be a number.</source>
        <translation>工单号必须是数字。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="157"/>
        <location filename="../../console/ui/dialogs/audit.py" line="204"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="176"/>
        <source>Could not load the audit log: %1</source>
        <translation>无法加载审计日志：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="182"/>
        <source>queue %1</source>
        <translation>队列 %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="194"/>
        <source>[override: %1]</source>
        <translation>[强制执行：%1]</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="205"/>
        <source>%1 entries</source>
        <translation>%1 条记录</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/audit.py" line="206"/>
        <source>%1 entries so far (Load more for older ones)</source>
        <translation>已加载 %1 条记录（“加载更多”可查看更早的记录）</translation>
    </message>
</context>
<context>
    <name>CalibrationTab</name>
    <message>
        <location filename="../../console/ui/pages/qa/calibration.py" line="92"/>
        <source>New session on the open interaction</source>
        <translation>以当前会话新建校准</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/calibration.py" line="93"/>
        <source>Reviewers:</source>
        <translation>质检员：</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/calibration.py" line="94"/>
        <source>Score it myself</source>
        <translation>我来评分</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/calibration.py" line="95"/>
        <source>Agree on the median</source>
        <translation>以中位数作为共识</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/calibration.py" line="96"/>
        <source>Set the agreed score per category to the reviewers&apos; median</source>
        <translation>将每个类别的共识分设为各质检员评分的中位数</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/calibration.py" line="97"/>
        <source>Reload</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/calibration.py" line="107"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/calibration.py" line="121"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/calibration.py" line="137"/>
        <source>Session %1 · interaction %2 · %3 reviewers</source>
        <translation>校准 %1 · 会话 %2 · %3 位质检员</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/calibration.py" line="167"/>
        <source>No calibration sessions yet.</source>
        <translation>还没有校准会话。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/calibration.py" line="174"/>
        <source>Spread</source>
        <translation>分歧</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/calibration.py" line="175"/>
        <source>Agreed</source>
        <translation>共识</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/calibration.py" line="178"/>
        <source>Distance from agreed</source>
        <translation>与共识的差距</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/calibration.py" line="193"/>
        <source>not agreed yet</source>
        <translation>尚无共识</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/calibration.py" line="193"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/calibration.py" line="201"/>
        <source>Not agreed yet: a supervisor sets the agreed score (Agree on the median).</source>
        <translation>尚无共识：由主管设定共识分数（以中位数作为共识）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/calibration.py" line="203"/>
        <source>Agreed score %1.</source>
        <translation>共识分数 %1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/pages/qa/calibration.py" line="204"/>
        <source>Scores in % of each category&apos;s range. %1 %n reviewer(s) still to score.</source>
        <translation>
            <numerusform>分数为各类别分值范围的百分比。%1还有 %n 位质检员未评分。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/calibration.py" line="211"/>
        <source>Open an interaction in the Review tab first.</source>
        <translation>请先在“质检”页打开一个会话。</translation>
    </message>
</context>
<context>
    <name>CapacityDialog</name>
    <message>
        <location filename="../../console/ui/dialogs/capacity.py" line="36"/>
        <source>Agent capacity</source>
        <translation>坐席容量</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/capacity.py" line="38"/>
        <source>How many tickets an agent may hold at once: the load bars, the balance plan and the move warnings use it. Where %1 has a capacity of its own it is shown and used; elsewhere set one per team or per agent (an agent&apos;s own wins over the team&apos;s). Not set: %2, a nominal figure.</source>
        <translation>坐席同时可处理的工单数：负载条、均衡方案和转派警告都使用它。%1 自带容量时显示并使用该值；否则请按团队或按坐席设置（坐席自己的设置优先于团队的）。未设置：%2，仅为名义值。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/capacity.py" line="44"/>
        <source>Team or agent</source>
        <translation>团队或坐席</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/capacity.py" line="44"/>
        <source>Capacity from</source>
        <translation>容量来源</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/capacity.py" line="45"/>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/capacity.py" line="56"/>
        <source>Team: %1</source>
        <translation>团队：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/capacity.py" line="57"/>
        <location filename="../../console/ui/dialogs/capacity.py" line="63"/>
        <source>set here</source>
        <translation>在此设置</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/capacity.py" line="60"/>
        <source>from %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/capacity.py" line="84"/>
        <source>Not set</source>
        <translation>未设置</translation>
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
        <translation>为当前问题打分</translation>
    </message>
    <message>
        <location filename="../../widgets/scorecard_form.py" line="54"/>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../widgets/scorecard_form.py" line="55"/>
        <source>Take the AutoQA suggestion</source>
        <translation>采用 AutoQA 建议</translation>
    </message>
    <message>
        <location filename="../../widgets/scorecard_form.py" line="56"/>
        <source>Comment on the question (Esc or Enter: back)</source>
        <translation>为该问题写评语（Esc 或 Enter：返回）</translation>
    </message>
    <message>
        <location filename="../../widgets/scorecard_form.py" line="57"/>
        <source>Clear the score</source>
        <translation>清除评分</translation>
    </message>
    <message>
        <location filename="../../widgets/scorecard_form.py" line="58"/>
        <source>Next or previous question</source>
        <translation>下一个或上一个问题</translation>
    </message>
    <message>
        <location filename="../../widgets/scorecard_form.py" line="119"/>
        <source>(weight %1, critical)</source>
        <translation>（权重 %1，关键项）</translation>
    </message>
    <message>
        <location filename="../../widgets/scorecard_form.py" line="119"/>
        <source>(weight %1)</source>
        <translation>（权重 %1）</translation>
    </message>
    <message>
        <location filename="../../widgets/scorecard_form.py" line="124"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../widgets/scorecard_form.py" line="125"/>
        <source>Not applicable (key 0 or N)</source>
        <translation>不适用（按 0 或 N）</translation>
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
        <translation>按键 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/scorecard_form.py" line="132"/>
        <source>Comment on this category (C)</source>
        <translation>本类别备注 (C)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="166"/>
        <source>Changed by someone else</source>
        <translation>已被他人改动</translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/dialogs/rebalance.py" line="168"/>
        <source>%n ticket(s) changed since you saw them. Nothing was overwritten; choose for each.</source>
        <translation>
            <numerusform>有 %n 张工单在您查看后已被改动。未覆盖任何内容；请逐张选择。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="173"/>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="173"/>
        <source>Now with</source>
        <translation>当前处理人</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="173"/>
        <source>You wanted</source>
        <translation>您要交给</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="174"/>
        <source>Choice</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="178"/>
        <source>the queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="186"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="186"/>
        <source>Retry on the new version</source>
        <translation>基于新版本重试</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="187"/>
        <source>Choice for ticket %1</source>
        <translation>工单 %1 的处理方式</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="192"/>
        <source>Retry &amp;all</source>
        <translation>全部重试(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="194"/>
        <source>&amp;Skip all</source>
        <translation>全部跳过(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="204"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="191"/>
        <location filename="../../console/ui/dialogs/connection.py" line="219"/>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="192"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="193"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="194"/>
        <source>Use as &amp;default</source>
        <translation>设为默认(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="195"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="195"/>
        <source>&amp;System:</source>
        <translation>系统(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="195"/>
        <source>Add&amp;ress:</source>
        <translation>地址(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="196"/>
        <location filename="../../console/ui/dialogs/connection.py" line="299"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="196"/>
        <source>&amp;OAuth client:</source>
        <translation>OAuth 客户端(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="197"/>
        <source>&amp;Token or password:</source>
        <translation>令牌或密码(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="199"/>
        <source>Supervisor Console API</source>
        <translation>主管控制台 API</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="199"/>
        <source>Hub (the centre&apos;s shared server)</source>
        <translation>中枢（中心的共享服务器）</translation>
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
        <translation>允许对此服务器使用未加密的 http://（令牌可能在网络上被窃取）</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="207"/>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="208"/>
        <source>Sign &amp;in with Zendesk</source>
        <translation>使用 Zendesk 登录(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="209"/>
        <source>The OAuth client&apos;s unique identifier (Zendesk Admin Center)</source>
        <translation>OAuth 客户端的唯一标识符（Zendesk 管理中心）</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="210"/>
        <source>Zendesk OAuth client</source>
        <translation>Zendesk OAuth 客户端</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="212"/>
        <source>Zendesk API tokens (email/token:KEY) stop working on 30 April 2027, and no new ones can be created since 27 October 2026. Enter your OAuth client and sign in with Zendesk instead.</source>
        <translation>Zendesk API 令牌（email/token:KEY）将于 2027 年 4 月 30 日停止工作，自 2026 年 10 月 27 日起已无法创建新令牌。请填写 OAuth 客户端，改用 Zendesk 登录。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="215"/>
        <source>A hub is your contact centre&apos;s shared server: it follows the helpdesk once for every console, holds the helpdesk&apos;s credential, and keeps reviews, the audit log and shared settings. Ask your administrator for its address and your token.</source>
        <translation>中枢是联络中心的共享服务器：它替所有控制台统一跟随工单系统，保管工单系统的凭据，并保存评审、审计日志和共享设置。请向管理员索取它的地址和您的令牌。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="218"/>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="220"/>
        <source>Connection name</source>
        <translation>连接名称</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="221"/>
        <source>Kind of ticketing system</source>
        <translation>工单系统类型</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="222"/>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="223"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="224"/>
        <location filename="../../console/ui/dialogs/connection.py" line="300"/>
        <source>Token or password</source>
        <translation>令牌或密码</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="236"/>
        <source>%1 (Hub, default)</source>
        <translation>%1（中枢，默认）</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="236"/>
        <source>%1 (Hub)</source>
        <translation>%1（中枢）</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="299"/>
        <source>Administrator &amp;email:</source>
        <translation>管理员邮箱(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="300"/>
        <source>Open API token</source>
        <translation>开放接口令牌</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="424"/>
        <source>The hub follows %1.</source>
        <translation>该中枢跟随 %1。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="426"/>
        <source>This server is not a hub: choose Supervisor Console API for it.</source>
        <translation>此服务器不是中枢：请为它选择“主管控制台 API”。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="441"/>
        <source>Signed in. You can close this tab and go back to Supervisor Console.</source>
        <translation>已登录。您可以关闭此标签页，返回 Supervisor Console。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="442"/>
        <source>Sign-in did not finish. Go back to Supervisor Console to see why.</source>
        <translation>登录未完成。请返回 Supervisor Console 查看原因。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="445"/>
        <source>Opening the browser…</source>
        <translation>正在打开浏览器…</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="457"/>
        <source>Finish signing in in your browser; the console is waiting for it.</source>
        <translation>请在浏览器中完成登录；控制台正在等待。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="458"/>
        <source>No browser opened? Open the Zendesk sign-in page</source>
        <translation>浏览器没有打开？打开 Zendesk 登录页面</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="479"/>
        <source>✓ Signed in to Zendesk as %1 (%2).</source>
        <translation>✓ 已登录 Zendesk，身份为 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="481"/>
        <source>This computer has no keyring, so sign in again after the console restarts.</source>
        <translation>这台计算机没有密钥环，控制台重启后需要重新登录。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="487"/>
        <source>✗ Not signed in: %1</source>
        <translation>✗ 未登录：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="182"/>
        <source>Kept in the system keyring; leave empty to keep the saved one</source>
        <translation>保存在系统密钥环中；留空则保留已保存的令牌</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="185"/>
        <source>Used only to test; it cannot be saved on this computer</source>
        <translation>仅用于测试；无法在此电脑上保存</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="238"/>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="287"/>
        <source>Give the connection a name.</source>
        <translation>请为此连接命名。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="289"/>
        <source>There is already a connection called %1.</source>
        <translation>已有名为 %1 的连接。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="314"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="342"/>
        <source>Saved; the token is in the system keyring.</source>
        <translation>已保存；令牌已存入系统密钥环。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="343"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="348"/>
        <source>The connection was saved without its token. %1</source>
        <translation>连接已保存，但未保存令牌。%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="352"/>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="381"/>
        <source>Removed, but Zendesk could not be told to end the sign-in (%1). An admin can revoke it in Admin Center: Apps and integrations &gt; APIs &gt; OAuth clients.</source>
        <translation>已删除，但未能通知 Zendesk 结束此次登录（%1）。管理员可在管理中心撤销：应用和整合 &gt; API &gt; OAuth 客户端。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="384"/>
        <source>Removed; the Zendesk sign-in was revoked.</source>
        <translation>已删除；Zendesk 登录已撤销。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="404"/>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="422"/>
        <source>✓ Connected as %1 (%2).</source>
        <translation>✓ 已连接，身份为 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/connection.py" line="432"/>
        <source>✗ Not connected: %1</source>
        <translation>✗ 未连接：%1</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../console/qt/crash.py" line="92"/>
        <location filename="../../console/qt/crash.py" line="110"/>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <location filename="../../console/qt/crash.py" line="101"/>
        <source>Something went wrong</source>
        <translation>出现了问题</translation>
    </message>
    <message>
        <location filename="../../console/qt/crash.py" line="102"/>
        <source>Something unexpected happened. The console is still running, and your drafts have been saved.</source>
        <translation>发生了意外情况。控制台仍在运行，您的草稿已保存。</translation>
    </message>
    <message>
        <location filename="../../console/qt/crash.py" line="104"/>
        <source>The details were written to the log file:
%1

If this keeps happening, send that file to your IT support.</source>
        <translation>详细信息已写入日志文件：
%1

如果问题反复出现，请将该文件发送给 IT 支持人员。</translation>
    </message>
    <message>
        <location filename="../../console/qt/crash.py" line="108"/>
        <source>Unexpected errors so far: %1</source>
        <translation>目前的意外错误数：%1</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="105"/>
        <source>Waiting</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="105"/>
        <source>Open tickets in a queue with no assignee.</source>
        <translation>队列中尚未分配给坐席的未解决工单。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="106"/>
        <source>Longest wait</source>
        <translation>最长等待</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="107"/>
        <source>Now minus the creation time of the oldest waiting ticket.</source>
        <translation>当前时间减去最早一张排队工单的创建时间。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="108"/>
        <location filename="../../console/ui/pages/dashboard.py" line="145"/>
        <source>Service level</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="109"/>
        <source>Live contacts (phone, chat) answered within their queue&apos;s threshold, out of those answered or abandoned, over the last hour.</source>
        <translation>过去一小时内，在所属队列时限内接起的实时联络（电话、在线聊天）占已接起与放弃联络的比例。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="111"/>
        <source>SLA breached</source>
        <translation>SLA 超时</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="112"/>
        <source>Unresolved tickets with a due time passed without the event.</source>
        <translation>SLA 截止时间已过而目标事件仍未发生的未解决工单。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="113"/>
        <location filename="../../console/ui/pages/dashboard.py" line="143"/>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="113"/>
        <source>Unresolved tickets due within their queue&apos;s at-risk threshold.</source>
        <translation>距 SLA 截止时间已不足所属队列风险阈值的未解决工单。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="114"/>
        <source>Agents available</source>
        <translation>空闲坐席</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="115"/>
        <source>Agents in the available state, out of those signed in.</source>
        <translation>处于空闲状态的坐席数，以及已签入的坐席总数。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="116"/>
        <source>CSAT</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="116"/>
        <source>Share of customer ratings of 4 or 5, over the last hour.</source>
        <translation>过去一小时内，客户评分为 4 或 5 分的比例。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="122"/>
        <source>Click for the tickets.</source>
        <translation>点击查看相关工单。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="124"/>
        <source>ASA</source>
        <translation>平均应答</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="124"/>
        <source>Average speed of answer: mean wait of live contacts answered in the last hour.</source>
        <translation>平均应答速度：过去一小时内已接起实时联络的平均等待时间。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="126"/>
        <source>FRT</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="126"/>
        <source>First response time: mean time from creation to the first agent reply, all channels, last hour.</source>
        <translation>首次响应时间：过去一小时内（全部渠道）从创建到坐席首次回复的平均时间。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="128"/>
        <source>AHT</source>
        <translation>平均处理</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="128"/>
        <source>Average handle time of the tickets solved in the last hour.</source>
        <translation>过去一小时内已解决工单的平均处理时长。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="129"/>
        <source>Resolution</source>
        <translation>解决时长</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="129"/>
        <source>Mean time from creation to solved, last hour.</source>
        <translation>过去一小时内从创建到解决的平均时间。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="130"/>
        <source>Abandoned</source>
        <translation>放弃率</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="130"/>
        <source>Live contacts abandoned before an answer, out of those answered or abandoned, last hour.</source>
        <translation>过去一小时内，接起前即放弃的实时联络占已接起与放弃联络的比例。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="132"/>
        <source>FCR</source>
        <translation>首次解决率</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="132"/>
        <source>First-contact resolution: solved without reopening or escalation, last hour.</source>
        <translation>首次联络解决率：过去一小时内未重开、未升级即解决的比例。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="134"/>
        <source>Repeat</source>
        <translation>重复联络</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="134"/>
        <source>New tickets from a customer who had another in the last 7 days.</source>
        <translation>7 天内已有其他工单的客户新提交的工单。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="135"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="135"/>
        <source>Net promoter score: % of 9-10 ratings minus % of 0-6, last hour.</source>
        <translation>净推荐值：过去一小时内 9-10 分的比例减去 0-6 分的比例。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="139"/>
        <source>SLA breached and at risk</source>
        <translation>SLA 超时与有风险</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="140"/>
        <source>Service level, % (last hour)</source>
        <translation>服务水平，%（过去一小时）</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="141"/>
        <source>Arrivals and handled, per hour</source>
        <translation>每小时进线量与处理量</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="142"/>
        <source>Agent load: active work and capacity</source>
        <translation>坐席负载：进行中工作与容量</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="143"/>
        <source>Breached</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="144"/>
        <source>Arrivals</source>
        <translation>进线</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="144"/>
        <source>Handled</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="150"/>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="150"/>
        <source>Last 4 hours</source>
        <translation>最近 4 小时</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="150"/>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="154"/>
        <source>Time range of the charts (history is kept for 24 hours).</source>
        <translation>图表的时间范围（历史数据保留 24 小时）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="172"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="173"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="174"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="175"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="218"/>
        <source>not available from this backend</source>
        <translation>此后端不提供该数据</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="233"/>
        <source>Ticket systems have no live threshold: service level is the share of tickets whose first reply came by its first-reply due time, of those first replied in the last hour (tickets without a due time are not counted).</source>
        <translation>工单系统没有实时接听阈值：服务水平是最近一小时内首次回复的工单中，首次回复在其首次回复截止时间之前完成的比例（没有截止时间的工单不计入）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="239"/>
        <source>Request Tracker: the first reply is the first correspondence by someone other than the requestor; its due time is the response deadline RT&apos;s SLA set (queues without SLA: not counted).</source>
        <translation>Request Tracker：首次回复是请求人以外的人发出的第一封往来邮件；截止时间是 RT 的 SLA 设定的响应期限（未启用 SLA 的队列不计入）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="243"/>
        <source>Request Tracker has no presence: an enabled agent counts as available while they did something in RT within the last 15 minutes, else as offline.</source>
        <translation>Request Tracker 没有在线状态：已启用的坐席在最近 15 分钟内在 RT 中有操作时算作可接待，否则算作离线。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="245"/>
        <source>Request Tracker keeps no satisfaction ratings: read from the ticket custom field CSAT (1-5) where your RT has one; &quot;–&quot; where no ticket carries a rating.</source>
        <translation>Request Tracker 不保存满意度评分：若您的 RT 有工单自定义字段 CSAT（1–5），则从中读取；没有工单带评分时显示“–”。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="250"/>
        <source>Zendesk: the first reply time of the ticket metrics; its due time from the SLA policy Zendesk applied (or the first policy&apos;s first-reply target).</source>
        <translation>Zendesk：首次回复时间取自工单指标；截止时间取自 Zendesk 应用的 SLA 策略（或第一个策略的首次回复目标）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="252"/>
        <source>Zendesk satisfaction ratings: good counts as 5, bad as 1; share of good, last hour.</source>
        <translation>Zendesk 满意度评价：“好”计为 5，“差”计为 1；最近一小时“好”的比例。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="257"/>
        <source>Chatwoot: the conversation&apos;s first reply; its due time from the SLA applied to it (applied_sla, Chatwoot 3.x and later, Enterprise; policies on business hours only are not counted).</source>
        <translation>Chatwoot：会话的首次回复；截止时间取自应用于该会话的 SLA（applied_sla，Chatwoot 3.x 及以上的企业版；仅按工作时间计时的策略不计入）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="259"/>
        <source>Chatwoot: agents whose availability is online, out of those not offline.</source>
        <translation>Chatwoot：可用状态为在线的坐席，占非离线坐席的数量。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="264"/>
        <source>Zammad: the ticket&apos;s first response; its due time from the SLA Zammad escalates by (first_response_escalation_at).</source>
        <translation>Zammad：工单的首次响应；其到期时间取自 Zammad 据以升级的 SLA（first_response_escalation_at）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="272"/>
        <source>target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="271"/>
        <source>of %1 signed in</source>
        <translation>共 %1 名已签入</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="273"/>
        <source>last hour</source>
        <translation>过去一小时</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="280"/>
        <source>%1 %2 pt</source>
        <translation>%1 %2 个百分点</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="282"/>
        <source>%1 %2 in 15 min</source>
        <translation>15 分钟内 %1 %2</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="292"/>
        <source>Waiting per queue</source>
        <translation>各队列排队数</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="304"/>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="324"/>
        <source>Over capacity</source>
        <translation>超出容量</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/dashboard.py" line="322"/>
        <source>Active work; line: capacity</source>
        <translation>柱：进行中工作；横线：容量</translation>
    </message>
</context>
<context>
    <name>DisputesTab</name>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="97"/>
        <source>Open disputes</source>
        <translation>待处理申诉</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="98"/>
        <source>All disputes</source>
        <translation>全部申诉</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="99"/>
        <source>All submitted reviews</source>
        <translation>全部已提交质检</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="102"/>
        <source>Reload</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="103"/>
        <source>Dispute…</source>
        <translation>申诉…</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="104"/>
        <source>Accept dispute…</source>
        <translation>接受申诉…</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="105"/>
        <source>Reject dispute…</source>
        <translation>驳回申诉…</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="106"/>
        <source>&amp;Open review and transcript</source>
        <translation>打开评审和对话记录(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="107"/>
        <source>Review</source>
        <translation>质检</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="107"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="107"/>
        <source>Reviewer</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="108"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="108"/>
        <source>Dispute</source>
        <translation>申诉</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="108"/>
        <source>Team lead&apos;s comment</source>
        <translation>组长意见</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="109"/>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="141"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="146"/>
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="146"/>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="147"/>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="154"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="190"/>
        <source>You cannot dispute a review you wrote.</source>
        <translation>不能对自己写的评审提出申诉。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="193"/>
        <source>Select a review to open it or settle its dispute.</source>
        <translation>请选择一条评审，以打开它或处理其申诉。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="195"/>
        <source>This review has no open dispute to accept or reject.</source>
        <translation>该评审没有待处理的申诉可接受或驳回。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="197"/>
        <source>Someone other than the review&apos;s reviewer and whoever disputed it answers this dispute.</source>
        <translation>此申诉须由评审人和申诉人以外的人答复。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="218"/>
        <source>Dispute review %1</source>
        <translation>申诉质检 %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="219"/>
        <source>Why should the review change?</source>
        <translation>为什么这条质检应当修改？</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="229"/>
        <source>Accept the dispute</source>
        <translation>接受申诉</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="229"/>
        <source>Reject the dispute</source>
        <translation>驳回申诉</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="230"/>
        <source>Your answer to the team lead (optional):</source>
        <translation>给组长的答复（可选）：</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/disputes.py" line="238"/>
        <source>Review %1: dispute %2.</source>
        <translation>质检 %1：申诉%2。</translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <location filename="../../console/ui/dialogs/drill_down.py" line="97"/>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/drill_down.py" line="98"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/drill_down.py" line="100"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/drill_down.py" line="101"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/drill_down.py" line="102"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/drill_down.py" line="103"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/drill_down.py" line="104"/>
        <source>Assignee</source>
        <translation>处理坐席</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/drill_down.py" line="105"/>
        <source>Age</source>
        <translation>已创建时长</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/drill_down.py" line="105"/>
        <source>Time since the ticket was created.</source>
        <translation>自工单创建以来经过的时间。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/drill_down.py" line="106"/>
        <source>Time to breach</source>
        <translation>距超时</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/drill_down.py" line="107"/>
        <source>Until the earliest SLA due time still running; once passed, how long overdue.</source>
        <translation>距仍在计时的最早 SLA 截止时间还有多久；已过期则显示超时多久。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/drill_down.py" line="112"/>
        <source>&amp;Open in helpdesk (Ctrl+O)</source>
        <translation>在工单系统中打开(&amp;O)（Ctrl+O）</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/drill_down.py" line="113"/>
        <source>&amp;Reassign… (Ctrl+K)</source>
        <translation>重新分配(&amp;R)…（Ctrl+K）</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/drill_down.py" line="114"/>
        <source>&amp;Escalate… (Ctrl+E)</source>
        <translation>升级(&amp;E)…（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/drill_down.py" line="115"/>
        <source>&amp;Undo the last move (Ctrl+Z)</source>
        <translation>撤销上次移交(&amp;U)（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/drill_down.py" line="119"/>
        <source>Tickets: Enter or Ctrl+O opens one in its helpdesk, Ctrl+K reassigns, Ctrl+E escalates, the menu key lists these</source>
        <translation>工单：Enter 或 Ctrl+O 在工单系统中打开，Ctrl+K 重新分配，Ctrl+E 升级，菜单键列出这些操作</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/drill_down.py" line="157"/>
        <source>Your role (%1) can open tickets here but not reassign or escalate them.</source>
        <translation>您的角色（%1）可以在此打开工单，但不能重新分配或升级。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/drill_down.py" line="165"/>
        <source>Open %1 in a web browser.</source>
        <translation>在网页浏览器中打开 %1。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/drill_down.py" line="167"/>
        <source>Select one ticket to open it in its helpdesk.</source>
        <translation>请选择一张工单，以在工单系统中打开。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/drill_down.py" line="169"/>
        <source>This helpdesk gives no web page for its tickets (the built-in demo has none).</source>
        <translation>此工单系统不提供工单网页（内置演示没有）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/drill_down.py" line="172"/>
        <source>Select tickets first.</source>
        <translation>请先选择工单。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/drill_down.py" line="173"/>
        <source>Give the selected tickets to an agent or a team: the same warnings, reason and undo as on the Rebalance page.</source>
        <translation>将所选工单交给坐席或团队：警告、原因和撤销与“工作量调配”页面相同。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/drill_down.py" line="175"/>
        <source>Raise the priority or move to another queue, with a reason.</source>
        <translation>提高优先级或转到其他队列，需填写原因。</translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message numerus="yes">
        <location filename="../../console/ui/dialogs/rebalance.py" line="120"/>
        <source>Escalate %n ticket(s)</source>
        <translation>
            <numerusform>升级 %n 张工单</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="122"/>
        <source>Keep priority</source>
        <translation>保持优先级</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="128"/>
        <source>Keep queue</source>
        <translation>保持队列</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="132"/>
        <source>Reason (required; kept as an internal note on each ticket)</source>
        <translation>原因（必填；将作为内部备注记入每张工单）</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="133"/>
        <source>Escalation reason</source>
        <translation>升级原因</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="136"/>
        <source>&amp;Priority:</source>
        <translation>优先级(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="137"/>
        <source>&amp;Queue:</source>
        <translation>队列(&amp;Q):</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="138"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="139"/>
        <source>Escalate</source>
        <translation>升级</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../widgets/filter_bar.py" line="61"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
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
        <translation>%1：%2 等 %3 项</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../console/app.py" line="198"/>
        <source>Warning: unencrypted http:// connection to %1, as this profile allows.</source>
        <translation>警告：按此连接配置的允许，正在以未加密的 http:// 连接到 %1。</translation>
    </message>
    <message>
        <location filename="../../console/app.py" line="204"/>
        <source>Starting the simulated contact centre…</source>
        <translation>正在启动模拟客服中心…</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="265"/>
        <source>Supervisor Console</source>
        <translation>客服主管控制台</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="266"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="267"/>
        <source>&amp;Connections…</source>
        <translation>连接(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="268"/>
        <source>&amp;Reconnect</source>
        <translation>重新连接(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="269"/>
        <source>Agent &amp;capacity…</source>
        <translation>坐席容量(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="270"/>
        <source>&amp;Share thresholds and wall pages with the centre…</source>
        <translation>与全中心共享阈值和大屏页面(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="271"/>
        <source>Every console and wall on this server then uses this console&apos;s thresholds and wall pages (supervisors)</source>
        <translation>此后，连接此服务器的每个控制台和大屏都使用本控制台的阈值和大屏页面（限主管）</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="273"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>键盘快捷键(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="274"/>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="275"/>
        <source>Stale data warning</source>
        <translation>数据过时警告</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="276"/>
        <source>Connection state</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="277"/>
        <source>Server time</source>
        <translation>服务器时间</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="278"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="279"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="280"/>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="281"/>
        <source>&amp;Dashboard</source>
        <translation>仪表板(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="282"/>
        <source>&amp;Quality review</source>
        <translation>质检(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="283"/>
        <source>&amp;Rebalance</source>
        <translation>工作量调配(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="284"/>
        <source>&amp;Wall display</source>
        <translation>大屏显示(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="285"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="286"/>
        <source>Follow the &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="287"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="288"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="289"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="290"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="291"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="292"/>
        <source>Restart the demo server (Ctrl+R)</source>
        <translation>重新启动演示服务器（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="293"/>
        <source>Start the built-in demo server again on its database: the same centre, where it stopped.</source>
        <translation>在原数据库上重新启动内置演示服务器：同一个中心，从停止处继续。</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="319"/>
        <source>the server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="367"/>
        <source>About Supervisor Console</source>
        <translation>关于客服主管控制台</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="368"/>
        <source>Live queues, SLAs and agent load for contact-centre supervisors.</source>
        <translation>为客服中心主管实时呈现队列、SLA 和坐席负荷。</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="402"/>
        <source>Restarting the built-in demo server…</source>
        <translation>正在重新启动内置演示服务器…</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="412"/>
        <source>■ The built-in demo server stopped</source>
        <translation>■ 内置演示服务器已停止</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="416"/>
        <source>● Live</source>
        <translation>● 实时更新中</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="418"/>
        <source>● Live via hub (%1)</source>
        <translation>● 实时（经由中枢：%1）</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="419"/>
        <source>● Live via hub (%1, %2 behind)</source>
        <translation>● 实时（经由中枢：%1，落后 %2）</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="424"/>
        <source>▲ Reconnecting: %1</source>
        <translation>▲ 正在重新连接：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="427"/>
        <source>▲ Server asked to wait %1, retrying at %2</source>
        <translation>▲ 服务器要求等待%1，将于 %2 重试</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="429"/>
        <source>▲ Reconnecting in %1: %2</source>
        <translation>▲ %1后重新连接：%2</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="433"/>
        <source>■ Stopped: %1. Fix it, then File › Reconnect (Ctrl+R).</source>
        <translation>■ 已停止：%1。请先解决问题，再选择“文件 › 重新连接”（Ctrl+R）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="435"/>
        <source>■ Not connected: %1</source>
        <translation>■ 未连接：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="436"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="453"/>
        <source>Waiting for %1&apos;s update budget: %2 s</source>
        <translation>正在等待 %1 的更新额度：%2 秒</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="454"/>
        <source>Waiting for %1&apos;s call budget: %2 s</source>
        <translation>正在等待 %1 的调用额度：%2 秒</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="470"/>
        <source>■ The built-in demo server stopped (exit code %1). The data shown is its last%2. Restart it to go on where it stopped.</source>
        <translation>■ 内置演示服务器已停止（退出代码 %1）。显示的是它最后的数据%2。重新启动即可从停止处继续。</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="473"/>
        <source>, from %1 ago</source>
        <translation>（%1 前）</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="480"/>
        <source>as of %1 ago</source>
        <translation>%1前的数据</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="483"/>
        <source>◷ Data is stale: last update %1 ago. %2</source>
        <translation>◷ 数据已过时：最后更新于%1前。%2</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="492"/>
        <source>Server time %1 UTC</source>
        <translation>服务器时间 %1 UTC</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="492"/>
        <source>Last update %1 UTC</source>
        <translation>最后更新于 %1 UTC</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="517"/>
        <source>The centre&apos;s shared thresholds (version %1) cannot be used: %2</source>
        <translation>无法使用全中心共享的阈值（第 %1 版）：%2</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="525"/>
        <source>The centre&apos;s shared wall layout (version %1) cannot be used: %2</source>
        <translation>无法使用全中心共享的大屏布局（第 %1 版）：%2</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="535"/>
        <source>Share with the centre</source>
        <translation>与全中心共享</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="536"/>
        <source>Every console and wall connected to this server will use this console&apos;s thresholds and wall pages from now on. Share them?</source>
        <translation>从现在起，连接此服务器的每个控制台和大屏都将使用本控制台的阈值和大屏页面。要共享吗？</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="553"/>
        <source>Shared with the centre: thresholds version %1, wall pages version %2.</source>
        <translation>已与全中心共享：阈值第 %1 版，大屏页面第 %2 版。</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="558"/>
        <source>Not shared: %1</source>
        <translation>未共享：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="583"/>
        <source>Waiting tickets</source>
        <translation>排队中的工单</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="583"/>
        <source>SLA breached tickets</source>
        <translation>SLA 超时工单</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="584"/>
        <source>Tickets at risk</source>
        <translation>有风险的工单</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="584"/>
        <source>Unresolved tickets</source>
        <translation>未解决工单</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="586"/>
        <source>Tickets of %1</source>
        <translation>%1 的工单</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="588"/>
        <source>Tickets of team %1</source>
        <translation>团队 %1 的工单</translation>
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
        <translation>移交前请确认</translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/dialogs/rebalance.py" line="79"/>
        <source>%1 would be %n ticket(s) over capacity.</source>
        <translation>
            <numerusform>%1 将超出容量 %n 张。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="81"/>
        <source>%1 is offline.</source>
        <translation>%1 已离线。</translation>
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
            <numerusform>%1 不具备其中 %n 张工单所需的技能。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/dialogs/rebalance.py" line="93"/>
        <source>Move %n ticket(s) anyway</source>
        <translation>
            <numerusform>仍然移交 %n 张</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="91"/>
        <source>Why move them anyway? (kept in the audit log)</source>
        <translation>为什么仍要移交？（记入审计日志）</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="92"/>
        <source>Override reason</source>
        <translation>强制执行原因</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../console/ui/pages/overview.py" line="61"/>
        <location filename="../../console/ui/pages/overview.py" line="72"/>
        <source>Waiting</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/overview.py" line="62"/>
        <source>Open tickets in a queue with no assignee.</source>
        <translation>队列中尚未分配给坐席的未解决工单。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/overview.py" line="63"/>
        <location filename="../../console/ui/pages/overview.py" line="73"/>
        <source>Longest wait</source>
        <translation>最长等待</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/overview.py" line="64"/>
        <source>Now minus the creation time of the oldest waiting ticket.</source>
        <translation>当前时间减去最早一张排队工单的创建时间。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/overview.py" line="65"/>
        <source>SLA breached</source>
        <translation>SLA 超时</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/overview.py" line="66"/>
        <source>Unresolved tickets with a due time passed without the event.</source>
        <translation>SLA 截止时间已过而目标事件仍未发生的未解决工单。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/overview.py" line="67"/>
        <location filename="../../console/ui/pages/overview.py" line="72"/>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/overview.py" line="68"/>
        <source>Unresolved tickets due within their queue&apos;s at-risk threshold.</source>
        <translation>距 SLA 截止时间已不足所属队列风险阈值的未解决工单。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/overview.py" line="69"/>
        <source>Agents available</source>
        <translation>空闲坐席</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/overview.py" line="70"/>
        <source>Agents in the available state, out of those signed in.</source>
        <translation>处于空闲状态的坐席数，以及已签入的坐席总数。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/overview.py" line="72"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/overview.py" line="72"/>
        <source>Backlog</source>
        <translation>积压</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/overview.py" line="72"/>
        <source>Breached</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/overview.py" line="73"/>
        <source>Agents free</source>
        <translation>空闲坐席</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/overview.py" line="74"/>
        <source>All unresolved tickets (new, open, pending).</source>
        <translation>所有未解决工单（新建、处理中、待回复）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/overview.py" line="76"/>
        <source>Available agents with the queue&apos;s skill.</source>
        <translation>具备该队列技能的空闲坐席数。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/overview.py" line="81"/>
        <source>Waiting per queue</source>
        <translation>各队列排队数</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/overview.py" line="107"/>
        <source>of %1 signed in</source>
        <translation>共 %1 名已签入</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/overview.py" line="110"/>
        <source>not available from this backend</source>
        <translation>此后端不提供该数据</translation>
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
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="270"/>
        <source>From</source>
        <translation>原处理人</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="270"/>
        <source>To</source>
        <translation>移交给</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="270"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="270"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="271"/>
        <source>&amp;Remove selected moves</source>
        <translation>移除选中的移交(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="272"/>
        <source>&amp;Drop the moves that need a reason</source>
        <translation>去掉需要原因的移交(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="273"/>
        <source>Why apply the moves with warnings? (kept in the audit log)</source>
        <translation>为什么仍要执行有警告的移交？（记入审计日志）</translation>
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
        <translation>已离线</translation>
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
        <translation>坐席超出容量</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="306"/>
        <source>Agent lacks the skill</source>
        <translation>坐席缺少技能</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="307"/>
        <source>Waiting in queue</source>
        <translation>在队列中等待</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="308"/>
        <source>queue</source>
        <translation>队列</translation>
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
            <numerusform>共 %n 次移交，最接近超时的优先。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="318"/>
        <source>#%1 to %2 (%3)</source>
        <translation>#%1 交给 %2（%3）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/dialogs/rebalance.py" line="322"/>
        <source> and %n more</source>
        <translation>
            <numerusform>，另有 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/dialogs/rebalance.py" line="324"/>
        <source>%n need(s) a reason: %1.</source>
        <translation>
            <numerusform>%n 个需要原因：%1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="325"/>
        <source>After it: %1 over capacity, %2 with an agent lacking the skill, %3 no skilled agent has room for.</source>
        <translation>执行后：%1仍超出容量，%2的处理人缺少技能，%3没有具备技能且有余量的坐席。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/dialogs/rebalance.py" line="326"/>
        <source>%n agent(s)</source>
        <translation>
            <numerusform> %n 位坐席</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/dialogs/rebalance.py" line="327"/>
        <source>%n ticket(s)</source>
        <translation>
            <numerusform> %n 张工单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/dialogs/rebalance.py" line="328"/>
        <source>%n waiting ticket(s)</source>
        <translation>
            <numerusform> %n 张等待中的工单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/dialogs/rebalance.py" line="330"/>
        <source>%n agent(s) have only a nominal capacity (the helpdesk has none): set it under File › Agent capacity… for a plan that fits.</source>
        <translation>
            <numerusform>%n 名坐席只有名义容量（服务台没有）：请在“文件 › 坐席容量…”中设置，方案才会合适。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/dialogs/rebalance.py" line="335"/>
        <source>Apply %n move(s)</source>
        <translation>
            <numerusform>执行 %n 个移交</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/rebalance.py" line="342"/>
        <source>Give a reason for the moves with warnings, or drop them.</source>
        <translation>请为有警告的移交填写原因，或去掉它们。</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <location filename="../../console/qt/labels.py" line="55"/>
        <source>The address must start with https:// and name a server.</source>
        <translation>地址必须以 https:// 开头并包含服务器名称。</translation>
    </message>
    <message>
        <location filename="../../console/qt/labels.py" line="57"/>
        <source>Do not put a user or password in the address.</source>
        <translation>请勿在地址中填写用户名或密码。</translation>
    </message>
    <message>
        <location filename="../../console/qt/labels.py" line="59"/>
        <source>Plain http:// to another computer sends the token unencrypted. Use https://, or tick “Allow unencrypted http” if you accept the risk.</source>
        <translation>通过 http:// 连接其他电脑会以明文发送令牌。请使用 https://；如果您接受此风险，请勾选“允许对此服务器使用未加密的 http://”。</translation>
    </message>
    <message>
        <location filename="../../console/qt/labels.py" line="67"/>
        <source>This computer has no secure password store (keyring), so the token cannot be saved. Set the environment variable %1 to the token before starting the console instead; it is never written to a file.</source>
        <translation>此电脑没有安全的密码存储（密钥环），因此无法保存令牌。请改为在启动控制台前将环境变量 %1 设置为该令牌；令牌绝不会写入文件。</translation>
    </message>
</context>
<context>
    <name>QaPage</name>
    <message>
        <location filename="../../console/ui/pages/qa/page.py" line="59"/>
        <source>Review</source>
        <translation>质检</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/page.py" line="59"/>
        <source>Disputes</source>
        <translation>申诉</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/page.py" line="59"/>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/page.py" line="60"/>
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/page.py" line="60"/>
        <source>Scorecards</source>
        <translation>评分表</translation>
    </message>
</context>
<context>
    <name>RebalancePage</name>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="285"/>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="286"/>
        <source>Time to breach</source>
        <translation>距超时</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="287"/>
        <source>Until the earliest SLA due time still running; once passed, how long overdue.</source>
        <translation>距最早一个仍在计时的 SLA 截止时间还有多久；超过后显示已超时多久。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="288"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="289"/>
        <source>Sorted by severity: urgent, high, normal, low.</source>
        <translation>按严重程度排序：紧急、高、普通、低。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="291"/>
        <location filename="../../console/ui/pages/rebalance.py" line="328"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="292"/>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="293"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="295"/>
        <source>Created (UTC)</source>
        <translation>创建时间（UTC）</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="306"/>
        <source>&amp;Move to… (Ctrl+K)</source>
        <translation>移交给(&amp;M)…(Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="307"/>
        <source>Give the selected tickets to an agent or a team: type a name.</source>
        <translation>把选中的工单交给某位坐席或某个团队：输入名字即可。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="308"/>
        <source>Back to &amp;queue</source>
        <translation>退回队列(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="309"/>
        <source>&amp;Escalate… (Ctrl+E)</source>
        <translation>升级(&amp;E)…(Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="310"/>
        <source>&amp;Undo (Ctrl+Z)</source>
        <translation>撤销(&amp;U)(Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="311"/>
        <source>&amp;Conflicts…</source>
        <translation>冲突(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="312"/>
        <source>&amp;Retry not done</source>
        <translation>重试未完成项(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="313"/>
        <source>Balance &amp;plan… (Ctrl+B)</source>
        <translation>均衡方案(&amp;P)…(Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="314"/>
        <source>&amp;Audit log…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="316"/>
        <source>Move the selected tickets to an agent, a team or the queue</source>
        <translation>把选中的工单移交给坐席、团队或退回队列</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="317"/>
        <source>Escalate the selected tickets</source>
        <translation>升级选中的工单</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="317"/>
        <source>Undo the last move</source>
        <translation>撤销上一次移交</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="318"/>
        <source>Propose a balance plan</source>
        <translation>生成均衡方案</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="318"/>
        <source>Selected tickets back to their queue</source>
        <translation>把选中的工单退回其队列</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="320"/>
        <source>Agents</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="321"/>
        <source>Find agent, team or skill…</source>
        <translation>查找坐席、团队或技能…</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="322"/>
        <source>Find agent</source>
        <translation>查找坐席</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="323"/>
        <source>Agent load board</source>
        <translation>坐席负载看板</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="324"/>
        <source>Agent load board: drop tickets on an agent</source>
        <translation>坐席负载看板：把工单拖到某位坐席上</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="325"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="325"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="325"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="325"/>
        <source>In state</source>
        <translation>持续时间</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="326"/>
        <source>Load</source>
        <translation>负载</translation>
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
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="484"/>
        <source>Queues and staffing now</source>
        <translation>队列与当前人力</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="328"/>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="328"/>
        <source>Longest wait</source>
        <translation>最长等待</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="329"/>
        <source>Working</source>
        <translation>在岗</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="329"/>
        <source>Needed</source>
        <translation>所需</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="333"/>
        <source>Agents working with the queue&apos;s skill, each split evenly among their skills, so that every agent counts once.</source>
        <translation>具备该队列技能的在岗坐席，每人按其技能数平均分摊，因此每位坐席只计一次。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="335"/>
        <source>Agents needed per channel at the last hour&apos;s arrivals and handle time: phone by Erlang C (Erlang A where callers abandon), chat by Erlang C with the agents&apos; concurrency, email, social and app by workload at 85 % occupancy within their first-reply target.</source>
        <translation>按过去一小时的来量和处理时长计算各渠道所需坐席：电话用 Erlang C（有放弃时用 Erlang A），在线聊天用考虑坐席并发数的 Erlang C，邮件、社交和应用按工作量在 85% 占用率下于首次回复目标内完成。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="471"/>
        <source>needs %1 more: %2</source>
        <translation>还需 %1 人：%2</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="473"/>
        <source>enough (%1: %2)</source>
        <translation>充足（%1：%2）</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="486"/>
        <source>Queues and staffing now: %1 agents needed, %2 working</source>
        <translation>当前队列与人力：需要 %1 名坐席，在岗 %2 名</translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/pages/rebalance.py" line="576"/>
        <source>Move %n ticket(s) to…</source>
        <translation>
            <numerusform>将 %n 张工单移交给…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/pages/rebalance.py" line="632"/>
        <source>Moving %n ticket(s)…</source>
        <translation>
            <numerusform>正在移交 %n 张工单…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/pages/rebalance.py" line="654"/>
        <source>Escalating %n ticket(s)…</source>
        <translation>
            <numerusform>正在升级 %n 张工单…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/pages/rebalance.py" line="833"/>
        <source>Moved %1 of %n ticket(s).</source>
        <translation>
            <numerusform>已移交 %1/%n 张工单。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/pages/rebalance.py" line="834"/>
        <source>Undone %1 of %n ticket(s).</source>
        <translation>
            <numerusform>已撤销 %1/%n 张工单。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/pages/rebalance.py" line="835"/>
        <source>Escalated %1 of %n ticket(s).</source>
        <translation>
            <numerusform>已升级 %1/%n 张工单。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="330"/>
        <location filename="../../console/ui/pages/rebalance.py" line="331"/>
        <source>Open tickets with no assignee.</source>
        <translation>未分配处理人的未结工单。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="63"/>
        <source>the server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="65"/>
        <source>Capacity %1, from %2</source>
        <translation>容量 %1，来自 %2</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="68"/>
        <source>Capacity %1, set here (File › Agent capacity…)</source>
        <translation>容量 %1，在此设置（文件 › 坐席容量…）</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="70"/>
        <source>Capacity %1 is nominal: %2 has none for this agent. Set it under File › Agent capacity… or from the board&apos;s context menu.</source>
        <translation>容量 %1 仅为名义值：%2 没有该坐席的容量。请在“文件 › 坐席容量…”或看板的右键菜单中设置。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="332"/>
        <source>The oldest waiting ticket&apos;s wait.</source>
        <translation>等待最久的工单已等待的时间。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="339"/>
        <source>All &amp;waiting</source>
        <translation>全部等待中(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="340"/>
        <source>&amp;Select all</source>
        <translation>全选(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="343"/>
        <source>Tickets: select, then drag to an agent or press Ctrl+K</source>
        <translation>工单：选中后拖到坐席上，或按 Ctrl+K</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="377"/>
        <source>Your role (%1) can see the board but not move or escalate tickets.</source>
        <translation>您的角色（%1）可以查看看板，但不能移交或升级工单。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="456"/>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="456"/>
        <source>chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="456"/>
        <source>email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="457"/>
        <source>social</source>
        <translation>社交</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="457"/>
        <source>app</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="467"/>
        <source>no traffic</source>
        <translation>无来量</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="469"/>
        <source>no handle time yet</source>
        <translation>尚无处理时长数据</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="515"/>
        <source>Waiting in %1</source>
        <translation>%1 中等待的工单</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="518"/>
        <source>Tickets of %1</source>
        <translation>%1 的工单</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="520"/>
        <source>Tickets of team %1</source>
        <translation>团队 %1 的工单</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="522"/>
        <source>All waiting tickets</source>
        <translation>全部等待中的工单</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="534"/>
        <source>Your role (%1) may not move or escalate tickets.</source>
        <translation>您的角色（%1）无权移交或升级工单。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="558"/>
        <location filename="../../console/ui/pages/rebalance.py" line="646"/>
        <source>Select tickets first (click, Shift/Ctrl-click, or Select all).</source>
        <translation>请先选择工单（单击、Shift/Ctrl 单击，或全选）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="562"/>
        <source>The agents are still loading: try again in a moment.</source>
        <translation>坐席仍在加载：请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="566"/>
        <source>%1 · %2 · %3/%4 · %5</source>
        <translation>%1 · %2 · %3/%4 · %5</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="572"/>
        <source>Team %1</source>
        <translation>团队 %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="573"/>
        <source>the member with the most room</source>
        <translation>交给余量最多的成员</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="575"/>
        <source>Back to the queue</source>
        <translation>退回队列</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="575"/>
        <source>unassign</source>
        <translation>取消分配</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="577"/>
        <source>Type a name…</source>
        <translation>输入名字…</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="665"/>
        <source>Nothing to undo (moves can be undone for %1).</source>
        <translation>没有可撤销的操作（移交后 %1 内可撤销）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="708"/>
        <source>Working out a balance plan…</source>
        <translation>正在计算均衡方案…</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="735"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="739"/>
        <source>Checking the plan&apos;s moves…</source>
        <translation>正在检查方案的移交…</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="778"/>
        <source>Set capacity…</source>
        <translation>设置容量…</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="808"/>
        <source>The action could not be completed: %1</source>
        <translation>操作未能完成：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="826"/>
        <source>Select tickets, then drag them onto an agent or press Ctrl+K and type a name. Warnings come before the move; every ticket&apos;s outcome is shown.</source>
        <translation>选择工单，拖到坐席上，或按 Ctrl+K 输入名字。移交前会先给出提醒；每张工单的结果都会显示。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="830"/>
        <source>The server refused: your role may not change tickets (403). Nothing was changed.</source>
        <translation>服务器拒绝：您的角色无权修改工单（403）。没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="838"/>
        <source>%1 changed by someone else first: nothing overwritten, choose under Conflicts.</source>
        <translation>%1 张已被他人先改动：未覆盖任何内容，请在“冲突”中逐一选择。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="842"/>
        <source>%1 failed (%2).</source>
        <translation>%1 张失败（%2）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="844"/>
        <source>%1 unknown: the server stopped answering; checking each ticket again when it is back.</source>
        <translation>%1 张结果未知：服务器无响应；恢复后将逐张重新核对。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="847"/>
        <source>%1 not done: Retry sends them again.</source>
        <translation>%1 张未完成：点“重试”重新发送。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="860"/>
        <source>Tickets someone else changed first: skip them or retry on their new version.</source>
        <translation>他人先改动的工单：跳过，或基于新版本重试。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="862"/>
        <source>No conflicts: the last action overwrote nothing.</source>
        <translation>没有冲突：上次操作没有覆盖任何内容。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="864"/>
        <source>Send the moves the server did not take again.</source>
        <translation>重新发送服务器未接受的移交。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="865"/>
        <source>Every move of the last action was sent: nothing to retry.</source>
        <translation>上次操作的移交均已发送：无需重试。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="868"/>
        <source>Undo the last move (where nobody changed the tickets since).</source>
        <translation>撤销上次移交（仅限之后无人改动的工单）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/rebalance.py" line="869"/>
        <source>Nothing to undo: moves can be undone for %1.</source>
        <translation>没有可撤销的操作：移交后 %1 内可撤销。</translation>
    </message>
</context>
<context>
    <name>ReviewWorkspace</name>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="249"/>
        <source>My review queue</source>
        <translation>我的质检队列</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="250"/>
        <source>All recent interactions</source>
        <translation>全部近期会话</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="251"/>
        <source>My drafts on this computer</source>
        <translation>本机上的我的草稿</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="255"/>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="261"/>
        <source>All teams</source>
        <translation>全部团队</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="265"/>
        <source>Low CSAT</source>
        <translation>低满意度</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="266"/>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="267"/>
        <source>Long handle time</source>
        <translation>处理时长过长</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="268"/>
        <location filename="../../console/ui/pages/qa/review.py" line="623"/>
        <source>SLA breached</source>
        <translation>SLA 超时</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="269"/>
        <source>Sample per agent</source>
        <translation>按坐席抽样</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="270"/>
        <source>Assign…</source>
        <translation>分配…</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="271"/>
        <source>Put the open interaction in a reviewer&apos;s queue</source>
        <translation>把当前会话放入某位质检员的队列</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="272"/>
        <source>Add this many random interactions per agent from the last day (with the filters above) to my queue</source>
        <translation>从最近一天（按上方筛选条件）为每位坐席随机抽取这么多会话，加入我的队列</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="274"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="274"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="274"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="275"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="275"/>
        <source>CSAT</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="275"/>
        <source>Review</source>
        <translation>质检</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="276"/>
        <source>AutoQA suggestions</source>
        <translation>智能质检建议</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="277"/>
        <source>Nothing is scored until you take a suggestion: Enter on one here, A on a scorecard row, or Accept all</source>
        <translation>采纳建议前不会自动评分：在此处按 Enter、在评分行按 A，或点“全部采纳”</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="279"/>
        <source>Accept all (Ctrl+Shift+A)</source>
        <translation>全部采纳 (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="305"/>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="322"/>
        <source>Could not load: %1</source>
        <translation>加载失败：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="357"/>
        <source>Your review queue is empty; you have %1 drafts on this computer.</source>
        <translation>您的质检队列为空；本机上有 %1 份草稿。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="361"/>
        <source>Your review queue is empty: showing recent interactions. Use “Sample per agent” to fill the queue.</source>
        <translation>您的质检队列为空，正在显示近期会话。可用“按坐席抽样”填充队列。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="388"/>
        <source>Disputed</source>
        <translation>申诉中</translation>
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
        <translation>待质检</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="393"/>
        <source>Not reviewed</source>
        <translation>未质检</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="424"/>
        <source>%1 interactions</source>
        <translation>%1 条会话</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="449"/>
        <source>%1 interactions added to your queue</source>
        <translation>已将 %1 条会话加入您的队列</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="460"/>
        <source>Assign for review</source>
        <translation>分配质检</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="461"/>
        <source>Reviewer id for interaction %1:</source>
        <translation>会话 %1 的质检员标识：</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="466"/>
        <source>Interaction %1 is in %2&apos;s queue.</source>
        <translation>会话 %1 已在 %2 的队列中。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="530"/>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="583"/>
        <source>Disputed by %1: “%2”. Revise the scores and submit again if you agree.</source>
        <translation>%1 提出申诉：“%2”。如您同意，请修改评分后重新提交。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="588"/>
        <source>Already submitted (score %1); changes are submitted as a revision.</source>
        <translation>已提交（得分 %1）；修改将作为修订提交。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="591"/>
        <source>Draft restored. The last submit failed: %1</source>
        <translation>已恢复草稿。上次提交失败：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="594"/>
        <source>Draft restored from this computer.</source>
        <translation>已从本机恢复草稿。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="610"/>
        <source>Pick an interaction from the queue (Alt+Q, then Up/Down).</source>
        <translation>请从队列中选择一条会话（Alt+Q，再按上/下键）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="614"/>
        <source>Interaction %1</source>
        <translation>会话 %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="615"/>
        <source>ticket %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="619"/>
        <source>CSAT %1</source>
        <translation>满意度 %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="621"/>
        <source>escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="625"/>
        <source>Calibration session %1</source>
        <translation>校准会话 %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="642"/>
        <source>Greeting found in turn %1: “%2”</source>
        <translation>第 %1 句有问候语：“%2”</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="643"/>
        <source>No greeting in the agent&apos;s first replies</source>
        <translation>坐席开头的回复中没有问候语</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="644"/>
        <source>Closing found in turn %1: “%2”</source>
        <translation>第 %1 句有结束语：“%2”</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="645"/>
        <source>No closing in the agent&apos;s last replies</source>
        <translation>坐席最后的回复中没有结束语</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="646"/>
        <source>Apology or empathy in turn %1: “%2”</source>
        <translation>第 %1 句有致歉或共情：“%2”</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="647"/>
        <source>No apology or empathy phrase found</source>
        <translation>未发现致歉或共情用语</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="648"/>
        <source>First response after %3 (turn %1)</source>
        <translation>首次响应用时 %3（第 %1 句）</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="649"/>
        <source>Slow first response: %3 (turn %1)</source>
        <translation>首次响应慢：%3（第 %1 句）</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="650"/>
        <source>Longest customer wait %3 (from turn %1)</source>
        <translation>客户最长等待 %3（自第 %1 句起）</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="651"/>
        <source>Long customer wait: %3 (from turn %1)</source>
        <translation>客户等待过长：%3（自第 %1 句起）</translation>
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
        <translation>→ 建议 %1 = %2</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="678"/>
        <source>AutoQA: %1 (A to take it)</source>
        <translation>智能质检：%1（按 A 采纳）</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="714"/>
        <source>%1 of %2 rated</source>
        <translation>已评 %1/%2 项</translation>
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
        <translation>关键项低于 50 %：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="722"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="767"/>
        <source>Rate every category or mark it N/A first: %1</source>
        <translation>请先为每个类别评分或标记为不适用：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="800"/>
        <source>Submitting…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="805"/>
        <source>Submitting in %1 s: Undo submit (Alt+U) keeps it a draft.</source>
        <translation>%1 秒后提交：按“撤销提交”（Alt+U）可保留为草稿。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="817"/>
        <source>Not submitted: the review is still a draft.</source>
        <translation>未提交：该评审仍是草稿。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="786"/>
        <source>Review submitted: score %1.</source>
        <translation>质检已提交：得分 %1。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="238"/>
        <source>&amp;Undo submit</source>
        <translation>撤销提交(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="245"/>
        <source>Search the transcript</source>
        <translation>搜索对话记录</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/review.py" line="794"/>
        <source>Not submitted: %1. Your draft is kept on this computer; submit again when the server is back.</source>
        <translation>未提交：%1。草稿已保存在本机；服务器恢复后请再次提交。</translation>
    </message>
</context>
<context>
    <name>ScorecardEditor</name>
    <message>
        <location filename="../../console/ui/pages/qa/scorecard_editor.py" line="77"/>
        <source>Id</source>
        <translation>标识</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/scorecard_editor.py" line="77"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/scorecard_editor.py" line="77"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/scorecard_editor.py" line="78"/>
        <source>Scale</source>
        <translation>分制</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/scorecard_editor.py" line="78"/>
        <source>Critical</source>
        <translation>关键项</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/scorecard_editor.py" line="79"/>
        <source>scorecard id (a-z, 0-9, - or _)</source>
        <translation>评分表标识（a-z、0-9、- 或 _）</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/scorecard_editor.py" line="80"/>
        <source>Scorecard name</source>
        <translation>评分表名称</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/scorecard_editor.py" line="81"/>
        <source>Add category</source>
        <translation>添加类别</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/scorecard_editor.py" line="82"/>
        <source>Remove category</source>
        <translation>删除类别</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/scorecard_editor.py" line="83"/>
        <source>Save as new version</source>
        <translation>另存为新版本</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/scorecard_editor.py" line="99"/>
        <source>Only supervisors edit scorecards; you can read them here.</source>
        <translation>只有主管可以编辑评分表；您可以在此查看。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/scorecard_editor.py" line="109"/>
        <source>New scorecard…</source>
        <translation>新建评分表…</translation>
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
        <translation>第 %1 行：标识须为 1-64 个 a-z、0-9、- 或 _ 字符</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/scorecard_editor.py" line="164"/>
        <source>Row %1: the category needs a name</source>
        <translation>第 %1 行：类别需要名称</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/scorecard_editor.py" line="171"/>
        <source>A scorecard needs at least one category</source>
        <translation>评分表至少需要一个类别</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/scorecard_editor.py" line="173"/>
        <source>Category ids must be different</source>
        <translation>类别标识不能重复</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/scorecard_editor.py" line="184"/>
        <source>The scorecard needs an id (a-z, 0-9, - or _) and a name</source>
        <translation>评分表需要标识（a-z、0-9、- 或 _）和名称</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/scorecard_editor.py" line="193"/>
        <source>Saved %1 version %2; earlier reviews keep their version.</source>
        <translation>已保存 %1 版本 %2；此前的质检保留原版本。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/scorecard_editor.py" line="200"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>ScorecardForm</name>
    <message>
        <location filename="../../widgets/scorecard_form.py" line="237"/>
        <source>Overall comment</source>
        <translation>总体评语</translation>
    </message>
    <message>
        <location filename="../../widgets/scorecard_form.py" line="238"/>
        <source>What went well, what to improve</source>
        <translation>做得好的地方、需要改进的地方</translation>
    </message>
    <message>
        <location filename="../../widgets/scorecard_form.py" line="239"/>
        <source>Submit review (Ctrl+Enter)</source>
        <translation>提交质检 (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="69"/>
        <source>Next interaction</source>
        <translation>下一条互动</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="69"/>
        <source>Previous interaction</source>
        <translation>上一条互动</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="70"/>
        <source>Go to the review queue</source>
        <translation>转到评审队列</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="70"/>
        <source>Go to the first unrated question</source>
        <translation>转到第一个未评分的项目</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="71"/>
        <source>Accept the AutoQA suggestions</source>
        <translation>采纳 AutoQA 建议</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="71"/>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="72"/>
        <source>Play or pause the recording</source>
        <translation>播放或暂停录音</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="72"/>
        <source>Back a few seconds</source>
        <translation>后退几秒</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="73"/>
        <source>Forward a few seconds</source>
        <translation>前进几秒</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="73"/>
        <source>Back further</source>
        <translation>后退更多</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="74"/>
        <source>Forward further</source>
        <translation>前进更多</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="74"/>
        <source>Slower playback</source>
        <translation>减慢播放</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="75"/>
        <source>Faster playback</source>
        <translation>加快播放</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="75"/>
        <source>Search the transcript</source>
        <translation>搜索对话记录</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="76"/>
        <source>Next search match</source>
        <translation>下一个搜索结果</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="76"/>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="77"/>
        <source>Submit the review</source>
        <translation>提交评审</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="81"/>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="81"/>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="81"/>
        <source>Rebalance</source>
        <translation>工作量调配</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="82"/>
        <source>Quality review</source>
        <translation>质检评审</translation>
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
        <translation>评分卡问题</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="125"/>
        <source>Wall display</source>
        <translation>大屏显示</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="148"/>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="152"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="149"/>
        <source>Shortcuts on a page work while that page is shown. Press Alt with the underlined letter to open a menu.</source>
        <translation>页面上的快捷键仅在显示该页面时有效。按 Alt 加带下划线的字母可打开菜单。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="151"/>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="151"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../console/ui/dialogs/shortcuts.py" line="151"/>
        <source>Where</source>
        <translation>适用位置</translation>
    </message>
</context>
<context>
    <name>TicketTable</name>
    <message>
        <location filename="../../widgets/array_table/view.py" line="130"/>
        <source>Filter tickets…</source>
        <translation>筛选工单…</translation>
    </message>
    <message>
        <location filename="../../widgets/array_table/view.py" line="131"/>
        <source>Filter tickets</source>
        <translation>筛选工单</translation>
    </message>
    <message>
        <location filename="../../widgets/array_table/view.py" line="230"/>
        <source>%1 of %2 tickets</source>
        <translation>显示 %1 / 共 %2 个工单</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../../widgets/transcript_view.py" line="82"/>
        <source>Search the transcript (Ctrl+F)</source>
        <translation>搜索对话记录 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../widgets/transcript_view.py" line="92"/>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <location filename="../../widgets/transcript_view.py" line="93"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../widgets/transcript_view.py" line="93"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../widgets/transcript_view.py" line="93"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../../widgets/transcript_view.py" line="131"/>
        <source>customer waited %1</source>
        <translation>客户等待 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/transcript_view.py" line="192"/>
        <source>no match</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <location filename="../../widgets/transcript_view.py" line="194"/>
        <source>%1 matches</source>
        <translation>%1 处匹配</translation>
    </message>
    <message>
        <location filename="../../widgets/transcript_view.py" line="214"/>
        <source>%1 of %2</source>
        <translation>第 %1/%2 处</translation>
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
        <translation>全部坐席</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/trends.py" line="120"/>
        <source>By team</source>
        <translation>按团队</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/trends.py" line="121"/>
        <source>By agent</source>
        <translation>按坐席</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/trends.py" line="122"/>
        <source>Per hour</source>
        <translation>每小时</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/trends.py" line="122"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/trends.py" line="123"/>
        <source>Per day</source>
        <translation>每天</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/trends.py" line="123"/>
        <source>Per week</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/trends.py" line="131"/>
        <source>Reload</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/trends.py" line="132"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/trends.py" line="133"/>
        <source>IQS over time (mean review score, %)</source>
        <translation>IQS 趋势（质检平均得分，%）</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/trends.py" line="134"/>
        <source>Mean score by category (%)</source>
        <translation>各类别平均得分（%）</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/trends.py" line="146"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/trends.py" line="177"/>
        <source>IQS %1 over %2 reviews</source>
        <translation>IQS %1（共 %2 条质检）</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/trends.py" line="217"/>
        <source>Nothing to export yet.</source>
        <translation>暂无可导出的数据。</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/trends.py" line="219"/>
        <source>Export reviews</source>
        <translation>导出质检记录</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/trends.py" line="220"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/trends.py" line="235"/>
        <source>%1 reviews exported to %2</source>
        <translation>已导出 %1 条质检到 %2</translation>
    </message>
    <message>
        <location filename="../../console/ui/pages/qa/trends.py" line="236"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
</context>
<context>
    <name>WallLayout</name>
    <message>
        <location filename="../../console/ui/wall/layout.py" line="38"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/layout.py" line="39"/>
        <source>Service level per queue</source>
        <translation>各队列服务水平</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/layout.py" line="40"/>
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/layout.py" line="41"/>
        <source>Agent load</source>
        <translation>坐席负载</translation>
    </message>
</context>
<context>
    <name>WallTiles</name>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="40"/>
        <source>Waiting</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="41"/>
        <source>Longest wait</source>
        <translation>最长等待</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="42"/>
        <location filename="../../console/ui/wall/tiles.py" line="306"/>
        <source>Service level</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="43"/>
        <source>SLA breached</source>
        <translation>SLA 超时</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="44"/>
        <location filename="../../console/ui/wall/tiles.py" line="305"/>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="45"/>
        <source>Agents available</source>
        <translation>空闲坐席</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="46"/>
        <source>CSAT</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="47"/>
        <source>Unresolved</source>
        <translation>未解决</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="48"/>
        <source>Occupancy</source>
        <translation>占用率</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="49"/>
        <source>Speed of answer</source>
        <translation>平均应答速度</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="50"/>
        <source>Abandoned</source>
        <translation>放弃率</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="64"/>
        <source>%1 h</source>
        <translation>%1小时</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="83"/>
        <source>target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="86"/>
        <source>%1 breached</source>
        <translation>%1 单超时</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="89"/>
        <source>of %1 signed in</source>
        <translation>共 %1 名已签入</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="91"/>
        <source>%1 unresolved</source>
        <translation>%1 单未解决</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="93"/>
        <source>of %1 unresolved</source>
        <translation>共 %1 单未解决</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="95"/>
        <source>last hour</source>
        <translation>过去一小时</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="169"/>
        <source>no queue %1</source>
        <translation>无此队列：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="295"/>
        <source>Agent load per team</source>
        <translation>各团队坐席负载</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="296"/>
        <source>Agent load</source>
        <translation>坐席负载</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="297"/>
        <source>SLA breached and at risk</source>
        <translation>SLA 超时与有风险</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="297"/>
        <source>Waiting per queue</source>
        <translation>各队列排队数</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="298"/>
        <source>Service level, %</source>
        <translation>服务水平（%）</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="299"/>
        <source>Arrivals and handled, per hour</source>
        <translation>每小时进线量与处理量</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="305"/>
        <source>Breached</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="307"/>
        <source>Arrivals</source>
        <translation>进线</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="307"/>
        <source>Handled</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="322"/>
        <source>Collecting data…</source>
        <translation>正在收集数据…</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="345"/>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="350"/>
        <source>No agents signed in.</source>
        <translation>没有坐席登录。</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/tiles.py" line="356"/>
        <source>Active work; line: capacity</source>
        <translation>柱：进行中工作；横线：容量</translation>
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
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/window.py" line="49"/>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/window.py" line="50"/>
        <source>Pause or resume the rotation</source>
        <translation>暂停或继续轮播</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/window.py" line="51"/>
        <source>Sound on or off</source>
        <translation>打开或关闭声音</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/window.py" line="52"/>
        <source>Leave the wall display</source>
        <translation>退出大屏显示</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/window.py" line="200"/>
        <source>Waiting for the first data…</source>
        <translation>正在等待第一批数据…</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/window.py" line="201"/>
        <source>No data: not connected to the server.</source>
        <translation>没有数据：未连接到服务器。</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/window.py" line="208"/>
        <source>as of %1 ago</source>
        <translation>%1前的数据</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/window.py" line="271"/>
        <source>‖ paused</source>
        <translation>‖ 已暂停</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/window.py" line="277"/>
        <source>◷ Stale: last update %1 ago</source>
        <translation>◷ 数据已过时：最后更新于%1前</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/window.py" line="279"/>
        <location filename="../../console/ui/wall/window.py" line="283"/>
        <source>▲ Reconnecting</source>
        <translation>▲ 正在重新连接</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/window.py" line="281"/>
        <source>● Live</source>
        <translation>● 实时更新中</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/window.py" line="285"/>
        <source>■ Not connected</source>
        <translation>■ 未连接</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/window.py" line="287"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../console/ui/wall/window.py" line="304"/>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
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
        <translation>Zendesk 登录已过期或已被撤销；请重新使用 Zendesk 登录</translation>
    </message>
    <message>
        <location filename="../../console/qt/errors.py" line="20"/>
        <source>Zendesk does not allow this OAuth client; check its unique identifier in Admin Center (a public client, with the redirect URL http://127.0.0.1)</source>
        <translation>Zendesk 不允许此 OAuth 客户端；请在管理中心检查其唯一标识符（应为公共客户端，重定向 URL 为 http://127.0.0.1）</translation>
    </message>
    <message>
        <location filename="../../console/qt/errors.py" line="22"/>
        <source>the OAuth client may not ask for read and write access; allow both scopes in Zendesk Admin Center</source>
        <translation>此 OAuth 客户端无权请求读写权限；请在 Zendesk 管理中心允许这两个范围</translation>
    </message>
    <message>
        <location filename="../../console/qt/errors.py" line="24"/>
        <source>access was declined in the browser</source>
        <translation>已在浏览器中拒绝授权</translation>
    </message>
    <message>
        <location filename="../../console/qt/errors.py" line="25"/>
        <source>the browser never came back to the console; sign in again</source>
        <translation>浏览器没有返回控制台；请重新登录</translation>
    </message>
    <message>
        <location filename="../../console/qt/errors.py" line="26"/>
        <source>Zendesk sign-in did not finish: %1</source>
        <translation>Zendesk 登录未完成：%1</translation>
    </message>
    <message>
        <location filename="../../console/qt/errors.py" line="27"/>
        <source>the server refused the token or password (401)</source>
        <translation>服务器拒绝了令牌或密码（401）</translation>
    </message>
    <message>
        <location filename="../../console/qt/errors.py" line="28"/>
        <source>your account may not do this (403)</source>
        <translation>你的账户无权执行此操作（403）</translation>
    </message>
    <message>
        <location filename="../../console/qt/errors.py" line="29"/>
        <source>it no longer exists on the server (404)</source>
        <translation>服务器上已不存在（404）</translation>
    </message>
    <message>
        <location filename="../../console/qt/errors.py" line="30"/>
        <source>it changed on the server meanwhile; reload and try again</source>
        <translation>服务器上的内容已被更改；请重新加载后再试</translation>
    </message>
    <message>
        <location filename="../../console/qt/errors.py" line="31"/>
        <source>the server asked to slow down (429)</source>
        <translation>服务器要求降低请求频率（429）</translation>
    </message>
    <message>
        <location filename="../../console/qt/errors.py" line="32"/>
        <source>the server sent data the console cannot read</source>
        <translation>服务器发送了控制台无法读取的数据</translation>
    </message>
    <message>
        <location filename="../../console/qt/errors.py" line="34"/>
        <source>this ticketing system does not offer it</source>
        <translation>此工单系统不提供该功能</translation>
    </message>
    <message>
        <location filename="../../console/qt/errors.py" line="35"/>
        <source>the server cannot be reached</source>
        <translation>无法连接到服务器</translation>
    </message>
    <message>
        <location filename="../../console/qt/errors.py" line="53"/>
        <source>the server&apos;s certificate could not be verified, so the console will not trust it</source>
        <translation>无法验证服务器的证书，控制台不会信任它</translation>
    </message>
    <message>
        <location filename="../../console/qt/errors.py" line="45"/>
        <source>the server refused the request: %1</source>
        <translation>服务器拒绝了请求：%1</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <location filename="../../console/qt/text.py" line="14"/>
        <source>1e3 k 1e6 M</source>
        <translation>1e4 万 1e8 亿</translation>
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
        <translation>%1分钟</translation>
    </message>
    <message>
        <location filename="../../console/qt/text.py" line="39"/>
        <source>%1 h %2 min</source>
        <translation>%1小时%2分</translation>
    </message>
    <message>
        <location filename="../../console/qt/text.py" line="41"/>
        <source>%1 d %2 h</source>
        <translation>%1天%2小时</translation>
    </message>
    <message>
        <location filename="../../console/qt/text.py" line="52"/>
        <source>overdue %1</source>
        <translation>已超时 %1</translation>
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
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../console/qt/labels.py" line="16"/>
        <source>Chat</source>
        <translation>在线聊天</translation>
    </message>
    <message>
        <location filename="../../console/qt/labels.py" line="17"/>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../console/qt/labels.py" line="18"/>
        <source>Social</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <location filename="../../console/qt/labels.py" line="19"/>
        <source>App</source>
        <translation>应用内</translation>
    </message>
    <message>
        <location filename="../../console/qt/labels.py" line="25"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../console/qt/labels.py" line="26"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../console/qt/labels.py" line="27"/>
        <source>Normal</source>
        <translation>普通</translation>
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
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../console/qt/labels.py" line="36"/>
        <source>Waiting on customer</source>
        <translation>待客户回复</translation>
    </message>
    <message>
        <location filename="../../console/qt/labels.py" line="37"/>
        <source>Solved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../console/qt/labels.py" line="38"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../console/qt/labels.py" line="44"/>
        <source>Available</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../console/qt/labels.py" line="45"/>
        <source>Busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <location filename="../../console/qt/labels.py" line="46"/>
        <source>After-call work</source>
        <translation>话后处理</translation>
    </message>
    <message>
        <location filename="../../console/qt/labels.py" line="47"/>
        <source>On break</source>
        <translation>小休</translation>
    </message>
    <message>
        <location filename="../../console/qt/labels.py" line="48"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
</context>
</TS>
