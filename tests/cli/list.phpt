--TEST--
bin/sockerr list: a platform's table in aligned columns (--platform, --family), or --json, the rows of sockerr_errors()
--EXTENSIONS--
sockerr
--FILE--
<?php
require __DIR__ . '/cli.inc';
$r = cli(['list', '--platform', 'darwin', '--family', 'errno']);
$lines = explode("\n", rtrim($r['out']));
echo "exit {$r['status']}, ", count($lines) - 1, " rows\n";
echo implode("\n", array_slice($lines, 0, 4)), "\n";
foreach ($lines as $line) {
    if (preg_match('/^errno +ECONNREFUSED +61 +ConnectionRefused/', $line)) {
        echo $line, "\n";
    }
}
$rows = array_values(array_filter(sockerr_errors('darwin'), fn ($row) => $row['family'] === 'errno'));
echo count($lines) - 1 === count($rows) ? "every errno row of darwin\n" : "rows differ\n";
// the CODE column ends at the same place on every line
echo count(array_unique(array_map(fn ($l) => preg_match('/^\S+ +\S+ +-?\d+|^FAMILY +NAME +CODE/', $l, $m) ? strlen($m[0]) : -1, $lines))) === 1
    ? "aligned\n" : "not aligned\n";
$json = cli(['list', '--json', '--platform=windows']);
echo "--json: exit {$json['status']}, ", json_decode($json['out'], true) === sockerr_errors('windows') ? 'the rows of sockerr_errors()' : 'other rows', "\n";
$all = cli(['list']);
echo count(explode("\n", rtrim($all['out']))) - 1 === count(sockerr_errors()) ? "the host's rows by default\n" : "not the host's\n";
$curl = cli(['list', '--family', 'curl']);
echo explode("\n", $curl['out'])[1], "\n";
?>
--EXPECT--
exit 0, 108 rows
FAMILY  NAME             CODE  ERROR                       MESSAGE
errno   EPERM               1  AccessDenied                Operation not permitted
errno   ENOENT              2  AddressNotAvailable         No such file or directory
errno   ESRCH               3  Unknown                     No such process
errno   ECONNREFUSED       61  ConnectionRefused           Connection refused
every errno row of darwin
aligned
--json: exit 0, the rows of sockerr_errors()
the host's rows by default
curl    CURLE_OK                              0  Success           No error