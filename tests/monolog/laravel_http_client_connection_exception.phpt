--TEST--
monolog: Laravel-style, a Guzzle ConnectException wrapped as Laravel's HTTP client wraps it (its own exception, Guzzle's as previous), logged with ['exception' => $e]
--SKIPIF--
<?php
if (!stream_resolve_include_path('Monolog/autoload.php')) die('skip php-monolog is not installed');
if (!stream_resolve_include_path('GuzzleHttp/autoload.php')) die('skip php-guzzlehttp-guzzle is not installed');
?>
--EXTENSIONS--
sockerr
curl
ctype
--FILE--
<?php
require __DIR__ . '/monolog.inc';
require 'GuzzleHttp/autoload.php';
// Illuminate\Http\Client\ConnectionException, as the HTTP client throws it
class ConnectionException extends RuntimeException {}
[$logger, $handler] = logger();
$client = new GuzzleHttp\Client(['connect_timeout' => 2, 'timeout' => 2, 'proxy' => '']);
foreach (['http://127.0.0.1:' . closed_port() . '/', 'http://nonexistent.invalid/'] as $url) {
    try {
        try {
            $client->get($url);
        } catch (GuzzleHttp\Exception\ConnectException $e) {
            throw new ConnectionException($e->getMessage(), 0, $e);
        }
    } catch (ConnectionException $e) {
        // what Laravel's exception handler logs: the message, the exception under 'exception'
        $logger->error($e->getMessage(), ['exception' => $e]);
        echo socket_error($handler), "\n";
    }
}
?>
--EXPECT--
Unknown CURLE_COULDNT_CONNECT native=7 platform=null curl=CURLE_COULDNT_CONNECT transient=true cause=text hint=text [compact]
HostNotFound CURLE_COULDNT_RESOLVE_HOST native=6 platform=null curl=CURLE_COULDNT_RESOLVE_HOST transient=true cause=text hint=text [compact]
