--TEST--
live: a unix socket path that does not exist, through streams and ext/curl
--SKIPIF--
<?php
require __DIR__ . '/live.inc';
skip_on_windows('PHP has no unix:// streams on Windows');
?>
--EXTENSIONS--
sockerr
curl
--FILE--
<?php
require __DIR__ . '/live.inc';
$path = sys_get_temp_dir() . '/sockerr-missing-' . getmypid() . '.sock';
$client = @stream_socket_client("unix://$path", $errno, $errstr, 2);
echo summary(sockerr_explain($errno)), "\n";
echo summary(sockerr_explain(error_get_last()['message'])), "\n";

$ch = curl_init('http://localhost/');
curl_setopt_array($ch, [CURLOPT_UNIX_SOCKET_PATH => $path, CURLOPT_RETURNTRANSFER => true, CURLOPT_PROXY => '']);
curl_exec($ch);
echo curl_errno($ch), ' ', host_text((string) curl_getinfo($ch, CURLINFO_OS_ERRNO), 'ENOENT'), ' ', summary(sockerr_explain($ch)), "\n";

?>
--EXPECT--
AddressNotAvailable ENOENT native=host family=errno curl=- matched=null transient=false
AddressNotAvailable ENOENT native=- family=errno curl=- matched="{message}" transient=false
7 {code} AddressNotAvailable ENOENT native=host family=errno curl=CURLE_COULDNT_CONNECT matched=null transient=false
