--TEST--
live: ext/sockets: a refused connect and a failed host lookup (-10000 - h_errno) from socket_last_error()
--SKIPIF--
<?php
require __DIR__ . '/live.inc';
skip_on_windows('ext/sockets reports a failed lookup as -10000 - h_errno only on Unix');
?>
--EXTENSIONS--
sockerr
sockets
--FILE--
<?php
require __DIR__ . '/live.inc';
$port = closed_port();
$socket = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(@socket_connect($socket, '127.0.0.1', $port));
echo summary(sockerr_explain(socket_last_error($socket))), "\n";
echo summary(sockerr_explain(error_get_last()['message'])), "\n";

$socket = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(@socket_connect($socket, 'nonexistent.invalid', 80));
$code = socket_last_error($socket);
echo $code, ' ', summary(sockerr_explain($code)), "\n";
echo summary(sockerr_explain(error_get_last()['message'])), "\n";
?>
--EXPECT--
bool(false)
ConnectionRefused ECONNREFUSED native=host family=errno curl=- matched=null transient=true
ConnectionRefused ECONNREFUSED native=host family=errno curl=- matched="{message}" transient=true
bool(false)
-10001 HostNotFound HOST_NOT_FOUND native=-10001 family=resolver curl=- matched=null transient=false
HostNotFound HOST_NOT_FOUND native=-10001 family=resolver curl=- matched="[-10001]:" transient=false
