--TEST--
Every record has the form a reader needs: a one-sentence summary, a cause and a hint, and every command in a hint says where to run it
--EXTENSIONS--
sockerr
--FILE--
<?php
// every record sockerr can return: each case, each native code of each platform, each cURL code
$records = [];
foreach (SocketError::cases() as $case) {
    $records["case $case->name"] = $case->explain();
}
// errno 0, PHP's number for a failure before any connect, which no table lists
$records['errno 0'] = sockerr_explain(0);
foreach (['linux', 'darwin', 'freebsd', 'openbsd', 'netbsd', 'solaris', 'aix', 'hpux', 'windows'] as $platform) {
    foreach (sockerr_errors($platform) as $row) {
        $records["$platform {$row['name']}"] = $row['family'] === 'curl'
            ? sockerr_explain($row['name']) : sockerr_explain($row['code'], $platform);
    }
}
// a command (a backticked span) is run somewhere: the hint must say where
$where = '/\b(?:on|in|from|inside|at) (?:the |a |an |this |that |each |every |your |its |any )?'
    . '(?:(?:PHP |database |web |Docker |Windows |proxy |DNS |mail |FTP |SSH |LDAP |remote |other |client |same |affected )?'
    . '(?:server|client|host|machine|container|pod|node|router|firewall|load balancer)s?|'
    . 'Windows|Linux|macOS|PowerShell|cmd|MySQL|Redis|PostgreSQL|PHP|php\.ini|pool config|'
    . 'the pool|Kubernetes|Docker|browser)\b|\bas (?:root|administrator|Administrator)\b/i';
$problems = [];
foreach ($records as $what => $r) {
    $summary = preg_replace('/\b(?:e\.g|i\.e|etc|vs|approx)\./', '', $r['summary']);
    if (!preg_match('/^\S[^\n]*\.$/', $r['summary']) || preg_match('/[.!?] +[A-Z]/', $summary)) {
        $problems[$r['summary']] = "summary is not one sentence: {$r['summary']}";
    }
    if (!$r['causes'] || !$r['hints']) {
        $problems[$what] = "$what: no " . (!$r['causes'] ? 'cause' : 'hint');
    }
    foreach ($r['hints'] as $hint) {
        if (str_contains($hint, '`') && !preg_match($where, $hint)) {
            $problems[$hint] = "a command with no place to run it: $hint";
        }
    }
}
echo count($records) > 1000 ? "over 1000 records checked\n" : count($records) . " records checked\n";
echo implode("\n", $problems) ?: 'every record has its form', "\n";
?>
--EXPECT--
over 1000 records checked
every record has its form
