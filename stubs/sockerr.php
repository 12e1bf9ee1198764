<?php
/**
 * IDE and static-analysis stubs for the sockerr extension (https://pecl.php.net/package/sockerr),
 * in the style of PhpStorm's stubs: declarations only, never loaded at run time. Point
 * PhpStorm (include path), PHPStan (stubFiles) or Psalm (<stubs>) at this file; see README's
 * "IDE" section. scripts/check-stubs.php checks it against the extension's Reflection.
 *
 * The record, the array sockerr_explain(), sockerr_diagnose() and SocketError::explain() give:
 * @see sockerr_explain()
 */

/**
 * The version of the loaded sockerr extension.
 * @var string
 */
const SOCKERR_VERSION = '0.1.0';

/**
 * A socket, name resolution or transfer failure, with the same value on every platform: the
 * members and values of .NET's System.Net.Sockets.SocketError (Unknown is .NET's
 * SocketError = -1). A native code, symbol or text is turned into a case with fromNative(),
 * fromName(), fromCurl() or fromMessage(); explain() gives the case's record.
 */
enum SocketError: int
{
    /**
     * The code is not a socket condition that sockerr knows how to map, so only the original code
     * and message can tell what went wrong.
     *
     * Value -1 everywhere (Unknown error).
     */
    case Unknown = -1;

    /**
     * PHP set the error number to 0 because the failure came before any connect was attempted (a
     * name lookup, a malformed address, a proxy), so the reason is in the error string, not in the
     * number: explain `$errno ?: $errstr`.
     *
     * Value 0 everywhere (Success).
     */
    case Success = 0;

    /**
     * The operation was cancelled on this machine before it finished, usually because the socket
     * was closed while the call was still pending.
     *
     * ECANCELED on Linux; value 995 everywhere (Operation aborted).
     */
    case OperationAborted = 995;

    /**
     * Windows only: an overlapped operation has started and will complete later; this is a status,
     * not a failure.
     *
     * Value 997 everywhere (Overlapped operation pending).
     */
    case IOPending = 997;

    /**
     * A blocking socket call was interrupted by a signal before it could finish; repeating the
     * call normally works.
     *
     * EINTR on Linux; value 10004 everywhere (Interrupted function call).
     */
    case Interrupted = 10004;

    /**
     * The operating system refused the socket operation for permission reasons before anything
     * reached the network.
     *
     * EACCES on Linux; value 10013 everywhere (Permission denied).
     */
    case AccessDenied = 10013;

    /**
     * The kernel was handed a memory address it could not read or write; this is a bug in the
     * calling code, not a network problem.
     *
     * EFAULT on Linux; value 10014 everywhere (Bad address).
     */
    case Fault = 10014;

    /**
     * The socket call was given an argument that makes no sense for this socket or its current
     * state.
     *
     * EINVAL on Linux; value 10022 everywhere (Invalid argument).
     */
    case InvalidArgument = 10022;

    /**
     * The process (or the whole system) has used up the number of open files and sockets it is
     * allowed, so no new socket can be created.
     *
     * EMFILE on Linux; value 10024 everywhere (Too many open sockets).
     */
    case TooManyOpenSockets = 10024;

    /**
     * A non-blocking socket had nothing to hand over (no data to read, no room to write) at that
     * instant; it is a cue to wait for readiness, not a broken connection.
     *
     * EAGAIN on Linux; value 10035 everywhere (Operation would block).
     */
    case WouldBlock = 10035;

    /**
     * A non-blocking connect has started and has not finished yet; this is expected, not a
     * failure.
     *
     * EINPROGRESS on Linux; value 10036 everywhere (Operation now in progress).
     */
    case InProgress = 10036;

    /**
     * An earlier non-blocking call on this socket, usually a connect, has not finished, so
     * starting it again is refused.
     *
     * EALREADY on Linux; value 10037 everywhere (Operation already in progress).
     */
    case AlreadyInProgress = 10037;

    /**
     * The handle passed to a socket call is not a socket (closed, reused for something else, or
     * never a socket).
     *
     * ENOTSOCK on Linux; value 10038 everywhere (Not a socket).
     */
    case NotSocket = 10038;

