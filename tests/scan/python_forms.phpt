--TEST--
Python's errors: OSError's subclasses as repr() shows them (the errno, then the OS's text), urllib3's ('Connection aborted.', ...) wrapper that states nothing itself, aiohttp's bracketed OS text, timeouts by their class
--EXTENSIONS--
sockerr
--FILE--
<?php
function show(string $line, ?string $platform = null): void
{
    $r = sockerr_explain($line, ...($platform === null ? [] : [$platform]));
    printf("%-18s %-16s %-7s matched=%-30s %s\n", $r['error'], $r['name'] ?? '-', $r['native'] ?? '-', json_encode($r['matched'], JSON_UNESCAPED_UNICODE), $line);
}
// Python's OSError and its subclasses as repr() shows them: the errno first, then the OS's text
show("requests.exceptions.ConnectionError: ('Connection aborted.', ConnectionResetError(104, 'Connection reset by peer'))");
show("urllib3.exceptions.ProtocolError: ('Connection aborted.', ConnectionRefusedError(111, 'Connection refused'))");
show("('Connection aborted.', TimeoutError(10060, '由于连接方在一段时间后没有正确答复或连接的主机没有反应，连接尝试失败。', None, 10060, None))");
show("('Connection aborted.', OSError(113, 'No route to host'))", 'linux');
show("('Connection aborted.', BrokenPipeError(32, 'Broken pipe'))");
show("ConnectionAbortedError(10053, 'An established connection was aborted by the software in your host machine', None, 10053, None)");
// Python's timeouts by their class: socket.timeout (TimeoutError since 3.10)
show('socket.timeout: timed out');
show('asyncio.exceptions.TimeoutError');
// urllib3's wrapper says nothing of its own: what it wraps decides, or nothing does
show("requests.exceptions.ConnectionError: ('Connection aborted.', RemoteDisconnected('Remote end closed connection without response'))");
show('Connection aborted');
// aiohttp: the OS's text in brackets after the host and the SSL setting
show('aiohttp.client_exceptions.ClientConnectorError: Cannot connect to host api.github.com:443 ssl:None [Try again]');
show('Cannot connect to host localhost:8080 ssl:default [Connection refused]');
show('Cannot connect to host db:5432 ssl:<ssl.SSLContext object at 0x7f3a2c1d> [Name or service not known]');
show("Cannot connect to host 127.0.0.1:8080 ssl:False [Connect call failed ('127.0.0.1', 8080)]");
?>
--EXPECT--
ConnectionReset    ECONNRESET       104     matched="Connection reset by peer"     requests.exceptions.ConnectionError: ('Connection aborted.', ConnectionResetError(104, 'Connection reset by peer'))
ConnectionRefused  ECONNREFUSED     111     matched="Connection refused"           urllib3.exceptions.ProtocolError: ('Connection aborted.', ConnectionRefusedError(111, 'Connection refused'))
TimedOut           WSAETIMEDOUT     10060   matched="TimeoutError(10060"           ('Connection aborted.', TimeoutError(10060, '由于连接方在一段时间后没有正确答复或连接的主机没有反应，连接尝试失败。', None, 10060, None))
HostUnreachable    EHOSTUNREACH     113     matched="OSError(113"                  ('Connection aborted.', OSError(113, 'No route to host'))
Shutdown           EPIPE            32      matched="BrokenPipeError(32"           ('Connection aborted.', BrokenPipeError(32, 'Broken pipe'))
ConnectionAborted  WSAECONNABORTED  10053   matched="ConnectionAbortedError(10053" ConnectionAbortedError(10053, 'An established connection was aborted by the software in your host machine', None, 10053, None)
TimedOut           -                -       matched="socket.timeout"               socket.timeout: timed out
TimedOut           -                -       matched="TimeoutError"                 asyncio.exceptions.TimeoutError
Unknown            -                -       matched="Connection aborted.'"         requests.exceptions.ConnectionError: ('Connection aborted.', RemoteDisconnected('Remote end closed connection without response'))
ConnectionAborted  ECONNABORTED     103     matched="Connection aborted"           Connection aborted
TryAgain           EAI_AGAIN        -3      matched="Try again"                    aiohttp.client_exceptions.ClientConnectorError: Cannot connect to host api.github.com:443 ssl:None [Try again]
ConnectionRefused  ECONNREFUSED     -       matched="Connection refused"           Cannot connect to host localhost:8080 ssl:default [Connection refused]
HostNotFound       EAI_NONAME       -2      matched="Name or service not known"    Cannot connect to host db:5432 ssl:<ssl.SSLContext object at 0x7f3a2c1d> [Name or service not known]
Unknown            -                -       matched=null                           Cannot connect to host 127.0.0.1:8080 ssl:False [Connect call failed ('127.0.0.1', 8080)]
