--TEST--
live: a closed IPv6 loopback port ([::1]) through stream_socket_client() and ext/curl
--SKIPIF--
<?php
if (!@stream_socket_server('tcp://[::1]:0')) die('skip this machine has no IPv6 loopback');
?>
--EXTENSIONS--
sockerr
curl
--FILE--
<?php
require __DIR__ . '/live.inc';
$port = closed_port('[::1]');
$client = @stream_socket_client("tcp://[::1]:$port", $errno, $errstr, 2);
echo summary(sockerr_explain($errno)), "\n";
$ch = curl_init("http://[::1]:$port/");
curl_setopt_array($ch, [CURLOPT_RETURNTRANSFER => true, CURLOPT_CONNECTTIMEOUT => 2, CURLOPT_PROXY => '']);
curl_exec($ch);
echo summary(sockerr_explain($ch)), "\n";
?>
--EXPECT--
ConnectionRefused ECONNREFUSED native=host family=errno curl=- matched=null transient=true
ConnectionRefused ECONNREFUSED native=host family=errno curl=CURLE_COULDNT_CONNECT matched=null transient=true
