<?php
/*
 * What bench/scan.php and bench/cli.php share: the phrases grep is given (every message text
 * and symbol the tables know, in every language, as the scanner knows them), and the log both
 * scan.
 */

/** @return list<string> */
function sockerr_bench_phrases(): array
{
    $phrases = [];
    foreach (['linux', 'darwin', 'freebsd', 'openbsd', 'netbsd', 'solaris', 'aix', 'hpux', 'windows'] as $platform) {
        foreach (sockerr_errors($platform) as $row) {
            $phrases[$row['name']] = true;
            if ($row['message'] !== null && strlen($row['message']) >= 12 && $row['error'] !== 'Unknown') {
                $phrases[rtrim($row['message'], '.')] = true;
            }
        }
    }
    foreach (glob(__DIR__ . '/../src/l10n/*.def') as $file) {
        preg_match_all('/^SOCKERR_L10N\(\w+, \w+, "((?:[^"\\\\]|\\\\.)*)"\)/m', file_get_contents($file), $m);
        foreach ($m[1] as $text) {
            $phrases[preg_replace('/(\.|。)+$/u', '', stripcslashes($text))] = true;
        }
    }
    return array_keys($phrases);
}

/**
 * Writes a log of about $mb MB: ordinary lines with a failure line in a hundred, each failure
 * once per round. Returns its size in bytes.
 *
 * @param list<string> $failures
 * @param list<string> $ordinary
 */
function sockerr_bench_log(string $file, array $failures, array $ordinary, int $mb): int
{
    $out = fopen($file, 'w');
    $block = '';
    for ($i = 0; $i < 100 * count($failures); $i++) {
        $block .= ($i % 100 === 0 ? $failures[intdiv($i, 100)] : $ordinary[$i % count($ordinary)]) . "\n";
    }
    for ($written = 0; $written < $mb * 1024 * 1024; $written += strlen($block)) {
        fwrite($out, $block);
    }
    fclose($out);
    clearstatcache(true, $file);
    return filesize($file);
}
