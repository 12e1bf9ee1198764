<?php
/*
 * The phrases grep is given in bench/scan.php and bench/cli.php: every message text and
 * symbol the tables know, in every language, as the scanner knows them.
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
