--TEST--
sockerr_errors('solaris'): every native code of solaris, its symbol, case and message (golden listing)
--EXTENSIONS--
sockerr
--FILE--
<?php
foreach (sockerr_errors('solaris') as $row) {
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
errno    EXDEV                            18 Unknown                    Cross-device link
errno    ENODEV                           19 Unknown                    No such device
errno    ENOTDIR                          20 Unknown                    Not a directory
errno    EISDIR                           21 Unknown                    Is a directory
errno    EINVAL                           22 InvalidArgument            Invalid argument
errno    ENFILE                           23 TooManyOpenSockets         File table overflow
errno    EMFILE                           24 TooManyOpenSockets         Too many open files
errno    ENOTTY                           25 Unknown                    Inappropriate ioctl for device
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
errno    EDEADLK                          45 Unknown                    Deadlock situation detected/avoided
errno    ENOLCK                           46 Unknown                    No record locks available
errno    ECANCELED                        47 OperationAborted           Operation canceled
errno    ENOTSUP                          48 OperationNotSupported      Operation not supported
errno    EDQUOT                           49 Unknown                    Disc quota exceeded
errno    EBADE                            50 Unknown                    Bad exchange descriptor
errno    EBADR                            51 Unknown                    Bad request descriptor
errno    EXFULL                           52 Unknown                    Message tables full
errno    ENOANO                           53 Unknown                    Anode table overflow
errno    EBADRQC                          54 Unknown                    Bad request code
errno    EBADSLT                          55 Unknown                    Invalid slot
errno    EDEADLOCK                        56 Unknown                    File locking deadlock
errno    EBFONT                           57 Unknown                    Bad font file format
errno    EOWNERDEAD                       58 Unknown                    Owner of the lock died
errno    ENOTRECOVERABLE                  59 Unknown                    Lock is not recoverable
errno    ENOSTR                           60 Unknown                    Not a stream device
errno    ENODATA                          61 NoData                     No data available
errno    ETIME                            62 Unknown                    Timer expired
errno    ENOSR                            63 Unknown                    Out of stream resources
errno    ENONET                           64 Unknown                    Machine is not on the network
errno    ENOPKG                           65 Unknown                    Package not installed
errno    EREMOTE                          66 Unknown                    Object is remote
errno    ENOLINK                          67 Unknown                    Link has been severed
errno    EADV                             68 Unknown                    Advertise error
errno    ESRMNT                           69 Unknown                    Srmount error
errno    ECOMM                            70 Unknown                    Communication error on send
errno    EPROTO                           71 Unknown                    Protocol error
errno    ELOCKUNMAPPED                    72 Unknown                    Locked lock was unmapped 
errno    ENOTACTIVE                       73 Unknown                    Facility is not active
errno    EMULTIHOP                        74 Unknown                    Multihop attempted
errno    EBADMSG                          77 Unknown                    Not a data message
errno    ENAMETOOLONG                     78 Unknown                    File name too long
errno    EOVERFLOW                        79 Unknown                    Value too large for defined data type
errno    ENOTUNIQ                         80 Unknown                    Name not unique on network
errno    EBADFD                           81 Unknown                    File descriptor in bad state
errno    EREMCHG                          82 Unknown                    Remote address changed
errno    ELIBACC                          83 Unknown                    Can not access a needed shared library
errno    ELIBBAD                          84 Unknown                    Accessing a corrupted shared library
errno    ELIBSCN                          85 Unknown                    .lib section in a.out corrupted
errno    ELIBMAX                          86 Unknown                    Attempting to link in more shared libraries than system limit
errno    ELIBEXEC                         87 Unknown                    Can not exec a shared library directly
errno    EILSEQ                           88 Unknown                    Illegal byte sequence
errno    ENOSYS                           89 Unknown                    Operation not applicable
errno    ELOOP                            90 Unknown                    Number of symbolic links encountered during path name traversal exceeds MAXSYMLINKS
errno    ERESTART                         91 Unknown                    Error 91
errno    ESTRPIPE                         92 Unknown                    Error 92
errno    ENOTEMPTY                        93 Unknown                    Directory not empty
errno    EUSERS                           94 Unknown                    Too many users
errno    ENOTSOCK                         95 NotSocket                  Socket operation on non-socket
errno    EDESTADDRREQ                     96 DestinationAddressRequired Destination address required
errno    EMSGSIZE                         97 MessageSize                Message too long
errno    EPROTOTYPE                       98 ProtocolType               Protocol wrong type for socket
errno    ENOPROTOOPT                      99 ProtocolOption             Option not supported by protocol
errno    EPROTONOSUPPORT                 120 ProtocolNotSupported       Protocol not supported
errno    ESOCKTNOSUPPORT                 121 SocketNotSupported         Socket type not supported
errno    EOPNOTSUPP                      122 OperationNotSupported      Operation not supported on transport endpoint
errno    EPFNOSUPPORT                    123 ProtocolFamilyNotSupported Protocol family not supported
errno    EAFNOSUPPORT                    124 AddressFamilyNotSupported  Address family not supported by protocol family
errno    EADDRINUSE                      125 AddressAlreadyInUse        Address already in use
errno    EADDRNOTAVAIL                   126 AddressNotAvailable        Cannot assign requested address
errno    ENETDOWN                        127 NetworkDown                Network is down
errno    ENETUNREACH                     128 NetworkUnreachable         Network is unreachable
errno    ENETRESET                       129 NetworkReset               Network dropped connection because of reset
errno    ECONNABORTED                    130 ConnectionAborted          Software caused connection abort
errno    ECONNRESET                      131 ConnectionReset            Connection reset by peer
errno    ENOBUFS                         132 NoBufferSpaceAvailable     No buffer space available
errno    EISCONN                         133 IsConnected                Transport endpoint is already connected
errno    ENOTCONN                        134 NotConnected               Transport endpoint is not connected
errno    ESHUTDOWN                       143 Disconnecting              Cannot send after socket shutdown
errno    ETOOMANYREFS                    144 Unknown                    Too many references: cannot splice
errno    ETIMEDOUT                       145 TimedOut                   Connection timed out
errno    ECONNREFUSED                    146 ConnectionRefused          Connection refused
errno    EHOSTDOWN                       147 HostDown                   Host is down
errno    EHOSTUNREACH                    148 HostUnreachable            No route to host
errno    EALREADY                        149 AlreadyInProgress          Operation already in progress
errno    EINPROGRESS                     150 InProgress                 Operation now in progress
errno    ESTALE                          151 Unknown                    Stale NFS file handle
resolver EAI_ADDRFAMILY                    1 NoData                     specified address family not supported
resolver EAI_AGAIN                         2 TryAgain                   temporary name resolution failure
resolver EAI_BADFLAGS                      3 InvalidArgument            invalid flags
resolver EAI_FAIL                          4 NoRecovery                 non-recoverable name resolution failure
resolver EAI_FAMILY                        5 AddressFamilyNotSupported  specified address family not supported
resolver EAI_MEMORY                        6 Unknown                    memory allocation failure
resolver EAI_NODATA                        7 NoData                     no address for the specified node name
resolver EAI_NONAME                        8 HostNotFound               node name or service name not known
resolver EAI_SERVICE                       9 TypeNotFound               service name not available for the specified socket type
resolver EAI_SOCKTYPE                     10 SocketNotSupported         specified socket type not supported
resolver EAI_SYSTEM                       11 Unknown                    system error
resolver EAI_OVERFLOW                     12 Unknown                    unknown name translation error
resolver NETDB_INTERNAL                   -1 Unknown                    Resolver internal error
resolver HOST_NOT_FOUND                    1 HostNotFound               Unknown host
resolver TRY_AGAIN                         2 TryAgain                   Host name lookup failure
resolver NO_RECOVERY                       3 NoRecovery                 Unknown server error
resolver NO_DATA                           4 NoData                     No address associated with name
resolver NO_ADDRESS                        4 NoData                     No address associated with name
