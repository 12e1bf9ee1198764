--TEST--
live: a name under .invalid through streams (errno 0 and a getaddrinfo text), ext/curl, and an unresolvable proxy
--EXTENSIONS--
sockerr
curl
--FILE--
<?php
require __DIR__ . '/live.inc';
$client = @stream_socket_client('tcp://nonexistent.invalid:80', $errno, $errstr, 2);
echo $errno, ' ', summary(sockerr_explain($errstr)), "\n";
$client = @fsockopen('nonexistent.invalid', 80, $errno, $errstr, 2);
echo $errno, ' ', summary(sockerr_explain($errstr)), "\n";
$body = @file_get_contents('http://nonexistent.invalid/');
echo summary(sockerr_explain(error_get_last()['message'])), "\n";

$ch = curl_init('http://nonexistent.invalid/');
curl_setopt_array($ch, [CURLOPT_RETURNTRANSFER => true, CURLOPT_CONNECTTIMEOUT => 5, CURLOPT_PROXY => '']);
curl_exec($ch);
echo summary(sockerr_explain($ch)), "\n";
echo summary(sockerr_explain(curl_error($ch))), "\n";

// a proxy whose name does not resolve: nothing is sent anywhere
$ch = curl_init('http://127.0.0.1:' . closed_port() . '/');
curl_setopt_array($ch, [CURLOPT_RETURNTRANSFER => true, CURLOPT_CONNECTTIMEOUT => 5, CURLOPT_PROXY => 'http://proxy.invalid:3128']);
curl_exec($ch);
echo summary(sockerr_explain($ch)), "\n";
?>
--EXPECT--
0 HostNotFound EAI_NONAME native=host family=resolver curl=- matched="{message}" transient=false
0 HostNotFound EAI_NONAME native=host family=resolver curl=- matched="{message}" transient=false
HostNotFound EAI_NONAME native=host family=resolver curl=- matched="{message}" transient=false
HostNotFound CURLE_COULDNT_RESOLVE_HOST native=6 family=curl curl=CURLE_COULDNT_RESOLVE_HOST matched=null transient=true
HostNotFound CURLE_COULDNT_RESOLVE_HOST native=6 family=curl curl=CURLE_COULDNT_RESOLVE_HOST matched="Could not resolve host:" transient=true
HostNotFound CURLE_COULDNT_RESOLVE_PROXY native=5 family=curl curl=CURLE_COULDNT_RESOLVE_PROXY matched=null transient=true
