--TEST--
A Winsock code (10000-11999, where no Unix errno reaches) is read as Windows' on any platform it is asked about; a Win32 code below that is not
--EXTENSIONS--
sockerr
--FILE--
<?php
foreach ([[10061, 'linux'], [10061, 'darwin'], ['10060', 'aix'], [11001, 'solaris'], [995, 'hpux'], [87, 'aix'], [10061, null]] as [$code, $platform]) {
    $r = sockerr_explain($code, $platform);
    printf("%s on %s: %s %s %s %s native=%d\n", var_export($code, true), $platform ?? 'this host', $r['error'], $r['platform'], $r['family'], $r['name'] ?? '-', $r['native']);
}
echo SocketError::fromNative(10065, 'linux')->name, ' ', SocketError::fromNative(10054)->name, "\n";
// a native code stays native, and a code no table has stays Unknown on the platform asked
$r = sockerr_explain(111, 'linux');
echo $r['error'], ' ', $r['platform'], ' ', $r['name'], "\n";
$r = sockerr_explain(12345, 'linux');
echo $r['error'], ' ', $r['platform'], ' ', $r['native'], "\n";
// in a text, a number between 10000 and 11999 was already read as Windows'
$r = sockerr_explain('recv() failed with error code 10054', 'linux');
echo $r['error'], ' ', $r['platform'], ' ', $r['matched'], "\n";
// ReactPHP's exception code is the errno of the machine that failed, Windows' here
eval('namespace React\\Socket; class ConnectionException extends \\RuntimeException {}');
$r = sockerr_explain(new React\Socket\ConnectionException('Connection to tcp://db:3306 failed', 10061), 'linux');
echo $r['error'], ' ', $r['platform'], ' ', $r['name'], "\n";
?>
--EXPECT--
10061 on linux: ConnectionRefused windows windows WSAECONNREFUSED native=10061
10061 on darwin: ConnectionRefused windows windows WSAECONNREFUSED native=10061
'10060' on aix: TimedOut windows windows WSAETIMEDOUT native=10060
11001 on solaris: HostNotFound windows windows WSAHOST_NOT_FOUND native=11001
995 on hpux: Unknown hpux errno - native=995
87 on aix: Unknown aix errno - native=87
10061 on this host: ConnectionRefused windows windows WSAECONNREFUSED native=10061
HostUnreachable ConnectionReset
ConnectionRefused linux ECONNREFUSED
Unknown linux 12345
ConnectionReset windows error code 10054
ConnectionRefused windows WSAECONNREFUSED
