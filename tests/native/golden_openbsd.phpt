--TEST--
sockerr_errors('openbsd'): every native code of openbsd, its symbol, case and message (golden listing)
--EXTENSIONS--
sockerr
--FILE--
<?php
foreach (sockerr_errors('openbsd') as $row) {
    if ($row['family'] === 'curl') {
        continue; // the same on every platform: tests/curl/golden_codes.phpt
    }
    printf("%-8s %-28s %6d %-26s %s\n", $row['family'], $row['name'], $row['code'], $row['error'],
        $row['message'] ?? '(no text known)');
}
?>
--EXPECT--
errno    EPERM                             1 AccessDenied               Operation not permitted
errno    ENOENT                            2 AddressNotAvailable        No such file or directory
errno    ESRCH                             3 Unknown                    No such process
errno    EINTR                             4 Interrupted                Interrupted system call
errno    EIO                               5 Unknown                    Input/output error
errno    ENXIO                             6 HostNotFound               Device not configured
errno    E2BIG                             7 Unknown                    Argument list too long
errno    ENOEXEC                           8 Unknown                    Exec format error
errno    EBADF                             9 OperationAborted           Bad file descriptor
errno    ECHILD                           10 Unknown                    No child processes
errno    EDEADLK                          11 Unknown                    Resource deadlock avoided
errno    ENOMEM                           12 Unknown                    Cannot allocate memory
errno    EACCES                           13 AccessDenied               Permission denied
errno    EFAULT                           14 Fault                      Bad address
errno    ENOTBLK                          15 Unknown                    Block device required
errno    EBUSY                            16 Unknown                    Device busy
errno    EEXIST                           17 Unknown                    File exists
errno    EXDEV                            18 Unknown                    Cross-device link
errno    ENODEV                           19 Unknown                    Operation not supported by device
errno    ENOTDIR                          20 Unknown                    Not a directory
errno    EISDIR                           21 Unknown                    Is a directory
errno    EINVAL                           22 InvalidArgument            Invalid argument
errno    ENFILE                           23 TooManyOpenSockets         Too many open files in system
errno    EMFILE                           24 TooManyOpenSockets         Too many open files
errno    ENOTTY                           25 Unknown                    Inappropriate ioctl for device
errno    ETXTBSY                          26 Unknown                    Text file busy
errno    EFBIG                            27 Unknown                    File too large
errno    ENOSPC                           28 Unknown                    No space left on device
errno    ESPIPE                           29 Unknown                    Illegal seek
errno    EROFS                            30 Unknown                    Read-only file system
errno    EMLINK                           31 Unknown                    Too many links
errno    EPIPE                            32 Shutdown                   Broken pipe
errno    EDOM                             33 Unknown                    Numerical argument out of domain
errno    ERANGE                           34 Unknown                    Result too large
errno    EAGAIN                           35 WouldBlock                 Resource temporarily unavailable
errno    EWOULDBLOCK                      35 WouldBlock                 Resource temporarily unavailable
errno    EINPROGRESS                      36 InProgress                 Operation now in progress
errno    EALREADY                         37 AlreadyInProgress          Operation already in progress
errno    ENOTSOCK                         38 NotSocket                  Socket operation on non-socket
errno    EDESTADDRREQ                     39 DestinationAddressRequired Destination address required
errno    EMSGSIZE                         40 MessageSize                Message too long
errno    EPROTOTYPE                       41 ProtocolType               Protocol wrong type for socket
errno    ENOPROTOOPT                      42 ProtocolOption             Protocol not available
errno    EPROTONOSUPPORT                  43 ProtocolNotSupported       Protocol not supported
errno    ESOCKTNOSUPPORT                  44 SocketNotSupported         Socket type not supported
errno    EOPNOTSUPP                       45 OperationNotSupported      Operation not supported
errno    EPFNOSUPPORT                     46 ProtocolFamilyNotSupported Protocol family not supported
errno    EAFNOSUPPORT                     47 AddressFamilyNotSupported  Address family not supported by protocol family
errno    EADDRINUSE                       48 AddressAlreadyInUse        Address already in use
errno    EADDRNOTAVAIL                    49 AddressNotAvailable        Can't assign requested address
errno    ENETDOWN                         50 NetworkDown                Network is down
errno    ENETUNREACH                      51 NetworkUnreachable         Network is unreachable
errno    ENETRESET                        52 NetworkReset               Network dropped connection on reset
errno    ECONNABORTED                     53 ConnectionAborted          Software caused connection abort
errno    ECONNRESET                       54 ConnectionReset            Connection reset by peer
errno    ENOBUFS                          55 NoBufferSpaceAvailable     No buffer space available
errno    EISCONN                          56 IsConnected                Socket is already connected
errno    ENOTCONN                         57 NotConnected               Socket is not connected
errno    ESHUTDOWN                        58 Disconnecting              Can't send after socket shutdown
errno    ETOOMANYREFS                     59 Unknown                    Too many references: can't splice
errno    ETIMEDOUT                        60 TimedOut                   Operation timed out
errno    ECONNREFUSED                     61 ConnectionRefused          Connection refused
errno    ELOOP                            62 Unknown                    Too many levels of symbolic links
errno    ENAMETOOLONG                     63 Unknown                    File name too long
errno    EHOSTDOWN                        64 HostDown                   Host is down
errno    EHOSTUNREACH                     65 HostUnreachable            No route to host
errno    ENOTEMPTY                        66 Unknown                    Directory not empty
errno    EPROCLIM                         67 Unknown                    Too many processes
errno    EUSERS                           68 Unknown                    Too many users
errno    EDQUOT                           69 Unknown                    Disk quota exceeded
errno    ESTALE                           70 Unknown                    Stale NFS file handle
errno    EREMOTE                          71 Unknown                    Too many levels of remote in path
errno    EBADRPC                          72 Unknown                    RPC struct is bad
errno    ERPCMISMATCH                     73 Unknown                    RPC version wrong
errno    EPROGUNAVAIL                     74 Unknown                    RPC program not available
errno    EPROGMISMATCH                    75 Unknown                    Program version wrong
errno    EPROCUNAVAIL                     76 Unknown                    Bad procedure for program
errno    ENOLCK                           77 Unknown                    No locks available
errno    ENOSYS                           78 Unknown                    Function not implemented
errno    EFTYPE                           79 Unknown                    Inappropriate file type or format
errno    EAUTH                            80 Unknown                    Authentication error
errno    ENEEDAUTH                        81 Unknown                    Need authenticator
errno    EIPSEC                           82 Unknown                    IPsec processing failure
errno    ENOATTR                          83 Unknown                    Attribute not found
errno    EILSEQ                           84 Unknown                    Illegal byte sequence
errno    ENOMEDIUM                        85 Unknown                    No medium found
errno    EMEDIUMTYPE                      86 Unknown                    Wrong medium type
errno    EOVERFLOW                        87 Unknown                    Value too large to be stored in data type
errno    ECANCELED                        88 OperationAborted           Operation canceled
errno    EIDRM                            89 Unknown                    Identifier removed
errno    ENOMSG                           90 Unknown                    No message of desired type
errno    ENOTSUP                          91 OperationNotSupported      Not supported
errno    EBADMSG                          92 Unknown                    Bad message
errno    ENOTRECOVERABLE                  93 Unknown                    State not recoverable
errno    EOWNERDEAD                       94 Unknown                    Previous owner died
errno    EPROTO                           95 Unknown                    Protocol error
resolver EAI_BADFLAGS                     -1 InvalidArgument            invalid value for ai_flags
resolver EAI_NONAME                       -2 HostNotFound               name or service is not known
resolver EAI_AGAIN                        -3 TryAgain                   temporary failure in name resolution
resolver EAI_FAIL                         -4 NoRecovery                 non-recoverable failure in name resolution
resolver EAI_NODATA                       -5 NoData                     no address associated with name
resolver EAI_FAMILY                       -6 AddressFamilyNotSupported  ai_family not supported
resolver EAI_SOCKTYPE                     -7 SocketNotSupported         ai_socktype not supported
resolver EAI_SERVICE                      -8 TypeNotFound               service not supported for ai_socktype
resolver EAI_ADDRFAMILY                   -9 NoData                     address family for name not supported
resolver EAI_MEMORY                      -10 Unknown                    memory allocation failure
resolver EAI_SYSTEM                      -11 Unknown                    system error
resolver EAI_BADHINTS                    -12 InvalidArgument            invalid value for hints
resolver EAI_PROTOCOL                    -13 ProtocolNotSupported       resolved protocol is unknown
resolver EAI_OVERFLOW                    -14 Unknown                    argument buffer overflow
resolver NETDB_INTERNAL                   -1 Unknown                    Resolver internal error
resolver HOST_NOT_FOUND                    1 HostNotFound               Unknown host
resolver TRY_AGAIN                         2 TryAgain                   Host name lookup failure
resolver NO_RECOVERY                       3 NoRecovery                 Unknown server error
resolver NO_DATA                           4 NoData                     No address associated with name
resolver NO_ADDRESS                        4 NoData                     No address associated with name
