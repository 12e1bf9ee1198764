<?php
/*
 * The cost of sockerr_diagnose() for each kind of failure, against sockerr_explain() of the
 * same input, in one process: what a diagnosis adds in a catch block. Target: every kind
 * under 1 ms a call on this host (issue 11). Run through bench/run, which loads the
 * extensions; exit status 1 if a kind misses the target.
 */
require __DIR__ . '/turns.php';

const ROUNDS = 7;
const CALLS = 500;

$kinds = [
    'denied (SELinux, AppArmor)' => 'EACCES',
    'open files (EMFILE)' => 'EMFILE',
    'local ports (EADDRNOTAVAIL)' => 'EADDRNOTAVAIL',
    'container (refused, localhost)' => 'cURL error 7: Failed to connect to localhost port 6379 after 0 ms: Connection refused',
    'proxy (cURL 5)' => 'cURL error 5: Could not resolve proxy: proxy.invalid',
    'resolver (getaddrinfo)' => 'php_network_getaddresses: getaddrinfo for db.internal failed: Name or service not known',
    'IPv6 (ENETUNREACH)' => 'Failed to connect to 2001:db8::1 port 443 after 0 ms: Network is unreachable',
    'timeout (ETIMEDOUT)' => 'ETIMEDOUT',
    'no check (ECONNRESET)' => 'ECONNRESET',
];
$failed = 0;
foreach ($kinds as $name => $input) {
    $checks = count(sockerr_diagnose($input)['checks']);
    [$diagnose, $explain] = best_in_turns([
        fn () => (function () use ($input) { for ($i = 0; $i < CALLS; $i++) { $r = sockerr_diagnose($input); } })(),
        fn () => (function () use ($input) { for ($i = 0; $i < CALLS; $i++) { $r = sockerr_explain($input); } })(),
    ], ROUNDS, CALLS);
    $ok = $diagnose < 1e6;
    $failed += $ok ? 0 : 1;
    printf("sockerr_diagnose() %-31s %2d checks %9.1f us  vs  sockerr_explain() %7.2f us  ratio %7.1fx (target < 1000 us) %s\n",
        $name, $checks, $diagnose / 1000, $explain / 1000, $diagnose / $explain, $ok ? 'PASS' : 'FAIL');
}
exit($failed ? 1 : 0);
