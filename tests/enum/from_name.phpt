--TEST--
SocketError::fromName() and tryFromName(): symbols of every family and platform, and case names
--EXTENSIONS--
sockerr
--FILE--
<?php
foreach (['ECONNREFUSED', 'econnrefused', 'WSAECONNREFUSED', 'ConnectionRefused', 'connectionrefused',
    'ETIMEDOUT', 'WSAETIMEDOUT', 'EACCES', 'EPERM', 'EAGAIN', 'EWOULDBLOCK', 'WSAEWOULDBLOCK',
    'EAI_NONAME', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NODATA', 'EAI_SERVICE', 'HOST_NOT_FOUND', 'TRY_AGAIN',
    'NO_RECOVERY', 'NO_DATA', 'NO_ADDRESS', 'WSAHOST_NOT_FOUND', 'WSANO_DATA', 'WSA_IO_PENDING',
    'ERROR_OPERATION_ABORTED', 'ENOTSUP', 'EOPNOTSUPP', 'ENOMEM', 'EPROCLIM', 'ENOTCAPABLE',
    'ESHUTDOWN', 'EPIPE', 'Unknown', 'Success'] as $name) {
    printf("%-24s %s\n", $name, SocketError::fromName($name)->name);
}
var_dump(SocketError::tryFromName('ECONNREFUSED'), SocketError::tryFromName('connection refused'),
    SocketError::tryFromName('ECONNREFUSED '), SocketError::tryFromName("ECONNREFUSED\0"));
?>
--EXPECT--
ECONNREFUSED             ConnectionRefused
econnrefused             ConnectionRefused
WSAECONNREFUSED          ConnectionRefused
ConnectionRefused        ConnectionRefused
connectionrefused        ConnectionRefused
ETIMEDOUT                TimedOut
WSAETIMEDOUT             TimedOut
EACCES                   AccessDenied
EPERM                    AccessDenied
EAGAIN                   WouldBlock
EWOULDBLOCK              WouldBlock
WSAEWOULDBLOCK           WouldBlock
EAI_NONAME               HostNotFound
EAI_AGAIN                TryAgain
EAI_FAIL                 NoRecovery
EAI_NODATA               NoData
EAI_SERVICE              TypeNotFound
HOST_NOT_FOUND           HostNotFound
TRY_AGAIN                TryAgain
NO_RECOVERY              NoRecovery
NO_DATA                  NoData
NO_ADDRESS               NoData
WSAHOST_NOT_FOUND        HostNotFound
WSANO_DATA               NoData
WSA_IO_PENDING           IOPending
ERROR_OPERATION_ABORTED  OperationAborted
ENOTSUP                  OperationNotSupported
EOPNOTSUPP               OperationNotSupported
ENOMEM                   Unknown
EPROCLIM                 Unknown
ENOTCAPABLE              Unknown
ESHUTDOWN                Disconnecting
EPIPE                    Shutdown
Unknown                  Unknown
Success                  Success
enum(SocketError::ConnectionRefused)
NULL
NULL
NULL
