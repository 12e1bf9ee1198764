--TEST--
live: a closed IPv4 loopback port through stream_socket_client(), fsockopen() and file_get_contents()
--EXTENSIONS--
sockerr
--FILE--
<?php
require __DIR__ . '/live.inc';
$port = closed_port();

$client = @stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 2);
echo 'stream_socket_client errno: ', summary(sockerr_explain($errno)), "\n";
echo 'stream_socket_client errstr: ', summary(sockerr_explain($errstr)), "\n";
echo 'its warning: ', summary(sockerr_explain(error_get_last()['message'])), "\n";

$client = @fsockopen('127.0.0.1', $port, $errno, $errstr, 2);
echo 'fsockopen errno: ', summary(sockerr_explain($errno)), "\n";

$body = @file_get_contents("http://127.0.0.1:$port/");
echo 'file_get_contents warning: ', summary(sockerr_explain(error_get_last()['message'])), "\n";
var_dump(SocketError::fromNative($errno) === SocketError::ConnectionRefused);
?>
--EXPECT--
stream_socket_client errno: ConnectionRefused ECONNREFUSED native=host family=errno curl=- matched=null transient=true
stream_socket_client errstr: ConnectionRefused ECONNREFUSED native=- family=errno curl=- matched="{message}" transient=true
its warning: ConnectionRefused ECONNREFUSED native=- family=errno curl=- matched="{message}" transient=true
fsockopen errno: ConnectionRefused ECONNREFUSED native=host family=errno curl=- matched=null transient=true
file_get_contents warning: ConnectionRefused ECONNREFUSED native=- family=errno curl=- matched="{message}" transient=true
bool(true)
