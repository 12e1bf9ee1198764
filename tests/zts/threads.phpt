--TEST--
ZTS: sockerr used from 8 threads at once through the embed SAPI (tests/zts/threads.c, run by tests/zts/run)
--SKIPIF--
<?php
if (PHP_OS_FAMILY === 'Windows') die('skip tests/zts/run is a sh script');
if (!PHP_ZTS) die('skip needs a thread-safe (ZTS) PHP');
if (!is_file(dirname(PHP_BINARY, 2) . '/lib/libphp.so')) die('skip needs the embed SAPI (libphp.so beside this PHP)');
if (!is_executable(dirname(PHP_BINARY) . '/php-config')) die('skip needs php-config beside this PHP');
if (!is_file(__DIR__ . '/../../modules/sockerr.so')) die('skip needs modules/sockerr.so (scripts/build)');
exec('command -v cc', $out, $status);
if ($status !== 0) die('skip no C compiler');
?>
--EXTENSIONS--
sockerr
--FILE--
<?php
$cmd = implode(' ', array_map('escapeshellarg', [
    __DIR__ . '/run', dirname(PHP_BINARY) . '/php-config', realpath(__DIR__ . '/../../modules/sockerr.so'), '8', '2', '100',
]));
exec("$cmd 2>&1", $out, $status);
echo end($out), "\n";
if ($status !== 0) {
    echo implode("\n", $out), "\n";
}
?>
--EXPECT--
17 passed, 0 failed
