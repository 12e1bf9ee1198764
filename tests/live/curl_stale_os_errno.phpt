--TEST--
live: ext/curl keeps a stale CURLINFO_OS_ERRNO on libcurl < 8.8; sockerr trusts it only for the codes that set it
--EXTENSIONS--
sockerr
curl
--FILE--
<?php
require __DIR__ . '/live.inc';
$ch = curl_init();
curl_setopt_array($ch, [CURLOPT_RETURNTRANSFER => true, CURLOPT_CONNECTTIMEOUT => 2, CURLOPT_PROXY => '']);
curl_setopt($ch, CURLOPT_URL, 'http://127.0.0.1:' . closed_port() . '/');
curl_exec($ch);
echo curl_errno($ch), ': ', summary(sockerr_explain($ch)), "\n";
curl_setopt($ch, CURLOPT_URL, 'http://nonexistent.invalid/');
curl_exec($ch);
$os = curl_getinfo($ch, CURLINFO_OS_ERRNO);
echo curl_errno($ch), ': ', summary(sockerr_explain($ch)), "\n";
// whatever the OS errno says (111 when stale), a failed lookup stays a failed lookup
var_dump(SocketError::fromCurl(6, $os) === SocketError::HostNotFound);
?>
--EXPECT--
7: ConnectionRefused ECONNREFUSED native=host family=errno curl=CURLE_COULDNT_CONNECT matched=null transient=true
6: HostNotFound CURLE_COULDNT_RESOLVE_HOST native=6 family=curl curl=CURLE_COULDNT_RESOLVE_HOST matched=null transient=true
bool(true)
