--TEST--
live: real failures through musl (a refused connect, a port in use, an address not on this host) print musl's own texts, which classify as glibc's do
--EXTENSIONS--
sockerr
--SKIPIF--
<?php
exec('command -v musl-gcc', $out, $status);
if ($status !== 0) die('skip needs musl-gcc (Debian: musl-tools)');
?>
--FILE--
<?php
require __DIR__ . '/live.inc';
$binary = sys_get_temp_dir() . '/sockerr-musl-failures-' . getmypid();
exec('musl-gcc -static -O1 -o ' . escapeshellarg($binary) . ' ' . escapeshellarg(__DIR__ . '/musl_failures.c') . ' 2>&1', $out, $status);
if ($status !== 0) {
    die("musl-gcc failed: " . implode("\n", $out));
}
exec(escapeshellarg($binary) . ' ' . closed_port(), $lines, $status);
unlink($binary);
foreach ($lines as $line) {
    $r = sockerr_explain($line);
    printf("%-40s %-20s %s\n", $line, $r['error'], $r['name'] ?? '-');
}
?>
--EXPECT--
connect: Connection refused              ConnectionRefused    ECONNREFUSED
bind: Address in use                     AddressAlreadyInUse  EADDRINUSE
bind: Address not available              AddressNotAvailable  -
