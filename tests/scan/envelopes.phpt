--TEST--
SocketError::fromMessage() and sockerr_explain(): the wordings of PHP, its libraries and other runtimes
--EXTENSIONS--
sockerr
--FILE--
<?php
$lines = [
    // PHP warnings, 8.1+ and 8.0 getaddrinfo wording, ext/sockets, streams
    'stream_socket_client(): Unable to connect to tcp://db:5432 (Connection refused)',
    'stream_socket_client(): php_network_getaddresses: getaddrinfo for redis failed: Temporary failure in name resolution',
    'php_network_getaddresses: getaddrinfo failed: Name or service not known',
    'php_network_getaddresses: getaddrinfo for db failed: 不知道这样的主机。',
    'file_get_contents(http://127.0.0.1:1/): Failed to open stream: Connection refused',
    'socket_connect(): unable to connect [111]: Connection refused',
    'socket_connect(): Host lookup failed [-10001]: Unknown host',
    'fwrite(): Send of 1 bytes failed with errno=32 Broken pipe',
    // cURL across its versions, and Guzzle, Laravel, Symfony around it
    'cURL error 7: Failed to connect to api port 443 after 3 ms: Couldn\'t connect to server (see https://curl.haxx.se/libcurl/c/libcurl-errors.html)',
    'cURL error 7: Failed to connect to localhost port 8080 after 2255 ms: Could not connect to server',
    'cURL error 7: Failed connect to www.google-analytics.com:80; Operation now in progress',
    'cURL error 7: couldn\'t connect to host',
    'cURL error 7: Failed to connect to db port 5432: No route to host',
    'cURL error 6: Could not resolve host: api.internal (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for http://api.internal/',
    'cURL error 28: Operation timed out after 30001 milliseconds with 0 bytes received',
    'cURL error 28: Connection timed out after 10001 milliseconds',
    'cURL error 28: Resolving timed out after 5000 milliseconds',
    'cURL error 56: Recv failure: Connection reset by peer',
    'cURL error 52: Empty reply from server',
    'cURL error 60: SSL certificate problem: self-signed certificate',
    'curl: (7) Failed to connect to localhost port 80 after 0 ms: Connection refused',
    'Could not resolve host: nonexistent.invalid for "http://nonexistent.invalid/".',
    'Could not resolve host "nonexistent.invalid".',
    // databases and caches
    'SQLSTATE[HY000] [2002] Connection refused',
    'SQLSTATE[HY000] [2002] No such file or directory',
    'SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo for mysql failed: Name does not resolve',
    'SQLSTATE[HY000] [2006] MySQL server has gone away',
    'mysqli::real_connect(): (HY000/2002): No connection could be made because the target machine actively refused it.',
    'RedisException: read error on connection to 127.0.0.1:6379',
    // ReactPHP, Amp
    'Connection to tcp://127.0.0.1:1 failed: Connection refused (ECONNREFUSED)',
    'Connection to localhost:1 timed out after 2 seconds (ETIMEDOUT)',
    'Connection to tcp://host:80 failed during DNS lookup: DNS query for host (A) returned an error response (Non-Existent Domain / NXDOMAIN)',
    'Connection to tcp://127.0.0.1:1 @ tcp://127.0.0.1:1 refused',
    'Connecting to tcp://10.1.2.3:5432 failed: timeout exceeded (10.000 s)',
    // other runtimes sharing the logs
    'Error: connect ECONNREFUSED 127.0.0.1:6379',
    'Error: getaddrinfo ENOTFOUND db',
    'Error: getaddrinfo EAI_AGAIN redis',
    'ConnectionRefusedError: [Errno 111] Connection refused',
    'socket.gaierror: [Errno -2] Name or service not known',
    'java.net.ConnectException: Connection refused (Connection refused)',
    'java.net.UnknownHostException: db: Name or service not known',
    'java.net.SocketTimeoutException: connect timed out',
    'dial tcp 127.0.0.1:5432: connect: connection refused',
    'dial tcp: lookup db on 127.0.0.11:53: no such host',
    'dial tcp 10.0.0.1:443: i/o timeout',
    // apt: a lookup that failed for now, or for good; urllib3's read timeout
    "Err:1 http://deb.debian.org/debian bookworm InRelease Temporary failure resolving 'deb.debian.org'",
    "E: Failed to fetch http://archive.ubuntu.com/ubuntu/dists/jammy/InRelease  Could not resolve 'archive.ubuntu.com'",
    "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='api.example.com', port=443): Read timed out. (read timeout=10)",
    // timeouts in their own words: Apache's mod_proxy (APR), PHP's TLS handshake, Symfony's HttpClient
    '[proxy_fcgi:error] [pid 1234] (70007)The timeout specified has expired: [client 192.0.2.7:5678] AH01075: Error dispatching request to :',
    'file_get_contents(): SSL: Handshake timed out',
    'Symfony\\Component\\HttpClient\\Exception\\TransportException: Idle timeout reached for "https://api.example.com/v1".',
    // Ruby's Net::HTTP timeouts by their class
    'Net::OpenTimeout: execution expired',
    'Net::ReadTimeout: Net::ReadTimeout with #<TCPSocket:(closed)>',
    // nslookup (BusyBox's, BIND's): a name with no record of the type asked for
    "*** Can't find www.example.org: No answer",
    'System.Net.Sockets.SocketException (10061): No connection could be made because the target machine actively refused it.',
    'thread panicked: Os { code: 111, kind: ConnectionRefused, message: "Connection refused" } (os error 111)',
    'ConnectionResetError: [WinError 10054] An existing connection was forcibly closed by the remote host',
    'connect() to unix:/run/php/php8.2-fpm.sock failed (2: No such file or directory) while connecting to upstream',
    'connect() failed (111: Connection refused) while connecting to upstream, client: 127.0.0.1',
];
foreach ($lines as $line) {
    $r = sockerr_explain($line);
    printf("%-26s %-28s %-28s %s\n", $r['error'], $r['name'] ?? '-', $r['curl']['name'] ?? '-', $r['matched']);
    if (SocketError::fromMessage($line)->name !== $r['error']) {
        echo "  fromMessage() disagrees\n";
    }
}
?>
--EXPECT--
ConnectionRefused          ECONNREFUSED                 -                            Connection refused
TryAgain                   EAI_AGAIN                    -                            Temporary failure in name resolution
HostNotFound               EAI_NONAME                   -                            Name or service not known
HostNotFound               WSAHOST_NOT_FOUND            -                            不知道这样的主机
ConnectionRefused          ECONNREFUSED                 -                            Connection refused
ConnectionRefused          ECONNREFUSED                 -                            Connection refused
HostNotFound               HOST_NOT_FOUND               -                            [-10001]:
Shutdown                   EPIPE                        -                            errno=32
Unknown                    CURLE_COULDNT_CONNECT        CURLE_COULDNT_CONNECT        cURL error 7
Unknown                    CURLE_COULDNT_CONNECT        CURLE_COULDNT_CONNECT        cURL error 7
InProgress                 EINPROGRESS                  CURLE_COULDNT_CONNECT        Operation now in progress
Unknown                    CURLE_COULDNT_CONNECT        CURLE_COULDNT_CONNECT        cURL error 7
HostUnreachable            EHOSTUNREACH                 CURLE_COULDNT_CONNECT        No route to host
HostNotFound               CURLE_COULDNT_RESOLVE_HOST   CURLE_COULDNT_RESOLVE_HOST   cURL error 6
TimedOut                   CURLE_OPERATION_TIMEDOUT     CURLE_OPERATION_TIMEDOUT     cURL error 28
TimedOut                   CURLE_OPERATION_TIMEDOUT     CURLE_OPERATION_TIMEDOUT     cURL error 28
TimedOut                   CURLE_OPERATION_TIMEDOUT     CURLE_OPERATION_TIMEDOUT     cURL error 28
ConnectionReset            ECONNRESET                   CURLE_RECV_ERROR             Connection reset by peer
Unknown                    CURLE_GOT_NOTHING            CURLE_GOT_NOTHING            cURL error 52
Unknown                    CURLE_PEER_FAILED_VERIFICATION CURLE_PEER_FAILED_VERIFICATION cURL error 60
ConnectionRefused          ECONNREFUSED                 CURLE_COULDNT_CONNECT        Connection refused
HostNotFound               CURLE_COULDNT_RESOLVE_HOST   CURLE_COULDNT_RESOLVE_HOST   Could not resolve host:
HostNotFound               -                            -                            Could not resolve host "
ConnectionRefused          ECONNREFUSED                 -                            Connection refused
AddressNotAvailable        ENOENT                       -                            No such file or directory
HostNotFound               EAI_NONAME                   -                            Name does not resolve
Unknown                    -                            -                            SQLSTATE[HY000] [2006]
ConnectionRefused          WSAECONNREFUSED              -                            No connection could be made because the
Unknown                    -                            -                            read error on connection
ConnectionRefused          ECONNREFUSED                 -                            ECONNREFUSED
TimedOut                   ETIMEDOUT                    -                            ETIMEDOUT
HostNotFound               -                            -                            NXDOMAIN
ConnectionRefused          -                            -                            Connection to tcp://127.0.0.1:1 @ tcp://127.0.0.1:1 refused
TimedOut                   -                            -                            timeout exceeded
ConnectionRefused          ECONNREFUSED                 -                            ECONNREFUSED
HostNotFound               -                            -                            ENOTFOUND
TryAgain                   EAI_AGAIN                    -                            EAI_AGAIN
ConnectionRefused          ECONNREFUSED                 -                            Connection refused
HostNotFound               EAI_NONAME                   -                            [Errno -2]
ConnectionRefused          ECONNREFUSED                 -                            Connection refused
HostNotFound               EAI_NONAME                   -                            Name or service not known
TimedOut                   -                            -                            java.net.SocketTimeoutException
ConnectionRefused          ECONNREFUSED                 -                            connection refused
HostNotFound               -                            -                            : no such host
TimedOut                   -                            -                            i/o timeout
TryAgain                   -                            -                            Temporary failure resolving '
HostNotFound               -                            -                            Could not resolve 'archive.ubuntu.com'
TimedOut                   -                            -                            Read timed out
TimedOut                   -                            -                            The timeout specified has expired
TimedOut                   -                            -                            SSL: Handshake timed out
TimedOut                   -                            -                            Idle timeout reached for "
TimedOut                   -                            -                            Net::OpenTimeout
TimedOut                   -                            -                            Net::ReadTimeout
NoData                     -                            -                            Can't find www.example.org: No answer
ConnectionRefused          WSAECONNREFUSED              -                            SocketException (10061)
ConnectionRefused          ECONNREFUSED                 -                            kind: ConnectionRefused
ConnectionReset            WSAECONNRESET                -                            [WinError 10054]
AddressNotAvailable        ENOENT                       -                            No such file or directory
ConnectionRefused          ECONNREFUSED                 -                            Connection refused
