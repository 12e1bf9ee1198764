--TEST--
sockerr_errors('darwin'): every native code of darwin, its symbol, case and message (golden listing)
--EXTENSIONS--
sockerr
--FILE--
<?php
foreach (sockerr_errors('darwin') as $row) {
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
errno    EBUSY                            16 Unknown                    Resource busy
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
errno    ENOTSUP                          45 OperationNotSupported      Operation not supported
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
errno    EDQUOT                           69 Unknown                    Disc quota exceeded
errno    ESTALE                           70 Unknown                    Stale NFS file handle
errno    EREMOTE                          71 Unknown                    Too many levels of remote in path
errno    EBADRPC                          72 Unknown                    RPC struct is bad
errno    ERPCMISMATCH                     73 Unknown                    RPC version wrong
errno    EPROGUNAVAIL                     74 Unknown                    RPC prog. not avail
errno    EPROGMISMATCH                    75 Unknown                    Program version wrong
errno    EPROCUNAVAIL                     76 Unknown                    Bad procedure for program
errno    ENOLCK                           77 Unknown                    No locks available
errno    ENOSYS                           78 Unknown                    Function not implemented
errno    EFTYPE                           79 Unknown                    Inappropriate file type or format
errno    EAUTH                            80 Unknown                    Authentication error
errno    ENEEDAUTH                        81 Unknown                    Need authenticator
errno    EPWROFF                          82 Unknown                    Device power is off
errno    EDEVERR                          83 Unknown                    Device error
errno    EOVERFLOW                        84 Unknown                    Value too large to be stored in data type
errno    EBADEXEC                         85 Unknown                    Bad executable (or shared library)
errno    EBADARCH                         86 Unknown                    Bad CPU type in executable
errno    ESHLIBVERS                       87 Unknown                    Shared library version mismatch
errno    EBADMACHO                        88 Unknown                    Malformed Mach-o file
errno    ECANCELED                        89 OperationAborted           Operation canceled
errno    EIDRM                            90 Unknown                    Identifier removed
errno    ENOMSG                           91 Unknown                    No message of desired type
errno    EILSEQ                           92 Unknown                    Illegal byte sequence
errno    ENOATTR                          93 Unknown                    Attribute not found
errno    EBADMSG                          94 Unknown                    Bad message
errno    EMULTIHOP                        95 Unknown                    EMULTIHOP (Reserved)
errno    ENODATA                          96 NoData                     No message available on STREAM
errno    ENOLINK                          97 Unknown                    ENOLINK (Reserved)
errno    ENOSR                            98 Unknown                    No STREAM resources
errno    ENOSTR                           99 Unknown                    Not a STREAM
errno    EPROTO                          100 Unknown                    Protocol error
errno    ETIME                           101 Unknown                    STREAM ioctl timeout
errno    EOPNOTSUPP                      102 OperationNotSupported      Operation not supported on socket
errno    ENOPOLICY                       103 Unknown                    Policy not found
errno    ENOTRECOVERABLE                 104 Unknown                    State not recoverable
errno    EOWNERDEAD                      105 Unknown                    Previous owner died
errno    EQFULL                          106 Unknown                    Interface output queue is full
errno    ENOTCAPABLE                     107 Unknown                    Capabilities insufficient
resolver EAI_ADDRFAMILY                    1 NoData                     Address family for nodename not supported
resolver EAI_AGAIN                         2 TryAgain                   Temporary failure in name resolution
resolver EAI_BADFLAGS                      3 InvalidArgument            Invalid value for ai_flags
resolver EAI_FAIL                          4 NoRecovery                 Non-recoverable failure in name resolution
resolver EAI_FAMILY                        5 AddressFamilyNotSupported  ai_family not supported
resolver EAI_MEMORY                        6 Unknown                    Memory allocation failure
resolver EAI_NODATA                        7 NoData                     No address associated with nodename
resolver EAI_NONAME                        8 HostNotFound               nodename nor servname provided, or not known
resolver EAI_SERVICE                       9 TypeNotFound               servname not supported for ai_socktype
resolver EAI_SOCKTYPE                     10 SocketNotSupported         ai_socktype not supported
resolver EAI_SYSTEM                       11 Unknown                    System error
resolver EAI_BADHINTS                     12 InvalidArgument            Bad hints
resolver EAI_PROTOCOL                     13 ProtocolNotSupported       ai_protocol not supported
resolver EAI_OVERFLOW                     14 Unknown                    argument buffer overflow
resolver NETDB_INTERNAL                   -1 Unknown                    Resolver internal error
resolver HOST_NOT_FOUND                    1 HostNotFound               Unknown host
resolver TRY_AGAIN                         2 TryAgain                   Host name lookup failure
resolver NO_RECOVERY                       3 NoRecovery                 Unknown server error
resolver NO_DATA                           4 NoData                     No address associated with name
resolver NO_ADDRESS                        4 NoData                     No address associated with name
