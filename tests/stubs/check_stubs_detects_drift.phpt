--TEST--
scripts/check-stubs.php: stubs/sockerr.php matches the extension, and a stub that drifts (a default, a case's value, a parameter's type, a missing docblock) fails the check
--EXTENSIONS--
sockerr
--SKIPIF--
<?php
if (!is_file(__DIR__ . '/../../scripts/check-stubs.php') || !is_file(__DIR__ . '/../../stubs/sockerr.php')) die('skip needs a checkout (scripts/, stubs/)');
?>
--FILE--
<?php
$module = null;
foreach (@file('/proc/self/maps') ?: [] as $line) {
    if (preg_match('#\s(/\S*sockerr\.so)$#', trim($line), $m)) {
        $module = $m[1];
    }
}
$module ??= __DIR__ . '/../../modules/sockerr.so';
$check = fn (string $stub) => exec(implode(' ', array_map('escapeshellarg', [PHP_BINARY, '-n', '-d', "extension=$module",
    __DIR__ . '/../../scripts/check-stubs.php', $stub])) . ' 2>&1', $out, $status) !== false ? [$status, $out] : [-1, []];
[$status, $out] = $check(__DIR__ . '/../../stubs/sockerr.php');
echo $status, ' ', end($out), "\n";
$stub = file_get_contents(__DIR__ . '/../../stubs/sockerr.php');
$drifted = tempnam(sys_get_temp_dir(), 'stub');
foreach ([
    ['?int $limit = null)', 'int $limit = 0)'],
    ['case HostDown = 10064;', 'case HostDown = 10063;'],
    ['function sockerr_explain(int|string|SocketError|Throwable|CurlHandle $error', 'function sockerr_explain(int|string|SocketError|Throwable $error'],
    ["/**\n * The platform id PHP runs on", "/*\n * The platform id PHP runs on"],
] as [$from, $to]) {
    file_put_contents($drifted, str_replace($from, $to, $stub, $count));
    $out = [];
    [$status, $out] = $check($drifted);
    echo $count, ' ', $status, ' ', $out[1] ?? '', "\n";
}
unlink($drifted);
?>
--EXPECTF--
0 sockerr.php matches the extension: 5 functions, 2 classes (16 methods, 47 cases), 1 constants
1 1   functions.sockerr_scan.params: the extension has %s, the stub %s"name":"limit","type":"int","optional":true,"default":"0"%s
1 1   classes.SocketError.cases.HostDown: the extension has 10064, the stub 10063
1 1   functions.sockerr_explain.params: the extension has [{"name":"error","type":"CurlHandle|SocketError|Throwable|int|string"%s
1 1   sockerr_platform(): no docblock in the stub
