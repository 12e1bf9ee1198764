--TEST--
live: the open-file limit reached, in a child PHP started with a low ulimit -n
--SKIPIF--
<?php
require __DIR__ . '/live.inc';
skip_on_windows('ulimit is a POSIX shell builtin');
if (!function_exists('shell_exec')) die('skip shell_exec() is disabled');
?>
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
// ext/sockets is loaded in the child only where it is a shared extension (not compiled in)
$args = '-n -d extension_dir=' . escapeshellarg(ini_get('extension_dir'));
if (trim((string) shell_exec("$php $args -r 'echo extension_loaded(\"sockets\") ? 1 : 0;'")) !== '1') {
    $args .= ' -d extension=sockets';
}
[$code, $warning] = explode("\n", (string) shell_exec("ulimit -S -n 16 && $php $args -r " . escapeshellarg($child)));
require __DIR__ . '/live.inc';
echo summary(sockerr_explain((int) $code)), "\n";
echo host_text($warning, 'EMFILE'), "\n", summary(sockerr_explain($warning)), "\n";
?>
--EXPECT--
TooManyOpenSockets EMFILE native=host family=errno curl=- matched=null transient=true
socket_create(): Unable to create socket [{code}]: {message}
TooManyOpenSockets EMFILE native=host family=errno curl=- matched="[{code}]:" transient=true
