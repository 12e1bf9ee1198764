--TEST--
cURL: every curl_strerror() text of this host's libcurl is in the table, under its own code
--EXTENSIONS--
sockerr
curl
--FILE--
<?php
$known = $unknownText = 0;
foreach (sockerr_errors() as $row) {
    if ($row['family'] !== 'curl' || str_starts_with($row['name'], 'CURLE_OBSOLETE')) {
        continue;
    }
    $text = curl_strerror($row['code']);
    if ($text === 'Unknown error') {
        $unknownText++; // a code newer than this libcurl, or a deprecated alias's
        continue;
    }
    $codes = array_column(array_filter(sockerr_scan("curl said: $text"), fn ($f) => $f['kind'] === 'curl'), 'native');
    if (strlen($text) >= 12 && str_contains($text, ' ') && !in_array($row['code'], $codes, true)) {
        echo "{$row['name']}: \"$text\" is not recognised as code {$row['code']}\n";
    }
    $known++;
}
echo $known > 90 ? "all texts of this libcurl recognised\n" : "only $known codes\n";
var_dump(SocketError::fromName('CURLE_COULDNT_CONNECT'), SocketError::fromName('CURLE_OPERATION_TIMEOUTED'),
    sockerr_explain('CURLE_SSL_CACERT')['curl']);
?>
--EXPECT--
all texts of this libcurl recognised
enum(SocketError::Unknown)
enum(SocketError::TimedOut)
array(3) {
  ["code"]=>
  int(60)
  ["name"]=>
  string(30) "CURLE_PEER_FAILED_VERIFICATION"
  ["message"]=>
  string(49) "SSL peer certificate or SSH remote key was not OK"
}