    /**
     * Data was sent on a socket that has no destination: it is not connected and no address was
     * given.
     *
     * EDESTADDRREQ on Linux; value 10039 everywhere (Destination address required).
     */
    case DestinationAddressRequired = 10039;

    /**
     * A datagram was too large for the socket, the path or the receive buffer.
     *
     * EMSGSIZE on Linux; value 10040 everywhere (Message too long).
     */
    case MessageSize = 10040;

    /**
     * The protocol does not fit the socket type, for example a stream connection to a datagram
     * socket.
     *
     * EPROTOTYPE on Linux; value 10041 everywhere (Wrong protocol type for socket).
     */
    case ProtocolType = 10041;

    /**
     * setsockopt or getsockopt named an option (or an option level) that this OS, or this kind of
     * socket, does not have.
     *
     * ENOPROTOOPT on Linux; value 10042 everywhere (Bad protocol option).
     */
    case ProtocolOption = 10042;

    /**
     * socket_create asked for a protocol that this family and type cannot use, or that this kernel
     * does not offer.
     *
     * EPROTONOSUPPORT on Linux; value 10043 everywhere (Protocol not supported).
     */
    case ProtocolNotSupported = 10043;

    /**
     * This address family has no sockets of the requested type (stream, datagram, raw or
     * seqpacket).
     *
     * ESOCKTNOSUPPORT on Linux; value 10044 everywhere (Socket type not supported).
     */
    case SocketNotSupported = 10044;

    /**
     * The operation does not exist for this kind of socket, for example listen on a UDP socket.
     *
     * EOPNOTSUPP on Linux; value 10045 everywhere (Operation not supported).
     */
    case OperationNotSupported = 10045;

    /**
     * This machine cannot create sockets of the requested protocol family: the kernel lacks it or
     * a sandbox forbids it.
     *
     * EPFNOSUPPORT on Linux; value 10046 everywhere (Protocol family not supported).
     */
    case ProtocolFamilyNotSupported = 10046;

    /**
     * An address of a family this system or socket cannot handle was used, most often IPv6 on a
     * host where IPv6 is off.
     *
     * EAFNOSUPPORT on Linux; value 10047 everywhere (Address family not supported).
     */
    case AddressFamilyNotSupported = 10047;

    /**
     * The local address and port are already taken, usually by another process listening on the
     * same port.
     *
     * EADDRINUSE on Linux; value 10048 everywhere (Address already in use).
     */
    case AddressAlreadyInUse = 10048;

    /**
     * The local address needed for the socket cannot be used: no free ephemeral port for a
     * connect, or a bind to an address this host does not have.
     *
     * EADDRNOTAVAIL on Linux; value 10049 everywhere (Address not available).
     */
    case AddressNotAvailable = 10049;

    /**
     * The local network interface or network stack needed for this connection is down.
     *
     * ENETDOWN on Linux; value 10050 everywhere (Network is down).
     */
    case NetworkDown = 10050;

    /**
     * There is no route from this host to the destination network, so the packet could not even be
     * sent.
     *
     * ENETUNREACH on Linux; value 10051 everywhere (Network is unreachable).
     */
    case NetworkUnreachable = 10051;

    /**
     * An open connection was given up because something between the two ends stopped passing
     * traffic; keep-alive probes usually notice it.
     *
     * ENETRESET on Linux; value 10052 everywhere (Connection dropped by network reset).
     */
    case NetworkReset = 10052;

    /**
     * The local side tore the connection down itself (its TCP stack, or security software on this
     * machine), rather than the peer closing it.
     *
     * ECONNABORTED on Linux; value 10053 everywhere (Connection aborted).
     */
    case ConnectionAborted = 10053;

    /**
     * The peer (or something on the path) ended the connection abruptly with a reset instead of a
     * normal close.
     *
     * ECONNRESET on Linux; value 10054 everywhere (Connection reset by peer).
     */
    case ConnectionReset = 10054;

    /**
     * The kernel ran short of buffer memory or a related table for sockets; the call may work a
     * moment later.
     *
     * ENOBUFS on Linux; value 10055 everywhere (No buffer space available).
     */
    case NoBufferSpaceAvailable = 10055;

