--TEST--
bin/sockerr scan: a 3 MB log (parts of 256 KB, more than 4096 findings in each, a 1.2 MB line) read from a file, from stdin and from -, finds what a scan of each line alone finds
--EXTENSIONS--
sockerr
--SKIPIF--
<?php
if (!is_file(__DIR__ . '/../../bench/lines/failures.tsv')) die('skip needs bench/lines/ (a checkout, not the pecl package)');
?>
--FILE--
<?php
require __DIR__ . '/cli.inc';
[$failures, $ordinary] = cli_lines();
$log = '';
for ($i = 0; strlen($log) < 3_000_000; $i++) {
    $log .= ($i % 3 === 0 ? $ordinary[$i % count($ordinary)] : $failures[$i % count($failures)]) . "\n";
    // and short lines of several findings, for more than LIMIT (4096) findings in a part
    $log .= "connect ECONNREFUSED errno=111 [Errno 113] ETIMEDOUT\n";
    if ($i === 9000) {
        $log .= str_repeat('an ordinary word ', 70_000) . "then errno=111 at the end\n";
    }
}
$log .= 'no newline at the end: Connection reset by peer';
$file = tempnam(sys_get_temp_dir(), 'sockerr-cli');
file_put_contents($file, $log);
$want = cli_reference($log, 'linux');
$fromFile = cli(['scan', '--json', '--platform=linux', $file]);
$fromStdin = cli(['scan', '--json', '--platform=linux'], $log);
$fromDash = cli(['scan', '--platform', 'linux', '--json', '-'], $log);
unlink($file);
foreach (['file' => $fromFile, 'stdin' => $fromStdin, '-' => $fromDash] as $how => $r) {
    $summary = json_decode($r['out'], true);
    printf("%s: exit %d, %s, %d lines, %s, %s\n", $how, $r['status'], $summary['files'][0]['file'] === $file ? 'its name' : $summary['files'][0]['file'],
        $summary['lines'], $summary['bytes'] === strlen($log) ? 'every byte' : 'bytes differ',
        cli_summary($summary) === $want ? 'the same as each line alone' : 'differs: ' . json_encode(array_diff_assoc(array_map('json_encode', cli_summary($summary)), array_map('json_encode', $want))));
}
$findings = 0;
foreach (explode("\n", $log) as $line) {
    $findings += count(sockerr_scan($line, 'linux'));
}
echo $findings / (strlen($log) / (1 << 18)) > 4096 ? "more than 4096 findings a part\n" : "only $findings findings\n";
?>
--EXPECT--
file: exit 0, its name, 24330 lines, every byte, the same as each line alone
stdin: exit 0, (stdin), 24330 lines, every byte, the same as each line alone
-: exit 0, (stdin), 24330 lines, every byte, the same as each line alone
more than 4096 findings a part
