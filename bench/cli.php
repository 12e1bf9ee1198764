<?php
/*
 * `bin/sockerr scan` against its anchor, each in a child process, on the same 200 MB log:
 *   sockerr scan --json FILE  vs  LC_ALL=C grep -F -i -c -f phrases FILE   target >= 0.5x grep's speed
 * The log mixes real failure lines (bench/lines/failures.tsv, one line in a hundred) with
 * ordinary ones (bench/lines/ordinary.txt), as bench/scan.php makes it; the phrases are every
 * message text and symbol the tables know, in every language (bench/phrases.php). Also
 * prints the script's peak memory on that log. Three runs of each, in turns; the ratio of each
 * run and of the best times. Run through bench/run: php -n -d extension=MODULE bench/cli.php MODULE
 */
require __DIR__ . '/phrases.php';

const RUNS = 3;
const LOG_MB = 200;

$module = $argv[1] ?? dirname(__DIR__) . '/modules/sockerr.so';
$read = fn (string $file) => array_values(array_filter(file(__DIR__ . "/lines/$file", FILE_IGNORE_NEW_LINES),
    fn ($l) => $l !== '' && !str_starts_with($l, '# ')));
$failures = array_column(array_map(fn ($l) => explode("\t", $l), $read('failures.tsv')), 1);
$ordinary = $read('ordinary.txt');

$file = tempnam(sys_get_temp_dir(), 'sockerr-log');
$phraseFile = tempnam(sys_get_temp_dir(), 'sockerr-phrases');
$peakFile = tempnam(sys_get_temp_dir(), 'sockerr-peak');
file_put_contents($phraseFile, implode("\n", sockerr_bench_phrases()) . "\n");
$size = sockerr_bench_log($file, $failures, $ordinary, LOG_MB);

// the script, its peak memory written by a shutdown function of a file prepended to it
$prepend = tempnam(sys_get_temp_dir(), 'sockerr-prepend');
file_put_contents($prepend, '<?php register_shutdown_function(fn () => file_put_contents(' . var_export($peakFile, true)
    . ', memory_get_peak_usage()));');
$cli = implode(' ', array_map('escapeshellarg', [PHP_BINARY, '-n', '-d', "extension=$module", '-d', "auto_prepend_file=$prepend",
    dirname(__DIR__) . '/bin/sockerr', 'scan', '--json', '--no-progress', $file]));
$grep = 'LC_ALL=C grep -F -i -c -f ' . escapeshellarg($phraseFile) . ' ' . escapeshellarg($file);
$time = function (string $command, ?string &$output): float {
    $start = hrtime(true);
    $output = (string) shell_exec($command);
    return (hrtime(true) - $start) / 1e9;
};
$ours = $theirs = [];
for ($run = 0; $run < RUNS; $run++) {
    $theirs[] = $time($grep, $count);
    $ours[] = $time($cli, $json);
}
$summary = json_decode($json, true);
$peak = (int) file_get_contents($peakFile);
foreach ([$file, $phraseFile, $peakFile, $prepend] as $temp) {
    unlink($temp);
}
if (!is_array($summary)) {
    echo "sockerr scan failed: $json\n";
    exit(1);
}
$ratios = array_map(fn ($a, $b) => $b / $a, $ours, $theirs);
$relative = min($theirs) / min($ours);
$failed = $relative >= 0.5 ? 0 : 1;
printf("bin/sockerr scan of %d MB   %7.0f MB/s (%d lines, %d kinds, peak %.1f MB)  vs  grep -F -i -c -f phrases %7.0f MB/s (%d lines)  %.2fx its speed (target >= 0.5x) %s\n",
    $size >> 20, $size / 1048576 / min($ours), $summary['lines_with_findings'], count($summary['found']), $peak / 1048576,
    $size / 1048576 / min($theirs), (int) $count, $relative, $relative >= 0.5 ? 'PASS' : 'FAIL');
printf("  each run: %s\n", implode(', ', array_map(fn ($r) => sprintf('%.2fx', $r), $ratios)));
exit($failed);