    /**
     * The socket is already connected, so connecting it again (or sending to a different address)
     * is not allowed.
     *
     * EISCONN on Linux; value 10056 everywhere (Socket is already connected).
     */
    case IsConnected = 10056;

    /**
     * The call needs a connected socket, and this one has no peer: it never connected, or its
     * connection is already gone.
     *
     * ENOTCONN on Linux; value 10057 everywhere (Socket is not connected).
     */
    case NotConnected = 10057;

    /**
     * The program wrote to a connection that has been closed for sending, usually because the peer
     * closed it.
     *
     * EPIPE on Linux; value 10058 everywhere (Connection already shut down).
     */
    case Shutdown = 10058;

    /**
     * No answer came back in time: the connect or transfer was waiting for the peer and gave up.
     *
     * ETIMEDOUT on Linux; value 10060 everywhere (Connection timed out).
     */
    case TimedOut = 10060;

    /**
     * The target host answered but nothing accepted the connection on that port.
     *
     * ECONNREFUSED on Linux; value 10061 everywhere (Connection refused).
     */
    case ConnectionRefused = 10061;

    /**
     * The destination host does not respond on the local network, as if it were switched off.
     *
     * EHOSTDOWN on Linux; value 10064 everywhere (Host is down).
     */
    case HostDown = 10064;

    /**
     * The destination host could not be reached: a router or the host's firewall reported it
     * unreachable, or it did not answer on the local network.
     *
     * EHOSTUNREACH on Linux; value 10065 everywhere (No route to host).
     */
    case HostUnreachable = 10065;

    /**
     * Windows only: Winsock refused another user because too many programs are using it at once.
     *
     * Value 10067 everywhere (Too many processes using Windows Sockets).
     */
    case ProcessLimit = 10067;

    /**
     * Windows only: WSAStartup found the machine's networking layer unusable, so no socket call
     * can work in this process.
     *
     * Value 10091 everywhere (Network subsystem not ready).
     */
    case SystemNotReady = 10091;

    /**
     * Windows only: WSAStartup cannot offer the Winsock version that the program insists on.
     *
     * Value 10092 everywhere (Windows Sockets version not supported).
     */
    case VersionNotSupported = 10092;

    /**
     * Windows only: a socket call was made before Winsock was initialised or after it was shut
     * down.
     *
     * Value 10093 everywhere (Windows Sockets not initialised).
     */
    case NotInitialized = 10093;

    /**
     * Windows only in practice: the other end is closing a message-based connection in an orderly
     * way, so nothing more will arrive on it.
     *
     * ESHUTDOWN on Linux; value 10101 everywhere (Graceful shutdown in progress).
     */
    case Disconnecting = 10101;

    /**
     * Windows only: a lookup named a service that Windows does not know, typically a name such as
     * 'http' that getaddrinfo could not turn into a port number.
     *
     * Value 10109 everywhere (Class type not found).
     */
    case TypeNotFound = 10109;

    /**
     * The host name does not exist according to DNS (or the hosts file); this is a definite 'no
     * such name'.
     *
     * EAI_NONAME on Linux; value 11001 everywhere (Host not found).
     */
    case HostNotFound = 11001;

    /**
     * The name lookup failed temporarily: the DNS server did not answer in time or reported a
     * server failure.
     *
     * EAI_AGAIN on Linux; value 11002 everywhere (Temporary failure in name resolution).
     */
    case TryAgain = 11002;

    /**
     * The name lookup failed in a way that retrying will not fix: the DNS server refused or could
     * not process the query.
     *
     * EAI_FAIL on Linux; value 11003 everywhere (Non-recoverable name resolution failure).
     */
    case NoRecovery = 11003;

    /**
     * The name exists but has no address of the requested kind, for example no A record.
     *
     * EAI_NODATA on Linux; value 11004 everywhere (No address for that name).
     */
    case NoData = 11004;

