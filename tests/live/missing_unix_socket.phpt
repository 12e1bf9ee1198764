--TEST--
live: a unix socket path that does not exist, through streams and ext/curl
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
echo curl_errno($ch), ' ', curl_getinfo($ch, CURLINFO_OS_ERRNO), ' ', summary(sockerr_explain($ch)), "\n";

?>
--EXPECT--
AddressNotAvailable ENOENT native=2 family=errno curl=- matched=null transient=false
AddressNotAvailable ENOENT native=- family=errno curl=- matched="No such file or directory" transient=false
7 2 AddressNotAvailable ENOENT native=2 family=errno curl=CURLE_COULDNT_CONNECT matched=null transient=false
