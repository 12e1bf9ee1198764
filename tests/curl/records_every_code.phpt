--TEST--
sockerr_explain("CURLE_..."): every cURL code 0..101 has a record of its own, not the generic one of its case
--EXTENSIONS--
sockerr
--FILE--
<?php
// The first row of each code in sockerr_errors() is its current name; aliases (CURLE_OBSOLETE10,
// CURLE_HTTP_NOT_FOUND...) follow it with the same code.
$codes = [];
foreach (sockerr_errors() as $row) {
    if ($row['family'] === 'curl' && !isset($codes[$row['code']])) {
        $codes[$row['code']] = $row['name'];
    }
}
echo count($codes), " codes, ", min(array_keys($codes)), "..", max(array_keys($codes)), "\n";
var_dump(array_keys($codes) === range(0, 101));

// Without a row of its own, a cURL code falls back to the record of the SocketError case it maps
// to (Unknown's: "The code is not a socket condition that sockerr knows how to map, ...").
$own = 0;
$summaries = [];
foreach ($codes as $code => $name) {
    $r = sockerr_explain($name);
    $fallback = SocketError::from($r['code'])->explain();
    $problems = [];
    if ($r['family'] !== 'curl' || $r['native'] !== $code || $r['name'] !== $name) {
        $problems[] = "not read as cURL code $code";
    }
    if ($r['summary'] === $fallback['summary'] || $r['summary'] === SocketError::Unknown->explain()['summary']) {
        $problems[] = "generic summary of {$r['error']}";
    }
    if (count($r['causes']) < 1 || count($r['hints']) < 1) {
        $problems[] = count($r['causes']) . " causes, " . count($r['hints']) . " hints";
    }
    if (isset($summaries[$r['summary']])) {
        $problems[] = "same summary as {$summaries[$r['summary']]}";
    }
    $summaries[$r['summary']] = $name;
    // the record found by number is the same as the one found by name
    if (SocketError::fromCurl($code) !== SocketError::from($r['code'])) {
        $problems[] = "fromCurl($code) disagrees";
    }
    if ($problems) {
        echo "$code $name: ", implode('; ', $problems), "\n";
    } else {
        $own++;
    }
}
echo "$own of ", count($codes), " codes have a record of their own\n";

// aliases share the record of their code
foreach (['CURLE_OBSOLETE10' => 10, 'CURLE_HTTP_NOT_FOUND' => 22, 'CURLE_SSL_CACERT' => 60, 'CURLE_FTP_WRITE_ERROR' => 20] as $alias => $code) {
    echo $alias, ' ', sockerr_explain($alias)['summary'] === sockerr_explain($codes[$code])['summary'] ? 'shares' : 'differs from', " $codes[$code]\n";
}

// codes current libcurl never returns say so
foreach ($codes as $code => $name) {
    if (str_starts_with($name, 'CURLE_OBSOLETE') && !str_contains(sockerr_explain($name)['summary'], 'retired')
            && !str_contains(sockerr_explain($name)['summary'], 'no longer returned')) {
        echo "$name does not say it is retired\n";
    }
}
?>
--EXPECT--
102 codes, 0..101
bool(true)
102 of 102 codes have a record of their own
CURLE_OBSOLETE10 shares CURLE_FTP_ACCEPT_FAILED
CURLE_HTTP_NOT_FOUND shares CURLE_HTTP_RETURNED_ERROR
CURLE_SSL_CACERT shares CURLE_PEER_FAILED_VERIFICATION
CURLE_FTP_WRITE_ERROR shares CURLE_OBSOLETE20
