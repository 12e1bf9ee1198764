--TEST--
live: a connect that times out, against a loopback listener whose backlog is full
--SKIPIF--
<?php
require __DIR__ . '/live.inc';
skip_on_windows('Windows refuses a connect to a full backlog instead of dropping it');
?>
--EXTENSIONS--
sockerr
sockets
curl
--FILE--
<?php
require __DIR__ . '/live.inc';
// A listener that never accepts, with the smallest backlog: once it is full, the kernel
// drops new SYNs and the next connect waits until its timeout.
$listener = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($listener, '127.0.0.1', 0);
socket_listen($listener, 0);
socket_getsockname($listener, $host, $port);
$held = [];
$timedOut = null;
for ($i = 0; $i < 8 && $timedOut === null; $i++) {
    $client = @stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 0.5);
    if ($client) {
        $held[] = $client;
    } else {
        $timedOut = sockerr_explain($errno);
    }
}
echo summary($timedOut), "\n";
var_dump(SocketError::fromNative($errno)->isTimeout());

$ch = curl_init("http://127.0.0.1:$port/");
curl_setopt_array($ch, [CURLOPT_RETURNTRANSFER => true, CURLOPT_CONNECTTIMEOUT_MS => 500, CURLOPT_TIMEOUT => 2, CURLOPT_PROXY => '']);
curl_exec($ch);
// libcurl reports this with or without the OS errno, in words that changed across versions
$r = sockerr_explain($ch);
echo 'CurlHandle: ', $r['error'], ' ', $r['curl']['name'], "\n";
$r = sockerr_explain(curl_error($ch));
echo 'curl_error(): ', $r['error'], ' ', $r['curl']['name'], "\n";
?>
--EXPECT--
TimedOut ETIMEDOUT native=host family=errno curl=- matched=null transient=true
bool(true)
CurlHandle: TimedOut CURLE_OPERATION_TIMEDOUT
curl_error(): TimedOut CURLE_OPERATION_TIMEDOUT
