--TEST--
sockerr_errors('aix'): every native code of aix, its symbol, case and message (golden listing)
--EXTENSIONS--
sockerr
--FILE--
<?php
foreach (sockerr_errors('aix') as $row) {
    if ($row['family'] === 'curl') {
        continue; // the same on every platform: tests/curl/golden_codes.phpt
    }
    printf("%-8s %-28s %6d %-26s %s\n", $row['family'], $row['name'], $row['code'], $row['error'],
        $row['message'] ?? '(no text known)');
}
?>
--EXPECT--
errno    EPERM                             1 AccessDenied               Not owner
errno    ENOENT                            2 AddressNotAvailable        No such file or directory
errno    ESRCH                             3 Unknown                    No such process
errno    EINTR                             4 Interrupted                Interrupted system call
errno    EIO                               5 Unknown                    I/O error
errno    ENXIO                             6 HostNotFound               No such device or address
errno    E2BIG                             7 Unknown                    Arg list too long
errno    ENOEXEC                           8 Unknown                    Exec format error
errno    EBADF                             9 OperationAborted           Bad file number
errno    ECHILD                           10 Unknown                    No child processes
errno    EAGAIN                           11 WouldBlock                 Resource temporarily unavailable
errno    EWOULDBLOCK                      11 WouldBlock                 Resource temporarily unavailable
errno    ENOMEM                           12 Unknown                    Not enough space
errno    EACCES                           13 AccessDenied               Permission denied
errno    EFAULT                           14 Fault                      Bad address
errno    ENOTBLK                          15 Unknown                    Block device required
errno    EBUSY                            16 Unknown                    Device busy
errno    EEXIST                           17 Unknown                    File exists
errno    ENOTEMPTY                        17 Unknown                    File exists
errno    EXDEV                            18 Unknown                    Cross-device link
errno    ENODEV                           19 Unknown                    No such device
errno    ENOTDIR                          20 Unknown                    Not a directory
errno    EISDIR                           21 Unknown                    Is a directory
errno    EINVAL                           22 InvalidArgument            Invalid argument
errno    ENFILE                           23 TooManyOpenSockets         File table overflow
errno    EMFILE                           24 TooManyOpenSockets         Too many open files
errno    ENOTTY                           25 Unknown                    Not a typewriter
errno    ETXTBSY                          26 Unknown                    Text file busy
errno    EFBIG                            27 Unknown                    File too large
errno    ENOSPC                           28 Unknown                    No space left on device
errno    ESPIPE                           29 Unknown                    Illegal seek
errno    EROFS                            30 Unknown                    Read-only file system
errno    EMLINK                           31 Unknown                    Too many links
errno    EPIPE                            32 Shutdown                   Broken pipe
errno    EDOM                             33 Unknown                    Argument out of domain
errno    ERANGE                           34 Unknown                    Result too large
errno    ENOMSG                           35 Unknown                    No message of desired type
errno    EIDRM                            36 Unknown                    Identifier removed
errno    ECHRNG                           37 Unknown                    Channel number out of range
errno    EL2NSYNC                         38 Unknown                    Level 2 not synchronized
errno    EL3HLT                           39 Unknown                    Level 3 halted
errno    EL3RST                           40 Unknown                    Level 3 reset
errno    ELNRNG                           41 Unknown                    Link number out of range
errno    EUNATCH                          42 Unknown                    Protocol driver not attached
errno    ENOCSI                           43 Unknown                    No CSI structure available
errno    EL2HLT                           44 Unknown                    Level 2 halted
errno    EDEADLK                          45 Unknown                    Deadlock condition if locked
errno    ENOTREADY                        46 Unknown                    Device not ready
errno    EWRPROTECT                       47 Unknown                    Write-protected media
errno    EFORMAT                          48 Unknown                    Unformatted or incompatible media
errno    ENOLCK                           49 Unknown                    No locks available
errno    ENOCONNECT                       50 Unknown                    Cannot Establish Connection
errno    ESTALE                           52 Unknown                    Missing file or filesystem
errno    EDIST                            53 Unknown                    Requests blocked by Administrator
errno    EINPROGRESS                      55 InProgress                 Operation now in progress
errno    EALREADY                         56 AlreadyInProgress          Operation already in progress
errno    ENOTSOCK                         57 NotSocket                  Socket operation on non-socket
errno    EDESTADDRREQ                     58 DestinationAddressRequired Destination address required
errno    EDESTADDREQ                      58 DestinationAddressRequired Destination address required
errno    EMSGSIZE                         59 MessageSize                Message too long
errno    EPROTOTYPE                       60 ProtocolType               Protocol wrong type for socket
errno    ENOPROTOOPT                      61 ProtocolOption             Protocol not available
errno    EPROTONOSUPPORT                  62 ProtocolNotSupported       Protocol not supported
errno    ESOCKTNOSUPPORT                  63 SocketNotSupported         Socket type not supported
errno    EOPNOTSUPP                       64 OperationNotSupported      Operation not supported on socket
errno    EPFNOSUPPORT                     65 ProtocolFamilyNotSupported Protocol family not supported
errno    EAFNOSUPPORT                     66 AddressFamilyNotSupported  Addr family not supported by protocol
errno    EADDRINUSE                       67 AddressAlreadyInUse        Address already in use
errno    EADDRNOTAVAIL                    68 AddressNotAvailable        Can't assign requested address
errno    ENETDOWN                         69 NetworkDown                Network is down
errno    ENETUNREACH                      70 NetworkUnreachable         Network is unreachable
errno    ENETRESET                        71 NetworkReset               Network dropped connection on reset
errno    ECONNABORTED                     72 ConnectionAborted          Software caused connection abort
errno    ECONNRESET                       73 ConnectionReset            Connection reset by peer
errno    ENOBUFS                          74 NoBufferSpaceAvailable     No buffer space available
errno    EISCONN                          75 IsConnected                Socket is already connected
errno    ENOTCONN                         76 NotConnected               Socket is not connected
errno    ESHUTDOWN                        77 Disconnecting              Can't send after socket shutdown
errno    ETIMEDOUT                        78 TimedOut                   Connection timed out
errno    ECONNREFUSED                     79 ConnectionRefused          Connection refused
errno    EHOSTDOWN                        80 HostDown                   Host is down
errno    EHOSTUNREACH                     81 HostUnreachable            No route to host
errno    ERESTART                         82 Unknown                    Restart the system call
errno    ECLONEME                         82 Unknown                    Restart the system call
errno    EPROCLIM                         83 Unknown                    Too many processes
errno    EUSERS                           84 Unknown                    Too many users
errno    ELOOP                            85 Unknown                    Too many levels of symbolic links
errno    ENAMETOOLONG                     86 Unknown                    File name too long
errno    EDQUOT                           88 Unknown                    Disk quota exceeded
errno    ECORRUPT                         89 Unknown                    Invalid file system control data detected
errno    ESYSERROR                        90 Unknown                    For future use 
errno    EREMOTE                          93 Unknown                    Item is not local to host
errno    ENOTRECOVERABLE                  94 Unknown                    State not recoverable 
errno    EOWNERDEAD                       95 Unknown                    Previous owner died 
errno    ENOSYS                          109 Unknown                    Function not implemented
errno    EMEDIA                          110 Unknown                    Media surface error
errno    ESOFT                           111 Unknown                    I/O completed, but needs relocation
errno    ENOATTR                         112 Unknown                    No attribute found
errno    ESAD                            113 Unknown                    Security Authentication Denied
errno    ENOTRUST                        114 Unknown                    Not a Trusted Program
errno    ETOOMANYREFS                    115 Unknown                    Too many references: can't splice
errno    EILSEQ                          116 Unknown                    Invalid wide character
errno    ECANCELED                       117 OperationAborted           Asynchronous I/O cancelled
errno    ENOSR                           118 Unknown                    Out of STREAMS resources
errno    ETIME                           119 Unknown                    System call timed out
errno    EBADMSG                         120 Unknown                    Next message has wrong type
errno    EPROTO                          121 Unknown                    Error in protocol
errno    ENODATA                         122 NoData                     No message on stream head read q
errno    ENOSTR                          123 Unknown                    fd not associated with a stream
errno    ENOTSUP                         124 OperationNotSupported      Unsupported attribute value
errno    EMULTIHOP                       125 Unknown                    Multihop is not allowed
errno    ENOLINK                         126 Unknown                    The server link has been severed
errno    EOVERFLOW                       127 Unknown                    Value too large to be stored in data type
resolver EAI_AGAIN                         2 TryAgain                   (no text known)
resolver EAI_BADFLAGS                      3 InvalidArgument            (no text known)
resolver EAI_FAIL                          4 NoRecovery                 (no text known)
resolver EAI_FAMILY                        5 AddressFamilyNotSupported  (no text known)
resolver EAI_MEMORY                        6 Unknown                    (no text known)
resolver EAI_NODATA                        7 NoData                     (no text known)
resolver EAI_NONAME                        8 HostNotFound               (no text known)
resolver EAI_SERVICE                       9 TypeNotFound               (no text known)
resolver EAI_SOCKTYPE                     10 SocketNotSupported         (no text known)
resolver EAI_SYSTEM                       11 Unknown                    (no text known)
resolver EAI_OVERFLOW                     13 Unknown                    (no text known)
resolver HOST_NOT_FOUND                    1 HostNotFound               (no text known)
resolver TRY_AGAIN                         2 TryAgain                   (no text known)
resolver NO_RECOVERY                       3 NoRecovery                 (no text known)
resolver NO_DATA                           4 NoData                     (no text known)
resolver NO_ADDRESS                        4 NoData                     (no text known)
