--TEST--
live: the open-file limit reached, in a child PHP started with a low ulimit -n
--SKIPIF--
<?php if (!function_exists('proc_open')) die('skip proc_open() is disabled'); ?>
--EXTENSIONS--
sockerr
sockets
--FILE--
<?php
// The child opens sockets until the kernel refuses one, then prints the code and warning.
$child = <<<'PHP'
$sockets = [];
for ($i = 0; $i < 64; $i++) {
    $socket = @socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    if (!$socket) {
        echo socket_last_error(), "\n", error_get_last()['message'], "\n";
        break;
    }
    $sockets[] = $socket;
}
PHP;
$php = escapeshellarg(PHP_BINARY);
$args = '-n -d extension_dir=' . escapeshellarg(ini_get('extension_dir')) . ' -d extension=sockets';
[$code, $warning] = explode("\n", (string) shell_exec("ulimit -S -n 16 && $php $args -r " . escapeshellarg($child)));
require __DIR__ . '/live.inc';
echo summary(sockerr_explain((int) $code)), "\n";
echo $warning, "\n", summary(sockerr_explain($warning)), "\n";
?>
--EXPECT--
TooManyOpenSockets EMFILE native=24 family=errno curl=- matched=null transient=true
socket_create(): Unable to create socket [24]: Too many open files
TooManyOpenSockets EMFILE native=24 family=errno curl=- matched="[24]:" transient=true
