--TEST--
live: Symfony HttpClient's TransportException (curl and native clients) for a closed port and an unknown host
--SKIPIF--
<?php if (!stream_resolve_include_path('Symfony/Component/HttpClient/autoload.php')) die('skip php-symfony-http-client is not installed'); ?>
--EXTENSIONS--
sockerr
curl
--FILE--
<?php
require __DIR__ . '/live.inc';
require 'Symfony/Component/HttpClient/autoload.php';
$port = closed_port();
// libcurl's own text for CURLE_COULDNT_CONNECT, which the record matches: "Couldn't connect to
// server" in libcurl 7.88 (Debian 12), "Could not connect to server" in 8.23 (Debian sid). The
// newer wording is shown as the older, so that one expectation holds for both; no other is.
$couldNot = curl_strerror(CURLE_COULDNT_CONNECT) === 'Could not connect to server';
foreach ([new Symfony\Component\HttpClient\CurlHttpClient(), new Symfony\Component\HttpClient\NativeHttpClient()] as $client) {
    foreach (["http://127.0.0.1:$port/", 'http://nonexistent.invalid/'] as $url) {
        try {
            $client->request('GET', $url, ['timeout' => 2, 'proxy' => null])->getStatusCode();
        } catch (Symfony\Contracts\HttpClient\Exception\TransportExceptionInterface $e) {
            $line = summary(sockerr_explain($e));
            if ($couldNot) {
                $line = str_replace('matched="Could not connect to server"', 'matched="Couldn\'t connect to server"', $line);
            }
            echo (new ReflectionClass($client))->getShortName(), ': ', $line, "\n";
        }
    }
}
?>
--EXPECT--
CurlHttpClient: Unknown CURLE_COULDNT_CONNECT native=7 family=curl curl=CURLE_COULDNT_CONNECT matched="Couldn't connect to server" transient=true
CurlHttpClient: HostNotFound CURLE_COULDNT_RESOLVE_HOST native=6 family=curl curl=CURLE_COULDNT_RESOLVE_HOST matched="Could not resolve host:" transient=true
NativeHttpClient: ConnectionRefused ECONNREFUSED native=- family=errno curl=- matched="{message}" transient=true
NativeHttpClient: HostNotFound - native=- family=- curl=- matched="Could not resolve host \"" transient=false
