--TEST--
monolog: a failed CurlHandle in the context (a closed port, an unknown host) gets extra['socket_error'] with its cURL part; a handle that has not failed does not
--SKIPIF--
<?php if (!stream_resolve_include_path('Monolog/autoload.php')) die('skip php-monolog is not installed'); ?>
--EXTENSIONS--
sockerr
curl
--FILE--
<?php
require __DIR__ . '/monolog.inc';
[$logger, $handler] = logger();
foreach (['http://127.0.0.1:' . closed_port() . '/', 'http://nonexistent.invalid/'] as $url) {
    $ch = curl_init($url);
    curl_setopt_array($ch, [CURLOPT_RETURNTRANSFER => true, CURLOPT_CONNECTTIMEOUT => 5, CURLOPT_PROXY => '']);
    curl_exec($ch);
    $logger->warning('request failed: {error}', ['error' => curl_error($ch), 'handle' => $ch]);
    echo socket_error($handler), "\n";
}
$logger->info('not sent yet', ['handle' => curl_init('http://127.0.0.1/')]);
echo socket_error($handler), "\n";
?>
--EXPECT--
ConnectionRefused ECONNREFUSED native=host platform=host curl=CURLE_COULDNT_CONNECT transient=true cause=text hint=text [compact]
HostNotFound CURLE_COULDNT_RESOLVE_HOST native=6 platform=null curl=CURLE_COULDNT_RESOLVE_HOST transient=true cause=text hint=text [compact]
no socket_error, extra keys: []
