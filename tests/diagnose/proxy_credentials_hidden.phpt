--TEST--
diagnose: the proxy variables libcurl honours, with their credentials hidden (a real cURL failure through a proxy that does not resolve)
--EXTENSIONS--
sockerr
posix
curl
--SKIPIF--
<?php require __DIR__ . '/diagnose.inc'; skip_without_namespaces('--net'); ?>
--FILE--
<?php
require __DIR__ . '/diagnose.inc';
// In a network namespace with only loopback up, so the proxy's name cannot be sent anywhere:
// libcurl takes http_proxy from the environment and fails to resolve it.
$child = <<<'PHP'
<?php
$ch = curl_init('http://127.0.0.1:1/');
curl_setopt_array($ch, [CURLOPT_RETURNTRANSFER => true, CURLOPT_CONNECTTIMEOUT => 5]);
curl_exec($ch);
$d = sockerr_diagnose($ch);
echo $d['curl']['name'], ': ', $d['diagnosis'], "\n";
foreach ($d['checks'] as $c) {
    // (the resolver's checks, which run for the proxy's name, are shown by their own test)
    if (str_starts_with($c['check'], 'proxy.')) echo "{$c['check']} [{$c['verdict']}] {$c['found']}\n";
}
ob_start();
phpinfo(INFO_MODULES);
preg_match('/^Proxy variables => .*$/m', ob_get_clean(), $m);
echo $m[0], "\n";
$all = json_encode($d) . $m[0];
var_dump(str_contains($all, 's3cr3t') || str_contains($all, 'alice') || str_contains($all, 'bob') || str_contains($all, 'p@ss'));
PHP;
echo in_namespace('ip link set lo up', $child, ['--mount', '--net'], ['curl'], [
    'PATH' => '/usr/sbin:/usr/bin:/sbin:/bin',
    'http_proxy' => 'http://alice:s3cr3t@proxy.invalid:3128',
    'HTTP_PROXY' => 'http://bob:p@ss@evil.invalid:8080/',
    'HTTPS_PROXY' => 'alice@other-proxy.invalid:3128',
    'ALL_PROXY' => 'socks5h://proxy.invalid:1080',
    'NO_PROXY' => 'localhost,.internal',
]);
?>
--EXPECT--
CURLE_COULDNT_RESOLVE_PROXY: 10 checks: 2 causes confirmed, 1 ruled out, 7 for context.
proxy.http_proxy [cause] http_proxy=http://***:***@proxy.invalid:3128
proxy.all_proxy [cause] ALL_PROXY=socks5h://proxy.invalid:1080
proxy.https_proxy [context] HTTPS_PROXY=***@other-proxy.invalid:3128
proxy.no_proxy [context] NO_PROXY=localhost,.internal
proxy.http_proxy [ruled out] HTTP_PROXY=http://***:***@evil.invalid:8080/
Proxy variables => http_proxy=http://***:***@proxy.invalid:3128; HTTP_PROXY=http://***:***@evil.invalid:8080/; HTTPS_PROXY=***@other-proxy.invalid:3128; ALL_PROXY=socks5h://proxy.invalid:1080; NO_PROXY=localhost,.internal
bool(false)
