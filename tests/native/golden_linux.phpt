--TEST--
sockerr_errors('linux'): every native code of linux, its symbol, case and message (golden listing)
--EXTENSIONS--
sockerr
--FILE--
<?php
foreach (sockerr_errors('linux') as $row) {
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
errno    ENXIO                             6 HostNotFound               No such device or address
errno    E2BIG                             7 Unknown                    Argument list too long
errno    ENOEXEC                           8 Unknown                    Exec format error
errno    EBADF                             9 OperationAborted           Bad file descriptor
errno    ECHILD                           10 Unknown                    No child processes
errno    EAGAIN                           11 WouldBlock                 Resource temporarily unavailable
errno    EWOULDBLOCK                      11 WouldBlock                 Resource temporarily unavailable
errno    ENOMEM                           12 Unknown                    Cannot allocate memory
errno    EACCES                           13 AccessDenied               Permission denied
errno    EFAULT                           14 Fault                      Bad address
errno    ENOTBLK                          15 Unknown                    Block device required
errno    EBUSY                            16 Unknown                    Device or resource busy
errno    EEXIST                           17 Unknown                    File exists
errno    EXDEV                            18 Unknown                    Invalid cross-device link
errno    ENODEV                           19 Unknown                    No such device
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
errno    ERANGE                           34 Unknown                    Numerical result out of range
errno    EDEADLK                          35 Unknown                    Resource deadlock avoided
errno    EDEADLOCK                        35 Unknown                    Resource deadlock avoided
errno    ENAMETOOLONG                     36 Unknown                    File name too long
errno    ENOLCK                           37 Unknown                    No locks available
errno    ENOSYS                           38 Unknown                    Function not implemented
errno    ENOTEMPTY                        39 Unknown                    Directory not empty
errno    ELOOP                            40 Unknown                    Too many levels of symbolic links
errno    ENOMSG                           42 Unknown                    No message of desired type
errno    EIDRM                            43 Unknown                    Identifier removed
errno    ECHRNG                           44 Unknown                    Channel number out of range
errno    EL2NSYNC                         45 Unknown                    Level 2 not synchronized
errno    EL3HLT                           46 Unknown                    Level 3 halted
errno    EL3RST                           47 Unknown                    Level 3 reset
errno    ELNRNG                           48 Unknown                    Link number out of range
errno    EUNATCH                          49 Unknown                    Protocol driver not attached
errno    ENOCSI                           50 Unknown                    No CSI structure available
errno    EL2HLT                           51 Unknown                    Level 2 halted
errno    EBADE                            52 Unknown                    Invalid exchange
errno    EBADR                            53 Unknown                    Invalid request descriptor
errno    EXFULL                           54 Unknown                    Exchange full
errno    ENOANO                           55 Unknown                    No anode
errno    EBADRQC                          56 Unknown                    Invalid request code
errno    EBADSLT                          57 Unknown                    Invalid slot
errno    EBFONT                           59 Unknown                    Bad font file format
errno    ENOSTR                           60 Unknown                    Device not a stream
errno    ENODATA                          61 NoData                     No data available
errno    ETIME                            62 Unknown                    Timer expired
errno    ENOSR                            63 Unknown                    Out of streams resources
errno    ENONET                           64 Unknown                    Machine is not on the network
errno    ENOPKG                           65 Unknown                    Package not installed
errno    EREMOTE                          66 Unknown                    Object is remote
errno    ENOLINK                          67 Unknown                    Link has been severed
errno    EADV                             68 Unknown                    Advertise error
errno    ESRMNT                           69 Unknown                    Srmount error
errno    ECOMM                            70 Unknown                    Communication error on send
errno    EPROTO                           71 Unknown                    Protocol error
errno    EMULTIHOP                        72 Unknown                    Multihop attempted
errno    EDOTDOT                          73 Unknown                    RFS specific error
errno    EBADMSG                          74 Unknown                    Bad message
errno    EOVERFLOW                        75 Unknown                    Value too large for defined data type
errno    ENOTUNIQ                         76 Unknown                    Name not unique on network
errno    EBADFD                           77 Unknown                    File descriptor in bad state
errno    EREMCHG                          78 Unknown                    Remote address changed
errno    ELIBACC                          79 Unknown                    Can not access a needed shared library
errno    ELIBBAD                          80 Unknown                    Accessing a corrupted shared library
errno    ELIBSCN                          81 Unknown                    .lib section in a.out corrupted
errno    ELIBMAX                          82 Unknown                    Attempting to link in too many shared libraries
errno    ELIBEXEC                         83 Unknown                    Cannot exec a shared library directly
errno    EILSEQ                           84 Unknown                    Invalid or incomplete multibyte or wide character
errno    ERESTART                         85 Unknown                    Interrupted system call should be restarted
errno    ESTRPIPE                         86 Unknown                    Streams pipe error
errno    EUSERS                           87 Unknown                    Too many users
errno    ENOTSOCK                         88 NotSocket                  Socket operation on non-socket
errno    EDESTADDRREQ                     89 DestinationAddressRequired Destination address required
errno    EMSGSIZE                         90 MessageSize                Message too long
errno    EPROTOTYPE                       91 ProtocolType               Protocol wrong type for socket
errno    ENOPROTOOPT                      92 ProtocolOption             Protocol not available
errno    EPROTONOSUPPORT                  93 ProtocolNotSupported       Protocol not supported
errno    ESOCKTNOSUPPORT                  94 SocketNotSupported         Socket type not supported
errno    EOPNOTSUPP                       95 OperationNotSupported      Operation not supported
errno    ENOTSUP                          95 OperationNotSupported      Operation not supported
errno    EPFNOSUPPORT                     96 ProtocolFamilyNotSupported Protocol family not supported
errno    EAFNOSUPPORT                     97 AddressFamilyNotSupported  Address family not supported by protocol
errno    EADDRINUSE                       98 AddressAlreadyInUse        Address already in use
errno    EADDRNOTAVAIL                    99 AddressNotAvailable        Cannot assign requested address
errno    ENETDOWN                        100 NetworkDown                Network is down
errno    ENETUNREACH                     101 NetworkUnreachable         Network is unreachable
errno    ENETRESET                       102 NetworkReset               Network dropped connection on reset
errno    ECONNABORTED                    103 ConnectionAborted          Software caused connection abort
errno    ECONNRESET                      104 ConnectionReset            Connection reset by peer
errno    ENOBUFS                         105 NoBufferSpaceAvailable     No buffer space available
errno    EISCONN                         106 IsConnected                Transport endpoint is already connected
errno    ENOTCONN                        107 NotConnected               Transport endpoint is not connected
errno    ESHUTDOWN                       108 Disconnecting              Cannot send after transport endpoint shutdown
errno    ETOOMANYREFS                    109 Unknown                    Too many references: cannot splice
errno    ETIMEDOUT                       110 TimedOut                   Connection timed out
errno    ECONNREFUSED                    111 ConnectionRefused          Connection refused
errno    EHOSTDOWN                       112 HostDown                   Host is down
errno    EHOSTUNREACH                    113 HostUnreachable            No route to host
errno    EALREADY                        114 AlreadyInProgress          Operation already in progress
errno    EINPROGRESS                     115 InProgress                 Operation now in progress
errno    ESTALE                          116 Unknown                    Stale file handle
errno    EUCLEAN                         117 Unknown                    Structure needs cleaning
errno    ENOTNAM                         118 Unknown                    Not a XENIX named type file
errno    ENAVAIL                         119 Unknown                    No XENIX semaphores available
errno    EISNAM                          120 Unknown                    Is a named type file
errno    EREMOTEIO                       121 Unknown                    Remote I/O error
errno    EDQUOT                          122 Unknown                    Disk quota exceeded
errno    ENOMEDIUM                       123 Unknown                    No medium found
errno    EMEDIUMTYPE                     124 Unknown                    Wrong medium type
errno    ECANCELED                       125 OperationAborted           Operation canceled
errno    ENOKEY                          126 Unknown                    Required key not available
errno    EKEYEXPIRED                     127 Unknown                    Key has expired
errno    EKEYREVOKED                     128 Unknown                    Key has been revoked
errno    EKEYREJECTED                    129 Unknown                    Key was rejected by service
errno    EOWNERDEAD                      130 Unknown                    Owner died
errno    ENOTRECOVERABLE                 131 Unknown                    State not recoverable
errno    ERFKILL                         132 Unknown                    Operation not possible due to RF-kill
errno    EHWPOISON                       133 Unknown                    Memory page has hardware error
resolver EAI_BADFLAGS                     -1 InvalidArgument            Bad value for ai_flags
resolver EAI_NONAME                       -2 HostNotFound               Name or service not known
resolver EAI_AGAIN                        -3 TryAgain                   Temporary failure in name resolution
resolver EAI_FAIL                         -4 NoRecovery                 Non-recoverable failure in name resolution
resolver EAI_NODATA                       -5 NoData                     No address associated with hostname
resolver EAI_FAMILY                       -6 AddressFamilyNotSupported  ai_family not supported
resolver EAI_SOCKTYPE                     -7 SocketNotSupported         ai_socktype not supported
resolver EAI_SERVICE                      -8 TypeNotFound               Servname not supported for ai_socktype
resolver EAI_ADDRFAMILY                   -9 NoData                     Address family for hostname not supported
resolver EAI_MEMORY                      -10 Unknown                    Memory allocation failure
resolver EAI_SYSTEM                      -11 Unknown                    System error
resolver EAI_OVERFLOW                    -12 Unknown                    Unknown error
resolver EAI_INPROGRESS                 -100 InProgress                 Processing request in progress
resolver EAI_CANCELED                   -101 OperationAborted           Request canceled
resolver EAI_NOTCANCELED                -102 Unknown                    Request not canceled
resolver EAI_ALLDONE                    -103 Unknown                    All requests done
resolver EAI_INTR                       -104 Interrupted                Interrupted by a signal
resolver EAI_IDN_ENCODE                 -105 InvalidArgument            Parameter string not correctly encoded
resolver NETDB_INTERNAL                   -1 Unknown                    Resolver internal error
resolver HOST_NOT_FOUND                    1 HostNotFound               Unknown host
resolver TRY_AGAIN                         2 TryAgain                   Host name lookup failure
resolver NO_RECOVERY                       3 NoRecovery                 Unknown server error
resolver NO_DATA                           4 NoData                     No address associated with name
resolver NO_ADDRESS                        4 NoData                     No address associated with name
