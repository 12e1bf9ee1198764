--TEST--
live: Guzzle's ConnectException (and Laravel-style wrapping) for a closed port, an unknown host and a timeout
--SKIPIF--
<?php if (!stream_resolve_include_path('GuzzleHttp/autoload.php')) die('skip php-guzzlehttp-guzzle is not installed'); ?>
--EXTENSIONS--
sockerr
curl
sockets
ctype
--FILE--
<?php
require __DIR__ . '/live.inc';
require 'GuzzleHttp/autoload.php';
$client = new GuzzleHttp\Client(['connect_timeout' => 1, 'timeout' => 2, 'proxy' => '']);
$port = closed_port();
$listener = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($listener, '127.0.0.1', 0);
socket_listen($listener, 0);
socket_getsockname($listener, $host, $full);
$held = @stream_socket_client("tcp://127.0.0.1:$full", $errno, $errstr, 1);
// Guzzle 7 (7.4.5 in Debian 12) hands the cURL code over in getHandlerContext(), so nothing is
// matched in the text; Guzzle 8 (8.3.1 in Debian sid) has no handler context, so the code comes
// from the message's "cURL error N", and a connect timeout is a ConnectTimeoutException (a
// ConnectException). Those two differences, exactly, are shown as Guzzle 7's.
$guzzle8 = !method_exists(GuzzleHttp\Exception\ConnectException::class, 'getHandlerContext');
foreach (["http://127.0.0.1:$port/", 'http://nonexistent.invalid/', "http://127.0.0.1:$full/"] as $url) {
    try {
        $client->get($url);
    } catch (GuzzleHttp\Exception\TransferException $e) {
        $r = sockerr_explain($e);
        $class = get_class($e);
        if ($guzzle8 && $r['matched'] === "cURL error {$r['native']}") {
            $r['matched'] = null;
        }
        if ($guzzle8 && $class === 'GuzzleHttp\Exception\ConnectTimeoutException') {
            $class = get_parent_class($e);
        }
        echo $class, ': ', summary($r), "\n";
        // the way Laravel's HTTP client wraps it: its own exception, Guzzle's as previous
        $wrapped = new RuntimeException($e->getMessage(), 0, $e);
        echo '  wrapped: ', summary(sockerr_explain($wrapped)), "\n";
    }
}
?>
--EXPECT--
GuzzleHttp\Exception\ConnectException: Unknown CURLE_COULDNT_CONNECT native=7 family=curl curl=CURLE_COULDNT_CONNECT matched=null transient=true
  wrapped: Unknown CURLE_COULDNT_CONNECT native=7 family=curl curl=CURLE_COULDNT_CONNECT matched="cURL error 7" transient=true
GuzzleHttp\Exception\ConnectException: HostNotFound CURLE_COULDNT_RESOLVE_HOST native=6 family=curl curl=CURLE_COULDNT_RESOLVE_HOST matched=null transient=true
  wrapped: HostNotFound CURLE_COULDNT_RESOLVE_HOST native=6 family=curl curl=CURLE_COULDNT_RESOLVE_HOST matched="cURL error 6" transient=true
GuzzleHttp\Exception\ConnectException: TimedOut CURLE_OPERATION_TIMEDOUT native=28 family=curl curl=CURLE_OPERATION_TIMEDOUT matched=null transient=true
  wrapped: TimedOut CURLE_OPERATION_TIMEDOUT native=28 family=curl curl=CURLE_OPERATION_TIMEDOUT matched="cURL error 28" transient=true
