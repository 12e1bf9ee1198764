--TEST--
SocketError::nativeCode(), nativeName(), message(), isTransient(), isTimeout()
--EXTENSIONS--
sockerr
--FILE--
<?php
$platforms = ['linux', 'darwin', 'freebsd', 'openbsd', 'netbsd', 'solaris', 'aix', 'hpux', 'windows'];
foreach ([SocketError::ConnectionRefused, SocketError::TimedOut, SocketError::HostUnreachable,
    SocketError::HostNotFound, SocketError::TryAgain, SocketError::WouldBlock, SocketError::Success,
    SocketError::Unknown, SocketError::NotInitialized] as $case) {
    echo $case->name, ': ';
    foreach ($platforms as $platform) {
        echo $platform, '=', $case->nativeName($platform) ?? 'null', '/', $case->nativeCode($platform) ?? 'null', ' ';
    }
    echo "\n";
}
// every case that names a native symbol maps back to itself on that platform
$bad = 0;
foreach (SocketError::cases() as $case) {
    foreach ($platforms as $platform) {
        $name = $case->nativeName($platform);
        if ($name !== null && SocketError::fromName($name) !== $case) {
            echo "$platform $name does not map back to {$case->name}\n";
            $bad++;
        }
    }
}
echo "round trips broken: $bad\n";
var_dump(SocketError::ConnectionRefused->nativeCode() === SocketError::ConnectionRefused->nativeCode(sockerr_platform()));
var_dump(SocketError::ConnectionRefused->message(), SocketError::HostNotFound->message());
var_dump(SocketError::TimedOut->isTimeout(), SocketError::ConnectionRefused->isTimeout());
var_dump(SocketError::TimedOut->isTransient(), SocketError::TryAgain->isTransient(),
    SocketError::AccessDenied->isTransient(), SocketError::HostNotFound->isTransient());
?>
--EXPECT--
ConnectionRefused: linux=ECONNREFUSED/111 darwin=ECONNREFUSED/61 freebsd=ECONNREFUSED/61 openbsd=ECONNREFUSED/61 netbsd=ECONNREFUSED/61 solaris=ECONNREFUSED/146 aix=ECONNREFUSED/79 hpux=ECONNREFUSED/239 windows=WSAECONNREFUSED/10061 
TimedOut: linux=ETIMEDOUT/110 darwin=ETIMEDOUT/60 freebsd=ETIMEDOUT/60 openbsd=ETIMEDOUT/60 netbsd=ETIMEDOUT/60 solaris=ETIMEDOUT/145 aix=ETIMEDOUT/78 hpux=ETIMEDOUT/238 windows=WSAETIMEDOUT/10060 
HostUnreachable: linux=EHOSTUNREACH/113 darwin=EHOSTUNREACH/65 freebsd=EHOSTUNREACH/65 openbsd=EHOSTUNREACH/65 netbsd=EHOSTUNREACH/65 solaris=EHOSTUNREACH/148 aix=EHOSTUNREACH/81 hpux=EHOSTUNREACH/242 windows=WSAEHOSTUNREACH/10065 
HostNotFound: linux=EAI_NONAME/-2 darwin=EAI_NONAME/8 freebsd=EAI_NONAME/8 openbsd=EAI_NONAME/-2 netbsd=EAI_NONAME/8 solaris=EAI_NONAME/8 aix=EAI_NONAME/8 hpux=null/null windows=WSAHOST_NOT_FOUND/11001 
TryAgain: linux=EAI_AGAIN/-3 darwin=EAI_AGAIN/2 freebsd=EAI_AGAIN/2 openbsd=EAI_AGAIN/-3 netbsd=EAI_AGAIN/2 solaris=EAI_AGAIN/2 aix=EAI_AGAIN/2 hpux=null/null windows=WSATRY_AGAIN/11002 
WouldBlock: linux=EAGAIN/11 darwin=EAGAIN/35 freebsd=EAGAIN/35 openbsd=EAGAIN/35 netbsd=EAGAIN/35 solaris=EAGAIN/11 aix=EAGAIN/11 hpux=EAGAIN/11 windows=WSAEWOULDBLOCK/10035 
Success: linux=null/0 darwin=null/0 freebsd=null/0 openbsd=null/0 netbsd=null/0 solaris=null/0 aix=null/0 hpux=null/0 windows=null/0 
Unknown: linux=null/null darwin=null/null freebsd=null/null openbsd=null/null netbsd=null/null solaris=null/null aix=null/null hpux=null/null windows=null/null 
NotInitialized: linux=null/null darwin=null/null freebsd=null/null openbsd=null/null netbsd=null/null solaris=null/null aix=null/null hpux=null/null windows=WSANOTINITIALISED/10093 
round trips broken: 0
bool(true)
string(18) "Connection refused"
string(14) "Host not found"
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(false)
