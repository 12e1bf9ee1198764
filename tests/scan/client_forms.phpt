--TEST--
Clients that put the errno in their own words: MySQL's parenthesised errno, SQL Server's hexadecimal code (Winsock's, Win32's or an errno), "error code is", Python's herror, Rust's kinds, libpq, Go's resolver, .NET's names, cURL's Windows texts, Erlang's and Elixir's atoms, a MySQL errno from a client on another system
--EXTENSIONS--
sockerr
--FILE--
<?php
function show(string $line, ?string $platform = null): void
{
    $r = sockerr_explain($line, ...($platform === null ? [] : [$platform]));
    printf("%-9s %-20s %-16s %-7s %s\n", $platform ?? 'host', $r['error'], $r['name'] ?? '-', $r['native'] ?? '-', $line);
}
// MySQL and MariaDB: the errno of the client's system; 10000 and up is Winsock's anywhere
show("ERROR 2003 (HY000): Can't connect to MySQL server on '10.0.0.5' (13)");
show("Can't connect to MySQL server on '10.0.0.5' (10061)");
show("Can't connect to MySQL server on '10.0.0.5:3306' (10060)");
show("Can't connect to MySQL server on '127.0.0.1' (61)", 'darwin');
show("Can't connect to MySQL server on '127.0.0.1' (111)", 'linux');
show("ERROR 2002 (HY000): Can't connect to server on 'db' (115)", 'linux');
show("Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (2)", 'linux');
show("Can't connect to MySQL server on 'db' (111 \"Connection refused\")", 'linux');
show("Unknown MySQL server host 'db' (11001)");
show("MySQL server host 'localhost'(11001)");
// a client on another system: where the host does not read the number as an error of a connect,
// it is read where it is one (61 is ECONNREFUSED on macOS and the BSDs, ENODATA on Linux)
show("ERROR 2003 (HY000): Can't connect to MySQL server on '127.0.0.1' (61)");
show("ERROR 2003 (HY000): Can't connect to MySQL server on '127.0.0.1' (61)", 'linux');
// SQL Server's TCP Provider: Winsock's code in hexadecimal, or on Linux the errno
show("TCP Provider: Error code 0x274C");
show("TCP Provider: Error code 0x2749");
show("[Microsoft][ODBC Driver 17 for SQL Server]TCP Provider: Error code 0x68", 'linux');
// a number no Unix platform has is Windows' (0x102: WAIT_TIMEOUT), and so are Win32's texts
show("Sqlcmd: Error: Microsoft ODBC Driver 13 for SQL Server : TCP Provider: Error code 0x102.");
show("TCP Provider: The semaphore timeout period has expired.");
show("System.ComponentModel.Win32Exception (1225): The remote computer refused the network connection.");
show("Network Error: Socket connecting error, error code is 10065");
show("socket error, error code: 10054");
// Python's socket.herror carries an h_errno
show("socket.herror: [Errno 1] Unknown host");
show("socket.herror: [Errno 2] Host name lookup failure");
// Rust's io::Error: the kind decides on any platform
show('Os { code: 49, kind: AddrNotAvailable, message: "Can\'t assign requested address" }');
show('Os { code: 111, kind: ConnectionRefused, message: "Connection refused" }');
show('Custom { kind: TimedOut, error: "connection timed out" }');
show('Os { code: 105, kind: Other, message: "No buffer space available" }', 'linux');
show('kind: Deployment');
// Erlang's and Elixir's atoms
show('{:error, %HTTPoison.Error{id: nil, reason: :econnrefused}}');
show('{failed_connect,[{to_address,{"localhost",8080}},{inet,[inet],econnrefused}]}');
show('** (Mint.TransportError) {:error, :nxdomain}');
show('{error, etimedout}');
show('the econnrefused handler');
// libpq and Go
show('could not translate host name "db" to address: Temporary failure in name resolution');
show('could not translate host name "db" to address: Try again');
show('dial tcp: lookup db: no such host');
show('dial tcp: lookup db on 127.0.0.11:53: server misbehaving');
show('dial tcp 10.0.0.5:5432: connect: connection refused');
show('Connection to 127.0.0.1:5433 refused. Check that the hostname and port are correct');
// .NET's and Rust's names, Chromium's net errors, wget, SQL Server's timeouts
show('Error: 10061 (ConnectionRefused)');
show('SocketException: SocketErrorCode=HostNotFound');
show('net::ERR_CONNECTION_REFUSED');
show('wget: unable to resolve host address \'db.example\'');
show('Sqlcmd: Error: Microsoft ODBC Driver 18 for SQL Server : Login timeout expired.');
// libcurl on Windows words Winsock's codes its own way (git for Windows, curl.exe)
show("fatal: unable to access 'https://github.com/x/y.git/': Failed to connect to github.com port 443 after 21045 ms: Timed out");
show('curl: (7) Failed to connect to localhost port 8080 after 2 ms: Connection refused');
show('Failed connect to db:443; Connection refused');
show('error: RPC failed; curl 56 Recv failure: Connection was reset');
?>
--EXPECT--
host      AccessDenied         EACCES           13      ERROR 2003 (HY000): Can't connect to MySQL server on '10.0.0.5' (13)
host      ConnectionRefused    WSAECONNREFUSED  10061   Can't connect to MySQL server on '10.0.0.5' (10061)
host      TimedOut             WSAETIMEDOUT     10060   Can't connect to MySQL server on '10.0.0.5:3306' (10060)
darwin    ConnectionRefused    ECONNREFUSED     61      Can't connect to MySQL server on '127.0.0.1' (61)
linux     ConnectionRefused    ECONNREFUSED     111     Can't connect to MySQL server on '127.0.0.1' (111)
linux     InProgress           EINPROGRESS      115     ERROR 2002 (HY000): Can't connect to server on 'db' (115)
linux     AddressNotAvailable  ENOENT           2       Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (2)
linux     ConnectionRefused    ECONNREFUSED     111     Can't connect to MySQL server on 'db' (111 "Connection refused")
host      HostNotFound         WSAHOST_NOT_FOUND 11001   Unknown MySQL server host 'db' (11001)
host      HostNotFound         WSAHOST_NOT_FOUND 11001   MySQL server host 'localhost'(11001)
host      ConnectionRefused    ECONNREFUSED     61      ERROR 2003 (HY000): Can't connect to MySQL server on '127.0.0.1' (61)
linux     NoData               ENODATA          61      ERROR 2003 (HY000): Can't connect to MySQL server on '127.0.0.1' (61)
host      TimedOut             WSAETIMEDOUT     10060   TCP Provider: Error code 0x274C
host      NotConnected         WSAENOTCONN      10057   TCP Provider: Error code 0x2749
linux     ConnectionReset      ECONNRESET       104     [Microsoft][ODBC Driver 17 for SQL Server]TCP Provider: Error code 0x68
host      TimedOut             WAIT_TIMEOUT     258     Sqlcmd: Error: Microsoft ODBC Driver 13 for SQL Server : TCP Provider: Error code 0x102.
host      TimedOut             ERROR_SEM_TIMEOUT 121     TCP Provider: The semaphore timeout period has expired.
host      ConnectionRefused    ERROR_CONNECTION_REFUSED 1225    System.ComponentModel.Win32Exception (1225): The remote computer refused the network connection.
host      HostUnreachable      WSAEHOSTUNREACH  10065   Network Error: Socket connecting error, error code is 10065
host      ConnectionReset      WSAECONNRESET    10054   socket error, error code: 10054
host      HostNotFound         HOST_NOT_FOUND   -10001  socket.herror: [Errno 1] Unknown host
host      TryAgain             TRY_AGAIN        -10002  socket.herror: [Errno 2] Host name lookup failure
host      AddressNotAvailable  -                -       Os { code: 49, kind: AddrNotAvailable, message: "Can't assign requested address" }
host      ConnectionRefused    -                -       Os { code: 111, kind: ConnectionRefused, message: "Connection refused" }
host      TimedOut             -                -       Custom { kind: TimedOut, error: "connection timed out" }
linux     NoBufferSpaceAvailable ENOBUFS          -       Os { code: 105, kind: Other, message: "No buffer space available" }
host      Unknown              -                -       kind: Deployment
host      ConnectionRefused    ECONNREFUSED     -       {:error, %HTTPoison.Error{id: nil, reason: :econnrefused}}
host      ConnectionRefused    ECONNREFUSED     -       {failed_connect,[{to_address,{"localhost",8080}},{inet,[inet],econnrefused}]}
host      HostNotFound         -                -       ** (Mint.TransportError) {:error, :nxdomain}
host      TimedOut             ETIMEDOUT        -       {error, etimedout}
host      Unknown              -                -       the econnrefused handler
host      TryAgain             EAI_AGAIN        -       could not translate host name "db" to address: Temporary failure in name resolution
host      TryAgain             EAI_AGAIN        -3      could not translate host name "db" to address: Try again
host      HostNotFound         -                -       dial tcp: lookup db: no such host
host      TryAgain             -                -       dial tcp: lookup db on 127.0.0.11:53: server misbehaving
host      ConnectionRefused    ECONNREFUSED     -       dial tcp 10.0.0.5:5432: connect: connection refused
host      ConnectionRefused    -                -       Connection to 127.0.0.1:5433 refused. Check that the hostname and port are correct
host      ConnectionRefused    -                -       Error: 10061 (ConnectionRefused)
host      HostNotFound         -                -       SocketException: SocketErrorCode=HostNotFound
host      ConnectionRefused    -                -       net::ERR_CONNECTION_REFUSED
host      HostNotFound         -                -       wget: unable to resolve host address 'db.example'
host      TimedOut             -                -       Sqlcmd: Error: Microsoft ODBC Driver 18 for SQL Server : Login timeout expired.
host      TimedOut             WSAETIMEDOUT     10060   fatal: unable to access 'https://github.com/x/y.git/': Failed to connect to github.com port 443 after 21045 ms: Timed out
host      ConnectionRefused    ECONNREFUSED     -       curl: (7) Failed to connect to localhost port 8080 after 2 ms: Connection refused
host      ConnectionRefused    ECONNREFUSED     -       Failed connect to db:443; Connection refused
host      ConnectionReset      WSAECONNRESET    10054   error: RPC failed; curl 56 Recv failure: Connection was reset
