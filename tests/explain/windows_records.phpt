--TEST--
sockerr: every Winsock and Win32 code has an explanation of Winsock's own, never the Unknown record's text
--EXTENSIONS--
sockerr
--FILE--
<?php
$unknown = SocketError::Unknown->explain();
$rows = array_filter(sockerr_errors('windows'), fn ($row) => $row['family'] === 'windows');
$bad = 0;
foreach ($rows as $row) {
    $r = sockerr_explain($row['code'], 'windows');
    if ($r['summary'] === $unknown['summary'] || $r['causes'] === $unknown['causes']
            || !$r['causes'] || !$r['hints']) {
        echo "{$row['name']} ({$row['code']}) falls back to the Unknown record\n";
        $bad++;
    }
    // by name too, as a symbol: the same record as by code
    $byName = sockerr_explain($row['name'], 'windows');
    if ($byName['summary'] !== $r['summary']) {
        echo "{$row['name']} reads differently by name and by code\n";
        $bad++;
    }
}
echo count($rows) > 100 ? "all windows rows checked" : "too few windows rows", ", $bad without a Winsock explanation\n";

$show = function ($code) {
    $r = sockerr_explain($code, 'windows');
    printf("%d %s %s transient=%s\n", $code, $r['name'], $r['error'], var_export($r['transient'], true));
    return $r;
};

// 10106: the stripped environment (no SystemRoot) is filed here, not under 10091
$r = $show(10106);
echo str_contains(implode(' ', $r['causes']), 'SystemRoot') ? "10106 names SystemRoot\n" : "10106 lacks SystemRoot\n";
$r = $show(10091);
echo str_contains(json_encode($r), 'SystemRoot') ? "10091 still names SystemRoot\n" : "10091 does not name SystemRoot\n";

// 10036 is Winsock's own, not the Unix EINPROGRESS (a pending non-blocking connect is 10035)
$r = $show(10036);
echo $r['summary'] === sockerr_explain('EINPROGRESS', 'linux')['summary'] ? "10036 borrows EINPROGRESS\n" : "10036 has its own record\n";
echo str_contains(json_encode($r), '10035') ? "10036 points at 10035 for a pending connect\n" : "10036 does not mention 10035\n";

// the whole QoS range shares one record, and it says QoS
$qos = array_values(array_filter($rows, fn ($row) => $row['code'] >= 11005 && $row['code'] <= 11031));
$summaries = array_unique(array_map(fn ($row) => sockerr_explain($row['code'], 'windows')['summary'], $qos));
echo count($qos), " QoS rows, ", count($summaries), " summary\n";
$r = $show(11010);
echo str_contains($r['summary'], 'QoS') ? "11010 is explained as QoS\n" : "11010 is not explained as QoS\n";
echo sockerr_explain('WSA_QOS_GENERIC_ERROR', 'windows')['summary'] === $r['summary'] ? "by name the same\n" : "by name different\n";

// the other codes named in the issue each have a record of their own
$seen = [];
foreach ([10091, 10092, 10093, 10101, 10104, 10105, 10106, 10107, 10108, 10109, 10110, 10111, 10112] as $code) {
    $seen[sockerr_explain($code, 'windows')['summary']][] = $code;
}
foreach ($seen as $codes) {
    if (count($codes) > 1) {
        echo implode(', ', $codes), " share a record\n";
    }
}
echo count($seen), " distinct records for 13 codes\n";
?>
--EXPECT--
all windows rows checked, 0 without a Winsock explanation
10106 WSAEPROVIDERFAILEDINIT Unknown transient=false
10106 names SystemRoot
10091 WSASYSNOTREADY SystemNotReady transient=false
10091 does not name SystemRoot
10036 WSAEINPROGRESS InProgress transient=true
10036 has its own record
10036 points at 10035 for a pending connect
28 QoS rows, 1 summary
11010 WSA_QOS_ADMISSION_FAILURE Unknown transient=false
11010 is explained as QoS
by name the same
13 distinct records for 13 codes
