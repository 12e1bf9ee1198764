--TEST--
sockerr_errors('hpux'): every native code of hpux, its symbol, case and message (golden listing)
--EXTENSIONS--
sockerr
--FILE--
<?php
foreach (sockerr_errors('hpux') as $row) {
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
errno    EAGAIN                           11 WouldBlock                 No more processes
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
errno    ECHRNG                           37 Unknown                    Unknown error
errno    EL2NSYNC                         38 Unknown                    Unknown error
errno    EL3HLT                           39 Unknown                    Unknown error
errno    EL3RST                           40 Unknown                    Unknown error
errno    ELNRNG                           41 Unknown                    Unknown error
errno    EUNATCH                          42 Unknown                    Unknown error
errno    ENOCSI                           43 Unknown                    Unknown error
errno    EL2HLT                           44 Unknown                    Unknown error
errno    EDEADLK                          45 Unknown                    Lockf deadlock detection
errno    ENOLCK                           46 Unknown                    No locks available
errno    EILSEQ                           47 Unknown                    Illegal byte sequence
errno    ENONET                           50 Unknown                    Not a stream
errno    ENODATA                          51 NoData                     No data
errno    ETIME                            52 Unknown                    Stream ioctl timeout
errno    ENOSR                            53 Unknown                    No stream resources
errno    ENOSTR                           54 Unknown                    Not on the network
errno    ENOPKG                           55 Unknown                    Package not installed
errno    ENOLINK                          57 Unknown                    Link severed
errno    EADV                             58 Unknown                    Advertise error
errno    ESRMNT                           59 Unknown                    Srmount error
errno    ECOMM                            60 Unknown                    Error on send
errno    EPROTO                           61 Unknown                    Protocol error
errno    EMULTIHOP                        64 Unknown                    Multihop attempted
errno    EDOTDOT                          66 Unknown                    Cross mount point
errno    EBADMSG                          67 Unknown                    Bad message
errno    EUSERS                           68 Unknown                    Unknown error
errno    EDQUOT                           69 Unknown                    Disk quota exceeded
errno    ESTALE                           70 Unknown                    Stale NFS file handle
errno    EREMOTE                          71 Unknown                    Too many levels of remote in path
errno    ENOSYM                          215 Unknown                    Unresolved external
errno    ENOTSOCK                        216 NotSocket                  Socket operation on non-socket
errno    EDESTADDRREQ                    217 DestinationAddressRequired Destination address required
errno    EMSGSIZE                        218 MessageSize                Message too long
errno    EPROTOTYPE                      219 ProtocolType               Protocol wrong type for socket
errno    ENOPROTOOPT                     220 ProtocolOption             Protocol not available
errno    EPROTONOSUPPORT                 221 ProtocolNotSupported       Protocol not supported
errno    ESOCKTNOSUPPORT                 222 SocketNotSupported         Socket type not supported
errno    EOPNOTSUPP                      223 OperationNotSupported      Operation not supported
errno    EPFNOSUPPORT                    224 ProtocolFamilyNotSupported Protocol family not supported
errno    EAFNOSUPPORT                    225 AddressFamilyNotSupported  Address family not supported by protocol family
errno    EADDRINUSE                      226 AddressAlreadyInUse        Address already in use
errno    EADDRNOTAVAIL                   227 AddressNotAvailable        Can't assign requested address
errno    ENETDOWN                        228 NetworkDown                Network is down
errno    ENETUNREACH                     229 NetworkUnreachable         Network is unreachable
errno    ENETRESET                       230 NetworkReset               Network dropped connection on reset
errno    ECONNABORTED                    231 ConnectionAborted          Software caused connection abort
errno    ECONNRESET                      232 ConnectionReset            Connection reset by peer
errno    ENOBUFS                         233 NoBufferSpaceAvailable     No buffer space available
errno    EISCONN                         234 IsConnected                Socket is already connected
errno    ENOTCONN                        235 NotConnected               Socket is not connected
errno    ESHUTDOWN                       236 Disconnecting              Can't send after socket shutdown
errno    ETOOMANYREFS                    237 Unknown                    Too many references: can't splice
errno    ETIMEDOUT                       238 TimedOut                   Connection timed out
errno    ECONNREFUSED                    239 ConnectionRefused          Connection refused
errno    EREFUSED                        239 ConnectionRefused          Connection refused
errno    EREMOTERELEASE                  240 Unknown                    Remote peer released connection
errno    EHOSTDOWN                       241 HostDown                   Host is down
errno    EHOSTUNREACH                    242 HostUnreachable            No route to host
errno    EALREADY                        244 AlreadyInProgress          Operation already in progress
errno    EINPROGRESS                     245 InProgress                 Operation now in progress
errno    EWOULDBLOCK                     246 WouldBlock                 Operation would block
errno    ENOTEMPTY                       247 Unknown                    Directory not empty
errno    ENAMETOOLONG                    248 Unknown                    File name too long
errno    ELOOP                           249 Unknown                    Too many levels of symbolic links
errno    ENOSYS                          251 Unknown                    Function is not available
resolver HOST_NOT_FOUND                    1 HostNotFound               Unknown host
resolver TRY_AGAIN                         2 TryAgain                   Host name lookup failure
resolver NO_RECOVERY                       3 NoRecovery                 Unknown server error
resolver NO_DATA                           4 NoData                     No address associated with name
resolver NO_ADDRESS                        4 NoData                     No address associated with name
