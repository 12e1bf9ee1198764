--TEST--
SocketError and sockerr_*(): bad input is a TypeError or ValueError naming the argument
--EXTENSIONS--
sockerr
--FILE--
<?php
declare(strict_types=1);
$calls = [
    fn () => SocketError::fromNative(111, 'plan9'),
    fn () => SocketError::fromNative(111, ''),
    fn () => SocketError::fromNative(111, "linux\0"),
    fn () => SocketError::fromNative(111, 'Unknown'),
    fn () => SocketError::fromNative(PHP_INT_MAX),
    fn () => SocketError::fromNative(-2147483649, 'linux'),
    fn () => SocketError::fromNative(-2147483648, 'linux'),
    fn () => SocketError::fromNative('ECONNREFUSED'),
    fn () => SocketError::fromNative(1.5),
    fn () => SocketError::fromName('ECONNREFUSEDX'),
    fn () => SocketError::fromName(''),
    fn () => SocketError::fromName([]),
    fn () => SocketError::fromName("ECONNREFUSED\0"),
    fn () => SocketError::fromName(str_repeat('ECONNREFUSED ', 40000)),
    fn () => sockerr_errors(str_repeat('é', 100)),
    fn () => SocketError::from(111),
    fn () => SocketError::ConnectionRefused->nativeCode('vms'),
    fn () => SocketError::ConnectionRefused->nativeName('vms'),
    fn () => sockerr_explain(111, 'plan9'),
    fn () => sockerr_explain(PHP_INT_MIN),
    fn () => sockerr_explain(1.5),
    fn () => sockerr_explain(null),
    fn () => sockerr_explain([]),
    fn () => sockerr_explain(new stdClass),
    fn () => sockerr_explain(new class { public function __toString(): string { return 'ECONNREFUSED'; } }),
    fn () => sockerr_scan('errno=111', 'plan9'),
    fn () => sockerr_scan('errno=111', "linux\0"),
    fn () => sockerr_scan('errno=111', null, 0),
    fn () => sockerr_scan('errno=111', null, -1),
    fn () => sockerr_scan('errno=111', null, '1'),
    fn () => sockerr_errors('plan9'),
    fn () => sockerr_errors(3),
    fn () => sockerr_platform('linux'),
];
foreach ($calls as $call) {
    try {
        $call();
        echo "no error\n";
    } catch (Throwable $e) {
        echo $e::class, ': ', $e->getMessage(), "\n";
    }
}
var_dump(SocketError::tryFromName('ECONNREFUSEDX'), SocketError::tryFromName(''));
?>
--EXPECT--
ValueError: SocketError::fromNative(): Argument #2 ($platform) must be one of "linux", "darwin", "freebsd", "openbsd", "netbsd", "solaris", "aix", "hpux", "windows" or a PHP_OS or PHP_OS_FAMILY value, "plan9" given
ValueError: SocketError::fromNative(): Argument #2 ($platform) must be one of "linux", "darwin", "freebsd", "openbsd", "netbsd", "solaris", "aix", "hpux", "windows" or a PHP_OS or PHP_OS_FAMILY value, "" given
ValueError: SocketError::fromNative(): Argument #2 ($platform) must not contain any null bytes
ValueError: SocketError::fromNative(): Argument #2 ($platform) must be one of "linux", "darwin", "freebsd", "openbsd", "netbsd", "solaris", "aix", "hpux", "windows" or a PHP_OS or PHP_OS_FAMILY value, "Unknown" given
ValueError: SocketError::fromNative(): Argument #1 ($code) must be between -2147483647 and 2147483647
ValueError: SocketError::fromNative(): Argument #1 ($code) must be between -2147483647 and 2147483647
ValueError: SocketError::fromNative(): Argument #1 ($code) must be between -2147483647 and 2147483647
TypeError: SocketError::fromNative(): Argument #1 ($code) must be of type int, string given
TypeError: SocketError::fromNative(): Argument #1 ($code) must be of type int, float given
ValueError: SocketError::fromName(): Argument #1 ($name) must be a native error symbol (such as "ECONNREFUSED", "WSAECONNREFUSED", "EAI_NONAME" or "CURLE_COULDNT_CONNECT") or a SocketError case name, "ECONNREFUSEDX" given
ValueError: SocketError::fromName(): Argument #1 ($name) must be a native error symbol (such as "ECONNREFUSED", "WSAECONNREFUSED", "EAI_NONAME" or "CURLE_COULDNT_CONNECT") or a SocketError case name, "" given
TypeError: SocketError::fromName(): Argument #1 ($name) must be of type string, array given
ValueError: SocketError::fromName(): Argument #1 ($name) must not contain any null bytes
ValueError: SocketError::fromName(): Argument #1 ($name) must be a native error symbol (such as "ECONNREFUSED", "WSAECONNREFUSED", "EAI_NONAME" or "CURLE_COULDNT_CONNECT") or a SocketError case name, "ECONNREFUSED ECONNREFUSED ECONNREFUSED ECONNREFUSED ECONNREFUSED..." given
ValueError: sockerr_errors(): Argument #1 ($platform) must be one of "linux", "darwin", "freebsd", "openbsd", "netbsd", "solaris", "aix", "hpux", "windows" or a PHP_OS or PHP_OS_FAMILY value, "éééééééééééééééééééééééééééééééé..." given
ValueError: 111 is not a valid backing value for enum SocketError
ValueError: SocketError::nativeCode(): Argument #1 ($platform) must be one of "linux", "darwin", "freebsd", "openbsd", "netbsd", "solaris", "aix", "hpux", "windows" or a PHP_OS or PHP_OS_FAMILY value, "vms" given
ValueError: SocketError::nativeName(): Argument #1 ($platform) must be one of "linux", "darwin", "freebsd", "openbsd", "netbsd", "solaris", "aix", "hpux", "windows" or a PHP_OS or PHP_OS_FAMILY value, "vms" given
ValueError: sockerr_explain(): Argument #2 ($platform) must be one of "linux", "darwin", "freebsd", "openbsd", "netbsd", "solaris", "aix", "hpux", "windows" or a PHP_OS or PHP_OS_FAMILY value, "plan9" given
ValueError: sockerr_explain(): Argument #1 ($error) must be between -2147483647 and 2147483647
TypeError: sockerr_explain(): Argument #1 ($error) must be of type SocketError|Throwable|CurlHandle|string|int, float given
TypeError: sockerr_explain(): Argument #1 ($error) must be of type SocketError|Throwable|CurlHandle|string|int, null given
TypeError: sockerr_explain(): Argument #1 ($error) must be of type SocketError|Throwable|CurlHandle|string|int, array given
TypeError: sockerr_explain(): Argument #1 ($error) must be of type SocketError|Throwable|CurlHandle|string|int, stdClass given
TypeError: sockerr_explain(): Argument #1 ($error) must be of type SocketError|Throwable|CurlHandle|string|int, class@anonymous given
ValueError: sockerr_scan(): Argument #2 ($platform) must be one of "linux", "darwin", "freebsd", "openbsd", "netbsd", "solaris", "aix", "hpux", "windows" or a PHP_OS or PHP_OS_FAMILY value, "plan9" given
ValueError: sockerr_scan(): Argument #2 ($platform) must not contain any null bytes
ValueError: sockerr_scan(): Argument #3 ($limit) must be greater than 0 or null
ValueError: sockerr_scan(): Argument #3 ($limit) must be greater than 0 or null
TypeError: sockerr_scan(): Argument #3 ($limit) must be of type ?int, string given
ValueError: sockerr_errors(): Argument #1 ($platform) must be one of "linux", "darwin", "freebsd", "openbsd", "netbsd", "solaris", "aix", "hpux", "windows" or a PHP_OS or PHP_OS_FAMILY value, "plan9" given
TypeError: sockerr_errors(): Argument #1 ($platform) must be of type ?string, int given
ArgumentCountError: sockerr_platform() expects exactly 0 arguments, 1 given
NULL
NULL
