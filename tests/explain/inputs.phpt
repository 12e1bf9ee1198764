--TEST--
sockerr_explain(): an int, a numeric string, a symbol, a case name, an enum case, unknown text
--EXTENSIONS--
sockerr
--FILE--
<?php
function show(array $r): void {
    echo implode(' | ', array_map(fn ($v) => var_export($v, true),
        [$r['error'], $r['code'], $r['family'], $r['platform'], $r['native'], $r['name'], $r['message'], $r['transient']])), "\n";
}
show(sockerr_explain(111, 'linux'));
show(sockerr_explain(61, 'darwin'));
show(sockerr_explain(10061, 'windows'));
show(sockerr_explain(79, 'aix'));
show(sockerr_explain('111', 'linux'));
show(sockerr_explain('ECONNREFUSED', 'freebsd'));
show(sockerr_explain('WSAETIMEDOUT'));          // a Windows symbol, whatever the host
show(sockerr_explain('EAI_NONAME', 'linux'));
show(sockerr_explain('EAI_NONAME', 'darwin'));
show(sockerr_explain(-2, 'linux'));             // glibc's getaddrinfo codes are negative
show(sockerr_explain(-3, 'linux'));
show(sockerr_explain(-10001, 'linux'));         // ext/sockets: -10000 - h_errno
show(sockerr_explain(-10002, 'darwin'));
show(sockerr_explain(11001, 'windows'));
show(sockerr_explain(0, 'linux'));
show(sockerr_explain(12345, 'linux'));          // no such errno: Unknown, code kept
show(sockerr_explain(12, 'linux'));             // ENOMEM: not a socket condition
show(sockerr_explain('TimedOut'));
show(sockerr_explain(SocketError::HostUnreachable));
show(sockerr_explain(SocketError::HostUnreachable, 'solaris'));
show(sockerr_explain(SocketError::ProcessLimit, 'linux'));  // no Unix twin: the case itself
show(sockerr_explain('EWOULDBLOCK', 'linux'));  // an alias keeps its own name
show(sockerr_explain('something went wrong'));  // text: Unknown until a phrase is recognised
show(sockerr_explain(''));
var_dump(sockerr_explain(111) === sockerr_explain(111, sockerr_platform()));
?>
--EXPECT--
'ConnectionRefused' | 10061 | 'errno' | 'linux' | 111 | 'ECONNREFUSED' | 'Connection refused' | true
'ConnectionRefused' | 10061 | 'errno' | 'darwin' | 61 | 'ECONNREFUSED' | 'Connection refused' | true
'ConnectionRefused' | 10061 | 'windows' | 'windows' | 10061 | 'WSAECONNREFUSED' | 'No connection could be made because the target machine actively refused it.' | true
'ConnectionRefused' | 10061 | 'errno' | 'aix' | 79 | 'ECONNREFUSED' | 'Connection refused' | true
'ConnectionRefused' | 10061 | 'errno' | 'linux' | 111 | 'ECONNREFUSED' | 'Connection refused' | true
'ConnectionRefused' | 10061 | 'errno' | 'freebsd' | 61 | 'ECONNREFUSED' | 'Connection refused' | true
'TimedOut' | 10060 | 'windows' | 'windows' | 10060 | 'WSAETIMEDOUT' | 'A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond.' | true
'HostNotFound' | 11001 | 'resolver' | 'linux' | -2 | 'EAI_NONAME' | 'Name or service not known' | false
'HostNotFound' | 11001 | 'resolver' | 'darwin' | 8 | 'EAI_NONAME' | 'nodename nor servname provided, or not known' | false
'HostNotFound' | 11001 | 'resolver' | 'linux' | -2 | 'EAI_NONAME' | 'Name or service not known' | false
'TryAgain' | 11002 | 'resolver' | 'linux' | -3 | 'EAI_AGAIN' | 'Temporary failure in name resolution' | true
'HostNotFound' | 11001 | 'resolver' | 'linux' | -10001 | 'HOST_NOT_FOUND' | 'Unknown host' | false
'TryAgain' | 11002 | 'resolver' | 'darwin' | -10002 | 'TRY_AGAIN' | 'Host name lookup failure' | true
'HostNotFound' | 11001 | 'windows' | 'windows' | 11001 | 'WSAHOST_NOT_FOUND' | 'No such host is known.' | false
'Success' | 0 | 'errno' | 'linux' | 0 | NULL | NULL | false
'Unknown' | -1 | 'errno' | 'linux' | 12345 | NULL | NULL | false
'Unknown' | -1 | 'errno' | 'linux' | 12 | 'ENOMEM' | 'Cannot allocate memory' | false
'TimedOut' | 10060 | NULL | NULL | NULL | NULL | 'Connection timed out' | true
'HostUnreachable' | 10065 | NULL | NULL | NULL | NULL | 'No route to host' | false
'HostUnreachable' | 10065 | 'errno' | 'solaris' | 148 | 'EHOSTUNREACH' | 'No route to host' | false
'ProcessLimit' | 10067 | NULL | NULL | NULL | NULL | 'Too many processes using Windows Sockets' | true
'WouldBlock' | 10035 | 'errno' | 'linux' | 11 | 'EWOULDBLOCK' | 'Resource temporarily unavailable' | true
'Unknown' | -1 | NULL | NULL | NULL | NULL | 'Unknown error' | false
'Unknown' | -1 | NULL | NULL | NULL | NULL | 'Unknown error' | false
bool(true)
