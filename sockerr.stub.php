<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80200
 */

/**
 * @var string
 * @cvalue PHP_SOCKERR_VERSION
 */
const SOCKERR_VERSION = UNKNOWN;

/**
 * A socket, name resolution or transfer failure, with the same value on every platform:
 * the members and values of .NET's System.Net.Sockets.SocketError (Unknown is .NET's
 * SocketError = -1). Kept in step with src/cases.def by tests/enum/cases_match_table.phpt.
 */
enum SocketError: int
{
    case Unknown = -1;
    case Success = 0;
    case OperationAborted = 995;
    case IOPending = 997;
    case Interrupted = 10004;
    case AccessDenied = 10013;
    case Fault = 10014;
    case InvalidArgument = 10022;
    case TooManyOpenSockets = 10024;
    case WouldBlock = 10035;
    case InProgress = 10036;
    case AlreadyInProgress = 10037;
    case NotSocket = 10038;
    case DestinationAddressRequired = 10039;
    case MessageSize = 10040;
    case ProtocolType = 10041;
    case ProtocolOption = 10042;
    case ProtocolNotSupported = 10043;
    case SocketNotSupported = 10044;
    case OperationNotSupported = 10045;
    case ProtocolFamilyNotSupported = 10046;
    case AddressFamilyNotSupported = 10047;
    case AddressAlreadyInUse = 10048;
    case AddressNotAvailable = 10049;
    case NetworkDown = 10050;
    case NetworkUnreachable = 10051;
    case NetworkReset = 10052;
    case ConnectionAborted = 10053;
    case ConnectionReset = 10054;
    case NoBufferSpaceAvailable = 10055;
    case IsConnected = 10056;
    case NotConnected = 10057;
    case Shutdown = 10058;
    case TimedOut = 10060;
    case ConnectionRefused = 10061;
    case HostDown = 10064;
    case HostUnreachable = 10065;
    case ProcessLimit = 10067;
    case SystemNotReady = 10091;
    case VersionNotSupported = 10092;
    case NotInitialized = 10093;
    case Disconnecting = 10101;
    case TypeNotFound = 10109;
    case HostNotFound = 11001;
    case TryAgain = 11002;
    case NoRecovery = 11003;
    case NoData = 11004;

    /** The case of a native code of $platform (default: this host); Unknown if unmapped. */
    public static function fromNative(int $code, ?string $platform = null): SocketError {}

    /** The case of a native symbol (ECONNREFUSED, WSAECONNREFUSED, EAI_NONAME, CURLE_*) or a case name. */
    public static function fromName(string $name): SocketError {}

    public static function tryFromName(string $name): ?SocketError {}

    /**
     * The case of a cURL code, refined by the OS errno where libcurl sets one for that code
     * (CURLINFO_OS_ERRNO; older libcurl keeps a stale value for other codes).
     */
    public static function fromCurl(int $curlCode, int $osErrno = 0, ?string $platform = null): SocketError {}

    /** The case the most specific failure found in a text means; Unknown if none. */
    public static function fromMessage(string $text): SocketError {}

    /** The errno, WSA or EAI value this case stands for on $platform, or null. */
    public function nativeCode(?string $platform = null): ?int {}

    public function nativeName(?string $platform = null): ?string {}

    public function message(): string {}

    public function explain(): array {}

    public function isTransient(): bool {}

    public function isTimeout(): bool {}
}

function sockerr_explain(int|string|SocketError|Throwable|CurlHandle $error, ?string $platform = null): array {}

/**
 * Every failure found in a text, in order, with its offset, length, text, kind and
 * classification; at most $limit of them. Numbers in the text are read on $platform (by
 * default this host's, below any text that says otherwise).
 */
function sockerr_scan(string $text, ?string $platform = null, ?int $limit = null): array {}

/**
 * The record sockerr_explain($error) gives for this host, plus 'checks': what this host
 * shows about the failure's likely causes (SELinux, open files, local ports, container,
 * proxies, name resolution, IPv6, timeouts), confirmed causes first, and 'diagnosis', one
 * sentence about them. Reads a fixed list of kernel and /etc files only; sockerr.diagnose =
 * Off turns it off.
 */
function sockerr_diagnose(int|string|SocketError|Throwable|CurlHandle $error): array {}

function sockerr_errors(?string $platform = null): array {}

function sockerr_platform(): string {}

/**
 * A Monolog 2 and 3 processor: adds extra['socket_error'] to every record whose context holds,
 * as a top-level value, a Throwable or a CurlHandle that sockerr_explain() recognises as a
 * socket, DNS or cURL failure; returns other records untouched.
 *
 * @strict-properties
 * @not-serializable
 */
final class SocketErrorProcessor
{
    /**
     * $full: the whole sockerr_explain() record instead of the compact one; $scanMessage: when
     * nothing in the context decides, also the record's message text, if it names a failure.
     */
    public function __construct(bool $full = false, bool $scanMessage = false) {}

    /** The record, with extra['socket_error'] where its context holds a failure (Monolog 3: a new LogRecord). */
    public function __invoke(array|Monolog\LogRecord $record): array|Monolog\LogRecord {}
}
