<?php
/*
 * Runs the phpt suite against modules/sockerr.so with php-src's run-tests.php and prints
 * one closing line, "N passed, N failed, N skipped", counted from its JUnit log.
 * Arguments are passed on to run-tests.php (default: every test under tests/).
 * Exit status: 0 when nothing failed.
 */
$root = dirname(__DIR__);
$module = "$root/modules/sockerr.so";
if (!is_file($module)) {
    fwrite(STDERR, "modules/sockerr.so is missing: run scripts/build first\n");
    exit(2);
}
$runner = is_file("$root/run-tests.php") ? "$root/run-tests.php"
    : dirname(PHP_BINARY, 2) . '/lib/php/' . PHP_EXTENSION_DIR . '/build/run-tests.php';
$junit = tempnam(sys_get_temp_dir(), 'sockerr-junit');
$args = array_slice($argv, 1);
$paths = array_filter($args, fn ($a) => $a[0] !== '-');
$command = array_merge(
    [PHP_BINARY, $runner, '-n', '-q', '--show-diff', '-j' . max(1, (int) shell_exec('nproc 2>/dev/null') ?: 2),
     '-d', 'extension_dir=' . ini_get('extension_dir'), '-d', "extension=$module"],
    $args,
    $paths ? [] : ["$root/tests"]
);
// our JUnit log always; the rest unless the caller set it
$env = ['TEST_PHP_JUNIT' => $junit] + getenv() + ['TEST_PHP_EXECUTABLE' => PHP_BINARY, 'NO_INTERACTION' => '1',
    'REPORT_EXIT_STATUS' => '1'];
$process = proc_open($command, [STDIN, STDOUT, STDERR], $pipes, $root, $env);
$status = proc_close($process);

// the counts are the attributes of the log's root, <testsuites> (read without SimpleXML,
// which a minimal PHP may lack)
$log = (string) @file_get_contents($junit);
@unlink($junit);
if (!preg_match('/<testsuites\b[^>]*>/', $log, $suite)) {
    echo "0 passed, 1 failed\n";
    exit(1);
}
$count = fn (string $name) => preg_match("/\\b$name=\"(\\d+)\"/", $suite[0], $m) ? (int) $m[1] : 0;
$total = $count('tests');
$failed = $count('failures') + $count('errors');
$skipped = $count('skip') + $count('skipped');
$passed = $total - $failed - $skipped;
if ($total === 0) {
    $failed = 1; // a run that executed nothing is not a pass
}
echo "$passed passed, $failed failed, $skipped skipped\n";
exit($failed > 0 || $status !== 0 ? 1 : 0);
