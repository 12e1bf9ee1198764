--TEST--
sockerr_scan(): ordinary log lines yield nothing; a finding inside a URL or a path is not a finding
--EXTENSIONS--
sockerr
--FILE--
<?php
$lines = [
    '127.0.0.1 - - [22/Nov/2026:03:21:07 +0000] "GET /index.php?page=2 HTTP/1.1" 200 5123 "-" "Mozilla/5.0"',
    '10.0.0.5 - - [22/Nov/2026:03:21:08 +0000] "GET /missing HTTP/1.1" 404 153 "-" "curl/7.88.1"',
    'SELECT id, name FROM users WHERE id = 111 AND status = \'refused\' LIMIT 10',
    'PHP Fatal error:  Uncaught TypeError: foo(): Argument #1 ($x) must be of type int in /var/www/app.php:12',
    '#0 /var/www/vendor/laravel/framework/src/Illuminate/Pipeline/Pipeline.php(180): App\\Http\\Kernel->handle()',
    'Listening on port 111; HTTP 404 for /favicon.ico; retrying in 5 seconds',
    'GET /api/connection-refused-test HTTP/1.1 500',
    'see https://example.com/errors/ECONNREFUSED for details',
    'log file /var/log/app/Connection refused.log rotated',
    'user EPERMISSION granted; XECONNREFUSED_FLAG=1',
    'The connection was refused by the user in the consent dialog',
    "make[2]: Leaving directory '/build/sockerr'",
    'make[1]: *** [Makefile:220: src/scan.lo] Error 1',
    '',
];
foreach ($lines as $line) {
    $found = sockerr_scan($line);
    echo count($found), $found ? ' ' . json_encode(array_column($found, 'text')) : '', "\n";
    if (SocketError::fromMessage($line) !== SocketError::Unknown) {
        echo "  fromMessage() found something\n";
    }
}
?>
--EXPECT--
0
0
0
0
0
0
0
0
0
0
0
0
0
0
