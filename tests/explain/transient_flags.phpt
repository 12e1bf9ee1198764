--TEST--
sockerr: the transient flag ("a bounded retry is reasonable") of every SocketError case and of the symbols retry logic meets most
--EXTENSIONS--
sockerr
--FILE--
<?php
foreach (SocketError::cases() as $case) {
    echo $case->name, ' ', $case->isTransient() ? 'transient' : 'not transient', "\n";
}
echo count(SocketError::cases()), " cases\n";
foreach (['ECONNREFUSED', 'ETIMEDOUT', 'EAI_AGAIN', 'EAI_NONAME', 'EACCES', 'EMFILE', 'ECONNRESET', 'EPIPE'] as $symbol) {
    echo $symbol, ' ', sockerr_explain($symbol, 'linux')['transient'] ? 'transient' : 'not transient', "\n";
}
// the flag of a case is the flag of its record, and a Windows twin reads like its errno
var_dump(SocketError::ConnectionRefused->explain()['transient'], sockerr_explain(10061, 'windows')['transient']);
?>
--EXPECT--
Unknown not transient
Success not transient
OperationAborted transient
IOPending transient
Interrupted transient
AccessDenied not transient
Fault not transient
InvalidArgument not transient
TooManyOpenSockets transient
WouldBlock transient
InProgress transient
AlreadyInProgress transient
NotSocket not transient
DestinationAddressRequired not transient
MessageSize not transient
ProtocolType not transient
ProtocolOption not transient
ProtocolNotSupported not transient
SocketNotSupported not transient
OperationNotSupported not transient
ProtocolFamilyNotSupported not transient
AddressFamilyNotSupported not transient
AddressAlreadyInUse not transient
AddressNotAvailable transient
NetworkDown transient
NetworkUnreachable not transient
NetworkReset transient
ConnectionAborted transient
ConnectionReset transient
NoBufferSpaceAvailable transient
IsConnected not transient
NotConnected not transient
Shutdown transient
TimedOut transient
ConnectionRefused transient
HostDown transient
HostUnreachable not transient
ProcessLimit transient
SystemNotReady not transient
VersionNotSupported not transient
NotInitialized not transient
Disconnecting transient
TypeNotFound not transient
HostNotFound not transient
TryAgain transient
NoRecovery not transient
NoData not transient
47 cases
ECONNREFUSED transient
ETIMEDOUT transient
EAI_AGAIN transient
EAI_NONAME not transient
EACCES not transient
EMFILE transient
ECONNRESET transient
EPIPE transient
bool(true)
bool(true)
