--TEST--
bin/sockerr scan: credentials (a URL's user and password, password=, token=, Bearer) and terminal escape codes in a log line do not reach --json nor the text output
--EXTENSIONS--
sockerr
--FILE--
<?php
require __DIR__ . '/cli.inc';
$log = implode("\n", [
    "\e[31mERROR\e[0m cURL error 7: Failed to connect to proxy via http://deploy:Hunter2Secret@proxy.internal:3128 port 3128: Connection refused",
    "PDO: SQLSTATE[HY000] [2002] Connection timed out (dsn mysql:host=db;password=Sup3rS3cret token=tok_live_abcdef123456)",
    "Guzzle: Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.c2VjcmV0 \e]0;owned\x07 cURL error 6: Could not resolve host: api.internal \x1b[2J\x07",
]) . "\n";
foreach ([['scan', '--json'], ['scan']] as $args) {
    $r = cli($args, $log);
    $leaks = array_filter(['Hunter2Secret', 'Sup3rS3cret', 'tok_live', 'eyJhbGciOiJIUzI1NiJ9', "\e", "\x07", '\u001b', '\u0007', 'owned'],
        fn ($secret) => str_contains($r['out'], $secret));
    echo implode(' ', $args), ": exit {$r['status']}, ", $leaks ? 'leaks ' . json_encode(array_values($leaks)) : 'nothing leaks', "\n";
}
foreach (json_decode(cli(['scan', '--json'], $log)['out'], true)['found'] as $g) {
    echo $g['name'] ?? $g['text'], ': ', $g['example'], "\n";
}
?>
--EXPECT--
scan --json: exit 0, nothing leaks
scan: exit 0, nothing leaks
CURLE_COULDNT_CONNECT: ERROR cURL error 7: Failed to connect to proxy via http://***@proxy.internal:3128 port 3128: Connection refused
ECONNREFUSED: ERROR cURL error 7: Failed to connect to proxy via http://***@proxy.internal:3128 port 3128: Connection refused
SQLSTATE[HY000] [2002]: PDO: SQLSTATE[HY000] [2002] Connection timed out (dsn mysql:host=db;password=*** token=***)
ETIMEDOUT: PDO: SQLSTATE[HY000] [2002] Connection timed out (dsn mysql:host=db;password=*** token=***)
CURLE_COULDNT_RESOLVE_HOST: Guzzle: Authorization: *** ***  cURL error 6: Could not resolve host: api.internal