    /**
     * The case of a native code: errno on Unix-like platforms, a WSA or Win32 code on Windows,
     * a getaddrinfo EAI_* or h_errno code, or ext/sockets' -10000 - h_errno. Unknown if the code
     * is not mapped.
     *
     * @param int $code the native code
     * @param string|null $platform linux, darwin, freebsd, openbsd, netbsd, solaris, aix, hpux,
     *     windows, or a PHP_OS / PHP_OS_FAMILY value or alias; null: this host's
     * @throws ValueError for an unknown platform or a code outside a C int
     */
    public static function fromNative(int $code, ?string $platform = null): SocketError {}

    /**
     * The case of a native symbol (ECONNREFUSED, WSAECONNREFUSED, EAI_NONAME, HOST_NOT_FOUND,
     * CURLE_COULDNT_CONNECT) or of a case name (ConnectionRefused).
     *
     * @throws ValueError for a name sockerr does not know
     */
    public static function fromName(string $name): SocketError {}

    /**
     * Like fromName(), but null for a name sockerr does not know.
     */
    public static function tryFromName(string $name): ?SocketError {}

    /**
     * The case of a cURL code, refined by the OS errno where libcurl sets one for that code
     * (CURLINFO_OS_ERRNO; libcurl before 8.8 keeps a stale value for other codes).
     *
     * @param int $curlCode curl_errno()
     * @param int $osErrno curl_getinfo($ch, CURLINFO_OS_ERRNO), or 0
     * @param string|null $platform the platform of $osErrno; null: this host's
     * @throws ValueError for an unknown platform or a code outside a C int
     */
    public static function fromCurl(int $curlCode, int $osErrno = 0, ?string $platform = null): SocketError {}

    /**
     * The case the most specific failure found in a text means (an explicit code beats a
     * phrase); Unknown if nothing is recognised. Numbers in it are read on this host.
     */
    public static function fromMessage(string $text): SocketError {}

    /**
     * The errno, WSA or EAI value this case stands for on $platform (111 on linux, 61 on
     * darwin, 10061 on windows for ConnectionRefused), or null where it has none.
     *
     * @throws ValueError for an unknown platform
     */
    public function nativeCode(?string $platform = null): ?int {}

    /**
     * The native symbol of this case on $platform (ECONNREFUSED, WSAECONNREFUSED), or null.
     *
     * @throws ValueError for an unknown platform
     */
    public function nativeName(?string $platform = null): ?string {}

    /**
     * A short, platform-neutral message ("Connection refused").
     */
    public function message(): string {}

    /**
     * The case's record, without a native code (family, platform, native and name are null).
     *
     * @return array{error: string, code: int, family: ?string, platform: ?string, native: ?int, name: ?string, message: ?string, curl: ?array{code: int, name: string, message: string}, summary: string, causes: list<string>, hints: list<string>, transient: bool, matched: ?string}
     */
    public function explain(): array {}

    /**
     * Whether a bounded retry (a few attempts, with backoff) is reasonable for this case.
     */
    public function isTransient(): bool {}

    /**
     * Whether this is TimedOut.
     */
    public function isTimeout(): bool {}
}

/**
 * Explains a failure: a native code of $platform, a symbol, a case name or any text (scanned),
 * a SocketError case, an exception (its message and its getPrevious() chain) or a cURL handle
 * (curl_errno(), CURLINFO_OS_ERRNO, curl_error()). Text in which nothing is recognised gives
 * the Unknown record. Every value is a scalar or a list of strings, so json_encode() and any
 * logger's context take it as it is.
 *
 * @param int|string|SocketError|Throwable|CurlHandle $error
 * @param string|null $platform the platform of a native code; null: this host's
 * @return array{error: string, code: int, family: ?string, platform: ?string, native: ?int, name: ?string, message: ?string, curl: ?array{code: int, name: string, message: string}, summary: string, causes: list<string>, hints: list<string>, transient: bool, matched: ?string}
 * @throws ValueError for an unknown platform or a code outside a C int
 */
function sockerr_explain(int|string|SocketError|Throwable|CurlHandle $error, ?string $platform = null): array {}

