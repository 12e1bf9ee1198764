--TEST--
live: the open-file limit reached (the soft RLIMIT_NOFILE lowered for a moment, then restored)
--EXTENSIONS--
sockerr
sockets
posix
--FILE--
<?php
require __DIR__ . '/live.inc';
// Lower the soft limit a little above what is open now, open sockets until the kernel
// refuses one, then close them and put the limit back. (In this process, not a child: a
// child under run-tests' valgrind could not start with so few descriptors.)
$limits = posix_getrlimit();
$hard = $limits['hard openfiles'] === 'unlimited' ? -1 : (int) $limits['hard openfiles'];
$open = count(scandir(is_dir('/proc/self/fd') ? '/proc/self/fd' : '/dev/fd')) - 2;
posix_setrlimit(POSIX_RLIMIT_NOFILE, $open + 16, $hard) or die('could not lower the soft limit');
$sockets = [];
$code = $warning = null;
for ($i = 0; $i < 64; $i++) {
    $socket = @socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    if (!$socket) {
        [$code, $warning] = [socket_last_error(), error_get_last()['message']];
        break;
    }
    $sockets[] = $socket;
}
$sockets = [];
posix_setrlimit(POSIX_RLIMIT_NOFILE, $limits['soft openfiles'] === 'unlimited' ? -1 : (int) $limits['soft openfiles'], $hard);
var_dump($i < 64, posix_getrlimit()['soft openfiles'] === $limits['soft openfiles']);
echo summary(sockerr_explain($code)), "\n";
echo host_text($warning, 'EMFILE'), "\n", summary(sockerr_explain($warning)), "\n";
?>
--EXPECT--
bool(true)
bool(true)
TooManyOpenSockets EMFILE native=host family=errno curl=- matched=null transient=true
socket_create(): Unable to create socket [{code}]: {message}
TooManyOpenSockets EMFILE native=host family=errno curl=- matched="[{code}]:" transient=true
