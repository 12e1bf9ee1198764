--TEST--
SocketError::fromCurl(): cURL codes, refined by the OS errno only for the codes where libcurl sets it
--EXTENSIONS--
sockerr
--FILE--
<?php
$cases = [
    [7, 0, null], [7, 111, 'linux'], [7, 13, 'linux'], [7, 113, 'linux'], [7, 101, 'linux'], [7, 2, 'linux'],
    [7, 61, 'darwin'], [7, 10061, 'windows'], [7, 10013, 'windows'], [28, 0, null], [28, 110, 'linux'],
    [56, 104, 'linux'], [55, 32, 'linux'], [52, 0, null], [6, 0, null], [6, 111, 'linux'], [5, 111, 'linux'],
    [35, 0, null], [35, 104, 'linux'], [60, 0, null], [0, 0, null], [999, 0, null], [7, 99999, 'linux'],
];
foreach ($cases as [$curl, $os, $platform]) {
    printf("curl %3d, errno %5d on %-7s => %s\n", $curl, $os, $platform ?? 'host', SocketError::fromCurl($curl, $os, $platform)->name);
}
$r = sockerr_explain('cURL error 7: Failed to connect to db port 5432: Permission denied');
echo $r['error'], ' ', $r['name'], ' ', $r['curl']['name'], "\n", $r['hints'][0], "\n";
try {
    SocketError::fromCurl(7, 111, 'plan9');
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
try {
    SocketError::fromCurl(7, PHP_INT_MAX);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
curl   7, errno     0 on host    => Unknown
curl   7, errno   111 on linux   => ConnectionRefused
curl   7, errno    13 on linux   => AccessDenied
curl   7, errno   113 on linux   => HostUnreachable
curl   7, errno   101 on linux   => NetworkUnreachable
curl   7, errno     2 on linux   => AddressNotAvailable
curl   7, errno    61 on darwin  => ConnectionRefused
curl   7, errno 10061 on windows => ConnectionRefused
curl   7, errno 10013 on windows => AccessDenied
curl  28, errno     0 on host    => TimedOut
curl  28, errno   110 on linux   => TimedOut
curl  56, errno   104 on linux   => ConnectionReset
curl  55, errno    32 on linux   => Shutdown
curl  52, errno     0 on host    => Unknown
curl   6, errno     0 on host    => HostNotFound
curl   6, errno   111 on linux   => HostNotFound
curl   5, errno   111 on linux   => HostNotFound
curl  35, errno     0 on host    => Unknown
curl  35, errno   104 on linux   => Unknown
curl  60, errno     0 on host    => Unknown
curl   0, errno     0 on host    => Success
curl 999, errno     0 on host    => Unknown
curl   7, errno 99999 on linux   => Unknown
AccessDenied EACCES CURLE_COULDNT_CONNECT
On the server run `getenforce` and `getsebool httpd_can_network_connect`; if it is off, `setsebool -P httpd_can_network_connect 1`, or httpd_can_network_connect_db for database ports only.
SocketError::fromCurl(): Argument #3 ($platform) must be one of "linux", "darwin", "freebsd", "openbsd", "netbsd", "solaris", "aix", "hpux", "windows" or a PHP_OS or PHP_OS_FAMILY value, "plan9" given
SocketError::fromCurl(): Argument #2 ($osErrno) must be between -2147483647 and 2147483647
