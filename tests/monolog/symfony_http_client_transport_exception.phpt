--TEST--
monolog: Symfony-style, a Symfony HttpClient TransportException logged as Symfony's ErrorListener logs an uncaught exception (['exception' => $e])
--SKIPIF--
<?php
if (!stream_resolve_include_path('Monolog/autoload.php')) die('skip php-monolog is not installed');
if (!stream_resolve_include_path('Symfony/Component/HttpClient/autoload.php')) die('skip php-symfony-http-client is not installed');
?>
--EXTENSIONS--
sockerr
curl
--FILE--
<?php
require __DIR__ . '/monolog.inc';
require 'Symfony/Component/HttpClient/autoload.php';
[$logger, $handler] = logger();
$port = closed_port();
foreach ([new Symfony\Component\HttpClient\CurlHttpClient(), new Symfony\Component\HttpClient\NativeHttpClient()] as $client) {
    foreach (["http://127.0.0.1:$port/", 'http://nonexistent.invalid/'] as $url) {
        try {
            $client->request('GET', $url, ['timeout' => 2, 'proxy' => null])->getStatusCode();
        } catch (Symfony\Contracts\HttpClient\Exception\TransportExceptionInterface $e) {
            $logger->critical(sprintf('Uncaught PHP Exception %s: "%s" at %s line %s', get_class($e), $e->getMessage(), $e->getFile(), $e->getLine()), ['exception' => $e]);
            echo (new ReflectionClass($client))->getShortName(), ': ', socket_error($handler), "\n";
        }
    }
}
?>
--EXPECT--
CurlHttpClient: Unknown CURLE_COULDNT_CONNECT native=7 platform=null curl=CURLE_COULDNT_CONNECT transient=true cause=text hint=text [compact]
CurlHttpClient: HostNotFound CURLE_COULDNT_RESOLVE_HOST native=6 platform=null curl=CURLE_COULDNT_RESOLVE_HOST transient=true cause=text hint=text [compact]
NativeHttpClient: ConnectionRefused ECONNREFUSED native=- platform=null curl=- transient=true cause=text hint=text [compact]
NativeHttpClient: HostNotFound - native=- platform=null curl=- transient=false cause=text hint=text [compact]
