--TEST--
sockerr_errors('windows'): every native code of windows, its symbol, case and message (golden listing)
--EXTENSIONS--
sockerr
--FILE--
<?php
foreach (sockerr_errors('windows') as $row) {
    if ($row['family'] === 'curl') {
        continue; // the same on every platform: tests/curl/golden_codes.phpt
    }
    printf("%-8s %-28s %6d %-26s %s\n", $row['family'], $row['name'], $row['code'], $row['error'],
        $row['message'] ?? '(no text known)');
}
?>
--EXPECT--
windows  WSA_INVALID_HANDLE                6 OperationAborted           The handle is invalid.
windows  ERROR_INVALID_HANDLE              6 OperationAborted           The handle is invalid.
windows  WSA_NOT_ENOUGH_MEMORY             8 Unknown                    Not enough memory resources are available to process this command.
windows  ERROR_NOT_ENOUGH_MEMORY           8 Unknown                    Not enough memory resources are available to process this command.
windows  ERROR_NETNAME_DELETED            64 ConnectionReset            The specified network name is no longer available.
windows  WSA_INVALID_PARAMETER            87 InvalidArgument            The parameter is incorrect.
windows  ERROR_INVALID_PARAMETER          87 InvalidArgument            The parameter is incorrect.
windows  ERROR_SEM_TIMEOUT               121 TimedOut                   The semaphore timeout period has expired.
windows  WAIT_TIMEOUT                    258 TimedOut                   The wait operation timed out.
windows  WSA_OPERATION_ABORTED           995 OperationAborted           The I/O operation has been aborted because of either a thread exit or an application request.
windows  ERROR_OPERATION_ABORTED         995 OperationAborted           The I/O operation has been aborted because of either a thread exit or an application request.
windows  WSA_IO_INCOMPLETE               996 Unknown                    Overlapped I/O event is not in a signaled state.
windows  ERROR_IO_INCOMPLETE             996 Unknown                    Overlapped I/O event is not in a signaled state.
windows  WSA_IO_PENDING                  997 IOPending                  Overlapped I/O operation is in progress.
windows  ERROR_IO_PENDING                997 IOPending                  Overlapped I/O operation is in progress.
windows  ERROR_CONNECTION_REFUSED       1225 ConnectionRefused          The remote computer refused the network connection.
windows  ERROR_ADDRESS_ALREADY_ASSOCIATED   1227 AddressAlreadyInUse        The network transport endpoint already has an address associated with it.
windows  ERROR_NETWORK_UNREACHABLE      1231 NetworkUnreachable         The network location cannot be reached. For information about network troubleshooting, see Windows Help.
windows  ERROR_HOST_UNREACHABLE         1232 HostUnreachable            The network location cannot be reached. For information about network troubleshooting, see Windows Help.
windows  ERROR_PORT_UNREACHABLE         1234 ConnectionRefused          No service is operating at the destination network endpoint on the remote system.
windows  ERROR_CONNECTION_ABORTED       1236 ConnectionAborted          The network connection was aborted by the local system.
windows  WSAEINTR                      10004 Interrupted                A blocking operation was interrupted by a call to WSACancelBlockingCall.
windows  WSAEBADF                      10009 OperationAborted           The file handle supplied is not valid.
windows  WSAEACCES                     10013 AccessDenied               An attempt was made to access a socket in a way forbidden by its access permissions.
windows  WSAEFAULT                     10014 Fault                      The system detected an invalid pointer address in attempting to use a pointer argument in a call.
windows  WSAEINVAL                     10022 InvalidArgument            An invalid argument was supplied.
windows  WSAEMFILE                     10024 TooManyOpenSockets         Too many open sockets.
windows  WSAEWOULDBLOCK                10035 WouldBlock                 A non-blocking socket operation could not be completed immediately.
windows  WSAEINPROGRESS                10036 InProgress                 A blocking operation is currently executing.
windows  WSAEALREADY                   10037 AlreadyInProgress          An operation was attempted on a non-blocking socket that already had an operation in progress.
windows  WSAENOTSOCK                   10038 NotSocket                  An operation was attempted on something that is not a socket.
windows  WSAEDESTADDRREQ               10039 DestinationAddressRequired A required address was omitted from an operation on a socket.
windows  WSAEMSGSIZE                   10040 MessageSize                A message sent on a datagram socket was larger than the internal message buffer or some other network limit, or the buffer used to receive a datagram into was smaller than the datagram itself.
windows  WSAEPROTOTYPE                 10041 ProtocolType               A protocol was specified in the socket function call that does not support the semantics of the socket type requested.
windows  WSAENOPROTOOPT                10042 ProtocolOption             An unknown, invalid, or unsupported option or level was specified in a getsockopt or setsockopt call.
windows  WSAEPROTONOSUPPORT            10043 ProtocolNotSupported       The requested protocol has not been configured into the system, or no implementation for it exists.
windows  WSAESOCKTNOSUPPORT            10044 SocketNotSupported         The support for the specified socket type does not exist in this address family.
windows  WSAEOPNOTSUPP                 10045 OperationNotSupported      The attempted operation is not supported for the type of object referenced.
windows  WSAEPFNOSUPPORT               10046 ProtocolFamilyNotSupported The protocol family has not been configured into the system or no implementation for it exists.
windows  WSAEAFNOSUPPORT               10047 AddressFamilyNotSupported  An address incompatible with the requested protocol was used.
windows  WSAEADDRINUSE                 10048 AddressAlreadyInUse        Only one usage of each socket address (protocol/network address/port) is normally permitted.
windows  WSAEADDRNOTAVAIL              10049 AddressNotAvailable        The requested address is not valid in its context.
windows  WSAENETDOWN                   10050 NetworkDown                A socket operation encountered a dead network.
windows  WSAENETUNREACH                10051 NetworkUnreachable         A socket operation was attempted to an unreachable network.
windows  WSAENETRESET                  10052 NetworkReset               The connection has been broken due to keep-alive activity detecting a failure while the operation was in progress.
windows  WSAECONNABORTED               10053 ConnectionAborted          An established connection was aborted by the software in your host machine.
windows  WSAECONNRESET                 10054 ConnectionReset            An existing connection was forcibly closed by the remote host.
windows  WSAENOBUFS                    10055 NoBufferSpaceAvailable     An operation on a socket could not be performed because the system lacked sufficient buffer space or because a queue was full.
windows  WSAEISCONN                    10056 IsConnected                A connect request was made on an already connected socket.
windows  WSAENOTCONN                   10057 NotConnected               A request to send or receive data was disallowed because the socket is not connected and (when sending on a datagram socket using a sendto call) no address was supplied.
windows  WSAESHUTDOWN                  10058 Shutdown                   A request to send or receive data was disallowed because the socket had already been shut down in that direction with a previous shutdown call.
windows  WSAETOOMANYREFS               10059 Unknown                    Too many references to some kernel object.
windows  WSAETIMEDOUT                  10060 TimedOut                   A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond.
windows  WSAECONNREFUSED               10061 ConnectionRefused          No connection could be made because the target machine actively refused it.
windows  WSAELOOP                      10062 Unknown                    Cannot translate name.
windows  WSAENAMETOOLONG               10063 Unknown                    Name component or name was too long.
windows  WSAEHOSTDOWN                  10064 HostDown                   A socket operation failed because the destination host was down.
windows  WSAEHOSTUNREACH               10065 HostUnreachable            A socket operation was attempted to an unreachable host.
windows  WSAENOTEMPTY                  10066 Unknown                    Cannot remove a directory that is not empty.
windows  WSAEPROCLIM                   10067 ProcessLimit               A Windows Sockets implementation may have a limit on the number of applications that may use it simultaneously.
windows  WSAEUSERS                     10068 Unknown                    Ran out of quota.
windows  WSAEDQUOT                     10069 Unknown                    Ran out of disk quota.
windows  WSAESTALE                     10070 Unknown                    File handle reference is no longer available.
windows  WSAEREMOTE                    10071 Unknown                    Item is not available locally.
windows  WSASYSNOTREADY                10091 SystemNotReady             WSAStartup cannot function at this time because the underlying system it uses to provide network services is currently unavailable.
windows  WSAVERNOTSUPPORTED            10092 VersionNotSupported        The Windows Sockets version requested is not supported.
windows  WSANOTINITIALISED             10093 NotInitialized             Either the application has not called WSAStartup, or WSAStartup failed.
windows  WSAEDISCON                    10101 Disconnecting              Returned by WSARecv or WSARecvFrom to indicate the remote party has initiated a graceful shutdown sequence.
windows  WSAENOMORE                    10102 Unknown                    No more results can be returned by WSALookupServiceNext.
windows  WSAECANCELLED                 10103 OperationAborted           A call to WSALookupServiceEnd was made while this call was still processing. The call has been canceled.
windows  WSAEINVALIDPROCTABLE          10104 Unknown                    The procedure call table is invalid.
windows  WSAEINVALIDPROVIDER           10105 Unknown                    The requested service provider is invalid.
windows  WSAEPROVIDERFAILEDINIT        10106 Unknown                    The requested service provider could not be loaded or initialized.
windows  WSASYSCALLFAILURE             10107 Unknown                    A system call has failed.
windows  WSASERVICE_NOT_FOUND          10108 Unknown                    No such service is known. The service cannot be found in the specified name space.
windows  WSATYPE_NOT_FOUND             10109 TypeNotFound               The specified class was not found.
windows  WSA_E_NO_MORE                 10110 Unknown                    No more results can be returned by WSALookupServiceNext.
windows  WSA_E_CANCELLED               10111 OperationAborted           A call to WSALookupServiceEnd was made while this call was still processing. The call has been canceled.
windows  WSAEREFUSED                   10112 Unknown                    A database query failed because it was actively refused.
windows  WSAHOST_NOT_FOUND             11001 HostNotFound               No such host is known.
windows  WSATRY_AGAIN                  11002 TryAgain                   This is usually a temporary error during hostname resolution and means that the local server did not receive a response from an authoritative server.
windows  WSANO_RECOVERY                11003 NoRecovery                 A non-recoverable error occurred during a database lookup.
windows  WSANO_DATA                    11004 NoData                     The requested name is valid, but no data of the requested type was found.
windows  WSANO_ADDRESS                 11004 NoData                     The requested name is valid, but no data of the requested type was found.
windows  WSA_QOS_RECEIVERS             11005 Unknown                    At least one reserve has arrived.
windows  WSA_QOS_SENDERS               11006 Unknown                    At least one path has arrived.
windows  WSA_QOS_NO_SENDERS            11007 Unknown                    There are no senders.
windows  WSA_QOS_NO_RECEIVERS          11008 Unknown                    There are no receivers.
windows  WSA_QOS_REQUEST_CONFIRMED     11009 Unknown                    Reserve has been confirmed.
windows  WSA_QOS_ADMISSION_FAILURE     11010 Unknown                    Error due to lack of resources.
windows  WSA_QOS_POLICY_FAILURE        11011 Unknown                    Rejected for administrative reasons - bad credentials.
windows  WSA_QOS_BAD_STYLE             11012 Unknown                    Unknown or conflicting style.
windows  WSA_QOS_BAD_OBJECT            11013 Unknown                    Problem with some part of the filterspec or providerspecific buffer in general.
windows  WSA_QOS_TRAFFIC_CTRL_ERROR    11014 Unknown                    Problem with some part of the flowspec.
windows  WSA_QOS_GENERIC_ERROR         11015 Unknown                    General QOS error.
windows  WSA_QOS_ESERVICETYPE          11016 Unknown                    An invalid or unrecognized service type was found in the flowspec.
windows  WSA_QOS_EFLOWSPEC             11017 Unknown                    An invalid or inconsistent flowspec was found in the QOS structure.
windows  WSA_QOS_EPROVSPECBUF          11018 Unknown                    Invalid QOS provider-specific buffer.
windows  WSA_QOS_EFILTERSTYLE          11019 Unknown                    An invalid QOS filter style was used.
windows  WSA_QOS_EFILTERTYPE           11020 Unknown                    An invalid QOS filter type was used.
windows  WSA_QOS_EFILTERCOUNT          11021 Unknown                    An incorrect number of QOS FILTERSPECs were specified in the FLOWDESCRIPTOR.
windows  WSA_QOS_EOBJLENGTH            11022 Unknown                    An object with an invalid ObjectLength field was specified in the QOS provider-specific buffer.
windows  WSA_QOS_EFLOWCOUNT            11023 Unknown                    An incorrect number of flow descriptors was specified in the QOS structure.
windows  WSA_QOS_EUNKOWNPSOBJ          11024 Unknown                    An unrecognized object was found in the QOS provider-specific buffer.
windows  WSA_QOS_EUNKNOWNPSOBJ         11024 Unknown                    An unrecognized object was found in the QOS provider-specific buffer.
windows  WSA_QOS_EPOLICYOBJ            11025 Unknown                    An invalid policy object was found in the QOS provider-specific buffer.
windows  WSA_QOS_EFLOWDESC             11026 Unknown                    An invalid QOS flow descriptor was found in the flow descriptor list.
windows  WSA_QOS_EPSFLOWSPEC           11027 Unknown                    An invalid or inconsistent flowspec was found in the QOS provider specific buffer.
windows  WSA_QOS_EPSFILTERSPEC         11028 Unknown                    An invalid FILTERSPEC was found in the QOS provider-specific buffer.
windows  WSA_QOS_ESDMODEOBJ            11029 Unknown                    An invalid shape discard mode object was found in the QOS provider specific buffer.
windows  WSA_QOS_ESHAPERATEOBJ         11030 Unknown                    An invalid shaping rate object was found in the QOS provider-specific buffer.
windows  WSA_QOS_RESERVED_PETYPE       11031 Unknown                    A reserved policy element was found in the QOS provider-specific buffer.
windows  WSA_SECURE_HOST_NOT_FOUND     11032 HostNotFound               No such host is known securely.
windows  WSA_IPSEC_NAME_POLICY_ERROR   11033 Unknown                    Name based IPSEC policy could not be added.
resolver EAI_MEMORY                        8 Unknown                    Not enough memory resources are available to process this command.
resolver EAI_BADFLAGS                  10022 InvalidArgument            An invalid argument was supplied.
resolver EAI_SOCKTYPE                  10044 SocketNotSupported         The support for the specified socket type does not exist in this address family.
resolver EAI_FAMILY                    10047 AddressFamilyNotSupported  An address incompatible with the requested protocol was used.
resolver EAI_SERVICE                   10109 TypeNotFound               The specified class was not found.
resolver EAI_NONAME                    11001 HostNotFound               No such host is known.
resolver EAI_AGAIN                     11002 TryAgain                   This is usually a temporary error during hostname resolution and means that the local server did not receive a response from an authoritative server.
resolver EAI_FAIL                      11003 NoRecovery                 A non-recoverable error occurred during a database lookup.
resolver EAI_NODATA                    11004 NoData                     The requested name is valid, but no data of the requested type was found.
resolver EAI_NOSECURENAME              11032 HostNotFound               No such host is known securely.
resolver EAI_IPSECPOLICY               11033 Unknown                    Name based IPSEC policy could not be added.
resolver HOST_NOT_FOUND                11001 HostNotFound               No such host is known.
resolver TRY_AGAIN                     11002 TryAgain                   This is usually a temporary error during hostname resolution and means that the local server did not receive a response from an authoritative server.
resolver NO_RECOVERY                   11003 NoRecovery                 A non-recoverable error occurred during a database lookup.
resolver NO_DATA                       11004 NoData                     The requested name is valid, but no data of the requested type was found.
resolver NO_ADDRESS                    11004 NoData                     The requested name is valid, but no data of the requested type was found.