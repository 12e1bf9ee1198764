--TEST--
live: a bind to a port already in use, and to an address that is not on this host
--EXTENSIONS--
sockerr
sockets
--FILE--
<?php
require __DIR__ . '/live.inc';
$first = stream_socket_server('tcp://127.0.0.1:0');
$address = stream_socket_get_name($first, false);
$second = @stream_socket_server("tcp://$address", $errno, $errstr);
echo $errno, ' ', summary(sockerr_explain($errstr)), "\n";

$socket = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
@socket_bind($socket, '127.0.0.1', (int) substr($address, strrpos($address, ':') + 1));
echo summary(sockerr_explain(socket_last_error($socket))), "\n";

// 192.0.2.1 is TEST-NET-1: never configured here; bind() sends nothing
$server = @stream_socket_server('tcp://192.0.2.1:0', $errno, $errstr);
echo summary(sockerr_explain($errstr)), "\n";
$socket = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
@socket_bind($socket, '192.0.2.1', 0);
echo summary(sockerr_explain(socket_last_error($socket))), "\n";
?>
--EXPECT--
0 AddressAlreadyInUse EADDRINUSE native=- family=errno curl=- matched="{message}" transient=false
AddressAlreadyInUse EADDRINUSE native=host family=errno curl=- matched=null transient=false
AddressNotAvailable EADDRNOTAVAIL native=- family=errno curl=- matched="{message}" transient=true
AddressNotAvailable EADDRNOTAVAIL native=host family=errno curl=- matched=null transient=true
