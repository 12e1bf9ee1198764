--TEST--
SocketError::fromNative(): one failure, nine platforms' numbers, one case
--EXTENSIONS--
sockerr
--FILE--
<?php
$refused = ['linux' => 111, 'darwin' => 61, 'freebsd' => 61, 'openbsd' => 61, 'netbsd' => 61,
    'solaris' => 146, 'aix' => 79, 'hpux' => 239, 'windows' => 10061];
foreach ($refused as $platform => $code) {
    printf("%-8s %5d %s %s\n", $platform, $code, SocketError::fromNative($code, $platform)->name,
        SocketError::ConnectionRefused->nativeCode($platform));
}
// the same number means different things on different platforms
foreach (['linux', 'darwin', 'windows'] as $platform) {
    echo $platform, ': 60 is ', SocketError::fromNative(60, $platform)->name, "\n";
}
// aliases of the platform names
foreach (['Darwin', 'macOS', 'WINNT', 'Windows', 'SunOS', 'illumos', 'HP-UX', 'BSD', 'Linux', 'AIX'] as $alias) {
    echo $alias, ' => ', SocketError::ConnectionRefused->nativeCode($alias), ' ', SocketError::fromNative(SocketError::ConnectionRefused->nativeCode($alias), $alias)->name, "\n";
}
// the host platform by default
var_dump(SocketError::fromNative(0) === SocketError::Success);
// codes no table knows are Unknown, not an error
var_dump(SocketError::fromNative(99999), SocketError::fromNative(-77, 'darwin'));
?>
--EXPECT--
linux      111 ConnectionRefused 111
darwin      61 ConnectionRefused 61
freebsd     61 ConnectionRefused 61
openbsd     61 ConnectionRefused 61
netbsd      61 ConnectionRefused 61
solaris    146 ConnectionRefused 146
aix         79 ConnectionRefused 79
hpux       239 ConnectionRefused 239
windows  10061 ConnectionRefused 10061
linux: 60 is Unknown
darwin: 60 is TimedOut
windows: 60 is Unknown
Darwin => 61 ConnectionRefused
macOS => 61 ConnectionRefused
WINNT => 10061 ConnectionRefused
Windows => 10061 ConnectionRefused
SunOS => 146 ConnectionRefused
illumos => 146 ConnectionRefused
HP-UX => 239 ConnectionRefused
BSD => 61 ConnectionRefused
Linux => 111 ConnectionRefused
AIX => 79 ConnectionRefused
bool(true)
enum(SocketError::Unknown)
enum(SocketError::Unknown)
