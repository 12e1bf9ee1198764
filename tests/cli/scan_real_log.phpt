--TEST--
bin/sockerr scan: a log of 4000 lines mixing real failure lines (bench/lines/failures.tsv) and ordinary ones; each kind's count, first and last line as a scan of each line alone finds them
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
for ($i = 0; $i < 4000; $i++) {
    $log .= ($i % 7 === 3 ? $failures[$i * 5 % count($failures)] : $ordinary[$i % count($ordinary)]) . "\n";
}
$file = tempnam(sys_get_temp_dir(), 'sockerr-cli');
file_put_contents($file, $log);
$r = cli(['scan', '--json', '--platform', 'linux', $file]);
unlink($file);
echo "exit {$r['status']}, stderr: '{$r['err']}'\n";
$summary = json_decode($r['out'], true);
echo json_encode($summary['files'][0]['lines']), ' lines, ', $summary['bytes'] === strlen($log) ? 'every byte' : 'bytes differ', "\n";
$want = cli_reference($log, 'linux');
$got = cli_summary($summary);
echo count($got) > 40 ? "more than 40 kinds\n" : 'only ' . count($got) . " kinds\n";
echo $got === $want ? "the same kinds, counts, first and last lines\n" : 'differ: ' . json_encode([$want, $got]) . "\n";
$withFindings = count(array_filter(explode("\n", rtrim($log, "\n")), function ($line) {
    foreach (sockerr_scan($line, 'linux') as $f) {
        if (!($f['name'] === null && $f['error'] === 'Unknown' && $f['family'] === null && $f['kind'] === 'code')) {
            return true;
        }
    }
    return false;
}));
echo $summary['lines_with_findings'] === $withFindings ? "lines with a failure counted\n" : "lines with a failure: {$summary['lines_with_findings']}, not $withFindings\n";
// each example is one line of the log, cut to 160 bytes, and each hint its record's first
$ok = true;
foreach ($summary['found'] as $g) {
    $example = trim($g['example'], '…');
    $ok = $ok && strlen($example) <= 160 && str_contains($log, $example) && !str_contains($example, "\n")
        && $g['hint'] === (sockerr_explain($g['name'] ?? $g['error'], 'linux')['hints'][0] ?? null)
        && $g['code'] === SocketError::fromName($g['error'])->value;
}
echo $ok ? "examples, hints and codes right\n" : "examples, hints or codes wrong\n";
$counts = array_column($summary['found'], 'lines');
$sorted = $counts;
rsort($sorted);
echo $counts === $sorted ? "most lines first\n" : "not sorted\n";
?>
--EXPECT--
exit 0, stderr: ''
4000 lines, every byte
more than 40 kinds
the same kinds, counts, first and last lines
lines with a failure counted
examples, hints and codes right
most lines first
