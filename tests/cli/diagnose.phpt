--TEST--
bin/sockerr diagnose: the record and the checks of sockerr_diagnose() for a person, and --json, the whole of sockerr_diagnose()
--EXTENSIONS--
sockerr
--INI--
sockerr.diagnose=On
--FILE--
<?php
require __DIR__ . '/cli.inc';
$r = cli(['diagnose', 'ECONNRESET']);
$lines = explode("\n", $r['out']);
echo "exit {$r['status']}\n", $lines[0], "\n", implode("\n", array_slice($lines, -3)), "\n";
$json = cli(['diagnose', '--json', 'ECONNRESET']);
$record = json_decode($json['out'], true);
echo "--json: exit {$json['status']}, ", $record === sockerr_diagnose('ECONNRESET') ? 'sockerr_diagnose()' : 'differs', ', keys ',
    implode(' ', array_slice(array_keys($record), -3)), "\n";
// a failure with checks on every Linux host: a resolver failure reads /etc/resolv.conf
$r = cli(['diagnose', 'EAI_AGAIN']);
$checks = sockerr_diagnose('EAI_AGAIN')['checks'];
$shown = 0;
foreach ($checks as $check) {
    $shown += preg_match('/^  \[' . preg_quote($check['verdict']) . '\] +' . preg_quote($check['check']) . ': /m', $r['out']);
}
echo "EAI_AGAIN: exit {$r['status']}, ", $checks && $shown === count($checks) ? 'every check shown' : "$shown of " . count($checks) . ' checks shown', "\n";
echo cli(['diagnose', 'nothing to see'])['status'], "\n";
?>
--EXPECT--
exit 0
ConnectionReset (ECONNRESET = 104 on linux, 10054 everywhere)

On this host: No check bears on this failure on this system.

--json: exit 0, sockerr_diagnose(), keys matched checks diagnosis
EAI_AGAIN: exit 0, every check shown
1
