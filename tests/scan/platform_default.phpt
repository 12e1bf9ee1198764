--TEST--
sockerr_scan(), sockerr_explain() and fromMessage() take the same ?string $platform: a number in a text is read on the named platform, by default on the host's, where no text says otherwise
--EXTENSIONS--
sockerr
--FILE--
<?php
function scan_case(string $text, ?string $platform = null): string
{
    $f = sockerr_scan($text, ...($platform === null ? [] : [$platform]));
    return $f ? sprintf('%s %s %s', $f[0]['error'], $f[0]['platform'] ?? '-', $f[0]['native'] ?? '-') : 'nothing';
}
// a Linux log read as Linux's, as macOS's, as Windows'
foreach (['linux', 'darwin', 'windows', 'Linux', 'WINNT'] as $p) {
    printf("%-8s errno=111 -> %s\n", $p, scan_case('connect failed errno=111', $p));
}
// without a platform: the host's, the same as naming it
$host = sockerr_platform();
foreach (['errno=111', 'errno=61', '[Errno 104] x', 'errno=32', 'errno=10061'] as $text) {
    $same = sockerr_scan($text)[0]['error'] === sockerr_scan($text, $host)[0]['error'];
    echo "$text: default reads it as the host does: ", $same ? 'yes' : 'no', "\n";
}
// every platform agrees on 32 (EPIPE): no platform is claimed for it
echo "errno=32 on any: ", scan_case('errno=32'), "\n";
// where the platforms disagree (35 is EDEADLK on Linux, EAGAIN on the BSDs and macOS, ENOMSG on
// Solaris, AIX and HP-UX), the host's reading, its symbol and all: no later agreement of two
// platforms makes it nobody's
foreach (['errno=35', 'errno=54', '[Errno 49] x'] as $text) {
    $default = sockerr_scan($text)[0];
    $named = sockerr_scan($text, $host)[0];
    printf("%s: read as the host's, with its symbol: %s\n", $text,
        [$default['platform'], $default['name']] === [$host, $named['name']] ? 'yes' : 'no');
}
// Winsock's codes are Windows' wherever they are read
echo "errno=10061 on linux: ", scan_case('errno=10061', 'linux'), "\n";
// the host's reading never outranks a text: a Mac's "[Errno 61] Connection refused" stays refused
echo "fromMessage: ", SocketError::fromMessage('[Errno 61] Connection refused')->name, "\n";
echo "explain:     ", sockerr_explain('[Errno 61] Connection refused')['error'], "\n";
// the same argument errors as the rest of the API
try {
    sockerr_scan('errno=111', 'plan9');
} catch (ValueError $e) {
    echo substr($e->getMessage(), 0, 74), "...\n";
}
?>
--EXPECT--
linux    errno=111 -> ConnectionRefused linux 111
darwin   errno=111 -> Unknown darwin 111
windows  errno=111 -> Unknown windows 111
Linux    errno=111 -> ConnectionRefused linux 111
WINNT    errno=111 -> Unknown windows 111
errno=111: default reads it as the host does: yes
errno=61: default reads it as the host does: yes
[Errno 104] x: default reads it as the host does: yes
errno=32: default reads it as the host does: yes
errno=10061: default reads it as the host does: yes
errno=32 on any: Shutdown - 32
errno=35: read as the host's, with its symbol: yes
errno=54: read as the host's, with its symbol: yes
[Errno 49] x: read as the host's, with its symbol: yes
errno=10061 on linux: ConnectionRefused windows 10061
fromMessage: ConnectionRefused
explain:     ConnectionRefused
sockerr_scan(): Argument #2 ($platform) must be one of "linux", "darwin", ...