/**
 * Every failure found in a text, in order, with its offset, length, text, kind and
 * classification; at most $limit of them. Numbers in the text are read on $platform; without
 * one, on this host's, below any text. About 712 bytes a finding.
 *
 * @param string|null $platform null: this host's, below any text
 * @param int|null $limit stop after this many findings; null: all
 * @return list<array{offset: int, length: int, text: string, kind: 'symbol'|'code'|'message'|'curl'|'envelope', error: string, family: ?string, platform: ?string, native: ?int, name: ?string, curl: ?array{code: int, name: string, message: string}}>
 * @throws ValueError for an unknown platform, a $limit below 1, or findings that would not fit under memory_limit
 */
function sockerr_scan(string $text, ?string $platform = null, ?int $limit = null): array {}

/**
 * The record sockerr_explain($error) gives for this host, plus 'checks': what this host shows
 * about the failure's likely causes (SELinux, AppArmor, open files, local ports, container,
 * proxies, name resolution, IPv6, timeouts), confirmed causes first, and 'diagnosis', one
 * sentence about them. Reads a fixed list of kernel and /etc files only; sockerr.diagnose = Off
 * turns the checks off.
 *
 * @param int|string|SocketError|Throwable|CurlHandle $error
 * @return array{error: string, code: int, family: ?string, platform: ?string, native: ?int, name: ?string, message: ?string, curl: ?array{code: int, name: string, message: string}, summary: string, causes: list<string>, hints: list<string>, transient: bool, matched: ?string, checks: list<array{check: string, found: string, verdict: 'cause'|'context'|'ruled out', detail: string}>, diagnosis: string}
 * @throws ValueError for a code outside a C int
 */
function sockerr_diagnose(int|string|SocketError|Throwable|CurlHandle $error): array {}

/**
 * Every native code sockerr knows for a platform, in every family (cURL's, the same
 * everywhere, at the end), one row per symbol: aliases that share a code have their own row.
 *
 * @param string|null $platform null: this host's
 * @return list<array{family: 'errno'|'windows'|'resolver'|'curl', name: string, code: int, message: ?string, error: string}>
 * @throws ValueError for an unknown platform
 */
function sockerr_errors(?string $platform = null): array {}

/**
 * The platform id PHP runs on: linux, darwin, freebsd, openbsd, netbsd, solaris, aix, hpux or
 * windows.
 */
function sockerr_platform(): string {}

/**
 * A Monolog processor (Monolog 2 and 3), written in C in the extension:
 * `$logger->pushProcessor(new SocketErrorProcessor())`. It adds extra['socket_error'] to every
 * record whose context holds, as a top-level value (['exception' => $e], as Laravel and
 * Symfony log it; nested arrays are not searched), a Throwable or a CurlHandle that
 * sockerr_explain() recognises as a socket, DNS or cURL failure: a case other than Unknown and
 * Success, or a cURL code other than CURLE_OK. The first such value decides. Other records are
 * returned untouched (the same array or object), at the cost of a walk over the context's
 * values. Monolog need not be installed for the class to load.
 */
final class SocketErrorProcessor
{
    /**
     * @param bool $full put the whole sockerr_explain() record in extra['socket_error'] instead
     *   of the compact one
     * @param bool $scanMessage when nothing in the context decides, scan the record's message
     *   text as sockerr_explain() scans a text, and use it if it names a failure
     */
    public function __construct(bool $full = false, bool $scanMessage = false) {}

    /**
     * Monolog calls this with each record: an array in Monolog 2, a Monolog\LogRecord in
     * Monolog 3 (for which the record with extra['socket_error'] is a new one, made by its
     * with(extra: ...) method).
     *
     * @template T of array|\Monolog\LogRecord
     * @param T $record
     * @return T the record, with extra['socket_error'] where its context held a failure:
     *   array{error: string, code: int, name: ?string, native: ?int, platform: ?string, curl: ?array{code: int, name: string, message: string}, summary: string, cause: ?string, hint: ?string, transient: bool}
     *   (with $full, sockerr_explain()'s whole record)
     * @throws TypeError for a record that is neither an array nor a Monolog\LogRecord
     */
    public function __invoke(array|Monolog\LogRecord $record): array|Monolog\LogRecord {}
}
